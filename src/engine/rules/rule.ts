import type { Draft } from "../draft";
import type { Analysis } from "../classify";
import type { ClassifiedRecipient, Language, RuleHit, RuleId } from "../types";
import type { Policy } from "../policy";

/** Everything a rule may look at. Rules are pure functions of this. */
export interface RuleInput {
  draft: Draft;
  analysis: Analysis;
  recipients: ClassifiedRecipient[];
  policy: Policy;
  language: Language;
  /** true when this mailbox has written to the address before (Outlook keeps the history; the CLI has none) */
  knownRecipient?: (address: string) => boolean;
  /** true when the patient at this address consented to logistic/general mail by regular e-mail */
  consentedRecipient?: (address: string) => boolean;
}

export interface Rule {
  id: RuleId;
  evaluate(input: RuleInput): RuleHit | null;
}
