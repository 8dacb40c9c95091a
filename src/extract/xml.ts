/**
 * Text out of office XML (OOXML, ODF) and plain XML, with saxes: a streaming, namespace-aware XML
 * parser in pure JavaScript (no DOM in the send-time runtime). Elements are matched by their local
 * name, whatever prefix a writer chose (`<x:row>`, `<w:t>`, `<row>` are all the same), attributes in
 * either quote style, entities decoded by the parser. The parser is fed the part as it inflates, so a
 * large part is never held whole. Malformed XML is read on as far as it goes (errors are not fatal).
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { tidyLines } from "../engine/text/trim";

/** How one part is read. */
export type XmlPartKind =
  /** WordprocessingML / DrawingML / SmartArt / PresentationML text: `t` and `delText` elements */
  | "ooxml"
  /** a SpreadsheetML worksheet (needs the shared strings) */
  | "sheet"
  /** xl/sharedStrings.xml: fills the shared string table, no text of its own */
  | "sharedStrings"
  /** Excel threaded comments: the `text` element */
  | "threadedComments"
  /** docProps/core.xml or ODF meta.xml: title, subject, description, keywords (and ODF user-defined) */
  | "core"
  /** docProps/custom.xml: "name: value" per property */
  | "custom"
  /** ODF content.xml: all character data except style and font declarations */
  | "odfContent"
  /** ODF styles.xml: the headers and footers of the master pages */
  | "odfStyles"
  /** any other XML: all character data */
  | "any";

// Character data of these OOXML elements is document text (w:t, a:t, m:t, x:t, w:delText = deleted
// text still in the file). Field instructions (w:instrText) and layout numbers (wp:posOffset) are not.
const OOXML_TEXT = new Set(["t", "delText"]);
// Ends of a line or a cell, for OOXML and ODF alike.
const LINE_END = new Set(["p", "h", "tr", "row", "table-row", "li", "list-item", "si", "txBody"]);
const CELL_END = new Set(["tc", "table-cell", "c"]);
const LINE_BREAK = new Set(["br", "cr", "line-break"]);
// Elements whose alt text (`descr`) and title are shown to screen-reader users and in the file.
const ALT_TEXT_OWNERS = new Set(["docPr", "cNvPr"]);
const CORE_FIELDS = new Set(["title", "subject", "description", "keywords", "keyword", "category"]);
const ODF_SKIP = new Set(["font-face-decls", "automatic-styles", "styles", "master-styles"]);

/** Collects the text of one XML part, fed in pieces; `text()` returns what was read so far. */
export class XmlTextCollector {
  private readonly parser = new SaxesParser({ xmlns: true, position: false });
  private readonly out: string[] = [];
  private size = 0;
  private textDepth = 0;
  private skipDepth = 0;
  private masterPageDepth = 0;
  // sheets
  private cellType = "";
  private cell: string[] | null = null;
  private row: string[] = [];
  private inValue = 0;
  // shared strings
  private si: string[] | null = null;
  // custom properties
  private property: string | null = null;

  constructor(
    private readonly kind: XmlPartKind,
    private readonly shared: string[] = []
  ) {
    const p = this.parser;
    p.on("error", () => undefined); // read on past malformed XML
    p.on("opentag", (tag) => this.open(tag));
    p.on("closetag", (tag) => this.close(tag));
    p.on("text", (t) => this.chars(t));
    p.on("cdata", (t) => this.chars(t));
  }

  write(xml: string): void {
    this.parser.write(xml);
  }

  /** Characters collected so far (for the caller's text cap). */
  get length(): number {
    return this.size;
  }

  text(): string {
    try {
      this.parser.close();
    } catch {
      // unclosed elements at the end: what was read stands
    }
    return tidyLines(this.out.join(""));
  }

  private push(s: string): void {
    this.out.push(s);
    this.size += s.length;
  }

  private open(tag: SaxesTagNS): void {
    const local = tag.local;
    const kind = this.kind;
    if (this.skipDepth) {
      if (!tag.isSelfClosing) this.skipDepth++;
      return;
    }
    if (
      (kind === "sharedStrings" && local === "rPh") ||
      (kind === "odfContent" && ODF_SKIP.has(local)) ||
      (kind === "odfStyles" && local === "font-face-decls")
    ) {
      if (!tag.isSelfClosing) this.skipDepth = 1;
      return;
    }
    if (kind === "odfStyles" && local === "master-page" && !tag.isSelfClosing)
      this.masterPageDepth++;
    if (LINE_BREAK.has(local)) this.push("\n");
    else if (local === "tab" && tag.isSelfClosing) this.push("\t");
    else if (local === "s" && (kind === "odfContent" || kind === "odfStyles")) this.push(" ");
    if (ALT_TEXT_OWNERS.has(local)) {
      const attrs = tag.attributes as Record<string, { local: string; value: string }>;
      for (const key of Object.keys(attrs)) {
        const a = attrs[key];
        if ((a.local === "descr" || a.local === "title") && a.value.trim())
          this.push(`\n${a.value}\n`);
      }
    }
    if (tag.isSelfClosing) return;
    if (kind === "sheet") {
      if (local === "c") {
        const t = (tag.attributes as Record<string, { local: string; value: string }>)["t"];
        this.cellType = t ? t.value : "";
        this.cell = [];
      } else if (local === "v" || local === "t") this.inValue++;
    } else if (kind === "sharedStrings") {
      if (local === "si") this.si = [];
      else if (local === "t") this.textDepth++;
    } else if (kind === "custom") {
      if (local === "property") {
        const name = (tag.attributes as Record<string, { local: string; value: string }>)["name"];
        this.property = name ? name.value : "";
        this.push(`\n${this.property}: `);
      } else if (this.property !== null) this.textDepth++;
    } else if (kind === "core") {
      if (CORE_FIELDS.has(local) || local === "user-defined") {
        this.textDepth++;
        this.push("\n");
        if (local === "user-defined") {
          const name = (tag.attributes as Record<string, { local: string; value: string }>)[
            "meta:name"
          ];
          if (name) this.push(`${name.value}: `);
        }
      }
    } else if (kind === "ooxml") {
      if (OOXML_TEXT.has(local)) this.textDepth++;
    } else if (kind === "threadedComments") {
      if (local === "text") this.textDepth++;
    }
  }

  private close(tag: SaxesTagNS): void {
    const local = tag.local;
    const kind = this.kind;
    if (this.skipDepth) {
      if (!tag.isSelfClosing) this.skipDepth--;
      return;
    }
    if (tag.isSelfClosing) return;
    if (kind === "odfStyles" && local === "master-page") this.masterPageDepth--;
    if (kind === "sheet") {
      if (local === "v" || local === "t") this.inValue = Math.max(0, this.inValue - 1);
      else if (local === "c" && this.cell) {
        const v = this.cell.join("");
        const value = this.cellType === "s" ? (this.shared[parseInt(v, 10)] ?? "") : v;
        this.row.push(value);
        this.cell = null;
      } else if (local === "row") {
        while (this.row.length && !this.row[this.row.length - 1]) this.row.pop();
        if (this.row.length) this.push(this.row.join("\t") + "\n");
        this.row = [];
      }
      return;
    }
    if (kind === "sharedStrings") {
      if (local === "t") this.textDepth--;
      else if (local === "si" && this.si) {
        this.shared.push(this.si.join(""));
        this.si = null;
      }
      return;
    }
    if (kind === "custom") {
      if (local === "property") this.property = null;
      else if (this.property !== null) this.textDepth--;
      return;
    }
    if (kind === "core") {
      if (CORE_FIELDS.has(local) || local === "user-defined") this.textDepth--;
      return;
    }
    if (
      (kind === "ooxml" && OOXML_TEXT.has(local)) ||
      (kind === "threadedComments" && local === "text")
    )
      this.textDepth--;
    if (LINE_END.has(local)) this.push("\n");
    else if (CELL_END.has(local)) this.push("\t");
  }

  private chars(t: string): void {
    if (this.skipDepth) return;
    switch (this.kind) {
      case "sheet":
        if (this.cell && this.inValue) this.cell.push(t);
        return;
      case "sharedStrings":
        if (this.si && this.textDepth > 0) this.si.push(t);
        return;
      case "odfContent":
      case "any":
        return this.push(t);
      case "odfStyles":
        if (this.masterPageDepth > 0) this.push(t);
        return;
      default:
        if (this.textDepth > 0) this.push(t);
    }
  }
}

/** Text of a whole XML string read as `kind`. */
export function xmlText(xml: string, kind: XmlPartKind = "any"): string {
  const c = new XmlTextCollector(kind);
  c.write(xml);
  return c.text();
}

/** Strings of xl/sharedStrings.xml by index. */
export function sharedStrings(xml: string): string[] {
  const shared: string[] = [];
  const c = new XmlTextCollector("sharedStrings", shared);
  c.write(xml);
  c.text();
  return shared;
}

/** A worksheet's cells as rows of tab-separated values; shared-string cells are looked up. */
export function sheetText(xml: string, shared: readonly string[]): string {
  const c = new XmlTextCollector("sheet", shared.slice());
  c.write(xml);
  return c.text();
}

/** Attribute values of one element kind, by local name (for relationships and content types). */
export function elementAttributes(xml: string, element: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  const p = new SaxesParser({ xmlns: true, position: false });
  p.on("error", () => undefined);
  p.on("opentag", (tag) => {
    if (tag.local !== element) return;
    const attrs: Record<string, string> = {};
    const all = tag.attributes as Record<string, { local: string; value: string }>;
    for (const key of Object.keys(all)) attrs[all[key].local] = all[key].value;
    found.push(attrs);
  });
  try {
    p.write(xml).close();
  } catch {
    // a truncated part: what was read stands
  }
  return found;
}
