import { ascii, startsWith, u16, u32 } from "./bytes";
import type { ImageKind } from "./sniff";

/**
 * Names that say "this is a medical document or a scan of one" (Dutch and English). Only used when the
 * content itself cannot be read: readable documents are judged by what they say, not by their name.
 */
const MEDICAL_NAME =
  /(uitslag|scan|foto|verwijzing|verwijsbrief|ontslagbrief|specialistenbrief|recept|dossier|medisch|medical|r[oö]ntgen|x-?ray|\b(lab|echo|mri|ct|ecg|ekg|bsn|wond)\b|pati[eë]nt|patient|consult|verslag|behandelplan|medicatie|medication|referral|discharge)/i;

export function hasMedicalName(name: string): boolean {
  return MEDICAL_NAME.test(name.replace(/[_.]+/g, " "));
}

/** Width and height from the image header, when the format is easy to read; null otherwise. */
export function imageSize(
  b: Uint8Array,
  kind: ImageKind
): { width: number; height: number } | null {
  if (kind === "png" && b.length >= 24) return { width: be32(b, 16), height: be32(b, 20) };
  if (kind === "gif" && b.length >= 10) return { width: u16(b, 6), height: u16(b, 8) };
  if (kind === "webp" && b.length >= 25) {
    const chunk = String.fromCharCode(b[12], b[13], b[14], b[15]);
    if (b.length < 30 && chunk !== "VP8L") return null;
    if (chunk === "VP8X") return { width: 1 + u24(b, 24), height: 1 + u24(b, 27) };
    if (chunk === "VP8L" && b[20] === 0x2f) {
      const bits = u32(b, 21);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
    }
    if (chunk === "VP8 " && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a)
      return { width: u16(b, 26) & 0x3fff, height: u16(b, 28) & 0x3fff };
    return null;
  }
  if (kind === "bmp" && b.length >= 26)
    return { width: u32(b, 18), height: Math.abs(u32(b, 22) | 0) };
  if (kind === "jpeg") {
    // Walk the segments to the first start-of-frame (SOF0..SOF15 except DHT C4, JPG C8, DAC CC).
    let p = 2;
    while (p + 9 < b.length) {
      if (b[p] !== 0xff) return null;
      const marker = b[p + 1];
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return { width: (b[p + 7] << 8) | b[p + 8], height: (b[p + 5] << 8) | b[p + 6] };
      if (
        marker === 0xd8 ||
        (marker >= 0xd0 && marker <= 0xd7) ||
        marker === 0x01 ||
        marker === 0xff
      ) {
        p += marker === 0xff ? 1 : 2;
        continue;
      }
      p += 2 + ((b[p + 2] << 8) | b[p + 3]);
    }
  }
  return null;
}

function u24(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8) | (b[o + 2] << 16);
}

function be32(b: Uint8Array, o: number): number {
  return ((b[o] << 24) >>> 0) + (b[o + 1] << 16) + (b[o + 2] << 8) + b[o + 3];
}

/**
 * An image with the proportions of an A4 page (1:1.414, within 4%) and at least 500 px on its short
 * side is most likely a scan or a cropped photo of a letter. Phone photos are 4:3 or 3:2 and fall outside.
 */
export function isPageShaped(size: { width: number; height: number }): boolean {
  const short = Math.min(size.width, size.height);
  const long = Math.max(size.width, size.height);
  if (short < 500) return false;
  const ratio = long / short;
  return ratio >= 1.36 && ratio <= 1.47;
}

/** EDIFACT interchanges of the MED* family (MEDRPT, MEDEUR, MEDVRI, MEDLAB ...) carry medical messages. */
export function isMedicalEdifact(text: string): boolean {
  return /UNH\+[^+']*\+MED[A-Z]{3}/.test(text);
}

/**
 * Camera metadata: the EXIF block (JPEG APP1, PNG eXIf, WebP EXIF) and, in it, whether IFD0 names the
 * camera (Make/Model) or carries GPS. A phone photo has both; a screenshot or an exported scan has
 * neither. Only the first IFD is read: enough to tell, and bounded.
 */
export function exifFacts(b: Uint8Array, kind: ImageKind): { exif: boolean; camera: boolean } {
  const tiff = exifTiffStart(b, kind);
  if (tiff < 0) return { exif: false, camera: false };
  const le = b[tiff] === 0x49;
  const rd16 = (o: number) => (le ? b[o] | (b[o + 1] << 8) : (b[o] << 8) | b[o + 1]);
  const rd32 = (o: number) => (le ? u32(b, o) : be32(b, o));
  const ifd = tiff + rd32(tiff + 4);
  if (ifd + 2 > b.length) return { exif: true, camera: false };
  const count = Math.min(rd16(ifd), 512);
  let camera = false;
  for (let i = 0; i < count && ifd + 2 + i * 12 + 2 <= b.length; i++) {
    const tag = rd16(ifd + 2 + i * 12);
    // Make, Model, GPS IFD pointer
    if (tag === 0x010f || tag === 0x0110 || tag === 0x8825) camera = true;
  }
  return { exif: true, camera };
}

/** Offset of the TIFF header inside the image's EXIF block, or -1. */
function exifTiffStart(b: Uint8Array, kind: ImageKind): number {
  if (kind === "tiff") return 0;
  if (kind === "jpeg") {
    let p = 2;
    while (p + 4 < b.length && b[p] === 0xff) {
      const marker = b[p + 1];
      if (marker === 0xda || marker === 0xd9) return -1; // image data: no metadata after this
      const len = (b[p + 2] << 8) | b[p + 3];
      if (marker === 0xe1 && startsWith(b, ascii("Exif\0\0"), p + 4)) return p + 10;
      p += 2 + len;
    }
    return -1;
  }
  if (kind === "png") {
    let p = 8;
    while (p + 8 <= b.length) {
      const len = be32(b, p);
      const type = String.fromCharCode(b[p + 4], b[p + 5], b[p + 6], b[p + 7]);
      if (type === "eXIf") return p + 8;
      if (type === "IDAT" || type === "IEND") return -1;
      p += 12 + len;
    }
    return -1;
  }
  if (kind === "webp") {
    let p = 12;
    while (p + 8 <= b.length) {
      const type = String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
      const len = u32(b, p + 4);
      if (type === "EXIF") return startsWith(b, ascii("Exif\0\0"), p + 8) ? p + 14 : p + 8;
      p += 8 + len + (len & 1);
    }
    return -1;
  }
  return -1;
}

/**
 * Small enough to be a logo, an icon or a signature image (at most 600 px on the long side and under
 * 50 000 px in all): no room for a document or a readable record.
 */
export function isSmallImage(size: { width: number; height: number }): boolean {
  return Math.max(size.width, size.height) <= 600 && size.width * size.height < 50_000;
}
