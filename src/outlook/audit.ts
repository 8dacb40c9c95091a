import type { Action, ClassifiedRecipient, FindingType, RuleHit, RuleId } from "../engine/types";

/**
 * The audit trail of overrides. A record holds rule ids, finding types and counts, recipient domains,
 * the user, the time and the reason: never message content, names, numbers or attachment text.
 *
 * Records go first into a local queue (the runtime's storage, storage.ts), so nothing is lost offline; when the policy
 * names an HTTPS endpoint they are posted there with retry. Each record has one id from the moment it is
 * made: the queue never holds it twice and the endpoint gets it as `Idempotency-Key`, so a retry after a
 * lost response cannot create a second record.
 */

export interface AuditRecord {
  v: 1;
  id: string;
  kind: "override";
  /** ISO time */
  at: string;
  user: string;
  action: Action;
  rules: RuleId[];
  /** finding type -> how many */
  findings: Partial<Record<FindingType, number>>;
  recipientDomains: string[];
  reason: { code: string; text: string };
}

export interface OverrideAuditInput {
  hits: readonly RuleHit[];
  action: Action;
  recipients: readonly ClassifiedRecipient[];
  user: string;
  reasonCode: string;
  reasonText: string;
  at?: Date;
  id?: string;
}

/** A random id (RFC 4122 v4 shape) from the platform's crypto; Math.random only where there is none. */
export function newRecordId(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === "function") c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Builds the record from the verdict: only types, counts and domains leave the hits. */
export function buildOverrideRecord(input: OverrideAuditInput): AuditRecord {
  const findings: Partial<Record<FindingType, number>> = {};
  const seen = new Set<string>();
  for (const hit of input.hits)
    for (const f of hit.findings) {
      // one finding can cause several hits; count it once
      const key = `${f.type}|${f.where}|${f.start}|${f.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings[f.type] = (findings[f.type] ?? 0) + 1;
    }
  const domains = Array.from(
    new Set(input.recipients.map((r) => r.domain).filter((d) => d.length > 0))
  ).sort();
  return {
    v: 1,
    id: input.id ?? newRecordId(),
    kind: "override",
    at: (input.at ?? new Date()).toISOString(),
    user: input.user.trim().toLowerCase(),
    action: input.action,
    rules: Array.from(new Set(input.hits.map((h) => h.rule))),
    findings,
    recipientDomains: domains,
    reason: { code: input.reasonCode, text: input.reasonText.trim() },
  };
}

/** The queue's storage: storage.ts chooses it per runtime. */
export type { KeyValueStorage } from "./storage";
import type { KeyValueStorage } from "./storage";

export interface PostResult {
  ok: boolean;
  status: number;
}
export type Poster = (
  url: string,
  body: string,
  headers: Record<string, string>
) => Promise<PostResult>;

export const fetchPoster: Poster = (url, body, headers) =>
  fetch(url, { method: "POST", headers, body, credentials: "omit" }).then((r) => ({
    ok: r.ok,
    status: r.status,
  }));

export interface AuditQueueOptions {
  /** HTTPS endpoint from the policy; without it records stay local */
  endpoint?: string;
  post?: Poster;
  /** attempts per record per flush */
  maxAttempts?: number;
  /** wait before attempt n (1-based retries); injectable for tests */
  sleep?: (ms: number) => Promise<void>;
  /** how many of the user's records the pane can show */
  recentLimit?: number;
}

export const KEY_QUEUE = "zorgvuldig.audit.queue";
export const KEY_RECENT = "zorgvuldig.audit.recent";

export interface FlushResult {
  delivered: number;
  pending: number;
}

function parseList(text: string | null): AuditRecord[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v)
      ? (v.filter(
          (r) => r && typeof r === "object" && typeof (r as AuditRecord).id === "string"
        ) as AuditRecord[])
      : [];
  } catch {
    return [];
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class AuditQueue {
  private readonly endpoint?: string;
  private readonly post: Poster;
  private readonly maxAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly recentLimit: number;
  /** storage has no transactions: every read-modify-write of this queue runs one after the other */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: KeyValueStorage,
    options: AuditQueueOptions = {}
  ) {
    if (options.endpoint && !/^https:\/\//i.test(options.endpoint))
      throw new Error("audit endpoint must be https");
    this.endpoint = options.endpoint;
    this.post = options.post ?? fetchPoster;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.sleep = options.sleep ?? defaultSleep;
    this.recentLimit = options.recentLimit ?? 20;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async read(key: string): Promise<AuditRecord[]> {
    return parseList(await this.storage.getItem(key));
  }

  /** Adds the record to the queue and to the recent list; adding the same id again changes nothing. */
  append(record: AuditRecord): Promise<void> {
    return this.serial(async () => {
      const queue = await this.read(KEY_QUEUE);
      if (!queue.some((r) => r.id === record.id)) {
        queue.push(record);
        await this.storage.setItem(KEY_QUEUE, JSON.stringify(queue));
      }
      const recent = (await this.read(KEY_RECENT)).filter((r) => r.id !== record.id);
      recent.unshift(record);
      await this.storage.setItem(KEY_RECENT, JSON.stringify(recent.slice(0, this.recentLimit)));
    });
  }

  pending(): Promise<AuditRecord[]> {
    return this.serial(() => this.read(KEY_QUEUE));
  }

  /** The user's own recent overrides, newest first. */
  recent(user: string): Promise<AuditRecord[]> {
    const me = user.trim().toLowerCase();
    return this.serial(async () => (await this.read(KEY_RECENT)).filter((r) => r.user === me));
  }

  /** Posts every queued record; delivered ones leave the queue, the rest wait for the next flush. */
  flush(): Promise<FlushResult> {
    const endpoint = this.endpoint;
    if (!endpoint) return this.pending().then((p) => ({ delivered: 0, pending: p.length }));
    return this.serial(async () => {
      const queue = await this.read(KEY_QUEUE);
      const delivered = new Set<string>();
      for (const record of queue) {
        if (!(await this.deliver(endpoint, record))) break; // endpoint unreachable: keep order, try later
        delivered.add(record.id);
        // persist after each record so a pane closed mid-flush does not post it again
        await this.storage.setItem(
          KEY_QUEUE,
          JSON.stringify(queue.filter((r) => !delivered.has(r.id)))
        );
      }
      return { delivered: delivered.size, pending: queue.length - delivered.size };
    });
  }

  private async deliver(endpoint: string, record: AuditRecord): Promise<boolean> {
    const body = JSON.stringify(record);
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      if (attempt > 0) await this.sleep(500 * 4 ** (attempt - 1));
      try {
        const r = await this.post(endpoint, body, {
          "Content-Type": "application/json",
          "Idempotency-Key": record.id,
        });
        // 409: the endpoint already has this id (an earlier response was lost)
        if (r.ok || r.status === 409) return true;
        // other 4xx will not get better by retrying now; keep the record for the administrator's fix
        if (r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429) return false;
      } catch {
        // offline or TLS failure: retry
      }
    }
    return false;
  }
}
