/** Abbreviations whose dot ends no sentence ("mevr. Bos", "dr. Smit", "bijv. koorts"). */
const ABBREVIATIONS = new Set([
  "dhr",
  "mevr",
  "mw",
  "mr",
  "dr",
  "drs",
  "ir",
  "ing",
  "prof",
  "st",
  "bijv",
  "bv",
  "ca",
  "nr",
  "tel",
  "evt",
  "incl",
  "excl",
  "resp",
  "vs",
  "jl",
  "geb",
  "ong",
  "max",
  "min",
  "mrs",
  "ms",
  "mt",
  "wk",
]);

/**
 * Offsets of sentence ends (full stop, question or exclamation mark, line end) in a text. A dot ends
 * no sentence in a number ("8.30"), inside a word ("thuisarts.nl", "o.a."), after an initial
 * ("mevrouw A. Groenewegen") or after a common abbreviation ("dhr. Bos").
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  // A character loop: a regex exec per end was a measurable part of a 1 MB body.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || (c === 10 && !softWrap(text, i))) ends.push(i);
    else if (c === 46 && dotEnds(text, i)) ends.push(i);
  }
  return ends;
}

/**
 * A line end inside a sentence of hard-wrapped text ("… dat hij donderdag 3 december van\n9.00 tot 10.00
 * uur bij ons is."): a long line (60+ characters) that ends in a letter, digit or comma, followed by a
 * line that starts in lower case or with a digit. Lists, greetings and signatures have short lines.
 */
function softWrap(text: string, i: number): boolean {
  const prev = i > 0 ? text.charCodeAt(i - 1) : 10;
  if (!(isLetterCode(prev) || (prev >= 48 && prev <= 57) || prev === 44)) return false;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 10;
  if (!(
    (next >= 97 && next <= 122) ||
    (next >= 48 && next <= 57) ||
    (next >= 0xdf && next <= 0xff)
  ))
    return false;
  const lineStart = text.lastIndexOf("\n", i - 1) + 1;
  return i - lineStart >= 60;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

function dotEnds(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  // "8.30", "thuisarts.nl", "o.a.": the dot is inside a token
  if (
    next !== 32 &&
    next !== 9 &&
    next !== 10 &&
    next !== 13 &&
    next !== 160 &&
    next !== 41 &&
    next !== 34
  )
    return false;
  // the word before the dot
  let start = i;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1)) && i - start < 8) start--;
  const length = i - start;
  if (length === 0) return true;
  if (start > 0 && isLetterCode(text.charCodeAt(start - 1))) return true;
  // an initial: one capital ("A."), or a letter after another dot ("o.a.")
  if (length === 1) {
    const c = text.charCodeAt(start);
    if ((c >= 65 && c <= 90) || (start > 0 && text.charCodeAt(start - 1) === 46)) return false;
  }
  return !ABBREVIATIONS.has(text.slice(start, i).toLowerCase());
}

/** The index of the first sentence end at or after `at` (binary search): the sentence of `at`. */
export function sentenceIndex(ends: number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text of sentence `k` of `text`, whose sentence ends are `ends`. */
export function sentenceText(text: string, ends: number[], k: number): string {
  return text.slice(k > 0 ? ends[k - 1] + 1 : 0, k < ends.length ? ends[k] : undefined);
}
