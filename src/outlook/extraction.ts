import { strFromU8 } from "fflate";
import type { AttachmentExtraction } from "../engine/draft";

export interface ExtractInput {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Turns one attachment's bytes into text and facts (src/extract does the real work for documents). */
export type Extractor = (
  input: ExtractInput
) => AttachmentExtraction | Promise<AttachmentExtraction>;

const TEXT_NAME = /\.(txt|csv|tsv|md|htm|html|xml|json|eml|ics|vcf)$/i;

/**
 * Fallback used until src/extract provides `extractAttachment`: plain-text and message attachments
 * are decoded as UTF-8, anything else yields no text (and no facts).
 */
export const plainTextExtractor: Extractor = ({ name, contentType, bytes }) => {
  const isText =
    /^text\//i.test(contentType) || /^message\/rfc822/i.test(contentType) || TEXT_NAME.test(name);
  if (!isText) return { texts: [], facts: [] };
  return { texts: [{ source: name, text: strFromU8(bytes) }], facts: [] };
};
