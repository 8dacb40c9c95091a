import type { Draft } from "./draft";
import { analyse, type Analysis } from "./classify";
import { classifyRecipients } from "./recipients";
import type { Because } from "./category";
import { decide } from "./decide";
import { DEFAULT_POLICY, type Policy } from "./policy";
import type { Category, ClassifiedRecipient, Finding, Language, Verdict } from "./types";

export interface CheckOptions {
  policy?: Policy;
  /** defaults to the policy's language */
  language?: Language;
  knownRecipient?: (address: string) => boolean;
  /** the patient at this address consented to logistic/general mail by regular e-mail (002, second tree) */
  consentedRecipient?: (address: string) => boolean;
}

export interface CheckResult {
  verdict: Verdict;
  category: Category;
  /** which rung of the category ladder decided (category.ts BECAUSE) */
  because?: Because;
  findings: Finding[];
  recipients: ClassifiedRecipient[];
}

/** The engine in one call: Draft -> Findings -> RuleHits -> Verdict. */
export function check(draft: Draft, options: CheckOptions = {}): CheckResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const language = options.language ?? policy.language;
  const analysis: Analysis = analyse(draft, policy);
  const recipients = analysis.mail?.recipients ?? classifyRecipients(draft, policy);
  const verdict = decide({
    draft,
    analysis,
    recipients,
    policy,
    language,
    knownRecipient: options.knownRecipient,
    consentedRecipient: options.consentedRecipient,
  });
  return {
    verdict,
    category: analysis.category,
    because: analysis.because,
    findings: analysis.findings,
    recipients,
  };
}

export type { Draft } from "./draft";
export * from "./types";
export { parsePolicy, DEFAULT_POLICY, PolicyError, type Policy } from "./policy";
export type { Because } from "./category";
