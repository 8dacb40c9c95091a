/**
 * Attachment -> text and facts (encrypted, unencrypted, medical-document, unreadable) for the engine.
 * Full build: PDF text through unpdf. The send-time bundle of classic Outlook uses ./light instead.
 */
import type { AttachmentExtraction } from "../engine/draft";
import { createExtractor, type ExtractInput } from "./core";
import type { ExtractLimits } from "./limits";
import { unpdfBackend } from "./pdf-unpdf";

export { DEFAULT_EXTRACT_LIMITS, type ExtractLimits, type UnreadableReason } from "./limits";
export { createExtractor, type ExtractInput, type Extractor, type ExtractorBackends } from "./core";

const full = createExtractor({ pdfText: unpdfBackend });

/** Never throws: whatever the bytes, the result is text and facts, with `unreadable` facts for what failed. */
export function extractAttachment(
  input: ExtractInput,
  limits?: Partial<ExtractLimits>
): Promise<AttachmentExtraction> {
  return full(input, limits);
}
