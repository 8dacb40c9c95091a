/**
 * Contracts of the practice service (`zorgvuldig serve`) that the add-in relies on. Pure types and
 * constants: the send bundle and the pane may import them.
 */
import type { Action, Category, FindingType, RecipientClass, RuleId } from "../engine/types";

/** What an audit event records. */
export const AUDIT_KINDS = [
  "stop",
  "override",
  "route",
  "consent",
  "consent-withdrawn",
  "false-alarm",
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_CLIENTS = ["web", "new", "classic", "mac", "cli", "pane", "unknown"] as const;
export type AuditClient = (typeof AUDIT_CLIENTS)[number];

/**
 * One audit event as posted to `POST /api/audit` (JSON body; header `Idempotency-Key` equal to `id` when
 * sent). A superset of src/outlook/audit.ts's AuditRecord: the fields it lacks are optional. Never
 * message content, names other than the user's address, numbers or attachment names.
 */
export interface AuditEvent {
  v: 1;
  /** the client's id (UUID); a retry with the same id and content is acknowledged, never stored twice */
  id: string;
  kind: AuditKind;
  /** ISO time on the client */
  at: string;
  /** the user's own address (lower case) */
  user: string;
  action?: Action;
  rules: (RuleId | string)[];
  /** finding type -> how many */
  findings: Partial<Record<FindingType, number>>;
  category?: Category;
  recipientDomains: string[];
  /** recipient class -> how many recipients */
  recipientClasses?: Partial<Record<RecipientClass, number>>;
  client?: AuditClient;
  /** the policy's careType of the practice that sent it (a care group has several fields) */
  field?: string;
  /** override and false-alarm: the code from the policy and the checked explanation */
  reason?: { code: string; text?: string };
  /** consent and consent-withdrawn: salted hash of the recipient address (base64url or hex, 16..128 chars) */
  recipientHash?: string;
}

/** Answer of `POST /api/audit`: 201 new, 200 already stored with the same content. */
export interface AuditAck {
  id: string;
  stored: "new" | "duplicate";
}

/**
 * The payload of the override marker that `POST /api/override` signs (compact JWS, ES256, header
 * `{alg:"ES256", kid, typ:"zv-override+jws"}`); the send handler verifies it with the public key from
 * `GET /api/keys` that the admin puts into the policy.
 */
export interface OverrideMarkerPayload {
  v: 1;
  /** fingerprint of the draft the override is bound to, as the client sent it */
  fingerprint: string;
  /** the rules overridden, sorted */
  rules: string[];
  /** the user (lower case address) */
  user: string;
  /** id of the audit event recorded for this override */
  auditId: string;
  /** expiry, seconds since the epoch */
  exp: number;
}

export const OVERRIDE_MARKER_TYP = "zv-override+jws";

/** `POST /api/override` body: the override audit event plus the draft's fingerprint. */
export interface OverrideRequest extends Omit<AuditEvent, "kind"> {
  kind?: "override";
  fingerprint: string;
}

/** `POST /api/override` answer. */
export interface OverrideResponse {
  auditId: string;
  stored: AuditAck["stored"];
  /** compact JWS over OverrideMarkerPayload; absent when the service has no signing key */
  marker?: string;
}

/** `GET /api/consent-salt` answer (token required): the salt the add-in hashes recipient addresses with. */
export interface ConsentSaltResponse {
  salt: string;
}

/** `GET /api/consent/<recipientHash>` answer (token required). */
export interface ConsentStateResponse {
  recipientHash: string;
  active: boolean;
}
