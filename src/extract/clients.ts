/**
 * What each Outlook client can read at Send, in one place: the send handlers and `zorgvuldig scan
 * --client` both take their extraction backends and limits from here, so the dry run shows what Outlook
 * does. No PDF library is imported here (the classic send-time bundle includes this module).
 */
import type { ExtractLimits } from "./limits";

/**
 * `web`, `new` (new Outlook for Windows) and `mac` run the event handlers in a browser page
 * (commands.html); `classic` runs launchevent.js alone in a JavaScript-only runtime; `cli` is the
 * Node command line without Outlook's limits.
 */
export type Client = "web" | "new" | "classic" | "mac" | "cli";

export const CLIENTS: readonly Client[] = ["web", "new", "classic", "mac", "cli"];

/** Outlook clients, strictest first (what `scan` reports when no client is given). */
export const OUTLOOK_CLIENTS: readonly Client[] = ["classic", "web", "new", "mac"];

export function isClient(value: string): value is Client {
  return (CLIENTS as readonly string[]).indexOf(value) >= 0;
}

/** pdf.js runs in a browser page and in Node, not in classic Outlook's JavaScript-only runtime (README). */
export function clientReadsPdf(client: Client): boolean {
  return client !== "classic";
}

/**
 * Characters of text kept per attachment in Outlook. The extraction is cached in `item.sessionData`,
 * which holds at most 50,000 characters per add-in for all keys together (Office.SessionData, Mailbox
 * 1.11-1.15; 1.16 allows more, but Send must not depend on the client's version). 30,000 characters of
 * text leave room for the facts and the other keys; text beyond it is `unreadable` (`limit:text`), so
 * the rules and onError decide, in Outlook and in the dry run alike.
 */
export const OUTLOOK_TEXT_CHARS = 30000;

/** The policy's `extraction` section (src/engine/policy.ts), as far as extraction uses it. */
export interface PolicyExtractionLimits {
  maxTotalBytes?: number;
  maxCompressionRatio?: number;
  maxNestingDepth?: number;
  maxEntries?: number;
  maxPages?: number;
  timeBudgetMs?: number;
}

/** The extraction limits a client applies, from the practice's policy (when given) and the client. */
export function clientLimits(
  client: Client,
  policy?: PolicyExtractionLimits
): Partial<ExtractLimits> {
  const limits: Partial<ExtractLimits> = {};
  if (policy) {
    if (policy.maxTotalBytes !== undefined) limits.maxTotalBytes = policy.maxTotalBytes;
    if (policy.maxCompressionRatio !== undefined) limits.maxRatio = policy.maxCompressionRatio;
    if (policy.maxNestingDepth !== undefined) limits.maxDepth = policy.maxNestingDepth;
    if (policy.maxEntries !== undefined) limits.maxEntries = policy.maxEntries;
    if (policy.maxPages !== undefined) limits.maxPages = policy.maxPages;
    if (policy.timeBudgetMs !== undefined) limits.timeBudgetMs = policy.timeBudgetMs;
  }
  if (client !== "cli") limits.maxTextChars = OUTLOOK_TEXT_CHARS;
  return limits;
}

/**
 * Which attachments are read at all, the same in Outlook and the CLI: not cloud links (no bytes) and
 * not inline images (signature logos; the rules skip inline parts).
 */
export function readsAttachment(a: {
  inline?: boolean;
  contentType: string;
  kind?: string;
}): boolean {
  if (a.kind === "cloud") return false;
  return !(a.inline && /^image\//i.test(a.contentType || ""));
}
