import { ascii, indexOfBytes, startsWith } from "./bytes";

/** What the bytes are, decided by magic numbers and never by the file name or the declared type. */
export type Sniffed =
  | "zip"
  | "pdf"
  | "cfb"
  | "7z"
  | "rar"
  | "gzip"
  | "image"
  | "media"
  | "dicom"
  | "hl7"
  | "edifact"
  | "rtf"
  | "eml"
  | "html"
  | "xml"
  | "text"
  | "empty"
  | "binary";

const PDF = ascii("%PDF-");

export function sniff(b: Uint8Array): Sniffed {
  if (b.length === 0) return "empty";
  if (startsWith(b, [0x50, 0x4b]) && (b[2] === 3 || b[2] === 5 || b[2] === 7) && b[3] === b[2] + 1)
    return "zip";
  // Readers accept %PDF- anywhere in the first 1024 bytes (junk before the header is common); a text or
  // CSV file that merely starts with "%PDF-" has no objects and no cross-reference, and stays text.
  if (indexOfBytes(b, PDF, 0, 1024) >= 0 && hasPdfStructure(b)) return "pdf";
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "cfb";
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return "7z";
  if (startsWith(b, ascii("Rar!\x1a\x07"))) return "rar";
  if (startsWith(b, [0x1f, 0x8b, 0x08])) return "gzip";
  if (startsWith(b, ascii("DICM"), 128)) return "dicom";
  if (imageKind(b)) return "image";
  if (isMedia(b)) return "media";
  const text = textStart(b);
  if (text === null) return "binary";
  if (/^\x0b?MSH\|/.test(text)) return "hl7";
  if (/^(UNA:\+|UNB\+|UNH\+)/.test(text)) return "edifact";
  if (/^\{\\rtf/.test(text)) return "rtf";
  if (/^\s*(<!doctype html|<html\b)/i.test(text) || /<body\b/i.test(text.slice(0, 1024)))
    return "html";
  if (/^\s*<\?xml\b/.test(text)) return "xml";
  if (looksLikeMessage(text)) return "eml";
  return "text";
}

const OBJ = ascii(" obj");
const XREF = ascii("xref");

/** An indirect object ("1 0 obj") near the start, or a cross-reference near the end. */
function hasPdfStructure(b: Uint8Array): boolean {
  return (
    indexOfBytes(b, OBJ, 0, Math.min(b.length, 1 << 20)) >= 0 ||
    indexOfBytes(b, XREF, Math.max(0, b.length - 64 * 1024)) >= 0
  );
}

export type ImageKind = "png" | "jpeg" | "gif" | "tiff" | "bmp" | "webp" | "heic";

export function imageKind(b: Uint8Array): ImageKind | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a"))) return "gif";
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]))
    return "tiff";
  if (
    startsWith(b, ascii("BM")) &&
    b.length > 26 &&
    b[14] >= 12 &&
    b[15] === 0 &&
    b[6] === 0 &&
    b[7] === 0
  )
    return "bmp";
  if (startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8)) return "webp";
  if (
    startsWith(b, ascii("ftyp"), 4) &&
    /^(heic|heix|hevc|mif1|avif)$/.test(String.fromCharCode(b[8], b[9], b[10], b[11]))
  )
    return "heic";
  return null;
}

function isMedia(b: Uint8Array): boolean {
  return (
    startsWith(b, ascii("ftyp"), 4) || // mp4, mov, m4a
    startsWith(b, ascii("ID3")) ||
    (b[0] === 0xff && (b[1] & 0xe0) === 0xe0 && b.length > 4) || // mp3 frame
    startsWith(b, ascii("OggS")) ||
    (startsWith(b, ascii("RIFF")) &&
      (startsWith(b, ascii("WAVE"), 8) || startsWith(b, ascii("AVI "), 8))) ||
    startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]) // mkv/webm
  );
}

/**
 * The first 4 KB as text when they look like text (UTF-8/Latin-1, or UTF-16 with a BOM), else null.
 * Text = no NUL bytes and at most 2% other control characters.
 */
function textStart(b: Uint8Array): string | null {
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) {
    const le = b[0] === 0xff;
    let s = "";
    for (let i = 2; i + 1 < Math.min(b.length, 4096); i += 2)
      s += String.fromCharCode(le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
    return s;
  }
  const n = Math.min(b.length, 4096);
  let controls = 0;
  let s = "";
  for (let i = startsWith(b, [0xef, 0xbb, 0xbf]) ? 3 : 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return null;
    if (
      c < 0x20 &&
      c !== 0x09 &&
      c !== 0x0a &&
      c !== 0x0d &&
      c !== 0x0c &&
      c !== 0x0b &&
      c !== 0x1b
    )
      controls++;
    s += String.fromCharCode(c);
  }
  return controls <= n * 0.02 ? s : null;
}

/** RFC 5322 header block: the first line is a header and From/Subject/MIME-Version/Received appear. */
function looksLikeMessage(text: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9-]*:[ \t]/.test(text)) return false;
  const head = text.split(/\r?\n\r?\n/)[0];
  return (
    /^(from|subject|mime-version|received|message-id):/im.test(head) &&
    /^(from|date|to|received):/im.test(head)
  );
}
