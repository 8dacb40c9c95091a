/**
 * Quoted earlier messages in a plain-text body: everything after a reply header ("Op ... schreef
 * ...:", "On ... wrote:", "-----Oorspronkelijk bericht-----", an Outlook "Van: / Verzonden:" block,
 * a line of underscores before "Van:") and every "> " line. Quoted text is sent along and counts for
 * the message category; the ranges let rules tell the new text (e.g. the salutation) from the quote.
 */

export interface Range {
  start: number;
  end: number;
}

// Apple Mail in Dutch: "Op 5 nov. 2026 om 19:40 heeft Henk Schipper <…> het volgende geschreven:"
const WROTE =
  /^(?:op|on|am|le)\s.{4,200}?(?:schreef|wrote|schrieb|a écrit|het volgende geschreven)\b[^\n]*$/i;
const SEPARATOR =
  /^\s*-{2,}\s*(?:oorspronkelijk bericht|original message|doorgestuurd bericht|forwarded message|begin doorgestuurd bericht|begin forwarded message)(?:\s*-+)?\s*$/i;
const FROM_LINE = /^\s*\*?(?:van|from|afzender)\s*:\*?\s+\S/i;
const SENT_LINE = /^\s*\*?(?:verzonden|sent|datum|date|aan|to|onderwerp|subject)\s*:/i;
const RULE_LINE = /^\s*_{8,}\s*$/;
const QUOTE_LINE = /^\s*>/;

const SENT_LINE_ONLY = /^\s*\*?(?:verzonden|sent)\s*:/i;
// "Datum:" is a reply header's only under "Van:" (an appointment's "Datum: donderdag 27 maart" is not)
const DATE_LINE = /^\s*\*?(?:datum|date)\s*:/i;
const MAYBE_WRITING_DATE = /(?:verzonden|sent|datum|date)\s*:|schreef|wrote|schrieb|geschreven/i;

/**
 * The text with the dates of writing blanked out, offsets kept: a reply header's "Verzonden: zondag 1
 * februari 2026 21:30" or "Op ma 2 nov 2026 om 19:42 schreef" says when a mail was written, never when
 * someone is expected.
 */
// (one entry: the features ask for the same text several times in a row)
let lastWritten = "";
let lastBlanked = "";

export function withoutWritingDates(text: string): string {
  if (text === lastWritten) return lastBlanked;
  lastBlanked = blankWritingDates(text);
  lastWritten = text;
  return lastBlanked;
}

function blankWritingDates(text: string): string {
  if (!MAYBE_WRITING_DATE.test(text)) return text;
  let out = "";
  let at = 0;
  const lines = splitLines(text);
  for (let k = 0; k < lines.length; k++) {
    const { start, line } = lines[k];
    const header =
      SENT_LINE_ONLY.test(line) ||
      WROTE.test(line) ||
      (DATE_LINE.test(line) &&
        ((k > 0 && FROM_LINE.test(lines[k - 1].line)) ||
          (k > 1 && FROM_LINE.test(lines[k - 2].line))));
    if (!header) continue;
    out += text.slice(at, start) + " ".repeat(line.length);
    at = start + line.length;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** Where the first quoted message starts (a header line), or -1. */
export function quoteHeaderStart(text: string): number {
  const lines = splitLines(text);
  for (let k = 0; k < lines.length; k++) {
    const { start, line } = lines[k];
    if (SEPARATOR.test(line)) return start;
    if (RULE_LINE.test(line) && k + 1 < lines.length && FROM_LINE.test(lines[k + 1].line))
      return start;
    if (FROM_LINE.test(line)) {
      for (let j = k + 1; j < Math.min(lines.length, k + 4); j++)
        if (SENT_LINE.test(lines[j].line)) return start;
    }
    if (WROTE.test(line)) return start;
    // "Op 3 mrt. 2025 om 16:48 schreef Ans de Boer" wrapped over two lines.
    if (
      /^(?:op|on)\s/i.test(line) &&
      k + 1 < lines.length &&
      WROTE.test(line + " " + lines[k + 1].line)
    )
      return start;
  }
  return -1;
}

/** All quoted ranges: from the first reply header to the end, plus "> " lines before it. */
export function findQuotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const header = quoteHeaderStart(text);
  const limit = header >= 0 ? header : text.length;
  for (const { start, line } of splitLines(text.slice(0, limit))) {
    if (!QUOTE_LINE.test(line)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.end >= start - 1) last.end = start + line.length;
    else ranges.push({ start, end: start + line.length });
  }
  if (header >= 0) ranges.push({ start: header, end: text.length });
  return ranges;
}

export function splitLines(text: string): Array<{ start: number; line: string }> {
  const out: Array<{ start: number; line: string }> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    out.push({ start, line: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}
