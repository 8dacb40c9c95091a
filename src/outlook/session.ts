import type { AttachmentExtraction } from "../engine/draft";
import { Budget, officeCall } from "./office";
import type { ComposeItemLike } from "./item";
import type { KnownSnapshot } from "./history";
import type { StoredOverrideMarker } from "./override";

/**
 * What Zorgvuldig keeps in `item.sessionData` (max 50,000 characters per add-in, strings only):
 *  - `zv:attachments`: per attachment (id + size) its extraction (text and facts, as the client's
 *    extractor returned it) bound to a hash of its content
 *  - `zv:recipients`: the recipient classes seen at the last recipients change
 *  - `zv:override`: the override marker written by the task pane, bound to a draft fingerprint
 *  - `zv:known`: which current recipients the sent history knows, as salted hashes (history.ts)
 */
export const KEY_ATTACHMENTS = "zv:attachments";
export const KEY_RECIPIENTS = "zv:recipients";
export const KEY_OVERRIDE = "zv:override";
export const KEY_KNOWN = "zv:known";

/**
 * sessionData's limit is 50,000 characters for all keys together (Office.SessionData, Mailbox
 * 1.11-1.15); keep the attachment cache well below. Text per attachment is capped at extraction
 * (src/extract/clients.ts OUTLOOK_TEXT_CHARS), so one attachment's entry fits.
 */
export const MAX_ATTACHMENT_CACHE_CHARS = 40000;

/** One attachment's extraction, valid only for the content it was made from. */
export interface CachedAttachment {
  /** contentHash() of the content Outlook returned when the extraction was made */
  hash: string;
  extraction: AttachmentExtraction;
}

export type AttachmentCache = Record<string, CachedAttachment>;

export function attachmentKey(id: string, size: number): string {
  return `${id}|${size}`;
}

/** A cache entry as the send handler may use it: well-formed, else ignored (and the file read anew). */
function validEntry(v: unknown): v is CachedAttachment {
  if (!v || typeof v !== "object") return false;
  const e = v as Partial<CachedAttachment>;
  const x = e.extraction as Partial<AttachmentExtraction> | undefined;
  return (
    typeof e.hash === "string" &&
    e.hash.length > 0 &&
    !!x &&
    Array.isArray(x.texts) &&
    Array.isArray(x.facts) &&
    x.texts.every((t) => !!t && typeof t.text === "string" && typeof t.source === "string") &&
    x.facts.every((f) => !!f && typeof f.type === "string" && typeof f.where === "string")
  );
}

function getString(item: ComposeItemLike, key: string, budget: Budget): Promise<string | null> {
  const sd = item.sessionData;
  if (!sd) return Promise.resolve(null);
  return officeCall<string>(`sessionData.getAsync`, (cb) => sd.getAsync(key, cb), budget).then(
    (v) => (typeof v === "string" && v ? v : null),
    // a missing key is reported as a failure by some clients: treat as empty
    (e: { kind?: string }) => {
      if (e && e.kind === "timeout") throw e;
      return null;
    }
  );
}

function setString(
  item: ComposeItemLike,
  key: string,
  value: string,
  budget: Budget
): Promise<void> {
  const sd = item.sessionData;
  if (!sd) return Promise.resolve();
  return officeCall<void>(`sessionData.setAsync`, (cb) => sd.setAsync(key, value, cb), budget);
}

function parseJson<T>(text: string | null): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function readAttachmentCache(
  item: ComposeItemLike,
  budget: Budget
): Promise<AttachmentCache> {
  return getString(item, KEY_ATTACHMENTS, budget).then((s) => {
    const raw = parseJson<Record<string, unknown>>(s);
    const cache: AttachmentCache = {};
    if (!raw || typeof raw !== "object") return cache;
    for (const k of Object.keys(raw)) {
      const e = raw[k];
      if (validEntry(e)) cache[k] = e;
    }
    return cache;
  });
}

/** Writes the cache for the attachments still present; drops the oldest entries beyond the size limit. */
export function writeAttachmentCache(
  item: ComposeItemLike,
  cache: AttachmentCache,
  presentKeys: string[],
  budget: Budget
): Promise<void> {
  const kept: AttachmentCache = {};
  for (const k of presentKeys) if (cache[k]) kept[k] = cache[k];
  let text = JSON.stringify(kept);
  const keys = Object.keys(kept);
  while (text.length > MAX_ATTACHMENT_CACHE_CHARS && keys.length) {
    delete kept[keys.shift() as string];
    text = JSON.stringify(kept);
  }
  return setString(item, KEY_ATTACHMENTS, text, budget);
}

export interface RecipientSummary {
  /** count per recipient class */
  classes: Record<string, number>;
  domains: string[];
}

export function writeRecipientSummary(
  item: ComposeItemLike,
  summary: RecipientSummary,
  budget: Budget
): Promise<void> {
  return setString(item, KEY_RECIPIENTS, JSON.stringify(summary), budget);
}

export function readRecipientSummary(
  item: ComposeItemLike,
  budget: Budget
): Promise<RecipientSummary | null> {
  return getString(item, KEY_RECIPIENTS, budget).then((s) => parseJson<RecipientSummary>(s));
}

/**
 * The override marker the task pane wrote (override.ts StoredOverrideMarker), parsed but unchecked:
 * anyone with developer tools can write sessionData, so the engine weighs it (decideSend) after
 * override.ts markerEvidence has read it against the policy.
 */
export function readOverrideMarker(item: ComposeItemLike, budget: Budget): Promise<unknown> {
  return getString(item, KEY_OVERRIDE, budget).then((s) => parseJson<unknown>(s));
}

export function writeOverrideMarker(
  item: ComposeItemLike,
  marker: StoredOverrideMarker,
  budget: Budget
): Promise<void> {
  return setString(item, KEY_OVERRIDE, JSON.stringify(marker), budget);
}

export function writeKnownSnapshot(
  item: ComposeItemLike,
  snapshot: KnownSnapshot,
  budget: Budget
): Promise<void> {
  return setString(item, KEY_KNOWN, JSON.stringify(snapshot), budget);
}

export function readKnownSnapshot(
  item: ComposeItemLike,
  budget: Budget
): Promise<KnownSnapshot | null> {
  return getString(item, KEY_KNOWN, budget).then((s) => {
    const k = parseJson<KnownSnapshot>(s);
    return k && typeof k.salt === "string" && Array.isArray(k.known) ? k : null;
  });
}
