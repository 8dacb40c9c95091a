import type { Finding } from "../types";
import { findingAt, type DetectInput } from "./context";
import { matchesInChunks } from "../text/chunks";

/**
 * Contact details: Dutch phone numbers (fixed and mobile, national and +31 forms, any grouping with
 * spaces, dashes, dots or a bracketed area code), e-mail addresses, postcodes ("1234 AB") and street
 * addresses ("Weideweg 14", "Lorentzkade 88-2", "Van Goghstraat 7a").
 */

// A national number: 0 + 9 digits; international: +31 / 0031 (optionally "(0)") + 9 digits.
// Separators between digits: up to three characters of space, dash, dot, slash or brackets.
const PHONE =
  /(^|[^\w+/.-])((?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?[1-9](?:[\s./()-]{0,3}\d){8}|\(?0[1-9](?:[\s./()-]{0,3}\d){8}|0[89]00[\s-]?\d{4}(?:\d{3})?)(?![\w]|[.,/-]\d|\s\d{1,4}(?!\d))/g;

// Not a phone number: a date with a four-digit year inside the match ("06-07-1990 12").
const DATE_SHAPE = /\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/;
// Preceded by a bank code (IBAN "NL44 RABO 0123 4567 89") or a number label that is not a phone.
const NOT_PHONE_BEFORE =
  /(?:[A-Z]{4}\s?|(?:kvk|btw|iban|rekening|factuur|order|klant|ticket|bsn|polis|serie)[a-z]*(?:nummer|nr)?\.?:?\s*)$/i;
const PHONE_WORD = /(tel|telefoon|mobiel|gsm|bel|fax|phone|mob|\bt\b|spoed|nummer)[^\n]{0,20}$/i;

export function phoneDigits(raw: string): string {
  return raw.replace(/\D/g, "");
}

export const detectPhone = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const out: Finding[] = [];
  PHONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE.exec(text))) {
    const raw = m[2];
    const start = m.index + m[1].length;
    if (DATE_SHAPE.test(raw)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    if (NOT_PHONE_BEFORE.test(before)) continue;
    const digits = phoneDigits(raw.replace("(0)", ""));
    const national =
      digits.indexOf("0031") === 0
        ? "0" + digits.slice(4)
        : digits.indexOf("31") === 0 && raw[0] === "+"
          ? "0" + digits.slice(2)
          : digits;
    const service = /^0[89]00/.test(national);
    if (!service && national.length !== 10) continue;
    const mobile = /^06[1-9]/.test(national);
    const grouped = /[\s.-]/.test(raw);
    const confidence =
      PHONE_WORD.test(before) || raw[0] === "+" || mobile ? 0.95 : grouped ? 0.85 : 0.7;
    out.push(
      findingAt(
        input,
        "phone",
        start,
        start + raw.length,
        confidence,
        mobile ? ["mobile"] : undefined
      )
    );
  }
  return out;
};

const EMAIL =
  /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

const AT_SIGN = /@/g;

export const detectEmail = (input: DetectInput): Finding[] => {
  const out: Finding[] = [];
  // Only the chunks around an "@": the same matches, without an attempt at every letter of a long body.
  for (const [at, text] of matchesInChunks(EMAIL, input.norm.text, AT_SIGN))
    out.push(findingAt(input, "email", at, at + text.length, 0.99));
  return out;
};

// 4 digits (no leading zero), optional space, 2 capitals; SA, SD and SS are not issued.
const POSTCODE = /(^|[^\w.,-])([1-9]\d{3}) ?(?!SA|SD|SS)([A-Z]{2})(?![\w])/g;
// Units and abbreviations that can follow a number in capitals: not a postcode ("500 MG", "2025 EN").
const NOT_POSTCODE_LETTERS = new Set([
  "MG",
  "ML",
  "KG",
  "CM",
  "MM",
  "EN",
  "OF",
  "IN",
  "AM",
  "PM",
  "BV",
  "NV",
  "CT",
  "PC",
  "HD",
  "TV",
  "GB",
  "MB",
  "KB",
  "XL",
]);

export const detectPostcode = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const out: Finding[] = [];
  POSTCODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTCODE.exec(text))) {
    if (NOT_POSTCODE_LETTERS.has(m[3])) continue;
    const start = m.index + m[1].length;
    const end = start + m[0].length - m[1].length;
    // A place name after it ("3815 AK Amersfoort") makes it near certain.
    const place = /^ +[A-Z][a-z]/.test(text.slice(end, end + 4));
    out.push(findingAt(input, "postcode", start, end, place ? 0.95 : 0.75));
  }
  return out;
};

// Street names end in one of these (Dutch street-name endings), then a house number.
const STREET_ENDINGS =
  "straat|laan|weg|plein|kade|dijk|gracht|singel|hof|park|pad|steeg|dreef|markt|baan|ring|kanaal|veld|wal|burgwal|haven|erf|plantsoen|boulevard|allee|dam|zijde|kamp|hoeve|stede|wijk|poort|tuin|berg|straatweg|pier|oord|hout|akker|brink|rade|donk|horst|lei|linie|tuinen|wetering|vaart|schans|hoek|plaats|promenade|passage|polder|dijkje|esch|es|meent|lane|road|street";
const ADDRESS = new RegExp(
  "(^|[^\\w])((?:(?:[A-Z][a-z\\u00e0-\\u00ff]+|van|de|der|den|het|ter|te|'t)[ -]){0,3}[A-Z][a-z\\u00e0-\\u00ff]*(?:" +
    STREET_ENDINGS +
    ") \\d{1,5}(?:[ -]?[a-zA-Z](?![\\w])|-\\d{1,4}| ?(?:hs|bis|huis|boven|bv)(?![\\w]))?)(?![\\w])",
  "g"
);

export const detectAddress = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const out: Finding[] = [];
  ADDRESS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ADDRESS.exec(text))) {
    // Leading lower-case words ("aan de Lorentzkade") are not part of the street name.
    const lead = /^(?:[a-z']+[ -])+/.exec(m[2]);
    const start = m.index + m[1].length + (lead ? lead[0].length : 0);
    const end = m.index + m[1].length + m[2].length;
    if (!/^[A-Z]/.test(text[start])) continue;
    out.push(findingAt(input, "address", start, end, 0.85));
  }
  return out;
};
