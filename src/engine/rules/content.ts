import type { Analysis } from "../classify";
import type { Draft } from "../draft";
import type { Finding, FindingType } from "../types";
import { trimEndChars } from "../text/trim";
import { terms } from "../lexicon/terms";
import { PASSWORD_IS_BIRTH_DATE } from "../lexicon/password-words";
import { isPhoneNumber } from "../detect/password";

/** Findings that tie a message to one person's care (shown as the cause of a hit; never their text). */
const PERSON_CARE_TYPES: readonly FindingType[] = [
  "bsn",
  "medical",
  "birthdate",
  "patient-id",
  "name",
  "date",
  "address",
  "postcode",
  "phone",
  "iban",
];

/** Findings that by themselves make a text personal health information (no name needed). */
export const PHI_CONTENT_TYPES: readonly FindingType[] = [
  "bsn",
  "medical",
  "birthdate",
  "patient-id",
];

export function isAttachmentWhere(f: Finding): boolean {
  return f.where.indexOf("attachment:") === 0;
}

/**
 * Handbook 002 decision tree: medical or logistic information about an identifiable person is PHI,
 * and a valid BSN identifies a person on its own (corpus label definitions).
 */
export function messageHasPHI(analysis: Analysis): boolean {
  return (
    analysis.category === "medical" ||
    analysis.category === "logistic" ||
    analysis.findings.some((f) => f.type === "bsn")
  );
}

/** The subject/body findings that make the message about a person's care. */
export function personCareFindings(analysis: Analysis): Finding[] {
  return analysis.findings.filter(
    (f) => !isAttachmentWhere(f) && PERSON_CARE_TYPES.indexOf(f.type) >= 0
  );
}

/**
 * A password typed into the mail: the analysis's `password` findings, and until that recogniser is
 * everywhere, a narrow pattern "wachtwoord is: X" / "password: X". Written by hand because it is a
 * single phrase; the value must look like a password (not "per sms", "apart", "volgt").
 */
const PASSWORD_PHRASE =
  /\b(wachtwoord|password|passwort|pincode|ww)\b[^\n\S]*(?:is|luidt|=|:)(?:[^\n\S]*:)?[^\n\S]*["'“‘]?([^\s"'”’]{4,})/gi;
const NOT_A_PASSWORD =
  /^(?:per|apart|via|het|uw|your|sent|send|volgt|separately|verstuurd|gestuurd|bekend|hetzelfde|the|same|niet|not|in|op|naar|door|by|als|dat|die|dit)$/i;

export function passwordFindings(draft: Draft, analysis: Analysis): Finding[] {
  const found = analysis.findings.filter((f) => f.type === "password" && !isAttachmentWhere(f));
  if (found.length) return found;
  const out: Finding[] = [];
  const scan = (text: string, where: "subject" | "body"): void => {
    PASSWORD_PHRASE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PASSWORD_PHRASE.exec(text))) {
      const value = trimEndChars(m[2], ".,;");
      if (value.length < 4 || NOT_A_PASSWORD.test(value) || isPhoneNumber(value)) continue;
      if (!/[0-9!@#$%^&*_+=?-]|[A-Z]/.test(value)) continue;
      const start = m.index + m[0].lastIndexOf(m[2]);
      out.push({
        type: "password",
        text: value,
        where,
        start,
        end: start + value.length,
        confidence: 0.7,
        tags: ["attachment-password"],
      });
    }
  };
  scan(draft.subject, "subject");
  scan(draft.body, "body");
  if (!out.length) out.push(...birthDatePasswords(draft, analysis));
  return out;
}

const BIRTH_DATE_HINT = terms(PASSWORD_IS_BIRTH_DATE);
/** "Het wachtwoord is de geboortedatum (zonder streepjes)" and a birth date in the mail: the secret is there. */
function birthDatePasswords(draft: Draft, analysis: Analysis): Finding[] {
  if (!BIRTH_DATE_HINT.test(draft.subject) && !BIRTH_DATE_HINT.test(draft.body)) return [];
  return analysis.findings
    .filter((f) => f.type === "birthdate" && (f.where === "body" || f.where === "subject"))
    .slice(0, 1)
    .map((f) => ({
      ...f,
      type: "password" as const,
      confidence: 0.6,
      tags: ["attachment-password"],
    }));
}
