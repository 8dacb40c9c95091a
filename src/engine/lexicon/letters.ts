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
