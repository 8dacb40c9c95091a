import { htmlToText } from "../engine/text/html";
import { tidyLines } from "../engine/text/trim";

/**
 * Visible text of an HTML document (attachment or mail body): the engine's spec tokenizer, so that an
 * HTML attachment is read exactly as an HTML body is (title, alt and title attributes, hidden text).
 */
export function htmlText(html: string): string {
  return tidyLines(htmlToText(html).text.replace(/\u00a0/g, " "));
}

// Destinations whose content is not document text (fonts, styles, pictures, metadata fields).
const SKIP_DESTINATIONS = new Set([
  "fonttbl",
  "colortbl",
  "stylesheet",
  "info",
  "pict",
  "object",
  "themedata",
  "colorschememapping",
  "latentstyles",
  "datastore",
  "xmlnstbl",
  "listtable",
  "listoverridetable",
  "rsidtbl",
  "generator",
  "filetbl",
  "revtbl",
  "pgdsctbl",
  "fldinst",
  "bkmkstart",
  "bkmkend",
  "header",
  "footer",
]);

/**
 * Plain text of an RTF document. Hand-written: no maintained RTF library runs without a DOM, and the
 * job is small: skip non-text destinations, decode \'hh (Windows-1252) and \uN escapes, keep \par.
 */
export function rtfText(rtf: string): string {
  const out: string[] = [];
  // Per group: is it skipped, and how many fallback chars follow \uN (\ucN).
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let uc = 1;
  let pendingSkipChars = 0;
  let i = 0;
  const n = rtf.length;
  while (i < n) {
    const ch = rtf[i];
    if (ch === "{") {
      stack.push({ skip, uc });
      i++;
      if (rtf.startsWith("\\*", i)) skip = true;
      continue;
    }
    if (ch === "}") {
      const prev = stack.pop();
      if (prev) ({ skip, uc } = prev);
      i++;
      continue;
    }
    if (ch === "\\") {
      const next = rtf[i + 1];
      if (next === "'") {
        const code = parseInt(rtf.substr(i + 2, 2), 16);
        i += 4;
        if (pendingSkipChars > 0) pendingSkipChars--;
        else if (!skip && !Number.isNaN(code)) out.push(cp1252Char(code));
        continue;
      }
      if (next === "\\" || next === "{" || next === "}") {
        if (!skip) out.push(next);
        i += 2;
        continue;
      }
      const m = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(rtf.substr(i + 1, 48));
      if (!m) {
        // control symbol (\~ non-breaking space, \- optional hyphen, ...)
        if (!skip && next === "~") out.push(" ");
        i += 2;
        continue;
      }
      i += 1 + m[0].length;
      const word = m[1];
      const arg = m[2] !== undefined ? parseInt(m[2], 10) : undefined;
      if (SKIP_DESTINATIONS.has(word)) skip = true;
      else if (word === "uc" && arg !== undefined) uc = arg;
      else if (word === "u" && arg !== undefined) {
        if (!skip) out.push(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
        pendingSkipChars = uc;
      } else if (
        !skip &&
        (word === "par" || word === "line" || word === "row" || word === "sect" || word === "page")
      )
        out.push("\n");
      else if (!skip && (word === "tab" || word === "cell")) out.push("\t");
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      i++;
      continue;
    }
    if (pendingSkipChars > 0) pendingSkipChars--;
    else if (!skip) out.push(ch);
    i++;
  }
  return tidyLines(out.join(""));
}

const CP1252_80 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function cp1252Char(code: number): string {
  return code >= 0x80 && code < 0xa0 ? CP1252_80[code - 0x80] : String.fromCharCode(code);
}
