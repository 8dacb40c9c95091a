import type { Finding } from "../types";
import { findingAt, type DetectInput } from "./context";

/**
 * BSN (burgerservicenummer): 9 digits (8-digit BSNs are written zero-padded or without the
 * leading zero) passing the 11-proef, written together or grouped with dots or spaces.
 * A keyword nearby (as Microsoft Purview does, within 300 characters) raises confidence.
 */

export function isValidBsn(digits: string): boolean {
  let d = digits;
  if (d.length === 8) d = "0" + d;
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

// 9 digits together, or 4.2.3 / 3.3.3 / 3.2.2.2 style groups with one dot, space or line break between
// (an HTML BSN split by <br> reads "111\n222\n333").
// Not preceded or followed by another digit, letter or digit-group separator + digit.
const CANDIDATE =
  /(^|[^\w.\-/+])(\d{9}|\d{8}|\d{4}[. \n]\d{2}[. \n]\d{3}|\d{3}[. \n]\d{3}[. \n]\d{3}|\d{3}[. \n]\d{2}[. \n]\d{2}[. \n]\d{2})(?![\w]|[.\-/][\d])/g;

const KEYWORD =
  /\b(bsn|burgerservicenummer|burgerservicenr|sofinummer|sofi-nummer|sofinr|citizen service number)\b/i;
const KEYWORD_WINDOW = 300;

export const detectBsn = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text))) {
    const raw = m[2];
    const digits = raw.replace(/[. \n]/g, "");
    const start = m.index + m[1].length;
    // An 8-digit number only counts with a keyword: too many other 8-digit numbers exist.
    const around = text.slice(Math.max(0, start - KEYWORD_WINDOW), start + raw.length + 40);
    const hasKeyword = KEYWORD.test(around);
    if (digits.length === 8 && !hasKeyword) continue;
    if (!isValidBsn(digits)) continue;
    out.push(findingAt(input, "bsn", start, start + raw.length, hasKeyword ? 0.99 : 0.85));
  }
  return out;
};
