import { decodeText } from "./bytes";
import { sharedStrings, sheetText, xmlText } from "./xml";
import type { ZipEntry } from "./zip";

/** Reads one entry of the archive (capped and charged to the budget by the caller). */
export type EntryReader = (entry: ZipEntry) => Uint8Array;

export type OfficeKind = "ooxml" | "odf" | null;

export function officeKind(byName: Map<string, ZipEntry>, read: EntryReader): OfficeKind {
  if (byName.has("[Content_Types].xml")) return "ooxml";
  const mimetype = byName.get("mimetype");
  if (mimetype && mimetype.encryption === "none" && mimetype.uncompressedSize < 200) {
    if (/^application\/vnd\.oasis\.opendocument\./.test(decodeText(read(mimetype)))) return "odf";
  }
  return null;
}

function numbered(name: string): number {
  const m = /(\d+)\.xml$/.exec(name);
  return m ? parseInt(m[1], 10) : 0;
}

function byNumber(entries: ZipEntry[], re: RegExp): ZipEntry[] {
  return entries.filter((e) => re.test(e.name)).sort((a, b) => numbered(a.name) - numbered(b.name));
}

/** Document properties a person fills in (title, subject, description, keywords); not the author. */
function coreProperties(xml: string): string {
  const out: string[] = [];
  const re = /<(dc:title|dc:subject|dc:description|cp:keywords|meta:keyword)\b[^>]*>([\s\S]*?)<\/\1>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(xmlText(m[2]));
  return out.filter(Boolean).join("\n");
}

const xml = (read: EntryReader, e: ZipEntry) => decodeText(read(e));

/** Text of a .docx/.xlsx/.pptx (and their macro/template variants), in reading order. */
export function ooxmlText(entries: ZipEntry[], read: EntryReader): string {
  const parts: string[] = [];
  const get = (re: RegExp) => byNumber(entries, re);
  const shared = get(/^xl\/sharedStrings\.xml$/).map((e) => sharedStrings(xml(read, e)))[0] ?? [];
  const textParts = [
    ...get(/^word\/document\.xml$/),
    ...get(/^word\/(header|footer)\d*\.xml$/),
    ...get(/^word\/(footnotes|endnotes|comments)\.xml$/),
    ...get(/^ppt\/slides\/slide\d+\.xml$/),
    ...get(/^ppt\/notesSlides\/notesSlide\d+\.xml$/),
    ...get(/^xl\/(comments\d*|threadedComments\/threadedComment\d*)\.xml$/),
  ];
  for (const e of get(/^xl\/worksheets\/sheet\d+\.xml$/)) parts.push(sheetText(xml(read, e), shared));
  for (const e of textParts) parts.push(xmlText(xml(read, e)));
  for (const e of get(/^docProps\/core\.xml$/)) parts.push(coreProperties(xml(read, e)));
  return parts.filter(Boolean).join("\n\n");
}

/** Objects embedded in an office document (a spreadsheet inside a letter): read as attachments of their own. */
export function embeddedEntries(entries: ZipEntry[]): ZipEntry[] {
  return entries.filter((e) => /^(word|xl|ppt)\/embeddings\/[^/]+$/.test(e.name) || /^Object \d+\/[^/]+$/.test(e.name));
}

/** An ODF package whose manifest lists encryption-data was saved with a password. */
export function odfEncrypted(byName: Map<string, ZipEntry>, read: EntryReader): boolean {
  const manifest = byName.get("META-INF/manifest.xml");
  return !!manifest && /<manifest:encryption-data\b/.test(xml(read, manifest));
}

/** Text of an .odt/.ods/.odp: body, headers and footers, and the filled-in properties. */
export function odfText(byName: Map<string, ZipEntry>, read: EntryReader): string {
  const parts: string[] = [];
  const content = byName.get("content.xml");
  if (content) parts.push(xmlText(xml(read, content).replace(/<office:font-face-decls\b[\s\S]*?<\/office:font-face-decls>/, "")));
  const styles = byName.get("styles.xml");
  if (styles) {
    const s = xml(read, styles);
    const re = /<style:(header|footer|header-left|footer-left|header-first|footer-first)\b[^>]*>([\s\S]*?)<\/style:\1>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) parts.push(xmlText(m[2]));
  }
  const meta = byName.get("meta.xml");
  if (meta) parts.push(coreProperties(xml(read, meta)));
  return parts.filter(Boolean).join("\n\n");
}
