/**
 * Labels of numbers that are not a BSN (detect/bsn.ts): a nine-digit invoice or order number passes the
 * 11-proef one time in eleven, and a supplier's mail is not a patient's. Written right before the number
 * ("Factuurnummer: 123456782"), and only where no BSN keyword is near.
 */
export const OTHER_NUMBER_LABELS = [
  "factuur*|factuurnr|order*|bestel*|klantnummer|klantnr|artikel*|kenmerk|referentie*|ref|ticket*|zending*|tracking*|track|debiteur*|crediteur*|offerte*|contract*|polisnummer|polisnr|lidnummer|pasnummer|serienummer|invoice*|reference",
];

/**
 * Digits written as words, Dutch and English, by value ("één twee drie …": a BSN spelled out to slip
 * past a digit scanner). Index = the digit.
 */
export const DIGIT_WORDS: readonly (readonly string[])[] = [
  ["nul", "zero"],
  ["een", "één", "one"],
  ["twee", "two"],
  ["drie", "three"],
  ["vier", "four"],
  ["vijf", "five"],
  ["zes", "six"],
  ["zeven", "seven"],
  ["acht", "eight"],
  ["negen", "nine"],
];
