/**
 * Normalise text before matching, keeping a map back to the original so that findings report
 * offsets (and text) as they stand in the user's draft. Evasions handled here: zero-width and
 * bidi control characters, soft hyphens, non-breaking and other exotic spaces, full-width and
 * other compatibility forms (NFKC per code point), decomposed accents (recomposed), Cyrillic and
 * Greek look-alike letters in Latin words (mixed scripts), typographic dashes and quotes, and words
 * spelled out letter by letter ("u-i-t-s-l-a-g", "h e m o g l o b i n e").
 * Every output character maps to one original character; the text never gets longer than
 * NFKC makes it, so very long lines cost one linear pass.
 */

export interface NormalizedText {
  original: string;
  text: string;
  /** map[i] = index in `original` of the character that produced text[i]; map[text.length] = original.length */
  map: Int32Array;
  /** some text was put in display order (a right-to-left override): `map` is not ascending there */
  reordered?: boolean;
}

// Removed entirely: zero-width space/joiners, LRM/RLM, word joiner and invisible operators, BOM,
// soft hyphen, bidi embeddings/isolates, Mongolian vowel separator, combining grapheme joiner.
// eslint-disable-next-line no-misleading-character-class -- U+034F is listed on its own, on purpose
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u180E\u034F]/;
// Turned into a plain space: NBSP, en/em spaces, narrow NBSP, ideographic space, form feed. A tab stays:
// it separates the cells of a table ("Femke Jansen\tAssendorperstraat 81"), and a name never runs across it.
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\f\v]/;
const COMBINING = /[\u0300-\u036F]/;

// Look-alike letters from Cyrillic and Greek that people (and evasive senders) mix into Latin words.
const HOMOGLYPHS: Record<string, string> = {
  "\u0430": "a",
  "\u0435": "e",
  "\u043E": "o",
  "\u0440": "p",
  "\u0441": "c",
  "\u0443": "y",
  "\u0445": "x",
  "\u0456": "i",
  "\u0458": "j",
  "\u0455": "s",
  "\u04BB": "h",
  "\u0501": "d",
  "\u051B": "q",
  "\u051D": "w",
  "\u0410": "A",
  "\u0412": "B",
  "\u0415": "E",
  "\u041A": "K",
  "\u041C": "M",
  "\u041D": "H",
  "\u041E": "O",
  "\u0420": "P",
  "\u0421": "C",
  "\u0422": "T",
  "\u0425": "X",
  "\u0406": "I",
  "\u0408": "J",
  "\u0405": "S",
  "\u03BF": "o",
  "\u03B1": "a",
  "\u03B9": "i",
  "\u03BA": "k",
  "\u03C1": "p",
  "\u03C5": "u",
  "\u03BD": "v",
  "\u0391": "A",
  "\u0392": "B",
  "\u0395": "E",
  "\u0396": "Z",
  "\u0397": "H",
  "\u0399": "I",
  "\u039A": "K",
  "\u039C": "M",
  "\u039D": "N",
  "\u039F": "O",
  "\u03A1": "P",
  "\u03A4": "T",
  "\u03A5": "Y",
  "\u03A7": "X",
};

const PUNCTUATION: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\uFE63": "-",
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u00B4": "'",
  "\u0060": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u2028": "\n",
  "\u2029": "\n",
  "\u0085": "\n",
};

// Runs of characters that stay as they are (printable ASCII except the backtick, and newline).
const SAFE_RUN = /[\x20-\x5f\x61-\x7e\n]+/g;

export function normalizeText(original: string): NormalizedText {
  // Built as an array of chunks: string += in a loop is fine in V8 but slow in older engines.
  const out: string[] = [];
  const n = original.length;
  // A typed array: a 1 MB body gives a million entries, and a plain array of them was a third of the cost.
  // NFKC can expand a character ("㎎" -> "mg"), so the array grows when needed.
  let map = new Int32Array(n + 1);
  let len = 0;
  const push = (k: number): void => {
    if (len === map.length) {
      const bigger = new Int32Array(map.length * 2 + 16);
      bigger.set(map);
      map = bigger;
    }
    map[len++] = k;
  };
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if ((code >= 0x20 && code < 0x7f && code !== 0x60) || code === 0x0a) {
      // Copy the whole safe run at once: most mail text is plain.
      SAFE_RUN.lastIndex = i;
      const run = SAFE_RUN.exec(original);
      const end = run && run.index === i ? i + run[0].length : i + 1;
      out.push(original.slice(i, end));
      if (len + (end - i) > map.length) for (let k = i; k < end; k++) push(k);
      else for (let k = i; k < end; k++) map[len++] = k;
      i = end - 1;
      continue;
    }
    if (code === 0x0d) {
      // CRLF -> LF (drop the CR); a lone CR is a line break.
      if (original.charCodeAt(i + 1) === 0x0a) continue;
      out.push("\n");
      push(i);
      continue;
    }
    let ch = original[i];
    let width = 1;
    // Surrogate pairs (e.g. mathematical alphanumerics) are one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      ch = original.slice(i, i + 2);
      width = 2;
    }
    if (INVISIBLE.test(ch)) continue;
    let rep: string;
    if (SPACE_LIKE.test(ch)) rep = " ";
    else if (PUNCTUATION[ch] !== undefined) rep = PUNCTUATION[ch];
    else if (HOMOGLYPHS[ch] !== undefined) rep = HOMOGLYPHS[ch];
    else if (COMBINING.test(ch) && out.length) {
      // Recompose "e" + combining diaeresis into "ë" in place; the mark maps to its base letter.
      const last = out[out.length - 1];
      const composed = (last[last.length - 1] + ch).normalize("NFC");
      if (composed.length === 1) out[out.length - 1] = last.slice(0, -1) + composed;
      continue;
    } else if (code < 0x80) rep = ch;
    else {
      rep = ch.normalize("NFKC");
      // Compatibility forms that expand into several letters (ligatures, "㎎") keep their expansion;
      // anything that normalises to nothing keeps the original character.
      if (!rep.length) rep = ch;
    }
    for (let k = 0; k < rep.length; k++) {
      out.push(rep[k]);
      push(i);
    }
    i += width - 1;
  }
  push(n);
  let text = out.join("");
  let mapped: Int32Array = len === map.length ? map : map.subarray(0, len);
  const reordered = original.indexOf(RIGHT_TO_LEFT_OVERRIDE) >= 0;
  if (reordered) text = displayOrder(original, text, mapped);
  if (SPELLED_OUT.test(text)) ({ text, map: mapped } = joinSpelledOut(text, mapped));
  return reordered ? { original, text, map: mapped, reordered } : { original, text, map: mapped };
}

// U+202E shows the characters after it right to left up to U+202C or the end of the line: "\u202Esetebaid"
// reads "diabetes" on screen. (Embeddings and isolates do not reverse Latin letters; only the override does.)
const RIGHT_TO_LEFT_OVERRIDE = "\u202E";
const POP_DIRECTIONAL = "\u202C";
const MIRRORED: Record<string, string> = {
  "(": ")",
  ")": "(",
  "[": "]",
  "]": "[",
  "{": "}",
  "}": "{",
  "<": ">",
  ">": "<",
};

/** Reverses, in place in `map`, each overridden run of `text`; returns the text in display order. */
function displayOrder(original: string, text: string, map: Int32Array): string {
  const chars = text.split("");
  let k = 0;
  // each search starts where the last run ended: one pass, however many overrides (an override inside
  // an overridden run changes nothing)
  let pop = -1;
  let line = -1;
  for (let r = original.indexOf(RIGHT_TO_LEFT_OVERRIDE); r >= 0;) {
    if (pop !== original.length && pop < r) {
      pop = original.indexOf(POP_DIRECTIONAL, r);
      if (pop < 0) pop = original.length;
    }
    if (line !== original.length && line < r) {
      line = original.indexOf("\n", r);
      if (line < 0) line = original.length;
    }
    const end = Math.min(pop, line);
    while (k < chars.length && map[k] <= r) k++;
    const from = k;
    while (k < chars.length && map[k] < end) k++;
    reverseRun(chars, map, from, k);
    r = end < original.length ? original.indexOf(RIGHT_TO_LEFT_OVERRIDE, end) : -1;
  }
  return chars.join("");
}

function reverseRun(chars: string[], map: Int32Array, from: number, to: number): void {
  // a surrogate pair stays in its order
  for (let i = from; i + 1 < to; i++) {
    const c = chars[i].charCodeAt(0);
    if (c >= 0xd800 && c <= 0xdbff) {
      const high = chars[i];
      chars[i] = chars[i + 1];
      chars[i + 1] = high;
      i++;
    }
  }
  for (let i = from, j = to - 1; i < j; i++, j--) {
    const c = chars[i];
    chars[i] = MIRRORED[chars[j]] ?? chars[j];
    chars[j] = MIRRORED[c] ?? c;
    const m = map[i];
    map[i] = map[j];
    map[j] = m;
  }
  if ((to - from) % 2 === 1) {
    const mid = (from + to - 1) >> 1;
    chars[mid] = MIRRORED[chars[mid]] ?? chars[mid];
  }
}

// A word spelled out letter by letter, at least four single letters with the same separator between
// them: "u-i-t-s-l-a-g", "h e m o g l o b i n e", "s.o.a.-test" has three and stays. Initials ("J.H.M.")
// and "t.a.v." have three letters at most. The regex is a fixed-length check (no quantifier) that
// decides whether the scan below is needed at all.
const LETTER = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F";
const SEPARATOR = " ._*-";
const SPELLED_OUT = new RegExp(
  `(?:^|[^${LETTER}])[${LETTER}]([${SEPARATOR}])[${LETTER}]\\1[${LETTER}]\\1[${LETTER}](?![${LETTER}])`
);
const MIN_SPELLED_LETTERS = 4;

function isLetterCode(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordCode(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c);
}

/** Drops the separators inside words spelled out letter by letter; the letters keep their map. */
function joinSpelledOut(text: string, map: Int32Array): { text: string; map: Int32Array } {
  const n = text.length;
  const out: string[] = [];
  const outMap = new Int32Array(map.length);
  let len = 0;
  let copyFrom = 0;
  const copy = (to: number): void => {
    out.push(text.slice(copyFrom, to));
    for (let k = copyFrom; k < to; k++) outMap[len++] = map[k];
  };
  for (let i = 0; i < n; i++) {
    if (!isLetterCode(text.charCodeAt(i)) || (i > 0 && isWordCode(text.charCodeAt(i - 1))))
      continue;
    const sep = text[i + 1];
    if (sep === undefined || SEPARATOR.indexOf(sep) < 0) continue;
    let last = i;
    let letters = 1;
    while (
      text[last + 1] === sep &&
      isLetterCode(text.charCodeAt(last + 2)) &&
      !isLetterCode(text.charCodeAt(last + 3))
    ) {
      last += 2;
      letters++;
    }
    // "A-B-C-D1" is a code, not a word
    if (isDigitCode(text.charCodeAt(last + 1))) letters = 0;
    if (letters < MIN_SPELLED_LETTERS) {
      // its last letter may start a run with another separator ("x u-i-t-s-l-a-g")
      if (last > i) i = last - 1;
      continue;
    }
    copy(i);
    for (let k = i; k <= last; k += 2) {
      out.push(text[k]);
      outMap[len++] = map[k];
    }
    copyFrom = last + 1;
    i = last;
  }
  copy(n);
  outMap[len++] = map[n];
  return { text: out.join(""), map: outMap.subarray(0, len) };
}

/** Offsets in the normalised text -> offsets and text in the original. */
export function toOriginal(
  norm: NormalizedText,
  start: number,
  end: number
): { start: number; end: number; text: string } {
  let s = norm.map[start];
  let e = end > start ? norm.map[end - 1] + 1 : s;
  if (norm.reordered)
    for (let k = start; k < end; k++) {
      s = Math.min(s, norm.map[k]);
      e = Math.max(e, norm.map[k] + 1);
    }
  // Include a surrogate pair's second half and trailing combining marks of the last character.
  const o = norm.original;
  if (e < o.length && o.charCodeAt(e) >= 0xdc00 && o.charCodeAt(e) <= 0xdfff) e++;
  while (e < o.length && COMBINING.test(o[e])) e++;
  return { start: s, end: e, text: o.slice(s, e) };
}

/** Lower case without diacritics, for dictionary look-ups ("Hypothyreoïdie" -> "hypothyreoidie"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
