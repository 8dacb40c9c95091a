/** Audit events in the database: idempotent insert, retention, and the FG dashboard's queries. */
import { randomBytes } from "node:crypto";
import type { Database } from "./db";
import { contentHash } from "./record";
import type { AuditEvent, AuditKind } from "./types";

export type InsertResult = "new" | "duplicate" | "conflict";

export interface Period {
  /** inclusive, ISO date or time */
  from: string;
  /** exclusive */
  to: string;
}

export interface CountRow {
  key: string;
  kind: AuditKind;
  n: number;
}

export interface EventRow {
  id: string;
  kind: AuditKind;
  at: string;
  user: string;
  action: string | null;
  category: string | null;
  client: string | null;
  field: string | null;
  rules: string[];
  findings: Record<string, number>;
  recipientDomains: string[];
  recipientClasses: Record<string, number> | null;
  reasonCode: string | null;
  reasonText: string | null;
  recipientHash: string | null;
}

export interface ConsentRow {
  recipientHash: string;
  active: boolean;
  /** time of the latest consent or withdrawal */
  at: string;
  user: string;
}

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));
const json = <T>(v: unknown): T => (typeof v === "string" ? (JSON.parse(v) as T) : (v as T));

const EVENT_COLUMNS = `id::text AS id, kind, occurred_at, user_address, action, category, client, field, rules,
  findings, recipient_domains, recipient_classes, reason_code, reason_text, recipient_hash`;

function toEventRow(r: Record<string, unknown>): EventRow {
  return {
    id: String(r.id),
    kind: r.kind as AuditKind,
    at: iso(r.occurred_at),
    user: String(r.user_address),
    action: (r.action as string | null) ?? null,
    category: (r.category as string | null) ?? null,
    client: (r.client as string | null) ?? null,
    field: (r.field as string | null) ?? null,
    rules: json<string[]>(r.rules),
    findings: json<Record<string, number>>(r.findings),
    recipientDomains: json<string[]>(r.recipient_domains),
    recipientClasses: r.recipient_classes
      ? json<Record<string, number>>(r.recipient_classes)
      : null,
    reasonCode: (r.reason_code as string | null) ?? null,
    reasonText: (r.reason_text as string | null) ?? null,
    recipientHash: (r.recipient_hash as string | null) ?? null,
  };
}

export class AuditStore {
  constructor(readonly db: Database) {}

  /**
   * Stores the event once. The same id again with the same content is a duplicate (a retry); with other
   * content a conflict, and nothing changes.
   */
  async insert(e: AuditEvent, postedBy: string | null): Promise<InsertResult> {
    const hash = contentHash(e);
    // one round trip: the insert, or what is already stored under this id (the CTE's snapshot does
    // not see its own insert, so exactly one of the two branches returns a row)
    const r = await this.db.query<{ result: InsertResult }>(
      `WITH ins AS (
         INSERT INTO audit_events (id, kind, occurred_at, user_address, action, category, client, field, rules,
           findings, recipient_domains, recipient_classes, reason_code, reason_text, recipient_hash, posted_by,
           content_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11::jsonb, $12::jsonb, $13, $14, $15, $16, $17)
         ON CONFLICT (id) DO NOTHING RETURNING id)
       SELECT 'new' AS result FROM ins
       UNION ALL
       SELECT CASE WHEN content_hash = $17 THEN 'duplicate' ELSE 'conflict' END AS result
       FROM audit_events WHERE id = $1::uuid AND NOT EXISTS (SELECT 1 FROM ins)`,
      [
        e.id,
        e.kind,
        e.at,
        e.user,
        e.action ?? null,
        e.category ?? null,
        e.client ?? null,
        e.field ?? null,
        JSON.stringify(e.rules),
        JSON.stringify(e.findings),
        JSON.stringify(e.recipientDomains),
        e.recipientClasses ? JSON.stringify(e.recipientClasses) : null,
        e.reason?.code ?? null,
        e.reason?.text ?? null,
        e.recipientHash ?? null,
        postedBy,
        hash,
      ]
    );
    if (r.rows.length) return r.rows[0].result;
    // no row: a concurrent insert of the same id committed after this statement's snapshot (PostgreSQL)
    const existing = await this.db.query<{ content_hash: string }>(
      "SELECT content_hash FROM audit_events WHERE id = $1::uuid",
      [e.id]
    );
    return existing.rows[0]?.content_hash === hash ? "duplicate" : "conflict";
  }

  /** Deletes events that happened more than `days` days ago; returns how many. */
  async purge(days: number): Promise<number> {
    const r = await this.db.query<{ id: string }>(
      "DELETE FROM audit_events WHERE occurred_at < now() - make_interval(days => $1::int) RETURNING id::text AS id",
      [days]
    );
    return r.rows.length;
  }

  async count(): Promise<number> {
    const r = await this.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events");
    return Number(r.rows[0].n);
  }

  async get(id: string): Promise<EventRow | null> {
    const r = await this.db.query<Record<string, unknown>>(
      `SELECT ${EVENT_COLUMNS} FROM audit_events WHERE id = $1::uuid`,
      [id]
    );
    return r.rows.length ? toEventRow(r.rows[0]) : null;
  }

  /** Counts per week (Monday, UTC), per kind. */
  perWeek(p: Period): Promise<CountRow[]> {
    return this.counts(
      "to_char(date_trunc('week', occurred_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')",
      "",
      p
    );
  }

  perRule(p: Period): Promise<CountRow[]> {
    return this.counts("r.rule", ", jsonb_array_elements_text(rules) AS r(rule)", p);
  }

  perUser(p: Period): Promise<CountRow[]> {
    return this.counts("user_address", "", p);
  }

  perField(p: Period): Promise<CountRow[]> {
    return this.counts("coalesce(field, '-')", "", p);
  }

  private async counts(key: string, join: string, p: Period): Promise<CountRow[]> {
    // `key` and `join` are fixed SQL fragments from the methods above, never input
    const r = await this.db.query<{ key: string; kind: AuditKind; n: number }>(
      `SELECT ${key} AS key, kind, count(*)::int AS n FROM audit_events${join}
       WHERE occurred_at >= $1::timestamptz AND occurred_at < $2::timestamptz
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [p.from, p.to]
    );
    return r.rows.map((x) => ({ key: String(x.key), kind: x.kind, n: Number(x.n) }));
  }

  /** Events of the given kinds in the period, newest first. */
  async events(p: Period, kinds?: readonly AuditKind[], limit = 100000): Promise<EventRow[]> {
    const r = await this.db.query<Record<string, unknown>>(
      `SELECT ${EVENT_COLUMNS} FROM audit_events
       WHERE occurred_at >= $1::timestamptz AND occurred_at < $2::timestamptz
         AND ($3::text[] IS NULL OR kind = ANY($3::text[]))
       ORDER BY occurred_at DESC, id LIMIT $4`,
      [p.from, p.to, kinds ? [...kinds] : null, limit]
    );
    return r.rows.map(toEventRow);
  }

  /** Every recipient hash with its latest consent or withdrawal. */
  async consents(): Promise<ConsentRow[]> {
    const r = await this.db.query<Record<string, unknown>>(
      `SELECT DISTINCT ON (recipient_hash) recipient_hash, kind, occurred_at, user_address
       FROM audit_events WHERE kind IN ('consent', 'consent-withdrawn')
       ORDER BY recipient_hash, occurred_at DESC, received_at DESC`
    );
    return r.rows.map((x) => ({
      recipientHash: String(x.recipient_hash),
      active: x.kind === "consent",
      at: iso(x.occurred_at),
      user: String(x.user_address),
    }));
  }

  async consentActive(recipientHash: string): Promise<boolean> {
    const r = await this.db.query<{ kind: string }>(
      `SELECT kind FROM audit_events WHERE recipient_hash = $1 AND kind IN ('consent', 'consent-withdrawn')
       ORDER BY occurred_at DESC, received_at DESC LIMIT 1`,
      [recipientHash]
    );
    return r.rows[0]?.kind === "consent";
  }

  /**
   * The salt of the consent hashes: made once (32 random bytes), then the same for every client, so
   * every device of the practice hashes one address to one value. Several services on one PostgreSQL
   * agree through the primary key.
   */
  async consentSalt(): Promise<string> {
    await this.db.query(
      "INSERT INTO service_settings (key, value) VALUES ('consent-salt', $1) ON CONFLICT (key) DO NOTHING",
      [randomBytes(32).toString("base64url")]
    );
    const r = await this.db.query<{ value: string }>(
      "SELECT value FROM service_settings WHERE key = 'consent-salt'"
    );
    return r.rows[0].value;
  }
}
