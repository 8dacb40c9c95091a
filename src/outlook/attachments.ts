import type { AttachmentExtraction, Draft } from "../engine/draft";
import type { Policy } from "../engine/policy";
import type { Finding } from "../engine/types";
import { attachmentWhere } from "../engine/rules/attachments";
import { readsAttachment } from "../extract/clients";
import { base64ToBytes } from "./base64";
import { contentHash, type Extractor } from "./extraction";
import type { AttachmentContentLike, AttachmentDetailsLike, ComposeItemLike } from "./item";
import { Budget, officeCall } from "./office";
import { attachmentKey, type AttachmentCache, type CachedAttachment } from "./session";

/**
 * Larger attachments are extracted in OnMessageAttachmentsChanged, not at Send: a 10 MB file takes
 * seconds to read and scan, and Outlook's 5 s include downloading the script. One that was not
 * scanned in time makes Send stop with "retry" (policy onError) while the earlier event finishes.
 */
export const SEND_SCAN_MAX_BYTES = 2 * 1024 * 1024;

/** Inline images (signatures, logos) and cloud links are not read (src/extract/clients.ts). */
export function worthReading(a: AttachmentDetailsLike): boolean {
  return readsAttachment({
    inline: a.isInline,
    contentType: a.contentType || "",
    kind: a.attachmentType === "cloud" ? "cloud" : "file",
  });
}

function cloudExtraction(a: AttachmentDetailsLike): AttachmentExtraction {
  const f: Finding = {
    type: "cloud-attachment",
    text: "",
    where: attachmentWhere(a.name),
    start: 0,
    end: 0,
    confidence: 1,
  };
  return { texts: [], facts: [f] };
}

/** UTF-8 bytes of a string (an attached message arrives as .eml text). */
function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length)
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

/** One attachment read for the check: its extraction, or why there is none. */
export type AttachmentRead =
  | { kind: "extracted"; extraction: AttachmentExtraction; entry?: CachedAttachment }
  /** a file too large to extract at Send whose cached extraction is missing or for other content */
  | { kind: "pending" }
  /** Outlook could not hand out the content: the policy's onError decides */
  | { kind: "unreadable" };

function readContent(
  item: ComposeItemLike,
  details: AttachmentDetailsLike,
  budget: Budget
): Promise<AttachmentContentLike | null> {
  return officeCall<AttachmentContentLike>(
    "getAttachmentContentAsync",
    (cb) => item.getAttachmentContentAsync!(details.id, cb),
    budget
  ).catch((e: { kind?: string }) => {
    if (e && e.kind === "timeout") throw e;
    return null;
  });
}

/**
 * Reads one attachment and extracts it, unless `cached` holds the extraction of exactly this content
 * (same content hash): then that is used and nothing is extracted. Only a budget overrun rejects.
 */
export function readAttachment(
  item: ComposeItemLike,
  details: AttachmentDetailsLike,
  cached: CachedAttachment | undefined,
  policy: Policy,
  extract: Extractor,
  budget: Budget,
  maxExtractBytes: number = Infinity
): Promise<AttachmentRead> {
  if (details.attachmentType === "cloud")
    return Promise.resolve({ kind: "extracted", extraction: cloudExtraction(details) });
  if (!worthReading(details))
    return Promise.resolve({ kind: "extracted", extraction: { texts: [], facts: [] } });
  if (!item.getAttachmentContentAsync) return Promise.resolve({ kind: "unreadable" });
  // nothing cached for a large file: no need to read it only to find out it must wait
  if (!cached && details.size > maxExtractBytes) return Promise.resolve({ kind: "pending" });
  return readContent(item, details, budget).then(
    (content): AttachmentRead | Promise<AttachmentRead> => {
      if (!content || typeof content.content !== "string") return { kind: "unreadable" };
      if (content.format === "url")
        return { kind: "extracted", extraction: cloudExtraction(details) };
      const hash = contentHash(content.format, content.content);
      if (cached && cached.hash === hash)
        return { kind: "extracted", extraction: cached.extraction };
      if (details.size > maxExtractBytes) return { kind: "pending" };
      let bytes: Uint8Array;
      let contentType = details.contentType || "";
      try {
        if (content.format === "base64") bytes = base64ToBytes(content.content);
        else {
          bytes = utf8(content.content);
          if (content.format === "eml") contentType = "message/rfc822";
        }
      } catch {
        return { kind: "unreadable" };
      }
      return Promise.resolve(
        extract({ name: details.name, contentType, bytes }, policy.extraction)
      ).then(
        (extraction): AttachmentRead => ({
          kind: "extracted",
          extraction,
          entry: { hash, extraction },
        }),
        (): AttachmentRead => ({ kind: "unreadable" })
      );
    }
  );
}

/**
 * Before Send (OnMessageAttachmentsChanged): the cache entry for one attachment, or null when there is
 * nothing worth keeping (not read, cloud link, or Outlook could not hand the content out; Send then
 * reads it itself and applies onError).
 */
export function scanAttachment(
  item: ComposeItemLike,
  details: AttachmentDetailsLike,
  policy: Policy,
  extract: Extractor,
  budget: Budget
): Promise<CachedAttachment | null> {
  return readAttachment(item, details, undefined, policy, extract, budget).then((r) =>
    r.kind === "extracted" && r.entry ? r.entry : null
  );
}

/** What the send handler knows about the draft's attachments, in the order of the list. */
export interface AttachmentsAtSend {
  extractions: (AttachmentExtraction | undefined)[];
  /** names of the attachments Outlook could not hand out (for the alert, never for logs) */
  unreadable: string[];
  /** large attachments whose extraction is not cached for their content yet */
  pending: number;
  /** attachments extracted now, under the send budget (cache misses) */
  extractedNow: number;
}

/**
 * The attachment part of a send-time check: the cached extraction where the cache has one for the same
 * content (checked by hash, so an entry made for other content never counts), small ones extracted now,
 * large ones without a valid entry counted as pending. One at a time: a 10 MB attachment already fills
 * the memory a JavaScript-only runtime likes to use.
 */
export function attachmentsAtSend(
  item: ComposeItemLike,
  list: AttachmentDetailsLike[],
  cache: AttachmentCache,
  policy: Policy,
  extract: Extractor,
  budget: Budget,
  maxExtractBytes: number = SEND_SCAN_MAX_BYTES
): Promise<AttachmentsAtSend> {
  const out: AttachmentsAtSend = { extractions: [], unreadable: [], pending: 0, extractedNow: 0 };
  let chain: Promise<void> = Promise.resolve();
  list.forEach((a, i) => {
    const cached = cache[attachmentKey(a.id, a.size)];
    chain = chain.then(() =>
      readAttachment(item, a, cached, policy, extract, budget, maxExtractBytes).then((r) => {
        if (r.kind === "pending") out.pending++;
        else if (r.kind === "unreadable") out.unreadable.push(a.name);
        else {
          out.extractions[i] = r.extraction;
          if (r.entry) out.extractedNow++;
        }
      })
    );
  });
  return chain.then(() => out);
}

/** Puts the extractions into the Draft read from the same attachment list: the engine decides on them. */
export function withExtractions(draft: Draft, read: AttachmentsAtSend): Draft {
  draft.attachments.forEach((a, i) => {
    const x = read.extractions[i];
    if (x) a.extraction = x;
  });
  return draft;
}
