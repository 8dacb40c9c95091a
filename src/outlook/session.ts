import type { Finding } from "../engine/types";
import { Budget, officeCall } from "./office";
import type { ComposeItemLike } from "./item";
import type { KnownSnapshot } from "./history";
import type { StoredOverrideMarker } from "./override";

/**
 * What Zorgvuldig keeps in `item.sessionData` (max 50,000 characters per add-in, strings only):
 *  - `zv:attachments`: per attachment (id + size) the findings found in it, text masked
 *  - `zv:recipients`: the recipient classes seen at the last recipients change
 *  - `zv:override`: the override marker written by the task pane, bound to a draft fingerprint
 *  - `zv:known`: which current recipients the sent history knows, as salted hashes (history.ts)
 */
export const KEY_ATTACHMENTS = "zv:attachments";
export const KEY_RECIPIENTS = "zv:recipients";
export const KEY_OVERRIDE = "zv:override";
export const KEY_KNOWN = "zv:known";

/** sessionData's limit is 50,000 characters for all keys together; keep the cache well below. */
export const MAX_ATTACHMENT_CACHE_CHARS = 40000;
const MAX_FINDINGS_PER_ATTACHMENT = 40;

export interface CachedAttachment {
  /** findings inside the attachment (and attachment facts), with `text` masked */
  findings: Finding[];
  /** set when the attachment could not be read: the send handler applies onError */
  unreadable?: boolean;
}

export type AttachmentCache = Record<string, CachedAttachment>;

export function attachmentKey(id: string, size: number): string {
  return `${id}|${size}`;
}

/** The cache never holds what was found, only that and where: the text becomes a mask. */
export function maskFinding(f: Finding): Finding {
  const masked: Finding = { ...f, text: "" };
  return masked;
}

export function toCached(findings: Finding[], unreadable = false): CachedAttachment {
  const c: CachedAttachment = {
    findings: findings.slice(0, MAX_FINDINGS_PER_ATTACHMENT).map(maskFinding),
  };
  if (unreadable) c.unreadable = true;
  return c;
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
  return getString(item, KEY_ATTACHMENTS, budget).then((s) => parseJson<AttachmentCache>(s) || {});
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
