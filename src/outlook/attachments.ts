import { check } from "../engine";
import {
  emptyDraft,
  type Address,
  type Attachment,
  type AttachmentExtraction,
} from "../engine/draft";
import type { Policy } from "../engine/policy";
import type { Finding } from "../engine/types";
import { attachmentWhere } from "../engine/rules/attachments";
import { base64ToBytes } from "./base64";
import type { Extractor } from "./extraction";
import type { AttachmentContentLike, AttachmentDetailsLike, ComposeItemLike } from "./item";
import { Budget, officeCall } from "./office";
import { attachmentKey, toCached, type AttachmentCache, type CachedAttachment } from "./session";
import { toAttachment } from "./readDraft";

/**
 * Larger attachments are extracted in OnMessageAttachmentsChanged, not at Send: a 10 MB file takes
 * seconds to read and scan, and Outlook's 5 s include downloading the script. One that was not
 * scanned in time makes Send stop with "retry" (policy onError) while the earlier event finishes.
 */
export const SEND_SCAN_MAX_BYTES = 2 * 1024 * 1024;

/** Inline images (signatures, logos) carry no text worth the time at send. */
export function worthReading(a: AttachmentDetailsLike): boolean {
  if (a.attachmentType === "cloud") return false;
  return !(a.isInline && /^image\//i.test(a.contentType || ""));
}

function cloudFinding(a: AttachmentDetailsLike): Finding {
  return {
    type: "cloud-attachment",
    text: "",
    where: attachmentWhere(a.name),
    start: 0,
    end: 0,
    confidence: 1,
  };
}

function unreadableFinding(a: AttachmentDetailsLike, reason: string): Finding {
  return {
    type: "unreadable",
    text: "",
    where: attachmentWhere(a.name),
    start: 0,
    end: 0,
    confidence: 1,
    tags: [reason],
  };
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

/** Findings inside one extracted attachment, found by the engine itself (check on a one-attachment draft). */
export function findingsInExtraction(
  att: Attachment,
  extraction: AttachmentExtraction,
  from: Address,
  policy: Policy
): Finding[] {
  const probe = emptyDraft({ from, attachments: [{ ...att, bytes: undefined, extraction }] });
  return check(probe, { policy }).findings.filter((f) => f.where.indexOf("attachment:") === 0);
}

/**
 * Reads, extracts and classifies one attachment. Failures of reading or extraction become an
 * `unreadable` entry (the send handler then applies the policy's onError), except a budget overrun,
 * which is rethrown.
 */
export function scanAttachment(
  item: ComposeItemLike,
  details: AttachmentDetailsLike,
  from: Address,
  policy: Policy,
  extract: Extractor,
  budget: Budget
): Promise<CachedAttachment> {
  if (details.attachmentType === "cloud") return Promise.resolve(toCached([cloudFinding(details)]));
  if (!worthReading(details)) return Promise.resolve(toCached([]));
  if (!item.getAttachmentContentAsync)
    return Promise.resolve(toCached([unreadableFinding(details, "no-content-api")], true));
  return officeCall<AttachmentContentLike>(
    "getAttachmentContentAsync",
    (cb) => item.getAttachmentContentAsync!(details.id, cb),
    budget
  )
    .then((content) => {
      const att = toAttachment(details);
      let bytes: Uint8Array;
      let contentType = att.contentType;
      if (content.format === "base64") bytes = base64ToBytes(content.content);
      else if (content.format === "eml") {
        bytes = utf8(content.content);
        contentType = "message/rfc822";
      } else if (content.format === "url") return toCached([cloudFinding(details)]);
      else bytes = utf8(content.content);
      return Promise.resolve(extract({ name: att.name, contentType, bytes })).then((extraction) =>
        toCached(findingsInExtraction(att, extraction, from, policy))
      );
    })
    .catch((e: { kind?: string }) => {
      if (e && e.kind === "timeout") throw e;
      return toCached([unreadableFinding(details, "read-failed")], true);
    });
}

/**
 * The attachment part of a send-time check: cached results where the cache has them (keyed by id and
 * size), small uncached ones scanned now under the send budget, large uncached ones counted as pending.
 */
export function attachmentFindings(
  item: ComposeItemLike,
  list: AttachmentDetailsLike[],
  cache: AttachmentCache,
  from: Address,
  policy: Policy,
  extract: Extractor,
  budget: Budget,
  maxScanBytes: number = SEND_SCAN_MAX_BYTES
): Promise<{ results: Record<string, CachedAttachment>; scannedNow: number; pending: number }> {
  const results: Record<string, CachedAttachment> = {};
  const missing: AttachmentDetailsLike[] = [];
  let pending = 0;
  for (const a of list) {
    const key = attachmentKey(a.id, a.size);
    if (cache[key]) results[key] = cache[key];
    else if (a.size > maxScanBytes && worthReading(a)) pending++;
    else missing.push(a);
  }
  // one at a time: a 10 MB attachment already fills the memory a JS-only runtime likes to use
  let chain: Promise<void> = Promise.resolve();
  for (const a of missing)
    chain = chain.then(() =>
      scanAttachment(item, a, from, policy, extract, budget).then((r) => {
        results[attachmentKey(a.id, a.size)] = r;
      })
    );
  return chain.then(() => ({ results, scannedNow: missing.length, pending }));
}
