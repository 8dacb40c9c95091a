/**
 * Extraction without a PDF text library, for classic Outlook's JavaScript-only runtime (see README.md):
 * everything but PDF text. A PDF gets its encryption fact, or `unreadable` (unsupported) when it is not
 * encrypted, which the rules treat as the policy's onError says.
 */
import type { AttachmentExtraction } from "../engine/draft";
import { createExtractor, type ExtractInput } from "./core";
import type { ExtractLimits } from "./limits";

export { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from "./limits";

const light = createExtractor({});

export function extractAttachmentLight(
  input: ExtractInput,
  limits?: Partial<ExtractLimits>
): Promise<AttachmentExtraction> {
  return light(input, limits);
}
