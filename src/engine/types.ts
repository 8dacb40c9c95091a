/** Contracts shared by every part of Zorgvuldig (see ../shared/DESIGN.md). Change them only with DESIGN.md. */

export const FINDING_TYPES = [
  "name",
  "bsn",
  "birthdate",
  "date",
  "medical",
  "address",
  "postcode",
  "phone",
  "email",
  "iban",
  "patient-id",
  "password",
  // attachment facts
  "encrypted",
  "unencrypted",
  "medical-document",
  "unreadable",
  "cloud-attachment",
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

/** `subject`, `body`, or `attachment:<name>` (nested: `attachment:archief.zip/brief.docx`) */
export type Where = "subject" | "body" | `attachment:${string}`;

export interface Finding {
  type: FindingType;
  /** the text as it stands in the original (un-normalised) input */
  text: string;
  where: Where;
  /** character offsets into the original text of `where` */
  start: number;
  end: number;
  /** 0..1 */
  confidence: number;
  /**
   * Extra facts some recognisers add, e.g. for `medical`: `sensitive-context` (GGZ, SOA, ...);
   * for `unreadable`: the reason; for `password`: `attachment-password`.
   */
  tags?: string[];
}

export const CATEGORIES = ["medical", "logistic", "general", "none"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Verdict actions, weakest first: the index is the strength. */
export const ACTIONS = ["allow", "warn", "secure", "block"] as const;
export type Action = (typeof ACTIONS)[number];

export function strongest(actions: readonly Action[]): Action {
  let best: Action = "allow";
  for (const a of actions) if (ACTIONS.indexOf(a) > ACTIONS.indexOf(best)) best = a;
  return best;
}

export const RULE_IDS = [
  "secure-channel-required",
  "unencrypted-attachment",
  "password-in-mail",
  "visible-group-recipients",
  "lookalike-domain",
  "recipient-mismatch",
  "internal-attachment",
  "new-recipient",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Language = "nl" | "en";

/** Where in the handbook (../shared/handbook) a rule comes from. */
export interface HandbookSource {
  file: string;
  section: string;
}

export interface RuleHit {
  rule: RuleId;
  action: Action;
  /** the findings that caused the hit (may be empty for recipient-only rules) */
  findings: Finding[];
  /** short explanation in the verdict's language that tells the user what to do; never message content */
  explanation: string;
  source: HandbookSource;
  /**
   * The patient's consent to regular e-mail would let this mail go (handbook 002, second decision tree):
   * the alert and the pane offer to record it. Only on secure-channel-required, never for medical content.
   */
  consentPossible?: boolean;
}

export interface Verdict {
  action: Action;
  hits: RuleHit[];
}

export const RECIPIENT_CLASSES = ["internal", "secure-network", "private", "external"] as const;
export type RecipientClass = (typeof RECIPIENT_CLASSES)[number];

export interface ClassifiedRecipient {
  address: string;
  name?: string;
  field: "to" | "cc" | "bcc";
  domain: string;
  class: RecipientClass;
}
