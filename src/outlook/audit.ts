import type {
  Action,
  Category,
  ClassifiedRecipient,
  FindingType,
  RecipientClass,
  RuleHit,
} from "../engine/types";
import type { AuditClient, AuditEvent, AuditKind } from "../server/types";

/**
 * The audit trail: stops, overrides, secure routes, consents and false-alarm reports. A record holds rule
 * ids, finding types and counts, the category, recipient domains and classes, the user, the time, the
 * client and the reason: never message content, names, numbers or attachment text.
 *
 * Records go first into a local queue (the runtime's storage, storage.ts), so nothing is lost offline; when
 * the policy names the service's endpoint they are posted there with an access token until acknowledged.
 * Each record has one id from the moment it is made: the queue never holds it twice and the endpoint gets
 * it as `Idempotency-Key`, so a retry after a lost response cannot create a second record.
 */

/** One type with the service: what the queue holds is exactly what `POST /api/audit` accepts. */
export type AuditRecord = AuditEvent;

export interface AuditInput {
  hits: readonly RuleHit[];
  action?: Action;
  category?: Category;
  recipients: readonly ClassifiedRecipient[];
  user: string;
  client?: AuditClient;
  at?: Date;
  id?: string;
}

export interface OverrideAuditInput extends AuditInput {
  action: Action;
  reasonCode: string;
  reasonText: string;
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

/** Builds a record from the verdict: only types, counts, classes and domains leave the hits. */
export function buildAuditRecord(
  kind: AuditKind,
  input: AuditInput,
  extra: Pick<AuditEvent, "reason" | "recipientHash"> = {}
): AuditRecord {
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
    new Set(input.recipients.map((r) => r.domain.toLowerCase()).filter((d) => d.length > 0))
  ).sort();
  const classes: Partial<Record<RecipientClass, number>> = {};
  for (const r of input.recipients) classes[r.class] = (classes[r.class] ?? 0) + 1;
  const record: AuditRecord = {
    v: 1,
    id: input.id ?? newRecordId(),
    kind,
    at: (input.at ?? new Date()).toISOString(),
    user: input.user.trim().toLowerCase(),
    rules: Array.from(new Set(input.hits.map((h) => h.rule))).sort(),
    findings,
    recipientDomains: domains,
    recipientClasses: classes,
  };
  if (input.action) record.action = input.action;
  if (input.category) record.category = input.category;
  if (input.client) record.client = input.client;
  if (extra.reason) record.reason = extra.reason;
  if (extra.recipientHash) record.recipientHash = extra.recipientHash;
  return record;
}

export function buildOverrideRecord(input: OverrideAuditInput): AuditRecord {
  return buildAuditRecord("override", input, {
    reason: { code: input.reasonCode, text: input.reasonText.trim() },
  });
}

/** The queue's storage: storage.ts chooses it per runtime. */
export type { KeyValueStorage } from "./storage";
import type { KeyValueStorage } from "./storage";
import { authHeader, type TokenSource } from "./auth";

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
  /** tests only: a plain-http service on this machine (the policy itself accepts only https) */
  allowHttp?: boolean;
  /** the access token for the service (auth.ts); without it records are posted without one */
  token?: TokenSource;
}

export const KEY_QUEUE = "zorgvuldig.audit.queue";
export const KEY_RECENT = "zorgvuldig.audit.recent";
/** records the service refused as malformed (400): kept on the device for the administrator, not retried */
export const KEY_REFUSED = "zorgvuldig.audit.refused";

export interface FlushResult {
  delivered: number;
  pending: number;
  /** refused by the service as malformed and set aside */
  refused?: number;
  /** why the flush stopped early: 401 without a token to send, 401 with one, unreachable or a server error */
  stopped?: "no-token" | "unauthorized" | "unreachable";
}

type Delivery = "done" | "refused" | "no-token" | "unauthorized" | "unreachable";

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
  private readonly token?: TokenSource;
  /** storage has no transactions: every read-modify-write of this queue runs one after the other */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: KeyValueStorage,
    options: AuditQueueOptions = {}
  ) {
    if (options.endpoint && !options.allowHttp && !/^https:\/\//i.test(options.endpoint))
      throw new Error("audit endpoint must be https");
    this.endpoint = options.endpoint;
    this.post = options.post ?? fetchPoster;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.sleep = options.sleep ?? defaultSleep;
    this.recentLimit = options.recentLimit ?? 20;
    this.token = options.token;
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
    return this.serial(async () =>
      (await this.read(KEY_RECENT)).filter((r) => r.user === me && r.kind === "override")
    );
  }

  /** Records the service refused as malformed (kept for the administrator). */
  refused(): Promise<AuditRecord[]> {
    return this.serial(() => this.read(KEY_REFUSED));
  }

  /**
   * Posts every queued record in order. Acknowledged ones (2xx, or 409: the service already has this id)
   * leave the queue; a 401 or a missing token keeps them for the next flush (the token may be back then);
   * a malformed record (400) is set aside so it does not hold up the rest.
   */
  flush(): Promise<FlushResult> {
    const endpoint = this.endpoint;
    if (!endpoint) return this.pending().then((p) => ({ delivered: 0, pending: p.length }));
    return this.serial(async () => {
      let queue = await this.read(KEY_QUEUE);
      let delivered = 0;
      let refused = 0;
      let stopped: FlushResult["stopped"];
      for (const record of queue.slice()) {
        const r = await this.deliver(endpoint, record);
        if (r !== "done" && r !== "refused") {
          stopped = r; // keep order, try later
          break;
        }
        if (r === "done") delivered++;
        else {
          refused++;
          const aside = await this.read(KEY_REFUSED);
          aside.push(record);
          await this.storage.setItem(KEY_REFUSED, JSON.stringify(aside.slice(-100)));
        }
        // persist after each record so a pane closed mid-flush does not post it again
        queue = queue.filter((q) => q.id !== record.id);
        await this.storage.setItem(KEY_QUEUE, JSON.stringify(queue));
      }
      const out: FlushResult = { delivered, pending: queue.length };
      if (refused) out.refused = refused;
      if (stopped) out.stopped = stopped;
      return out;
    });
  }

  private async deliver(endpoint: string, record: AuditRecord): Promise<Delivery> {
    const body = JSON.stringify(record);
    let last: Delivery = "unreachable";
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      if (attempt > 0) await this.sleep(500 * 4 ** (attempt - 1));
      let auth: Record<string, string> = {};
      let tokenless = false;
      try {
        // asked per attempt: Office and MSAL cache and refresh the token, we never keep it
        auth = await authHeader(this.token);
      } catch {
        // no SSO here: an endpoint that needs no token still gets the record; the service answers 401
        // and the record stays for a flush that has one
        tokenless = true;
      }
      try {
        const r = await this.post(endpoint, body, {
          "Content-Type": "application/json",
          "Idempotency-Key": record.id,
          ...auth,
        });
        // 409: the endpoint already has this id (an earlier response was lost)
        if (r.ok || r.status === 409) return "done";
        if (r.status === 401) return tokenless ? "no-token" : "unauthorized";
        if (r.status === 400 || r.status === 413 || r.status === 415 || r.status === 422)
          return "refused";
        // 403, 404, 503: configuration on the service's side; keep and try later
        if (r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429)
          return "unreachable";
        last = "unreachable";
      } catch {
        // offline or TLS failure: retry
        last = "unreachable";
      }
    }
    return last;
  }
}
