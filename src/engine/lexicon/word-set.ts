/**
 * One-word entries as a set, looked up at a position in the text. Used where a regex would be an
 * alternation of hundreds of words behind a short anchor ("uw" + a body part): V8 compiles such a regex
 * on its first use and again when it tiers up, 5–20 ms each, which was a third of a small mail's check
 * (bench/cli.ts). The anchor stays a small regex; the word after it is a walk along a trie, which
 * allocates nothing per lookup (slicing and lower-casing each candidate made it 6x slower than the regex).
 *
 * Matching follows what the regex `(?:a|b|…)\b` with flag `i` did: the longest entry that starts at the
 * position and ends at a word boundary (`\b` of a non-unicode regex: ASCII word characters).
 */

/** A JS regex `\w` character (ASCII letters, digits, underscore). */
function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether a non-unicode regex's `\b` holds between `at - 1` and `at`. */
export function boundaryAt(text: string, at: number): boolean {
  const before = at > 0 && isAsciiWord(text.charCodeAt(at - 1));
  const after = at < text.length && isAsciiWord(text.charCodeAt(at));
  return before !== after;
}

/** A letter of `[a-zà-ÿ]` under flag `i`. */
export function isLatinLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xe0 && c <= 0xff) ||
    (c >= 0xc0 && c <= 0xdf)
  );
}

/** Lower case of one UTF-16 unit, as `toLowerCase` gives it when that is one unit; cached per unit. */
let LOWER: Uint16Array | undefined;
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (!LOWER) LOWER = new Uint16Array(0x10000);
  let l = LOWER[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    LOWER[c] = l;
  }
  return l;
}

/**
 * A trie over lower-cased UTF-16 units: walked along the text, it allocates nothing per lookup. Its
 * edges are one map from (node, letter) to node, not a map per node: building ~20 000 per-node maps
 * was a third of loading the engine (bench/detect.ts "detection load").
 */
// Letters numbered as they first occur in any entry (0: a letter no entry has)
const SYMBOL = new Uint16Array(0x10000);
let symbols = 0;
// node * SYMBOLS_MAX + symbol stays a small integer for ~4 million nodes
const SYMBOLS_MAX = 256;

class Trie {
  private readonly edges = new Map<number, number>();
  private readonly ends: boolean[] = [false];

  add(word: string): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = lowerCode(word.charCodeAt(i));
      let sym = SYMBOL[c];
      if (sym === 0) {
        if (symbols + 1 >= SYMBOLS_MAX) throw new Error("WordSet: too many distinct letters");
        sym = SYMBOL[c] = ++symbols;
      }
      const key = node * SYMBOLS_MAX + sym;
      let child = this.edges.get(key);
      if (child === undefined) {
        child = this.ends.length;
        this.ends.push(false);
        this.edges.set(key, child);
      }
      node = child;
    }
    this.ends[node] = true;
  }

  /** The child of `node` by the unit `c` as written, or -1. */
  next(node: number, c: number): number {
    const sym = SYMBOL[lowerCode(c)];
    if (sym === 0) return -1;
    const child = this.edges.get(node * SYMBOLS_MAX + sym);
    return child === undefined ? -1 : child;
  }

  isEnd(node: number): boolean {
    return this.ends[node];
  }
}

export class WordSet {
  /** the entries, read forwards (a word at a position) */
  private readonly forward = new Trie();
  /** the entries, read backwards from their end (a compound's head, found from the word's end) */
  private readonly backward = new Trie();
  private readonly longest: number;

  /** Entries are single words; `a|b` gives either spelling (the notation of lexicon/terms.ts). */
  constructor(entries: readonly string[]) {
    let longest = 0;
    for (const entry of entries)
      for (const word of entry.split("|")) {
        if (!word || /[\s*~]/.test(word)) throw new Error(`WordSet takes single words: "${entry}"`);
        this.forward.add(word);
        this.backward.add(word.split("").reverse().join(""));
        longest = Math.max(longest, word.length);
      }
    this.longest = longest;
  }

  /** End of the longest entry starting at `at` and ending at a word boundary, or -1. */
  endAt(text: string, at: number): number {
    const trie = this.forward;
    let node = 0;
    let best = -1;
    const stop = Math.min(text.length, at + this.longest);
    for (let i = at; i < stop; i++) {
      node = trie.next(node, text.charCodeAt(i));
      if (node < 0) break;
      if (trie.isEnd(node) && boundaryAt(text, i + 1)) best = i + 1;
    }
    return best;
  }

  /**
   * End of a compound on one of these entries as its head: `min`..`max` letters of `[a-zà-ÿ]`, then the
   * entry, ending at a word boundary ("verstandskies" on "kies"). Longest first part wins, as a greedy
   * `[a-zà-ÿ]{min,max}(?:heads)\b` does; then the longest head. -1 when there is none.
   */
  compoundEndAt(text: string, at: number, min: number, max: number): number {
    let run = 0;
    while (run < max && at + run < text.length && isLatinLetter(text.charCodeAt(at + run))) run++;
    if (run < min) return -1;
    const last = Math.min(text.length, at + run + this.longest);
    let bestK = -1;
    let bestEnd = -1;
    for (let end = at + min + 1; end <= last; end++) {
      if (!boundaryAt(text, end)) continue;
      // the head read backwards from `end`: its first terminal is the shortest head, the longest first part
      const trie = this.backward;
      let node = 0;
      for (let j = end - 1; j >= at + min; j--) {
        node = trie.next(node, text.charCodeAt(j));
        if (node < 0) break;
        const k = j - at;
        if (trie.isEnd(node) && k <= run) {
          if (k > bestK || (k === bestK && end > bestEnd)) {
            bestK = k;
            bestEnd = end;
          }
          break;
        }
      }
    }
    return bestEnd;
  }
}

const JS_SPACE = /\s/;
/** White space at `i` as JavaScript's `\s` and `trim` know it; ASCII without a regex. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && JS_SPACE.test(text[i]));
}

/** What statements.ts asks of a global regex: RegExp has it, and so does AnchoredWord. */
export interface Matcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

function execResult(text: string, start: number, end: number): RegExpExecArray {
  const r = [text.slice(start, end)] as unknown as RegExpExecArray;
  r.index = start;
  r.input = text;
  return r;
}

/**
 * `anchor` then a word found by `wordEnd`, as the regex `anchor(?:\S+\s+)?word` (with `skipOne`) or
 * `anchor word` would: "uw" + "linker" + "knie". `anchor` is a global regex ending where the word starts
 * (it ends in `\s+`). A global-regex stand-in: `lastIndex`, `exec`, `test`.
 */
export class AnchoredWord implements Matcher {
  lastIndex = 0;

  constructor(
    private readonly anchor: RegExp,
    private readonly skipOne: boolean,
    private readonly wordEnd: (text: string, at: number) => number
  ) {
    if (!anchor.global) throw new Error("AnchoredWord needs a global anchor");
  }

  exec(text: string): RegExpExecArray | null {
    const anchor = this.anchor;
    anchor.lastIndex = this.lastIndex;
    let m: RegExpExecArray | null;
    while ((m = anchor.exec(text))) {
      const at = m.index + m[0].length;
      let end = -1;
      if (this.skipOne) {
        // `(?:\S+\s+)?` is tried first: one whole word and the space after it
        let i = at;
        while (i < text.length && !isSpaceAt(text, i)) i++;
        let j = i;
        while (j < text.length && isSpaceAt(text, j)) j++;
        if (i > at && j > i) end = this.wordEnd(text, j);
      }
      if (end < 0) end = this.wordEnd(text, at);
      if (end >= 0) {
        this.lastIndex = end;
        return execResult(text, m.index, end);
      }
      anchor.lastIndex = m.index + 1;
    }
    this.lastIndex = 0;
    return null;
  }

  test(text: string): boolean {
    this.lastIndex = 0;
    const found = this.exec(text) !== null;
    this.lastIndex = 0;
    return found;
  }
}

/**
 * The first match of any part (the earlier part at the same position), as an alternation `a|b` would.
 * Each part's next match is kept until the search passes it: asking every part again on each call
 * would scan to the end of the text for a part that never matches, once per match of the others.
 */
export class FirstOf implements Matcher {
  lastIndex = 0;
  private text: string | null = null;
  /** per part: where its last search began, and what it found (null: nothing from there on) */
  private from: number[] = [];
  private found: ({ m: RegExpExecArray; end: number } | null)[] = [];

  constructor(private readonly parts: readonly Matcher[]) {}

  exec(text: string): RegExpExecArray | null {
    const at = this.lastIndex;
    if (text !== this.text) {
      this.text = text;
      this.from = this.parts.map(() => Infinity);
      this.found = this.parts.map(() => null);
    }
    let best = -1;
    for (let i = 0; i < this.parts.length; i++) {
      const kept = this.found[i];
      // a search begun at or before `at` that found nothing, or found something at or after `at`, holds
      if (this.from[i] > at || (kept !== null && kept.m.index < at)) {
        const p = this.parts[i];
        p.lastIndex = at;
        const m = p.exec(text);
        this.from[i] = at;
        this.found[i] = m ? { m, end: p.lastIndex } : null;
      }
      const f = this.found[i];
      if (f && (best < 0 || f.m.index < this.found[best]!.m.index)) best = i;
    }
    if (best < 0) {
      this.lastIndex = 0;
      return null;
    }
    const hit = this.found[best]!;
    this.lastIndex = hit.end;
    return hit.m;
  }

  test(text: string): boolean {
    this.lastIndex = 0;
    const found = this.exec(text) !== null;
    this.lastIndex = 0;
    return found;
  }
}
