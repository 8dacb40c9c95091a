/**
 * Normalise text before matching, keeping a map back to the original so that findings report
 * offsets (and text) as they stand in the user's draft. Evasions handled here: zero-width and
 * bidi control characters, soft hyphens, non-breaking and other exotic spaces, full-width and
 * other compatibility forms (NFKC per character).
 */

export interface NormalizedText {
  original: string;
  text: string;
  /** map[i] = index in `original` of the character that produced text[i]; map[text.length] = original.length */
  map: number[];
}

// Removed entirely: zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u180E]/;
// Turned into a plain space: NBSP, en/em spaces, narrow NBSP, ideographic space, tab.
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/;

export function normalizeText(original: string): NormalizedText {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    if (INVISIBLE.test(ch)) continue;
    let out = ch;
    if (SPACE_LIKE.test(ch)) out = " ";
    else if (ch.charCodeAt(0) >= 0xff01 && ch.charCodeAt(0) <= 0xff5e) out = ch.normalize("NFKC");
    else if (ch === "\u2010" || ch === "\u2011" || ch === "\u2012" || ch === "\u2013") out = "-";
    else if (ch === "\u2019" || ch === "\u2018") out = "'";
    for (let k = 0; k < out.length; k++) {
      text += out[k];
      map.push(i);
    }
  }
  map.push(original.length);
  return { original, text, map };
}

/** Offsets in the normalised text -> offsets and text in the original. */
export function toOriginal(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  const s = norm.map[start];
  const e = end > 0 ? norm.map[end - 1] + 1 : s;
  return { start: s, end: e, text: norm.original.slice(s, e) };
}
