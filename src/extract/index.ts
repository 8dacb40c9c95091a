/**
 * Attachment -> text and facts (encrypted, unencrypted, medical-document, unreadable) for the engine:
 * the one extraction path of Outlook (every client) and the CLI. The client decides the backends (PDF
 * text through unpdf where pdf.js can run) and the limits (./clients.ts). unpdf itself is imported
 * lazily (./pdf-unpdf.ts): a bundle that includes this module loads pdf.js only when a PDF arrives.
 * Classic Outlook's single-file bundle uses ./light, which has no PDF backend at all.
 */
import type { AttachmentExtraction } from "../engine/draft";
import { clientLimits, clientReadsPdf, type Client, type PolicyExtractionLimits } from "./clients";
import { createExtractor, type ExtractInput } from "./core";
import type { ExtractLimits } from "./limits";
import { unpdfBackend } from "./pdf-unpdf";

export { DEFAULT_EXTRACT_LIMITS, type ExtractLimits, type UnreadableReason } from "./limits";
export { createExtractor, type ExtractInput, type Extractor, type ExtractorBackends } from "./core";
export {
  CLIENTS,
  OUTLOOK_CLIENTS,
  OUTLOOK_TEXT_CHARS,
  clientLimits,
  clientReadsPdf,
  isClient,
  readsAttachment,
  type Client,
  type PolicyExtractionLimits,
} from "./clients";

const withPdf = createExtractor({ pdfText: unpdfBackend });
const withoutPdf = createExtractor({});

/**
 * Never throws: whatever the bytes, the result is text and facts, with `unreadable` facts for what
 * failed. `client` (default `cli`) picks the backends and limits; `limits` (e.g. from the policy, see
 * `clientLimits`) come on top. A limits object in place of the client is read as `cli` with those
 * limits (the form the extraction tests use).
 */
export function extractAttachment(
  input: ExtractInput,
  client: Client | Partial<ExtractLimits> = "cli",
  limits?: Partial<ExtractLimits>
): Promise<AttachmentExtraction> {
  if (typeof client !== "string") return withPdf(input, client);
  const run = clientReadsPdf(client) ? withPdf : withoutPdf;
  return run(input, { ...clientLimits(client), ...(limits || {}) });
}

/** The extractor a client has at Send, with the practice's policy limits. */
export function extractorFor(
  client: Client,
  policy?: PolicyExtractionLimits
): (input: ExtractInput) => Promise<AttachmentExtraction> {
  const limits = clientLimits(client, policy);
  const run = clientReadsPdf(client) ? withPdf : withoutPdf;
  return (input) => run(input, limits);
}
