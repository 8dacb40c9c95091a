import type { Draft } from "../engine/draft";
import type { AuditClient } from "../server/types";
import {
  ACTIONS,
  type Action,
  type Category,
  type ClassifiedRecipient,
  type RuleHit,
  type RuleId,
} from "../engine/types";
import { mayOverride, type Policy } from "../engine/policy";
import type { OverrideEvidence } from "../engine/decide";
import { draftFingerprint } from "./fingerprint";
import { writeOverrideMarker } from "./session";
import { setOverrideHeaders } from "./headers";
import { checkReason } from "../engine/reason";
import { buildOverrideRecord, type AuditQueue, type AuditRecord } from "./audit";
import { verifyCompactES256 } from "./jws";
import type { Budget } from "./office";
import type { ComposeItemLike } from "./item";

/**
 * The override marker's claims: what the practice service signs (compact JWS, ES256, over exactly this
 * JSON as the JWS payload) and what the send handler checks. One type for the pane, the send handler and
 * the service (src/server). No content: a fingerprint of the draft, rule ids, the user's own address,
 * the audit record's id and an expiry.
 */
export interface OverrideMarkerPayload {
  v: 1;
  /** draftFingerprint() of the draft as the pane read it; any edit changes it */
  fingerprint: string;
  /** the rules overridden (secure) or confirmed (warn) */
  rules: RuleId[];
  /** the overriding mailbox, lower case (Office's userProfile.emailAddress) */
  user: string;
  /** the id of the audit record of this override (the service's record when it signs) */
  auditId: string;
  /** expiry in seconds since 1970 */
  exp: number;
}

/** What sessionData holds under `zv:override`: the claims, and the service's JWS over them when it signed. */
export interface StoredOverrideMarker extends OverrideMarkerPayload {
  /** the reason code picked (never the free text) */
  reason?: string;
  /** compact JWS (ES256) whose payload is the OverrideMarkerPayload; its claims replace the loose ones */
  jws?: string;
}

/** A marker is good for this long: enough to press Send again, not enough to reuse it next week. */
export const MARKER_TTL_S = 3600;

function isPayload(v: unknown): v is OverrideMarkerPayload {
  const p = v as OverrideMarkerPayload;
  return (
    !!p &&
    typeof p === "object" &&
    p.v === 1 &&
    typeof p.fingerprint === "string" &&
    Array.isArray(p.rules) &&
    p.rules.every((r) => typeof r === "string") &&
    typeof p.user === "string" &&
    typeof p.auditId === "string" &&
    typeof p.exp === "number"
  );
}

/**
 * The evidence a stored marker gives the engine (src/engine/decide.ts decideSend decides what it is
 * worth). With a signing service in the policy only the JWS's own claims are read, and `signed` says
 * whether the service's signature verified; without one the loose claims are read, unsigned.
 */
export function markerEvidence(stored: unknown, policy: Policy): OverrideEvidence | null {
  if (!stored || typeof stored !== "object") return null;
  const service = policy.overrides.signature;
  const jws = (stored as StoredOverrideMarker).jws;
  if (service) {
    if (typeof jws !== "string") return null;
    const claims = verifyCompactES256(jws, service.publicKey);
    if (!isPayload(claims)) return null;
    return { ...pick(claims), signed: true };
  }
  return isPayload(stored) ? { ...pick(stored), signed: false } : null;
}

function pick(p: OverrideMarkerPayload): Omit<OverrideEvidence, "signed"> {
  return { fingerprint: p.fingerprint, rules: p.rules.slice(), user: p.user, exp: p.exp };
}

/** Asks the practice service to record the override and sign its marker; resolves to the compact JWS. */
export type MarkerSigner = (request: {
  payload: OverrideMarkerPayload;
  record: AuditRecord;
}) => Promise<string>;

/**
 * Recording an override (issue 6): who may, what they must give, and the three records it leaves —
 * internet headers, the sessionData marker bound to the draft's fingerprint (checked by the send
 * handler), and the audit record. Sending is left to the caller.
 */

export interface OverrideUser {
  address: string;
  /** display name: the user's own name may stand in an explanation */
  name?: string;
  roles?: readonly string[];
}

/** Hits that stop the mail (secure, block): these need a grant. Warn hits are confirmed, not overridden. */
export function stoppingHits(hits: readonly RuleHit[]): RuleHit[] {
  return hits.filter((h) => ACTIONS.indexOf(h.action) >= ACTIONS.indexOf("secure"));
}

export interface OverrideScope {
  /** every stopping rule may be overridden by this user */
  allowed: boolean;
  rules: RuleId[];
  /** stopping rules this user may not override */
  denied: RuleId[];
}

export function overrideScope(
  policy: Policy,
  hits: readonly RuleHit[],
  user: OverrideUser
): OverrideScope {
  const rules = Array.from(new Set(stoppingHits(hits).map((h) => h.rule)));
  const denied = rules.filter((r) => !mayOverride(policy, r, user));
  return { allowed: rules.length > 0 && denied.length === 0, rules, denied };
}

/**
 * Who may override these rules, to show a user who may not: the roles the grants name with the people
 * the policy assigns to each (overrides.roles), and the addresses the grants name directly.
 */
export function whoMayOverride(
  policy: Policy,
  rules: readonly RuleId[]
): { roles: string[]; addresses: string[]; members: Record<string, string[]> } {
  const roles = new Set<string>();
  const addresses = new Set<string>();
  for (const g of policy.overrides.grants)
    if (rules.some((r) => g.rules.includes(r))) {
      g.roles.forEach((r) => roles.add(r));
      g.addresses.forEach((a) => addresses.add(a));
    }
  const members: Record<string, string[]> = {};
  roles.forEach((r) => (members[r] = [...(policy.overrides.roles[r] ?? [])].sort()));
  return { roles: [...roles].sort(), addresses: [...addresses].sort(), members };
}

/** Reasons the policy offers for all of these rules at once. */
export function reasonsFor(
  policy: Policy,
  rules: readonly RuleId[]
): Policy["overrides"]["reasons"] {
  return policy.overrides.reasons.filter(
    (r) => r.rules.length === 0 || rules.every((rule) => r.rules.includes(rule))
  );
}

/** "At least a sentence": four words and twenty characters, so "ok" or "spoed" alone is not an explanation. */
export const MIN_EXPLANATION_WORDS = 4;
export const MIN_EXPLANATION_CHARS = 20;

export function isExplanationEnough(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).filter((w) => /[A-Za-zÀ-ÿ0-9]/.test(w));
  return t.length >= MIN_EXPLANATION_CHARS && words.length >= MIN_EXPLANATION_WORDS;
}

export interface OverrideRequest {
  /** the draft exactly as read for the verdict: the marker binds to its fingerprint */
  draft: Draft;
  action: Action;
  hits: readonly RuleHit[];
  recipients: readonly ClassifiedRecipient[];
  user: OverrideUser;
  reasonCode: string;
  reasonText: string;
  /** warn rules the user confirmed in the pane (recipient checks): the marker covers them too */
  confirmedRules?: readonly RuleId[];
  /** the engine's category of the draft, for the FG's counts */
  category?: Category;
  client?: AuditClient;
  at?: Date;
}

export class OverrideRefused extends Error {
  constructor(
    readonly why:
      | "not-allowed"
      | "unknown-reason"
      | "explanation-too-short"
      | "explanation-names-patient"
      | "not-signed"
  ) {
    super(`override refused: ${why}`);
    this.name = "OverrideRefused";
  }
}

/**
 * Checks the request against the policy, then (with a signing service) has the service record and sign
 * it, then writes headers, marker and audit record (in that order; the audit record is queued locally
 * before any network). Returns the record.
 */
export async function recordOverride(
  item: ComposeItemLike,
  policy: Policy,
  request: OverrideRequest,
  queue: AuditQueue,
  budget: Budget,
  sign?: MarkerSigner
): Promise<AuditRecord> {
  const scope = overrideScope(policy, request.hits, request.user);
  if (!scope.allowed) throw new OverrideRefused("not-allowed");
  if (!reasonsFor(policy, scope.rules).some((r) => r.code === request.reasonCode))
    throw new OverrideRefused("unknown-reason");
  if (!isExplanationEnough(request.reasonText)) throw new OverrideRefused("explanation-too-short");
  // the explanation is stored and sent to the audit service: it may say nothing about the patient
  if (!checkReason(request.reasonText, { name: request.user.name }).ok)
    throw new OverrideRefused("explanation-names-patient");

  const at = request.at ?? new Date();
  const allRules = Array.from(
    new Set([...request.hits.map((h) => h.rule), ...(request.confirmedRules ?? [])])
  );
  const record = buildOverrideRecord({
    hits: request.hits,
    action: request.action,
    recipients: request.recipients,
    user: request.user.address,
    reasonCode: request.reasonCode,
    reasonText: request.reasonText,
    category: request.category,
    client: request.client,
    at,
  });
  const payload = markerPayload(request.draft, allRules, request.user.address, record.id, at);
  let jws: string | undefined;
  if (policy.overrides.signature) {
    if (!sign) throw new OverrideRefused("not-signed");
    try {
      jws = await sign({ payload, record });
    } catch {
      throw new OverrideRefused("not-signed");
    }
  }
  await setOverrideHeaders(
    item,
    { action: request.action, rules: request.hits.map((h) => h.rule) },
    { reason: request.reasonCode, id: record.id, at: at.toISOString() },
    budget
  );
  const marker: StoredOverrideMarker = { ...payload, reason: request.reasonCode };
  if (jws) marker.jws = jws;
  await writeOverrideMarker(item, marker, budget);
  await queue.append(record);
  return record;
}

export function markerPayload(
  draft: Draft,
  rules: readonly RuleId[],
  user: string,
  auditId: string,
  at: Date
): OverrideMarkerPayload {
  return {
    v: 1,
    fingerprint: draftFingerprint(draft),
    rules: [...rules],
    user: user.trim().toLowerCase(),
    auditId,
    exp: Math.floor(at.getTime() / 1000) + MARKER_TTL_S,
  };
}

/**
 * The marker alone, for warn rules the user confirmed in the pane (no grant, reason or signature
 * needed: the alert offers Send Anyway for these): the send handler then lets this exact draft go.
 */
export function writeConfirmation(
  item: ComposeItemLike,
  draft: Draft,
  rules: readonly RuleId[],
  user: string,
  at: Date,
  budget: Budget
): Promise<void> {
  const marker: StoredOverrideMarker = {
    ...markerPayload(draft, rules, user, "", at),
    reason: "confirmed",
  };
  return writeOverrideMarker(item, marker, budget);
}
