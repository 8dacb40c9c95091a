import { strFromU8 } from "fflate";
import type { AttachmentExtraction } from "../engine/draft";
import type { PolicyExtractionLimits } from "../extract/clients";

export interface ExtractInput {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * Turns one attachment's bytes into text and facts: src/extract's `extractAttachment` with the limits
 * of the client the handlers run in and of the practice's policy (`policy.extraction`).
 */
export type Extractor = (
  input: ExtractInput,
  policy?: PolicyExtractionLimits
) => AttachmentExtraction | Promise<AttachmentExtraction>;

const TEXT_NAME = /\.(txt|csv|tsv|md|htm|html|xml|json|eml|ics|vcf)$/i;

/**
 * For handler unit tests that are not about extraction: plain-text and message attachments are decoded
 * as UTF-8, anything else yields no text (and no facts).
 */
export const plainTextExtractor: Extractor = ({ name, contentType, bytes }) => {
  const isText =
    /^text\//i.test(contentType) || /^message\/rfc822/i.test(contentType) || TEXT_NAME.test(name);
  if (!isText) return { texts: [], facts: [] };
  return { texts: [{ source: name, text: strFromU8(bytes) }], facts: [] };
};

/** Multipliers as int32 (a constant above 2^31 makes Math.imul take a slow path in some engines). */
const M1 = 2654435761 | 0;
const M2 = 1597334677 | 0;
const M3 = 2246822507 | 0;
const M4 = 3266489909 | 0;
/** Held locally: a global looked up per character is slow where globals sit behind an interceptor (vm). */
const imul = Math.imul;

/** One pass, four 32-bit lanes (cyrb53's mixing, two seeds): ~106 bits; the length is hashed alongside. */
function hash128(text: string, seed: number): string {
  let a = (0xdeadbeef ^ seed) | 0;
  let b = (0x41c6ce57 ^ seed) | 0;
  let c = (0xdeadbeef ^ (seed + 8)) | 0;
  let d = (0x41c6ce57 ^ (seed + 8)) | 0;
  const n = text.length;
  // two UTF-16 units per step (lossless in 32 bits): half the steps for a 13 MB base64 string
  for (let i = 0; i < n; i += 2) {
    const w = text.charCodeAt(i) | (i + 1 < n ? text.charCodeAt(i + 1) << 16 : 0);
    a = imul(a ^ w, M1);
    b = imul(b ^ w, M2);
    c = imul(c ^ w, M2);
    d = imul(d ^ w, M1);
  }
  const fin = (h1: number, h2: number): string => {
    const x = imul(h1 ^ (h1 >>> 16), M3) ^ imul(h2 ^ (h2 >>> 13), M4);
    const y = imul(h2 ^ (h2 >>> 16), M3) ^ imul(x ^ (x >>> 13), M4);
    return (4294967296 * (2097151 & y) + (x >>> 0)).toString(36);
  };
  return `${fin(a, b)}.${fin(c, d)}`;
}

/**
 * Binds a cached extraction to the content it was made from: the attachment as
 * getAttachmentContentAsync returns it (format and base64 / .eml text), so checking it at Send needs
 * no decoding. Hand-written (cyrb53's mixing, four lanes, one pass) because classic Outlook's
 * JavaScript-only runtime has no guaranteed WebCrypto and a 10 MB attachment must hash in milliseconds.
 * It tells an entry made for other bytes from this one (a stale or hand-written entry under the same
 * id and size); it is not a secret.
 */
export function contentHash(format: string, content: string): string {
  return `c1.${format}.${content.length.toString(36)}.${hash128(content, 3)}`;
}
