/**
 * Letters of personal names beyond ASCII: Latin-1, Latin Extended-A/B (Turkish ğ ş ı İ, Polish ł ż ń,
 * Czech ř ě ů, Romanian ș ț, Hungarian ő ű) and Latin Extended Additional (Vietnamese ễ ư ơ ...).
 * Explicit code point ranges because the engine targets ES2016 (no \p{L}).
 */

/** A letter of a Latin-script name (not the signs × and ÷ inside Latin-1). */
export function isNameLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    // combining accents that did not recompose ("Nguyễn"): part of the word they follow
    (c >= 0x300 && c <= 0x36f)
  );
}

/** The first letter is a capital: its lower-case form differs ("Ş", "Ł", "Ż", "İ", "Ễ"). */
export function startsUpper(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * Lower case for lexicon lookups and comparisons. "İ" lowers to "i" + a combining dot; the dot is
 * dropped so "İbrahim" and "Ibrahim" meet as "ibrahim".
 */
export function nameLower(word: string): string {
  const lower = word.toLowerCase();
  return lower.indexOf("\u0307") < 0 ? lower : lower.replace(/i\u0307/g, "i");
}

/** Runs of anything that cannot be part of a lower-cased name word (letters, apostrophes, hyphens). */
// eslint-disable-next-line no-misleading-character-class -- combining accents listed on purpose: they belong to the word
export const NOT_NAME_CHARS = /[^a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0300-\u036f'-]+/;

/** Digits written for the letters they look like ("d1abetes", "p0sitief"); "1" reads first as "i". */
export const LOOK_ALIKE_DIGITS: Record<string, string[]> = {
  "0": ["o"],
  "1": ["i", "l"],
  "3": ["e"],
  "4": ["a"],
  "5": ["s"],
  "7": ["t"],
};

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * In words that mix letters and digits, the digits as the letters they look like ("was p0sitief" ->
 * "was positief"); numbers ("6,8", "2025") stay. A character loop: one pass, no backtracking.
 */
export function lettersForDigits(text: string): string {
  let out = "";
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c) && !isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    let letters = false;
    let digits = false;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (isAsciiLetter(d)) letters = true;
      else if (isDigit(d)) digits = true;
      else break;
    }
    if (!letters || !digits) continue;
    let word = "";
    for (let k = start; k < i; k++) {
      const ch = text.charAt(k);
      word += LOOK_ALIKE_DIGITS[ch]?.[0] ?? ch;
    }
    out += text.slice(from, start) + word;
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}
