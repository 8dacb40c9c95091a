/**
 * Word lists -> regular expressions, so that vocabulary lives in data (lexicon/category-words.ts) and
 * never as a regex literal in code. An entry is a word or phrase in a tiny notation:
 *   - words are separated by single spaces and match any run of white space;
 *   - `a|b` inside one word: either spelling ("afspraak|afspraken");
 *   - a trailing `*`: the word's stem, any word characters may follow ("verwijz*");
 *   - `~N` as a word: up to N arbitrary words in between ("kunt u ~3 aanvragen|bestellen");
 *   - `~a` as a word: at most one word that can stand between a possessive and its noun ("uw ~a
 *     uitslag" takes "uw nieuwe uitslag", not "heb je geen verwijzing", where "je" is the subject);
 *   - `#` as a word: a number ("gaat van # naar", matching "gaat van 40 naar" and "2,5").
 * Everything else is literal (dots, slashes, hyphens, apostrophes). Matches are whole words.
 * Linear time: the only repetitions are `\s+`, `\w*` and `(?:\S+\s+){0,N}`, over disjoint classes.
 */

import { NOT_BETWEEN_POSSESSIVE_AND_NOUN } from "./category-words";

const SPECIAL = /[\\^$.*+?()[\]{}|/]/g;

// a word without any character the notation or a regex treats specially: its own source
const PLAIN = /^[^\\^$.*+?()[\]{}|/]*$/;

function escape(s: string): string {
  return PLAIN.test(s) ? s : s.replace(SPECIAL, "\\$&");
}

// (the plain-word fast paths: ~100 lexicons are compiled while the engine loads, bench/detect.ts)
function wordSource(token: string): string {
  if (PLAIN.test(token)) return token;
  const alts = token.split("|").map((a) => {
    const stem = a.endsWith("*");
    const lit = escape(stem ? a.slice(0, -1) : a);
    return stem ? `${lit}\\w*` : lit;
  });
  return alts.length > 1 ? `(?:${alts.join("|")})` : alts[0];
}

// (a fixed alternation in the lookahead: linear)
const ATTRIBUTIVE_GAP = `(?:(?!(?:${NOT_BETWEEN_POSSESSIVE_AND_NOUN.join("|")})\\s)\\S+\\s+)?`;

/** The regex source of one entry (no boundaries). */
export function entrySource(entry: string): string {
  const tokens = entry.trim().split(" ");
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "~a") {
      out += ATTRIBUTIVE_GAP;
      continue;
    }
    const gap = t.charCodeAt(0) === 126 ? /^~(\d{1,2})$/.exec(t) : null;
    if (gap) {
      // the gap includes the white space after each word it skips
      out += `(?:\\S+\\s+){0,${gap[1]}}`;
      continue;
    }
    // a mistyped gap would silently become a literal word that never matches
    if (t.charAt(0) === "~") throw new Error(`terms: bad gap "${t}" in "${entry}"`);
    out += t === "#" ? "\\d+(?:[.,]\\d+)?" : wordSource(t);
    if (i < tokens.length - 1) out += "\\s+";
  }
  return out;
}

/** Alternation of entries, longest first (so "nieuwe adres" wins over "nieuw"). */
export function termsSource(entries: readonly string[]): string {
  return entries
    .slice()
    .sort((a, b) => b.length - a.length)
    .map(entrySource)
    .join("|");
}

/**
 * A regex matching any of the entries as whole words. `edges`: which ends need a word boundary
 * ("start" for stems that may be followed by more letters, "none" when the caller anchors).
 */
export function terms(
  entries: readonly string[],
  flags = "i",
  edges: "both" | "start" | "none" = "both"
): RegExp {
  const b = edges === "none" ? "" : "\\b";
  const e = edges === "both" ? "\\b" : "";
  return new RegExp(`${b}(?:${termsSource(entries)})${e}`, flags);
}

/** A regex matching the whole string against one of the entries (anchored both ends). */
export function exactly(entries: readonly string[], flags = "i"): RegExp {
  return new RegExp(`^(?:${termsSource(entries)})$`, flags);
}

/** A regex matching one of the entries at the start of the string. */
export function startsWith(entries: readonly string[], flags = "i"): RegExp {
  return new RegExp(`^(?:${termsSource(entries)})\\b`, flags);
}
