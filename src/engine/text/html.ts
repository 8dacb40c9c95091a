/**
 * HTML body -> plain text with a map back to the HTML, for matching and for reporting where a
 * finding sits. Everything that is sent counts: hidden elements (display:none) stay in, image alt
 * text is added, blockquotes are kept (and reported as quoted ranges), entities are decoded and a
 * word split across inline tags ("Jan<span>sen</span>") is joined again.
 *
 * Hand-written on purpose: HTML-to-text libraries drop the offsets we need, hide display:none
 * content and pull in a DOM or large entity tables; the engine must stay small, pure and ES2016.
 */

export interface HtmlText {
  text: string;
  /** map[i] = index in the HTML of the character that produced text[i]; map[text.length] = html.length */
  map: number[];
  /** ranges of `text` inside <blockquote> elements */
  quoted: Array<{ start: number; end: number }>;
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
]);
// Table cells are separated by a space, not joined.
const CELL = new Set(["td", "th"]);
// Content not shown to or sent as text to the reader.
const SKIP_CONTENT = new Set(["script", "style", "head", "title", "template", "xml"]);

// The entities that occur in mail written by Outlook, Word and web mailers; numeric references cover the rest.
const ENTITIES: Record<string, string> = {
  nbsp: "\u00A0",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  euro: "\u20AC",
  shy: "\u00AD",
  zwj: "\u200D",
  zwnj: "\u200C",
  lrm: "\u200E",
  rlm: "\u200F",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  sbquo: "\u201A",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bdquo: "\u201E",
  hellip: "\u2026",
  bull: "\u2022",
  middot: "\u00B7",
  copy: "\u00A9",
  reg: "\u00AE",
  trade: "\u2122",
  deg: "\u00B0",
  plusmn: "\u00B1",
  times: "\u00D7",
  divide: "\u00F7",
  micro: "\u00B5",
  para: "\u00B6",
  sect: "\u00A7",
  laquo: "\u00AB",
  raquo: "\u00BB",
  sup1: "\u00B9",
  sup2: "\u00B2",
  sup3: "\u00B3",
  frac12: "\u00BD",
  frac14: "\u00BC",
  frac34: "\u00BE",
  iexcl: "\u00A1",
  iquest: "\u00BF",
  cent: "\u00A2",
  pound: "\u00A3",
  yen: "\u00A5",
  szlig: "\u00DF",
  minus: "\u2212",
  Agrave: "\u00C0",
  Aacute: "\u00C1",
  Acirc: "\u00C2",
  Atilde: "\u00C3",
  Auml: "\u00C4",
  Aring: "\u00C5",
  AElig: "\u00C6",
  Ccedil: "\u00C7",
  Egrave: "\u00C8",
  Eacute: "\u00C9",
  Ecirc: "\u00CA",
  Euml: "\u00CB",
  Igrave: "\u00CC",
  Iacute: "\u00CD",
  Icirc: "\u00CE",
  Iuml: "\u00CF",
  Ntilde: "\u00D1",
  Ograve: "\u00D2",
  Oacute: "\u00D3",
  Ocirc: "\u00D4",
  Otilde: "\u00D5",
  Ouml: "\u00D6",
  Oslash: "\u00D8",
  Ugrave: "\u00D9",
  Uacute: "\u00DA",
  Ucirc: "\u00DB",
  Uuml: "\u00DC",
  Yacute: "\u00DD",
  agrave: "\u00E0",
  aacute: "\u00E1",
  acirc: "\u00E2",
  atilde: "\u00E3",
  auml: "\u00E4",
  aring: "\u00E5",
  aelig: "\u00E6",
  ccedil: "\u00E7",
  egrave: "\u00E8",
  eacute: "\u00E9",
  ecirc: "\u00EA",
  euml: "\u00EB",
  igrave: "\u00EC",
  iacute: "\u00ED",
  icirc: "\u00EE",
  iuml: "\u00EF",
  ntilde: "\u00F1",
  ograve: "\u00F2",
  oacute: "\u00F3",
  ocirc: "\u00F4",
  otilde: "\u00F5",
  ouml: "\u00F6",
  oslash: "\u00F8",
  ugrave: "\u00F9",
  uacute: "\u00FA",
  ucirc: "\u00FB",
  uuml: "\u00FC",
  yacute: "\u00FD",
  yuml: "\u00FF",
  ij: "\u0133",
  IJ: "\u0132",
};

/** Decode one entity starting at html[i] === "&". Returns the text and the length consumed, or null. */
function decodeEntityAt(html: string, i: number): { text: string; length: number } | null {
  const m = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/.exec(
    html.slice(i, i + 40)
  );
  if (!m) return null;
  const body = m[1];
  if (body[0] === "#") {
    const cp =
      body[1] === "x" || body[1] === "X"
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff))
      return { text: "\uFFFD", length: m[0].length };
    return { text: String.fromCodePoint(cp), length: m[0].length };
  }
  const named = ENTITIES[body];
  if (named === undefined) return null;
  return { text: named, length: m[0].length };
}

/** Decode entities in an attribute value, mapping every output character to `base` + its offset. */
function decodeAttribute(value: string, base: number, out: string[], map: number[]): void {
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "&") {
      const e = decodeEntityAt(value, i);
      if (e) {
        for (let k = 0; k < e.text.length; k++) {
          out.push(e.text[k]);
          map.push(base + i);
        }
        i += e.length - 1;
        continue;
      }
    }
    out.push(value[i]);
    map.push(base + i);
  }
}

const ALT_ATTR = /\salt\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i;

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const map: number[] = [];
  const quoted: Array<{ start: number; end: number }> = [];
  const quoteStack: number[] = [];
  let skipUntil: string | null = null;
  // Collapse runs of HTML whitespace into one space; a pending break becomes a newline.
  let pendingSpace = -1;
  let pendingBreak = -1;
  let lastWasBreak = true;

  const flushGap = (): void => {
    if (pendingBreak >= 0) {
      if (!lastWasBreak) {
        out.push("\n");
        map.push(pendingBreak);
      }
      lastWasBreak = true;
    } else if (pendingSpace >= 0 && !lastWasBreak) {
      out.push(" ");
      map.push(pendingSpace);
    }
    pendingBreak = -1;
    pendingSpace = -1;
  };
  const emit = (ch: string, at: number): void => {
    flushGap();
    out.push(ch);
    map.push(at);
    lastWasBreak = false;
  };

  const n = html.length;
  let i = 0;
  while (i < n) {
    const c = html[i];
    if (c === "<") {
      if (html.startsWith("<!--", i)) {
        const end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      const tag = /^<\/?([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(i, i + 40));
      if (!tag && html[i + 1] !== "!" && html[i + 1] !== "?") {
        // A bare "<" is text.
        emit(c, i);
        i++;
        continue;
      }
      // Find the end of the tag, respecting quoted attribute values.
      let j = i + 1;
      let q = "";
      while (j < n) {
        const d = html[j];
        if (q) {
          if (d === q) q = "";
        } else if (d === '"' || d === "'") q = d;
        else if (d === ">") break;
        j++;
      }
      const raw = html.slice(i, j + 1);
      const name = tag ? tag[1].toLowerCase() : "";
      const closing = raw[1] === "/";
      if (skipUntil) {
        if (closing && name === skipUntil) skipUntil = null;
        i = j + 1;
        continue;
      }
      if (!closing && SKIP_CONTENT.has(name) && !/\/>$/.test(raw)) {
        skipUntil = name;
        i = j + 1;
        continue;
      }
      if (BLOCK.has(name)) {
        if (pendingBreak < 0) pendingBreak = i;
        if (name === "blockquote") {
          if (!closing) quoteStack.push(out.length + (lastWasBreak ? 0 : 1));
          else if (quoteStack.length) {
            const start = quoteStack.pop() as number;
            if (!quoteStack.length && out.length > start) quoted.push({ start, end: out.length });
          }
        }
      } else if (CELL.has(name)) {
        if (pendingSpace < 0) pendingSpace = i;
      } else if (name === "img" || name === "area" || name === "input") {
        const alt = ALT_ATTR.exec(raw);
        if (alt) {
          const value = alt[2] ?? alt[3] ?? alt[4] ?? "";
          const isQuoted = alt[1][0] === '"' || alt[1][0] === "'";
          const valueStart = i + alt.index + alt[0].indexOf(alt[1]) + (isQuoted ? 1 : 0);
          if (value.trim()) {
            if (pendingSpace < 0) pendingSpace = i;
            flushGap();
            const before = out.length;
            decodeAttribute(value, valueStart, out, map);
            if (out.length > before) lastWasBreak = false;
            pendingSpace = j;
          }
        }
      }
      i = j + 1;
      continue;
    }
    if (skipUntil) {
      i++;
      continue;
    }
    if (c === " " || c === "\n" || c === "\r" || c === "\t" || c === "\f") {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    if (c === "&") {
      const e = decodeEntityAt(html, i);
      if (e) {
        for (let k = 0; k < e.text.length; k++) emit(e.text[k], i);
        i += e.length;
        continue;
      }
    }
    emit(c, i);
    i++;
  }
  if (quoteStack.length && out.length > quoteStack[0])
    quoted.push({ start: quoteStack[0], end: out.length });
  map.push(n);
  return { text: out.join(""), map, quoted };
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
    const d = decodeEntityAt(html, e - 1);
    if (d) e += d.length - 1;
  }
  return { start: s, end: e };
}
