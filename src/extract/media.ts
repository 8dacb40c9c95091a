import { u16, u32 } from "./bytes";
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
