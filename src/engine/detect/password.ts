import type { Finding } from "../types";
import { findingAt, type DetectInput } from "./context";
import { trimEndChars } from "../text/trim";

/**
 * A secret written in the mail: "wachtwoord: Maaskade!2025", "het wachtwoord is Tulp-88",
 * "ww Zomer2025", "code: 4821", "The password is: Delft-Knee-2025". The finding covers the secret.
 * Tagged `attachment-password` when the mail talks about a protected file or attachment, so the
 * rules can tell the password of an encrypted attachment (handbook: never in the same mail).
 * Sentences about a password that give none ("het wachtwoord sturen wij per sms") are not findings.
 */

const LABEL =
  "wachtwoord|wachtwoordzin|password|passwd|passphrase|pass|ww|pw|toegangscode|pincode|pin|code|sleutel|openingscode";
const CANDIDATE = new RegExp(
  "(?:^|[^\\w])(" +
    LABEL +
    ")(?:\\s+(?:is|was|luidt|wordt|hiervoor|daarvan|van het bestand|voor de bijlage|voor het bestand|for the file|is set to))*(?:\\s*[:=]\\s*|\\s+)[\"'«]?([^\\s\"'»]{4,64})",
  "gi"
);

// Ordinary words that follow "wachtwoord"/"code" in sentences that give no password.
// "wachtwoord voor het portaal: X": a few words between the label and a colon.
const LABELLED =
  /(?:^|[^\w])(wachtwoord|wachtwoordzin|password|passphrase|toegangscode|pincode|ww)((?:\s+[\w'-]{1,20}){1,4})\s*:\s*["'«]?([^\s"'»]{4,64})/gi;

const NOT_SECRET = new Set(
  `volgt sturen stuur stuurt krijgt ontvangt apart per via naar voor met van het een de dat die deze dit niet wel
   wordt worden zijn kunt kan moet mag heeft hebben staat gaat ongeldig vergeten kwijt wijzigen resetten opnieuw
   nieuw nieuwe tijdelijk tijdelijke zelf graag alleen altijd nooit uiterlijk binnen vandaag morgen sms telefonisch
   separately follows will sent send by via the for your this that with from expired invalid reset change forgot
   below above here ook echter toegestuurd verstuurd gestuurd gebeld opgestuurd bekend ingesteld ingevuld onder
   bestaat minimaal maximaal tekens characters`.split(/\s+/)
);

const PROTECTED_FILE =
  /bijlage|bestand|zip|7z|7-zip|pdf|beveiligd|versleuteld|beschermd|openen|attachment|attached|file|protected|encrypted|document/i;

/** Does this look like a secret rather than an ordinary word? */
export function looksLikeSecret(candidate: string, explicit: boolean): boolean {
  const c = trimEndChars(candidate, ".,;:!?)");
  if (c.length < 4) return false;
  if (NOT_SECRET.has(c.toLowerCase())) return false;
  const digits = /\d/.test(c);
  const symbols = /[^A-Za-z0-9\u00c0-\u024f]/.test(c);
  const innerCapital = /.[A-Z]/.test(c) && /[a-z]/.test(c);
  if (digits || symbols || innerCapital) return !/^\d{1,2}[:.]\d{2}$/.test(c);
  // A plain lower-case word is a secret only after an explicit "is:" or ":" and when long enough.
  return explicit && c.length >= 6 && /[A-Z]/.test(c[0]);
}

export const detectPassword = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text))) {
    const label = m[1].toLowerCase();
    const rawSecret = m[2];
    const secret = trimEndChars(rawSecret, ".,;:!?)");
    const between = m[0].slice(
      m[0].toLowerCase().indexOf(label) + label.length,
      m[0].length - rawSecret.length
    );
    const explicit = /[:=]|\bis\b|\bluidt\b/.test(between);
    if (!looksLikeSecret(secret, explicit)) continue;
    // "code" and "pin" are everyday words: only with an explicit ":" / "is" or a digit-rich secret.
    const generic = label === "code" || label === "pin" || label === "pass" || label === "sleutel";
    if (generic && !explicit) continue;
    const start = m.index + m[0].length - rawSecret.length;
    const around = text.slice(Math.max(0, start - 400), Math.min(text.length, start + 400));
    const tags = PROTECTED_FILE.test(around) ? ["attachment-password"] : undefined;
    out.push(findingAt(input, "password", start, start + secret.length, generic ? 0.6 : 0.9, tags));
  }
  LABELLED.lastIndex = 0;
  while ((m = LABELLED.exec(text))) {
    const rawSecret = m[3];
    const secret = trimEndChars(rawSecret, ".,;:!?)");
    const start = m.index + m[0].length - rawSecret.length;
    if (out.some((f) => f.start === input.norm.map[start])) continue;
    if (!looksLikeSecret(secret, true)) continue;
    const around = text.slice(Math.max(0, start - 400), Math.min(text.length, start + 400));
    const tags = PROTECTED_FILE.test(around) ? ["attachment-password"] : undefined;
    out.push(findingAt(input, "password", start, start + secret.length, 0.85, tags));
  }
  return out;
};
