import { extensionOf } from "./names";
import type { Sniffed } from "./sniff";

/**
 * Does what the bytes are contradict what the name or the declared type says? A PNG named brief.docx,
 * text named foto.jpg: the file is read as what it is, and the contradiction is reported, because the
 * recipient's program will open it by its name (or fail to) and a person judging the mail by its
 * attachment names is misled. Only well-known extensions and types are checked; unknown ones say nothing.
 */

// Formats that a text file may sniff as (a .txt holding an HL7 message or HTML is still text).
const TEXTUAL: Sniffed[] = ["text", "hl7", "edifact", "html", "xml", "eml", "rtf"];
const IMAGE: Sniffed[] = ["image"];

const BY_EXTENSION: Record<string, Sniffed[]> = {
  // OOXML and ODF are zips; a password-protected OOXML file is a CFB container.
  docx: ["zip", "cfb"],
  docm: ["zip", "cfb"],
  dotx: ["zip", "cfb"],
  xlsx: ["zip", "cfb"],
  xlsm: ["zip", "cfb"],
  pptx: ["zip", "cfb"],
  pptm: ["zip", "cfb"],
  odt: ["zip"],
  ods: ["zip"],
  odp: ["zip"],
  zip: ["zip"],
  // Word writes RTF and HTML under .doc too ("save as .doc").
  doc: ["cfb", "rtf", "html", "text", "xml"],
  xls: ["cfb", "html", "text", "xml"],
  ppt: ["cfb"],
  msg: ["cfb"],
  pdf: ["pdf"],
  "7z": ["7z"],
  rar: ["rar"],
  gz: ["gzip"],
  tgz: ["gzip"],
  png: IMAGE,
  jpg: IMAGE,
  jpeg: IMAGE,
  gif: IMAGE,
  bmp: IMAGE,
  tif: IMAGE,
  tiff: IMAGE,
  webp: IMAGE,
  heic: IMAGE,
  heif: IMAGE,
  txt: TEXTUAL,
  csv: TEXTUAL,
  htm: TEXTUAL,
  html: TEXTUAL,
  xml: TEXTUAL,
  rtf: ["rtf", "text"],
  eml: ["eml", "text"],
  hl7: TEXTUAL,
  dcm: ["dicom"],
};

/** Declared MIME types that name one family of formats; generic ones (octet-stream) say nothing. */
function byContentType(contentType: string): Sniffed[] | null {
  const t = contentType.toLowerCase().split(";")[0].trim();
  if (t.startsWith("image/")) return IMAGE;
  if (t === "application/pdf") return ["pdf"];
  if (t.startsWith("application/vnd.openxmlformats-officedocument.")) return ["zip", "cfb"];
  if (t.startsWith("application/vnd.oasis.opendocument.")) return ["zip"];
  if (t === "text/plain" || t === "text/csv" || t === "text/html") return TEXTUAL;
  return null;
}

/**
 * What the name or declared type expected, when the sniffed format contradicts it; null when they agree
 * or say nothing. An empty file contradicts nothing.
 */
export function typeMismatch(name: string, contentType: string, sniffed: Sniffed): string | null {
  if (sniffed === "empty") return null;
  const ext = extensionOf(name);
  const byName = BY_EXTENSION[ext];
  if (byName && byName.indexOf(sniffed) < 0) return `name:${ext}`;
  const byType = byContentType(contentType);
  if (byType && byType.indexOf(sniffed) < 0) return "content-type";
  return null;
}
