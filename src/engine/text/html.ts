/**
 * HTML body -> plain text with a map back to the HTML, for matching and for reporting where a
 * finding sits. Everything that is sent and that some reader can see counts: hidden elements
 * (display:none), `<template>` and `<xml>` content, image alt text, `title` tooltips, form values,
 * CSS `content:` strings, a document's `<title>`. Blockquotes are kept (and reported as quoted
 * ranges), entities are decoded and a word split across inline tags ("Jan<span>sen</span>") is joined.
 *
 * Tokenizing is htmlparser2's Tokenizer (the HTML spec's states, including `<!-->`, a stray quote in
 * an unquoted attribute, raw text in script/style/textarea/title/xmp, all named character references)
 * without its tree builder: it reports source offsets for every token, is pure ES and small, and needs
 * no DOM. The text rules on top (blocks, cells, attributes, CSS strings) are ours.
 */
import { Tokenizer } from "htmlparser2";

export interface HtmlText {
  text: string;
  /** map[i] = index in the HTML of the character that produced text[i]; map[text.length] = html.length */
  map: number[];
  /** ranges of `text` inside <blockquote> elements */
  quoted: Array<{ start: number; end: number }>;
  /** HTML index of an entity's "&" -> index just after the entity (for reporting whole entities) */
  entityEnds: Map<number, number>;
}

// Elements whose boundaries are line breaks.
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
  "caption",
  "title",
  "template",
  "textarea",
  "option",
]);
// Table cells are separated by a tab, not joined: "<td>123</td><td>456</td>" reads "123\t456".
const CELL = new Set(["td", "th"]);
// Attributes whose text a reader sees (alt text, tooltips, form values and hints).
const SHOWN_ATTRIBUTES = new Set(["alt", "title", "value", "placeholder"]);

const isSpace = (c: string): boolean =>
  c === " " || c === "\n" || c === "\r" || c === "\t" || c === "\f";

interface Attribute {
  name: string;
  chars: string[];
  at: number[];
}

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const map: number[] = [];
  const quoted: Array<{ start: number; end: number }> = [];
  const entityEnds = new Map<number, number>();
  const quoteStack: number[] = [];
  // Collapse runs of HTML whitespace into one space; a pending break becomes a newline.
  let pendingSpace = -1;
  let pendingBreak = -1;
  // a table cell's border: a tab, as Outlook renders a table in text, so a name in one cell never runs
  // on into the next ("Femke Jansen\tAssendorperstraat 81")
  let pendingTab = false;
  let lastWasBreak = true;

  const flushGap = (): void => {
    if (pendingBreak >= 0) {
      if (!lastWasBreak) {
        out.push("\n");
        map.push(pendingBreak);
      }
      lastWasBreak = true;
    } else if (pendingSpace >= 0 && !lastWasBreak) {
      out.push(pendingTab ? "\t" : " ");
      map.push(pendingSpace);
    }
    pendingBreak = -1;
    pendingSpace = -1;
    pendingTab = false;
  };
  const emit = (ch: string, at: number): void => {
    flushGap();
    out.push(ch);
    map.push(at);
    lastWasBreak = false;
  };
  // A gap maps to a character of the HTML (a tag end can be html.length at the very end).
  const last = Math.max(0, html.length - 1);
  const space = (at: number): void => {
    if (pendingSpace < 0) pendingSpace = Math.min(at, last);
  };
  const cellBorder = (at: number): void => {
    space(at);
    pendingTab = true;
  };
  const lineBreak = (at: number): void => {
    if (pendingBreak < 0) pendingBreak = Math.min(Math.max(0, at), last);
  };
  /** Characters with their own offsets (attribute values, CSS strings), as a word of their own. */
  const emitWord = (chars: string[], at: number[], before: number, after: number): void => {
    let any = false;
    for (let k = 0; k < chars.length; k++) {
      if (isSpace(chars[k])) space(at[k]);
      else {
        if (!any) space(before);
        emit(chars[k], at[k]);
        any = true;
      }
    }
    if (any) space(after);
  };

  // Tokenizer state we track ourselves.
  let tagName = "";
  let tagStart = 0;
  let attrs: Attribute[] = [];
  let attr: Attribute | null = null;
  let attrCursor = 0;
  let inScript = false;
  let inStyle = false;
  let plaintextFrom = -1;

  /** `position(p)`: where in the HTML the CSS character p stands. */
  const cssContent = (
    css: string,
    position: (p: number) => number,
    before: number,
    after: number
  ): void => {
    for (const s of cssContentStrings(css)) emitWord(s.chars, s.at.map(position), before, after);
  };

  const openTag = (endIndex: number): void => {
    const name = tagName;
    if (name === "script") inScript = true;
    else if (name === "style") inStyle = true;
    if (BLOCK.has(name)) {
      lineBreak(tagStart);
      if (name === "blockquote") quoteStack.push(out.length + (lastWasBreak ? 0 : 1));
      // a list item reads as one, as in a plain-text mail: "- Neem uw pas mee" (a list of
      // instructions is leaflet text, features/statements.ts)
      if (name === "li") {
        emit("-", tagStart);
        space(tagStart);
      }
    } else if (CELL.has(name)) cellBorder(tagStart);
    let hidden = false;
    for (const a of attrs)
      if (a.name === "type" && /^hidden$/i.test(a.chars.join(""))) hidden = true;
    for (const a of attrs) {
      if (SHOWN_ATTRIBUTES.has(a.name) && !(hidden && a.name === "value"))
        emitWord(a.chars, a.at, tagStart, endIndex);
      else if (a.name === "style") cssContent(a.chars.join(""), (p) => a.at[p], tagStart, endIndex);
    }
    if (name === "plaintext") plaintextFrom = endIndex + 1;
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, endIndex) {
        if (plaintextFrom >= 0) return;
        tagName = html.slice(start, endIndex).toLowerCase();
        tagStart = start - 1;
        attrs = [];
      },
      onattribname(start, endIndex) {
        if (plaintextFrom >= 0) return;
        attr = { name: html.slice(start, endIndex).toLowerCase(), chars: [], at: [] };
        attrCursor = endIndex;
      },
      onattribdata(start, endIndex) {
        if (!attr || plaintextFrom >= 0) return;
        for (let i = start; i < endIndex; i++) {
          attr.chars.push(html[i]);
          attr.at.push(i);
        }
        attrCursor = endIndex;
      },
      onattribentity(codepoint) {
        if (!attr || plaintextFrom >= 0) return;
        const amp = html.indexOf("&", attrCursor);
        const at = amp < 0 ? attrCursor : amp;
        const s = String.fromCodePoint(codepoint);
        for (let k = 0; k < s.length; k++) {
          attr.chars.push(s[k]);
          attr.at.push(at);
        }
        attrCursor = at + 1;
      },
      onattribend() {
        if (attr && plaintextFrom < 0) attrs.push(attr);
        attr = null;
      },
      onopentagend(endIndex) {
        if (plaintextFrom >= 0) return;
        openTag(endIndex);
      },
      onselfclosingtag(endIndex) {
        if (plaintextFrom >= 0) return;
        openTag(endIndex);
        if (tagName === "script") inScript = false;
        else if (tagName === "style") inStyle = false;
      },
      onclosetag(start, endIndex) {
        if (plaintextFrom >= 0) return;
        const name = html.slice(start, endIndex).toLowerCase();
        if (name === "script") inScript = false;
        else if (name === "style") inStyle = false;
        const at = start - 2;
        if (BLOCK.has(name)) {
          lineBreak(at);
          if (name === "blockquote" && quoteStack.length) {
            const begin = quoteStack.pop() as number;
            if (!quoteStack.length && out.length > begin)
              quoted.push({ start: begin, end: out.length });
          }
        } else if (CELL.has(name)) cellBorder(at);
      },
      ontext(start, endIndex) {
        if (plaintextFrom >= 0 || inScript) return;
        if (inStyle)
          return cssContent(html.slice(start, endIndex), (p) => start + p, start, endIndex);
        for (let i = start; i < endIndex; i++) {
          const c = html[i];
          if (isSpace(c)) space(i);
          else emit(c, i);
        }
      },
      ontextentity(codepoint, endIndex) {
        if (plaintextFrom >= 0 || inScript || inStyle) return;
        const amp = html.lastIndexOf("&", endIndex - 1);
        const at = amp < 0 ? endIndex - 1 : amp;
        entityEnds.set(at, endIndex);
        const s = String.fromCodePoint(codepoint);
        for (let k = 0; k < s.length; k++) emit(s[k], at);
      },
      oncdata(start, endIndex, endOffset) {
        // Shown inside SVG/MathML; elsewhere a bogus comment. Counted: it is sent.
        if (plaintextFrom >= 0) return;
        for (let i = start; i < endIndex - endOffset; i++) {
          if (isSpace(html[i])) space(i);
          else emit(html[i], i);
        }
      },
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    }
  );
  tokenizer.write(html);
  tokenizer.end();
  // <plaintext>: everything after it is text, tags included (the tokenizer does not know this state).
  if (plaintextFrom >= 0) {
    lineBreak(plaintextFrom - 1);
    for (let i = plaintextFrom; i < html.length; i++) {
      if (isSpace(html[i])) space(i);
      else emit(html[i], i);
    }
  }
  if (quoteStack.length && out.length > quoteStack[0])
    quoted.push({ start: quoteStack[0], end: out.length });
  map.push(html.length);
  return { text: out.join(""), map, quoted, entityEnds };
}

/**
 * The strings of CSS `content:` declarations (what ::before/::after show), with each character's
 * offset in `css`. A linear scan: find "content", skip to ":", read quoted strings until ";" or "}".
 */
export function cssContentStrings(css: string): Array<{ chars: string[]; at: number[] }> {
  const found: Array<{ chars: string[]; at: number[] }> = [];
  const lower = css.toLowerCase();
  let i = 0;
  for (;;) {
    const k = lower.indexOf("content", i);
    if (k < 0) break;
    i = k + 7;
    const prev = k > 0 ? lower[k - 1] : "";
    if (prev === "-" || (prev >= "a" && prev <= "z") || (prev >= "0" && prev <= "9")) continue;
    let j = i;
    while (j < css.length && isSpace(css[j])) j++;
    if (css[j] !== ":") continue;
    j++;
    while (j < css.length && css[j] !== ";" && css[j] !== "}") {
      const q = css[j];
      if (q !== '"' && q !== "'") {
        j++;
        continue;
      }
      const chars: string[] = [];
      const at: number[] = [];
      j++;
      while (j < css.length && css[j] !== q && css[j] !== "\n") {
        if (css[j] === "\\") {
          const hex = /^[0-9a-fA-F]{1,6}/.exec(css.slice(j + 1, j + 7));
          if (hex) {
            const cp = parseInt(hex[0], 16);
            const ok = cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
            const s = ok ? String.fromCodePoint(cp) : "\uFFFD";
            for (let n = 0; n < s.length; n++) (chars.push(s[n]), at.push(j));
            j += 1 + hex[0].length;
            if (isSpace(css[j] ?? "")) j++;
            continue;
          }
          if (css[j + 1] === "\n") {
            j += 2;
            continue;
          }
          j++;
          if (j >= css.length) break;
        }
        chars.push(css[j]);
        at.push(j);
        j++;
      }
      j++;
      found.push({ chars, at });
    }
    i = Math.max(i, j);
  }
  return found;
}

/** Offsets in the converted text -> offsets in the HTML (start of the first, end of the last source character). */
export function htmlOffsets(
  html: string,
  h: HtmlText,
  start: number,
  end: number
): { start: number; end: number } {
  const s = h.map[start];
  let e = end > start ? h.map[end - 1] + 1 : s;
  // A character decoded from an entity maps to its "&": end after the whole entity.
  if (e > 0 && html[e - 1] === "&") {
    const entityEnd = h.entityEnds.get(e - 1);
    if (entityEnd !== undefined) e = entityEnd;
  }
  return { start: s, end: e };
}
