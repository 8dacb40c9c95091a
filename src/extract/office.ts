import { ascii, decodeText, lastIndexOfBytes } from "./bytes";
import { sharedStrings, sheetText, xmlText } from "./xml";
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

function numbered(name: string): number {
  const m = /(\d{1,9})\.xml$/.exec(name);
  return m ? parseInt(m[1], 10) : 0;
}

function byNumber(entries: ZipEntry[], re: RegExp): ZipEntry[] {
  return entries.filter((e) => re.test(e.name)).sort((a, b) => numbered(a.name) - numbered(b.name));
}

/** Document properties a person fills in (title, subject, description, keywords); not the author. */
function coreProperties(xml: string): string {
  const out: string[] = [];
  const re =
    /<(dc:title|dc:subject|dc:description|cp:keywords|meta:keyword)\b[^>]*>([\s\S]*?)<\/\1>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(xmlText(m[2]));
  return out.filter(Boolean).join("\n");
}

const xml = (read: EntryReader, e: ZipEntry) => decodeText(read(e));

const CHUNK = 1 << 20;
const TAG_END = ascii(">");

/**
 * Text of an XML part as it inflates, ~1 MB at a time (each slice cut after `delimiter`), stopping
 * once `maxChars` are collected: a 15 MB document.xml is never held whole, as bytes or as a string.
 */
function streamedText(
  stream: EntryStreamer,
  e: ZipEntry,
  delimiter: number[],
  toText: (xml: string) => string,
  maxChars: number
): string {
  const out: string[] = [];
  let length = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = (final: boolean) => {
    const buf = concat(pending, pendingBytes);
    let end = buf.length;
    if (!final) {
      const cut = lastIndexOfBytes(buf, delimiter, buf.length - delimiter.length, 0);
      if (cut < 0) return; // no delimiter yet: wait for more bytes
      end = cut + delimiter.length;
    }
    const t = toText(decodeText(buf.subarray(0, end)));
    out.push(t);
    length += t.length;
    pending = end < buf.length ? [buf.subarray(end)] : [];
    pendingBytes = buf.length - end;
  };
  stream(e, (chunk) => {
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= CHUNK) flush(false);
    return length < maxChars;
  });
  if (length < maxChars && pendingBytes) flush(true);
  return out.join("\n");
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) out.set(p, (o += p.length) - p.length);
  return out;
}

/** Text of a .docx/.xlsx/.pptx (and their macro/template variants), in reading order, up to `maxChars`. */
export function ooxmlText(
  entries: ZipEntry[],
  read: EntryReader,
  stream: EntryStreamer,
  maxChars: number
): string {
  const parts: string[] = [];
  let length = 0;
  const add = (t: string) => {
    if (t) (parts.push(t), (length += t.length));
  };
  const left = () => maxChars - length;
  const get = (re: RegExp) => byNumber(entries, re);
  const shared: string[] = [];
  for (const e of get(/^xl\/sharedStrings\.xml$/))
    streamedText(
      stream,
      e,
      ascii("</si>"),
      (x) => (shared.push(...sharedStrings(x)), ""),
      Infinity
    );
  const textParts = [
    ...get(/^word\/document\.xml$/),
    ...get(/^word\/(header|footer)\d*\.xml$/),
    ...get(/^word\/(footnotes|endnotes|comments)\.xml$/),
    ...get(/^ppt\/slides\/slide\d+\.xml$/),
    ...get(/^ppt\/notesSlides\/notesSlide\d+\.xml$/),
    ...get(/^xl\/(comments\d*|threadedComments\/threadedComment\d*)\.xml$/),
  ];
  for (const e of get(/^xl\/worksheets\/sheet\d+\.xml$/))
    if (left() > 0)
      add(streamedText(stream, e, ascii("</row>"), (x) => sheetText(x, shared), left()));
  for (const e of textParts) if (left() > 0) add(streamedText(stream, e, TAG_END, xmlText, left()));
  for (const e of get(/^docProps\/core\.xml$/)) add(coreProperties(xml(read, e)));
  return parts.join("\n\n");
}

/** Objects embedded in an office document (a spreadsheet inside a letter): read as attachments of their own. */
export function embeddedEntries(entries: ZipEntry[]): ZipEntry[] {
  return entries.filter(
    (e) => /^(word|xl|ppt)\/embeddings\/[^/]+$/.test(e.name) || /^Object \d+\/[^/]+$/.test(e.name)
  );
}

/** An ODF package whose manifest lists encryption-data was saved with a password. */
export function odfEncrypted(byName: Map<string, ZipEntry>, read: EntryReader): boolean {
  const manifest = byName.get("META-INF/manifest.xml");
  return !!manifest && /<manifest:encryption-data\b/.test(xml(read, manifest));
}

/** Text of an .odt/.ods/.odp: body, headers and footers, and the filled-in properties. */
export function odfText(
  byName: Map<string, ZipEntry>,
  read: EntryReader,
  stream: EntryStreamer,
  maxChars: number
): string {
  const parts: string[] = [];
  const content = byName.get("content.xml");
  const withoutFonts = (x: string) =>
    xmlText(x.replace(/<office:font-face-decls\b[\s\S]*?<\/office:font-face-decls>/, ""));
  if (content) parts.push(streamedText(stream, content, TAG_END, withoutFonts, maxChars));
  const styles = byName.get("styles.xml");
  if (styles) {
    const s = xml(read, styles);
    const re =
      /<style:(header|footer|header-left|footer-left|header-first|footer-first)\b[^>]*>([\s\S]*?)<\/style:\1>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) parts.push(xmlText(m[2]));
  }
  const meta = byName.get("meta.xml");
  if (meta) parts.push(coreProperties(xml(read, meta)));
  return parts.filter(Boolean).join("\n\n");
}
