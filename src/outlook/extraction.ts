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

function lane(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Binds a cached extraction to the content it was made from: the attachment as
 * getAttachmentContentAsync returns it (format and base64 / .eml text), so checking it at Send needs
 * no decoding. Hand-written (two cyrb53 lanes, ~106 bits, as fingerprint.ts) because classic Outlook's
 * JavaScript-only runtime has no guaranteed WebCrypto and a 10 MB attachment must hash in milliseconds.
 * It tells an entry made for other bytes from this one (a stale or hand-written entry under the same
 * id and size); it is not a secret.
 */
export function contentHash(format: string, content: string): string {
  const text = `${format}\u0000${content.length}\u0000${content}`;
  return `c1.${lane(text, 3)}.${lane(text, 11)}`;
}
