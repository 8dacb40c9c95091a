import type { Policy } from "../engine/policy";
import type { ExtractLimits } from "../extract";

/**
 * The policy's `extraction` limits in the extractor's terms. Byte and time limits are for all
 * attachments of one draft together; the caller spends them attachment by attachment (src/cli/mail.ts).
 * Outlook's extractor creation can use the same mapping.
 */
export function limitsFromPolicy(policy: Policy): Partial<ExtractLimits> {
  const x = policy.extraction;
  return {
    maxTotalBytes: x.maxTotalBytes,
    maxRatio: x.maxCompressionRatio,
    maxDepth: x.maxNestingDepth,
    maxEntries: x.maxEntries,
    maxPages: x.maxPages,
    timeBudgetMs: x.timeBudgetMs,
  };
}
