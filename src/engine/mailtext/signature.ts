import {
  CLOSING_ADJECTIVES,
  CLOSING_GREETING,
  CLOSINGS,
  ON_BEHALF_OF,
} from "../lexicon/category-words";
import { termsSource } from "../lexicon/terms";
import { isSpaceAt } from "../lexicon/word-set";
import { quoteHeaderStart, splitLines, type Range } from "../text/quotes";

/**
 * Signature blocks: the short lines after a closing ("Met vriendelijke groet,"). Job titles
 * ("praktijkverpleegkundige diabetes") and practice names in them say who writes, not what about.
 */

/** Closings are short: a longer line is never one, which also keeps the test linear on long lines. */
const CLOSING_MAX = 40;
const CLOSING_FORMAL = new RegExp(
  `^(?:met )?(?:(?:${termsSource(CLOSING_ADJECTIVES)}) ?)?(?:${termsSource(CLOSING_GREETING)}|groet,) ?[,!.]?$`,
  "i"
);
const CLOSING_SHORT = new RegExp(`^(?:${termsSource(CLOSINGS)}|tot de \\S+) ?[,!.]?$`, "i");
// "Namens de assistentes,", "Namens het hele team," (a line of at most CLOSING_MAX characters)
const CLOSING_ON_BEHALF = new RegExp(`^(?:${termsSource(ON_BEHALF_OF)})(?: [^\\s,]+){1,4},$`, "i");

/** Is this line a closing? (A quote marker "> " before it is allowed.) */
export function isClosing(line: string): boolean {
  // most lines are prose: measure the line without its quote markers and outer white space before
  // copying anything (this runs on every line of the body)
  let from = 0;
  while (from < line.length && line.charCodeAt(from) === 62) from++;
  while (from < line.length && isSpaceAt(line, from)) from++;
  let to = line.length;
  while (to > from && isSpaceAt(line, to - 1)) to--;
  if (to - from > CLOSING_MAX) return false;
  const l = (line.charCodeAt(0) === 62 ? line.replace(/^>+/, "") : line).trim();
  if (!l || l.length > CLOSING_MAX) return false;
  // short now: collapsing its white space costs nothing
  const c = l.replace(/\s+/g, " ");
  return CLOSING_FORMAL.test(c) || CLOSING_SHORT.test(c) || CLOSING_ON_BEHALF.test(c);
}

const SIGNATURE_LINES = 9;
const FROM_LINE = /^\s*(?:van|from)\s*:/i;
const RULE_LINE = /^\s*_{8}/;

/** Ranges of signature blocks (a closing and up to nine short lines after it). */
const MAX_BLANKS_IN_SIGNATURE = 3;

export function signatureRanges(text: string): Range[] {
  const lines = splitLines(text);
  const out: Range[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!isClosing(lines[k].line)) continue;
    let end = lines[k].start + lines[k].line.length;
    let taken = 0;
    let blanks = 0;
    for (let j = k + 1; j < lines.length && taken < SIGNATURE_LINES; j++) {
      const l = lines[j].line.replace(/^>+\s?/, "");
      if (!l.trim()) {
        // a signature holds no gap of blank lines: text far below it is written text again
        if (++blanks >= MAX_BLANKS_IN_SIGNATURE) break;
        // A blank line followed by a reply header ends the signature.
        if (
          quoteHeaderStart(
            lines
              .slice(j + 1, j + 3)
              .map((x) => x.line)
              .join("\n")
          ) === 0
        )
          break;
        continue;
      }
      if (l.length > 90 || quoteHeaderStart(l) === 0 || FROM_LINE.test(l) || RULE_LINE.test(l))
        break;
      blanks = 0;
      end = lines[j].start + lines[j].line.length;
      taken++;
    }
    out.push({ start: lines[k].start, end });
  }
  return out;
}

/** Sorted, non-overlapping ranges (a closing inside a signature gives a nested range). */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.slice().sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    if (r.end <= r.start) continue;
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Is `at` inside one of the merged `ranges`? (binary search) */
export function inRanges(ranges: Range[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < ranges[mid].start) hi = mid - 1;
    else if (at >= ranges[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The text with the ranges replaced by a line break. */
export function stripRanges(text: string, ranges: Range[]): string {
  if (!ranges.length) return text;
  let out = "";
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + "\n";
    at = r.end;
  }
  return out + text.slice(at);
}
