import type { Finding } from "../types";
import { findingAt, type DetectInput } from "./context";
import { DIGIT_WORDS, OTHER_NUMBER_LABELS } from "../lexicon/number-labels";
import { termsSource } from "../lexicon/terms";

/**
 * BSN (burgerservicenummer): 9 digits (8-digit BSNs are written zero-padded or without the
 * leading zero) passing the 11-proef, however they are written: together, grouped by any
 * separator people use (space, dot, hyphen, slash, comma, middle dot, apostrophe, a line break,
 * even a quoted line break), glued to a letter prefix or suffix ("BSN123456782", "nr.123456782"),
 * and in any Unicode decimal digits. A keyword nearby (as Microsoft Purview does, within 300
 * characters) raises confidence.
 *
 * Written as a scanner, not a regex: the chain of digit groups with optional separators is exactly
 * the shape that makes a backtracking regex super-linear, and a scanner reads each character once.
 */

export function isValidBsn(digits: string): boolean {
  let d = digits;
  if (d.length === 8) d = "0" + d;
  if (d.length !== 9 || !/^\d+$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

const KEYWORD =
  /(?:^|[^a-z])(?:bsn|burgerservicenummer|burgerservicenr|sofinummer|sofi-nummer|sofinr|citizen service number)(?![a-z])/i;
const KEYWORD_WINDOW = 300;
// "Factuurnummer: 123456782", "Order 123456782", "NL123456782B01" (VAT): another kind of number
const OTHER_LABEL_BEFORE = new RegExp(
  `(?:^|[^a-z])(?:${termsSource(OTHER_NUMBER_LABELS)})[\\s.:#-]{0,4}(?:nr\\.?|nummer|no\\.?)?[\\s.:#-]{0,4}$`,
  "i"
);
const VAT_BEFORE = /(?:^|[^a-z])nl\s?$/i;
const VAT_SUFFIX = /^[.\s]?b\d{2}(?![0-9a-z])/i;

// One character of a separator between digit groups ("123-456-782", "123·456·782", "1234 56782").
const GROUP_SEPARATOR = new Set([".", "-", "/", ",", "\u00B7", "\u2027", "\u2219", "'", "_"]);
const HORIZONTAL_SPACE = new Set([" ", "\t"]);
// Longest gap between two digit groups: "123 -\n> 456" is a BSN broken over a quoted line.
const MAX_GAP = 8;

// The zero of every run of ten Unicode decimal digits (general category Nd, Unicode 16) beyond ASCII:
// Arabic-Indic, Devanagari, Bengali, Thai, full-width, mathematical digits, ... A table rather than
// /\p{Nd}/u, because the send-time bundle must load in ES2016 runtimes, which lack \p{...}.
const DIGIT_ZEROS: readonly number[] = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
  0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0,
  0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30,
  0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0,
  0x116da, 0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50, 0x11da0, 0x11de0, 0x11f50, 0x16130,
  0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
  0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];

/** The value 0-9 of any Unicode decimal digit, or -1. */
export function digitValue(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 0x660) return -1;
  // the last zero at or below cp (the table is sorted)
  let lo = 0;
  let hi = DIGIT_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DIGIT_ZEROS[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  const offset = cp - DIGIT_ZEROS[lo];
  return offset >= 0 && offset < 10 ? offset : -1;
}

/**
 * End of the separator starting at `i`, or 0 when there is none: horizontal space, at most one
 * punctuation mark from GROUP_SEPARATOR, at most one line break, and a quote prefix (">") after it.
 */
function separatorLength(text: string, i: number): number {
  let j = i;
  let punctuation = 0;
  let breaks = 0;
  while (j < text.length && j - i < MAX_GAP) {
    const c = text[j];
    if (HORIZONTAL_SPACE.has(c)) j++;
    else if (GROUP_SEPARATOR.has(c) && punctuation === 0) (punctuation++, j++);
    else if ((c === "\n" || c === "\r") && breaks === 0) {
      breaks++;
      j++;
      if (c === "\r" && text[j] === "\n") j++;
      while (
        j < text.length &&
        j - i < MAX_GAP &&
        (text[j] === ">" || HORIZONTAL_SPACE.has(text[j]))
      )
        j++;
    } else break;
  }
  if (j === i) return 0;
  return j;
}

// Set by digitAt: the UTF-16 length of the character just read (saves an allocation per character).
let lastLength = 1;

/** Value of the digit at `i`, or -1; ASCII on a fast path. */
function digitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  lastLength = 1;
  if (code < 0x80) return code >= 48 && code <= 57 ? code - 48 : -1;
  const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
  lastLength = ch.length;
  return digitValue(ch);
}

function hasSpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === " " || c === "\t" || c === "\n" || c === "\r") return true;
  }
  return false;
}

/**
 * One chain of digit groups ("123 456-782"), kept in flat arrays: a chain of a million groups
 * (a hostile or tabular text) must not allocate an object per group.
 */
class DigitChain {
  digits: number[] = [];
  /** per group: index of its first digit in `digits`, its text start and end, and a space after it */
  firstDigit: number[] = [];
  starts: number[] = [];
  ends: number[] = [];
  spaceAfter: boolean[] = [];

  get groupCount(): number {
    return this.starts.length;
  }

  digitCount(from: number, to: number): number {
    const last = to + 1 < this.groupCount ? this.firstDigit[to + 1] : this.digits.length;
    return last - this.firstDigit[from];
  }

  digitString(from: number, to: number): string {
    const last = to + 1 < this.groupCount ? this.firstDigit[to + 1] : this.digits.length;
    let out = "";
    for (let k = this.firstDigit[from]; k < last; k++)
      out += String.fromCharCode(48 + this.digits[k]);
    return out;
  }
}

/** Read the maximal chain of digit groups starting at `start` (a digit). */
function readChain(text: string, start: number): DigitChain {
  const chain = new DigitChain();
  let i = start;
  for (;;) {
    chain.firstDigit.push(chain.digits.length);
    chain.starts.push(i);
    for (let v = digitAt(text, i); v >= 0 && i < text.length; v = digitAt(text, i)) {
      chain.digits.push(v);
      i += lastLength;
    }
    chain.ends.push(i);
    const sepEnd = separatorLength(text, i);
    const continues = sepEnd !== 0 && sepEnd < text.length && digitAt(text, sepEnd) >= 0;
    chain.spaceAfter.push(continues && hasSpace(text, i, sepEnd));
    if (!continues) break;
    i = sepEnd;
  }
  return chain;
}

interface Candidate {
  start: number;
  end: number;
  digits: string;
  together: boolean;
}

/**
 * The BSN candidates in one chain: the whole chain when it has 8 or 9 digits; otherwise runs of
 * groups with 9 digits that a space or line break sets apart from their neighbours ("123456782
 * 12-03-1956" from two table cells), so a BSN next to a date or phone number is still read.
 * Only candidates that pass the 11-proef are returned.
 */
function candidatesIn(chain: DigitChain): Candidate[] {
  const n = chain.groupCount;
  const make = (from: number, to: number): Candidate | null => {
    const digits = chain.digitString(from, to);
    if (!isValidBsn(digits)) return null;
    return { start: chain.starts[from], end: chain.ends[to], digits, together: from === to };
  };
  const total = chain.digits.length;
  if (total === 8 || total === 9) {
    const whole = make(0, n - 1);
    return whole ? [whole] : [];
  }
  const out: Candidate[] = [];
  for (let from = 0; from < n; from++) {
    if (from > 0 && !chain.spaceAfter[from - 1]) continue;
    for (let to = from; to < n; to++) {
      const count = chain.digitCount(from, to);
      if (count > 9) break;
      if (count === 9 && (to === n - 1 || chain.spaceAfter[to])) {
        const c = make(from, to);
        if (c) out.push(c);
      }
    }
  }
  return out;
}

const DIGIT_OF_WORD = new Map<string, number>();
DIGIT_WORDS.forEach((words, digit) => words.forEach((w) => DIGIT_OF_WORD.set(w, digit)));
const DIGIT_WORD_LENGTHS = [...DIGIT_OF_WORD.keys()].map((w) => w.length);
const DIGIT_WORD_MIN = Math.min(...DIGIT_WORD_LENGTHS);
const DIGIT_WORD_MAX = Math.max(...DIGIT_WORD_LENGTHS);
// a letter of a digit word: ASCII and Latin-1 letters ("één"), by code (a regex per character is slow)
function isWordLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xff)
  );
}

/**
 * A BSN spelled out in digit words ("één twee drie vier vijf zes zeven acht twee"): nine digit words in
 * a row, only spaces, commas or hyphens between, passing the 11-proef. A word scanner, read once.
 */
function spelledOut(input: DetectInput, out: Finding[]): void {
  const text = input.norm.text;
  let run: { digit: number; start: number; end: number }[] = [];
  let i = 0;
  const flush = (): void => {
    for (let k = 0; k + 9 <= run.length; k++) {
      const digits = run
        .slice(k, k + 9)
        .map((r) => r.digit)
        .join("");
      if (isValidBsn(digits)) {
        out.push(findingAt(input, "bsn", run[k].start, run[k + 8].end, 0.9));
        k += 8;
      }
    }
    run = [];
  };
  while (i < text.length) {
    if (!isWordLetter(text.charCodeAt(i))) {
      // between digit words only a space, a comma or a hyphen
      if (run.length && " ,-\t".indexOf(text.charAt(i)) < 0) flush();
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordLetter(text.charCodeAt(i))) i++;
    // digit words are 3 to 5 letters: other words end a run without a slice (most of a long text)
    const length = i - start;
    const digit =
      length >= DIGIT_WORD_MIN && length <= DIGIT_WORD_MAX
        ? DIGIT_OF_WORD.get(text.slice(start, i).toLowerCase())
        : undefined;
    if (digit === undefined) {
      if (run.length) flush();
    } else run.push({ digit, start, end: i });
  }
  if (run.length) flush();
}

export const detectBsn = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const out: Finding[] = [];
  let i = 0;
  while (i < text.length) {
    // plain ASCII that is no digit: most of any text, skipped without a call
    const code = text.charCodeAt(i);
    if (code < 0x80 && (code < 48 || code > 57)) {
      i++;
      continue;
    }
    if (digitAt(text, i) < 0) {
      i += lastLength;
      continue;
    }
    const chainStart = i;
    const chain = readChain(text, i);
    i = Math.max(chain.ends[chain.groupCount - 1], i + 1);
    if (chain.digits.length < 8) continue;
    // "+31 6 ..." is a phone number.
    if (chainStart > 0 && text[chainStart - 1] === "+") continue;
    for (const c of candidatesIn(chain)) {
      // An 8-digit number only counts with a keyword, written together: too many other 8-digit
      // numbers (dates like 12-03-1956, phone numbers) exist.
      if (c.digits.length === 8 && !c.together) continue;
      const around = text.slice(Math.max(0, c.start - KEYWORD_WINDOW), c.end + 40);
      const hasKeyword = KEYWORD.test(around);
      if (c.digits.length === 8 && !hasKeyword) continue;
      // digits in neighbouring table cells ("99001245\t1": an article number and an amount) are one
      // number only with its keyword ("BSN\t111\t222\t333", split on purpose)
      if (!hasKeyword && text.slice(c.start, c.end).indexOf("\t") >= 0) continue;
      // Grouped digits that start with 0 are how Dutch phone numbers are written ("0900 - 151 50",
      // "010 123 45 67"); a BSN with a leading zero is rare and then comes with its keyword.
      if (!c.together && c.digits[0] === "0" && !hasKeyword) continue;
      if (!hasKeyword && OTHER_LABEL_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)))
        continue;
      // a VAT number: "NL" before, "B01" after ("NL123456782B01", "NL 1234.56.782.B01")
      if (
        VAT_BEFORE.test(text.slice(Math.max(0, c.start - 3), c.start)) &&
        VAT_SUFFIX.test(text.slice(c.end, c.end + 5))
      )
        continue;
      out.push(findingAt(input, "bsn", c.start, c.end, hasKeyword ? 0.99 : 0.85));
    }
  }
  spelledOut(input, out);
  return out;
};
