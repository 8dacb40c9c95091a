import type { Finding } from "../types";
import { findingAt, type DetectInput } from "./context";

/**
 * IBAN: country code, two check digits, then the account (NL: 4-letter bank code + 10 digits),
 * written together or in groups of four. Checked with ISO 7064 mod 97-10, computed digit by digit
 * (no BigInt in the send-time runtime). A well-formed NL IBAN with a wrong checksum is still a bank
 * account number someone typed: reported with low confidence and tagged `invalid-checksum`.
 */

const LENGTHS: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  GB: 22,
  LU: 20,
  ES: 24,
  IT: 27,
  AT: 20,
  CH: 21,
};

const CANDIDATE =
  /(^|[^A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])/g;

export function ibanChecksumOk(iban: string): boolean {
  const s = iban.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    rest = v > 9 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest === 1;
}

export const detectIban = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text))) {
    let raw = m[2];
    const compact = raw.replace(/ /g, "");
    const country = compact.slice(0, 2);
    const expected = LENGTHS[country];
    if (!expected) continue;
    if (compact.length > expected) {
      // Took a following group along ("NL91ABNA0417164300 2025"): trim to the country's length.
      let count = 0;
      let cut = 0;
      while (cut < raw.length && count < expected) if (raw[cut++] !== " ") count++;
      raw = raw.slice(0, cut);
    } else if (compact.length < expected) continue;
    if (country === "NL" && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(raw.replace(/ /g, ""))) continue;
    const start = m.index + m[1].length;
    const ok = ibanChecksumOk(raw);
    if (!ok && country !== "NL") continue;
    out.push(
      findingAt(
        input,
        "iban",
        start,
        start + raw.length,
        ok ? 0.97 : 0.4,
        ok ? undefined : ["invalid-checksum"]
      )
    );
  }
  return out;
};
