import { detectText, senderNameParts } from "./classify";
import { foldWord } from "./text/normalize";
import type { FindingType, Language } from "./types";

/**
 * The explanation a clinician writes with an override reason is stored and sent to the practice's
 * audit service (issue 14): it must name no patient. Checked with the engine's own recognisers
 * before it is accepted, so "Mevrouw de Vries (BSN 111222333) heeft geen DigiD" is refused and the
 * user is told what to leave out. The user's own name may stand in it ("overleg met dr. Bakker"
 * when Bakker is the user).
 */

export type ReasonProblem =
  "name" | "bsn" | "birthdate" | "phone" | "email" | "address" | "health" | "identifier";

export interface ReasonCheck {
  ok: boolean;
  /** what to leave out, one entry per kind, in a fixed order */
  problems: ReasonProblem[];
}

const PROBLEM_OF: Partial<Record<FindingType, ReasonProblem>> = {
  name: "name",
  bsn: "bsn",
  birthdate: "birthdate",
  phone: "phone",
  email: "email",
  address: "address",
  postcode: "address",
  iban: "identifier",
  "patient-id": "identifier",
  medical: "health",
};

const ORDER: ReasonProblem[] = [
  "name",
  "bsn",
  "birthdate",
  "phone",
  "email",
  "address",
  "identifier",
  "health",
];

/**
 * A condition, a medication, a strong lab or procedure word, or a sensitive care field says
 * something about the patient's health. Care-setting words ("ziekenhuis", "huisarts", "uitslag",
 * "verwijzing") describe why the mail must go now and are what a reason is made of.
 */
function isHealthFact(tags: readonly string[]): boolean {
  if (
    tags.includes("sensitive-context") ||
    tags.includes("condition") ||
    tags.includes("medication")
  )
    return true;
  return (tags.includes("lab") || tags.includes("vaccine")) && !tags.includes("weak");
}

/** Longer than any reason needs; a longer text is refused rather than read. */
export const MAX_REASON_LENGTH = 500;

export function checkReason(text: string, user: { name?: string } = {}): ReasonCheck {
  if (text.length > MAX_REASON_LENGTH) return { ok: false, problems: ["health"] };
  const own = senderNameParts({ from: { address: "", name: user.name ?? "" } });
  const found = new Set<ReasonProblem>();
  for (const f of detectText(text, "body", own)) {
    const problem = PROBLEM_OF[f.type];
    if (!problem) continue;
    if (problem === "health" && !isHealthFact(f.tags ?? [])) continue;
    if (problem === "name" && f.text.split(/\s+/).every((w) => own.includes(foldWord(w)))) continue;
    found.add(problem);
  }
  const problems = ORDER.filter((p) => found.has(p));
  return { ok: problems.length === 0, problems };
}

const MESSAGES: Record<Language, Record<ReasonProblem, string>> = {
  nl: {
    name: "een naam",
    bsn: "een BSN",
    birthdate: "een geboortedatum",
    phone: "een telefoonnummer",
    email: "een e-mailadres",
    address: "een adres of postcode",
    identifier: "een patiënt- of rekeningnummer",
    health: "medische gegevens",
  },
  en: {
    name: "a name",
    bsn: "a BSN",
    birthdate: "a date of birth",
    phone: "a phone number",
    email: "an e-mail address",
    address: "an address or postcode",
    identifier: "a patient or account number",
    health: "health details",
  },
};

/** One sentence saying what to leave out, for the pane and the service's error response. */
export function reasonProblemMessage(check: ReasonCheck, language: Language): string {
  if (check.ok) return "";
  const parts = check.problems.map((p) => MESSAGES[language][p]);
  const list =
    parts.length === 1
      ? parts[0]
      : parts.slice(0, -1).join(", ") +
        (language === "nl" ? " en " : " and ") +
        parts[parts.length - 1];
  return language === "nl"
    ? `De toelichting wordt bewaard en mag niets over de patiënt bevatten. Laat ${list} weg.`
    : `The explanation is stored and must say nothing about the patient. Leave out ${list}.`;
}
