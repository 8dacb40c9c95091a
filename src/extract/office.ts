import { ascii, decodeText, lastIndexOfBytes } from "./bytes";
import { elementAttributes, XmlTextCollector, type XmlPartKind } from "./xml";
import type { ZipEntry } from "./zip";

/** Reads one entry of the archive whole (capped and charged to the budget by the caller). */
export type EntryReader = (entry: ZipEntry) => Uint8Array;
/** Streams one entry; the callback returns false to stop inflating. */
export type EntryStreamer = (entry: ZipEntry, onData: (chunk: Uint8Array) => boolean) => void;

export type OfficeKind = "ooxml" | "odf" | null;

export function officeKind(byName: Map<string, ZipEntry>, read: EntryReader): OfficeKind {
  if (byName.has("[Content_Types].xml")) return "ooxml";
  const mimetype = byName.get("mimetype");
  if (mimetype && mimetype.encryption === "none" && mimetype.uncompressedSize < 200) {
    if (/^application\/vnd\.oasis\.opendocument\./.test(decodeText(read(mimetype)))) return "odf";
  }
  return null;
}

const xml = (read: EntryReader, e: ZipEntry) => decodeText(read(e));

const CHUNK = 1 << 20;
const TAG_END = ascii(">");

/**
 * Feeds an XML part to `collector` as it inflates, ~1 MB at a time (each slice cut after a ">", which
 * never splits a UTF-8 character), stopping once `maxChars` are collected: a 15 MB document.xml is
 * never held whole, as bytes or as a string.
 */
function streamPart(
  stream: EntryStreamer,
  e: ZipEntry,
  collector: XmlTextCollector,
  maxChars: number
): string {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = (final: boolean) => {
    const buf = concat(pending, pendingBytes);
    let end = buf.length;
    if (!final) {
      const cut = lastIndexOfBytes(buf, TAG_END, buf.length - 1, 0);
      if (cut < 0) return; // no tag end yet: wait for more bytes
      end = cut + 1;
    }
    collector.write(decodeText(buf.subarray(0, end)));
    pending = end < buf.length ? [buf.subarray(end)] : [];
    pendingBytes = buf.length - end;
  };
  stream(e, (chunk) => {
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= CHUNK) flush(false);
    return collector.length < maxChars;
  });
  if (collector.length < maxChars && pendingBytes) flush(true);
  return collector.text();
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) out.set(p, (o += p.length) - p.length);
  return out;
}

/** The parts of an OOXML package that hold text or documents of their own, in reading order. */
export interface OoxmlParts {
  sharedStrings: ZipEntry[];
  text: Array<{ entry: ZipEntry; kind: XmlPartKind }>;
  /** altChunk parts (HTML, RTF, text or a whole docx inside a docx), embedded packages and OLE objects */
  embedded: ZipEntry[];
}

type Role = XmlPartKind | "embedded" | "skip";

/** What a relationship type (its last path segment) makes of its target. */
function roleOfRelationship(type: string): Role {
  const t = type.slice(type.lastIndexOf("/") + 1);
  switch (t) {
    case "officeDocument":
    case "header":
    case "footer":
    case "footnotes":
    case "endnotes":
    case "comments":
    case "slide":
    case "notesSlide":
    case "diagramData":
    case "drawing":
      return "ooxml";
    case "worksheet":
      return "sheet";
    case "sharedStrings":
      return "sharedStrings";
    case "threadedComment":
    case "threadedComments":
      return "threadedComments";
    case "core-properties":
      return "core";
    case "custom-properties":
      return "custom";
    case "aFChunk":
    case "package":
    case "oleObject":
      return "embedded";
    default:
      return "skip"; // styles, themes, settings, layouts and masters (template text), images, ...
  }
}

/** What a part's content type makes of it, for parts no relationship reached. */
function roleOfContentType(ct: string): Role {
  const t = ct.toLowerCase();
  if (/\.(?:document|template)\.main\+xml$|\.slide\+xml$|\.notesslide\+xml$/.test(t))
    return "ooxml";
  if (/\.(?:header|footer|footnotes|endnotes|comments)\+xml$/.test(t)) return "ooxml";
  if (/diagramdata\+xml$|drawing\+xml$/.test(t)) return "ooxml";
  if (t.endsWith(".worksheet+xml")) return "sheet";
  if (t.endsWith(".sharedstrings+xml")) return "sharedStrings";
  if (t.endsWith("threadedcomments+xml")) return "threadedComments";
  if (t.endsWith("core-properties+xml")) return "core";
  if (t.endsWith("custom-properties+xml")) return "custom";
  return "skip";
}

/** Parts by their usual names, for packages without relationships or content types (hand-made zips). */
function roleOfName(name: string): Role {
  if (/^word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(name))
    return "ooxml";
  if (/^ppt\/(?:slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(name)) return "ooxml";
  if (/^xl\/(?:comments\d*|drawings\/drawing\d+)\.xml$/.test(name)) return "ooxml";
  if (/^xl\/threadedComments\/threadedComment\d*\.xml$/.test(name)) return "threadedComments";
  if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) return "sheet";
  if (name === "xl/sharedStrings.xml") return "sharedStrings";
  if (name === "docProps/core.xml") return "core";
  if (name === "docProps/custom.xml") return "custom";
  if (/^(?:word|xl|ppt)\/embeddings\/[^/]+$/.test(name)) return "embedded";
  return "skip";
}

/** "word/document.xml" + "../media/x.png" -> "media/x.png"; "/word/a.xml" -> "word/a.xml". */
export function resolvePartName(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // not percent-encoded after all
  }
  const base = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The parts of an OOXML package, found as the Open Packaging Conventions say: the package relationships
 * (`_rels/.rels`) name the main part whatever it is called, each part's own `_rels` name its headers,
 * footers, notes, comments, SmartArt data, drawings, altChunks and embedded packages; parts no
 * relationship reaches are classified by `[Content_Types].xml`, then by their usual names.
 */
export function ooxmlParts(byName: Map<string, ZipEntry>, read: EntryReader): OoxmlParts {
  const roles = new Map<string, Role>();
  const order: string[] = [];
  const assign = (name: string, role: Role) => {
    if (role === "skip" || roles.has(name) || !byName.has(name)) return;
    roles.set(name, role);
    order.push(name);
  };
  // Relationships, breadth first from the package root.
  const queue = [""];
  const seen = new Set<string>([""]);
  while (queue.length && seen.size < 5000) {
    const source = queue.shift() as string;
    const rels = byName.get(source ? relsPathOf(source) : "_rels/.rels");
    if (!rels) continue;
    for (const rel of elementAttributes(xml(read, rels), "Relationship")) {
      if (!rel.Target || rel.TargetMode === "External") continue;
      const name = resolvePartName(source, rel.Target);
      const role = roleOfRelationship(rel.Type ?? "");
      assign(name, role);
      if (role !== "skip" && role !== "embedded" && !seen.has(name)) {
        seen.add(name);
        queue.push(name);
      }
    }
  }
  // Content types, for parts the relationships did not reach.
  const types = byName.get("[Content_Types].xml");
  if (types) {
    const ct = decodeText(read(types));
    const defaults = new Map<string, string>();
    for (const d of elementAttributes(ct, "Default"))
      if (d.Extension && d.ContentType) defaults.set(d.Extension.toLowerCase(), d.ContentType);
    const overrides = new Map<string, string>();
    for (const o of elementAttributes(ct, "Override"))
      if (o.PartName && o.ContentType)
        overrides.set(resolvePartName("", o.PartName), o.ContentType);
    byName.forEach((_e, name) => {
      const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
      const type = overrides.get(name) ?? defaults.get(ext);
      if (type) assign(name, roleOfContentType(type));
    });
  }
  byName.forEach((_e, name) => assign(name, roleOfName(name)));

  const out: OoxmlParts = { sharedStrings: [], text: [], embedded: [] };
  for (const name of order) {
    const entry = byName.get(name) as ZipEntry;
    const role = roles.get(name) as Role;
    if (role === "sharedStrings") out.sharedStrings.push(entry);
    else if (role === "embedded") out.embedded.push(entry);
    else if (role !== "skip") out.text.push({ entry, kind: role });
  }
  // Worksheets in their own order, after the main part (sheet1, sheet2 ... when named so).
  return out;
}

/** Text of a .docx/.xlsx/.pptx (and their macro/template variants), in reading order, up to `maxChars`. */
export function ooxmlText(parts: OoxmlParts, stream: EntryStreamer, maxChars: number): string {
  const out: string[] = [];
  let length = 0;
  const shared: string[] = [];
  for (const e of parts.sharedStrings)
    streamPart(stream, e, new XmlTextCollector("sharedStrings", shared), Infinity);
  for (const { entry, kind } of parts.text) {
    if (length >= maxChars) break;
    const t = streamPart(stream, entry, new XmlTextCollector(kind, shared), maxChars - length);
    if (t) (out.push(t), (length += t.length));
  }
  return out.join("\n\n");
}

/** Objects embedded in an ODF document ("Object 1/"): read as attachments of their own. */
export function odfEmbeddedEntries(entries: ZipEntry[]): ZipEntry[] {
  return entries.filter((e) => /^Object \d+\/[^/]+$/.test(e.name));
}

/** An ODF package whose manifest lists encryption-data was saved with a password. */
export function odfEncrypted(byName: Map<string, ZipEntry>, read: EntryReader): boolean {
  const manifest = byName.get("META-INF/manifest.xml");
  return !!manifest && elementAttributes(xml(read, manifest), "encryption-data").length > 0;
}

/** Text of an .odt/.ods/.odp: body, headers and footers, and the filled-in properties. */
export function odfText(
  byName: Map<string, ZipEntry>,
  stream: EntryStreamer,
  maxChars: number
): string {
  const parts: string[] = [];
  let length = 0;
  const read = (name: string, kind: XmlPartKind) => {
    const e = byName.get(name);
    if (!e || length >= maxChars) return;
    const t = streamPart(stream, e, new XmlTextCollector(kind), maxChars - length);
    if (t) (parts.push(t), (length += t.length));
  };
  read("content.xml", "odfContent");
  read("styles.xml", "odfStyles");
  read("meta.xml", "core");
  return parts.join("\n\n");
}
