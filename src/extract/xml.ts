/**
 * Text out of office XML (OOXML, ODF). Regex-based on purpose: no DOMParser in the send-time runtime,
 * and we only need the character data with paragraph and cell breaks, not a tree.
 */
import { tidyLines } from "../engine/text/trim";

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;

export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (_m, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)
      ? String.fromCodePoint(cp)
      : " ";
  });
}

// Element local names (any prefix) that end a line or a cell in Word, Excel, PowerPoint and ODF.
const LINE_END =
  /<\/(?:[a-zA-Z]+:)?(?:p|h|row|table-row|tr|li|list-item|si)>|<(?:[a-zA-Z]+:)?(?:br|cr|line-break)\b[^>]*>/g;
const CELL_END = /<\/(?:[a-zA-Z]+:)?(?:tc|table-cell|c)>|<(?:[a-zA-Z]+:)?tab\b[^>]*\/>/g;
const SPACE = /<(?:text:)?s\b[^>]*\/>/g;

/** Character data of an XML document, with newlines at paragraph/row ends and tabs between cells. */
export function xmlText(xml: string): string {
  const text = decodeEntities(
    xml
      .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "")
      // Word field codes (PAGE, HYPERLINK ...) are instructions, not text.
      .replace(/<w:instrText\b[^>]*>[\s\S]*?<\/w:instrText>/g, "")
      .replace(LINE_END, "\n")
      .replace(CELL_END, "\t")
      .replace(SPACE, " ")
      .replace(/<[^<>]*>/g, "")
  );
  return tidyLines(text);
}

/** Strings of xl/sharedStrings.xml by index. */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)))
    out.push(
      m[1]
        ? decodeEntities(m[1].replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").replace(/<[^<>]*>/g, ""))
        : ""
    );
  return out;
}

/** A worksheet's cells as rows of tab-separated values; shared-string cells are looked up. */
export function sheetText(xml: string, shared: readonly string[]): string {
  const rows: string[] = [];
  const rowRe = /<row\b[^>]*>([\s\S]*?)<\/row>/g;
  const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let r: RegExpExecArray | null;
  while ((r = rowRe.exec(xml))) {
    const cells: string[] = [];
    let c: RegExpExecArray | null;
    cellRe.lastIndex = 0;
    while ((c = cellRe.exec(r[1]))) {
      const attrs = c[1];
      const body = c[2] ?? "";
      const type = /\bt="([^"]*)"/.exec(attrs)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      if (type === "s" && v !== undefined) cells.push(shared[parseInt(v, 10)] ?? "");
      else if (type === "inlineStr") cells.push(decodeEntities(body.replace(/<[^<>]*>/g, "")));
      else if (v !== undefined) cells.push(decodeEntities(v));
    }
    if (cells.length) rows.push(cells.join("\t"));
  }
  return rows.join("\n");
}
