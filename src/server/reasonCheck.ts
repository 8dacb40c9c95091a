/**
 * Re-checks an override or false-alarm explanation before the service stores it, with the engine's own
 * recognisers: no names other than the user's, no BSN, dates of birth, phone numbers, addresses or
 * health words about a person.
 *
 * Same signature as `checkReason` in src/engine/reason.ts (the pane's check, written by the lead). Until
 * that module is on main this is a minimal local version on the engine's detectText; when it lands,
 * this file re-exports it so the pane and the service judge a reason the same way.
 */
import { detectText, senderNameParts } from "../engine/classify";
import type { FindingType } from "../engine/types";

export interface ReasonCheck {
  ok: boolean;
  problems: string[];
}

const PROBLEM: Partial<Record<FindingType, string>> = {
  name: "een naam (alleen uw eigen naam mag)",
  bsn: "een BSN",
  birthdate: "een geboortedatum",
  phone: "een telefoonnummer",
  email: "een e-mailadres",
  address: "een adres",
  postcode: "een postcode",
  iban: "een rekeningnummer",
  "patient-id": "een patiëntnummer",
  medical: "medische informatie (een diagnose, klacht of behandeling)",
  password: "een wachtwoord",
};

/** At most this long: an explanation, not a letter. */
export const MAX_REASON_LENGTH = 500;

export function checkReason(text: string, user?: { name?: string }): ReasonCheck {
  const problems: string[] = [];
  if (text.length > MAX_REASON_LENGTH)
    return { ok: false, problems: [`de toelichting is langer dan ${MAX_REASON_LENGTH} tekens`] };
  const sender = senderNameParts({ from: { address: "", name: user?.name ?? "" } });
  const seen = new Set<FindingType>();
  for (const f of detectText(text, "body", sender)) {
    if (seen.has(f.type) || !PROBLEM[f.type]) continue;
    seen.add(f.type);
    problems.push(PROBLEM[f.type] as string);
  }
  return { ok: problems.length === 0, problems };
}

/** The Dutch message the service returns with a refused reason. */
export function reasonMessage(check: ReasonCheck): string {
  return `De toelichting bevat ${check.problems.join(", ")}. Laat dat weg: beschrijf alleen waarom u de regel overslaat, zonder gegevens over de patiënt.`;
}
