import type { Draft } from "../engine/draft";
import {
  ACTIONS,
  type Action,
  type ClassifiedRecipient,
  type RuleHit,
  type RuleId,
} from "../engine/types";
import { mayOverride, type Policy } from "../engine/policy";
import { draftFingerprint } from "./fingerprint";
import { writeOverrideMarker, type OverrideMarker } from "./session";
import { setOverrideHeaders } from "./headers";
import { buildOverrideRecord, type AuditQueue, type AuditRecord } from "./audit";
import type { Budget } from "./office";
import type { ComposeItemLike } from "./item";

/**
 * Recording an override (issue 6): who may, what they must give, and the three records it leaves —
 * internet headers, the sessionData marker bound to the draft's fingerprint (checked by the send
 * handler), and the audit record. Sending is left to the caller.
 */

export interface OverrideUser {
  address: string;
  roles?: readonly string[];
}

/** Hits that stop the mail (secure, block): these need a grant. Warn hits are confirmed, not overridden. */
export function stoppingHits(hits: readonly RuleHit[]): RuleHit[] {
  return hits.filter((h) => ACTIONS.indexOf(h.action) >= ACTIONS.indexOf("secure"));
}

/**
 * The hits that still stand for this draft: a marker bound to exactly this draft (same fingerprint)
 * covers only the rules it was recorded for, so a rule that fires now but did not then (a changed
 * policy, a new history, an attachment scanned since) is checked again; and a draft already routed
 * through the secure channel meets every hit whose action is `secure`.
 */
export function openHits(
  hits: readonly RuleHit[],
  marker: OverrideMarker | null,
  fingerprint: string,
  routed: boolean
): RuleHit[] {
  const covered = marker && marker.fingerprint === fingerprint ? marker.rules : [];
  return hits.filter((h) => covered.indexOf(h.rule) < 0 && !(routed && h.action === "secure"));
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
  at?: Date;
}

export class OverrideRefused extends Error {
  constructor(readonly why: "not-allowed" | "unknown-reason" | "explanation-too-short") {
    super(`override refused: ${why}`);
    this.name = "OverrideRefused";
  }
}

/**
 * Checks the request against the policy, then writes headers, marker and audit record (in that order;
 * the audit record is queued locally before any network). Returns the record.
 */
export async function recordOverride(
  item: ComposeItemLike,
  policy: Policy,
  request: OverrideRequest,
  queue: AuditQueue,
  budget: Budget
): Promise<AuditRecord> {
  const scope = overrideScope(policy, request.hits, request.user);
  if (!scope.allowed) throw new OverrideRefused("not-allowed");
  if (!reasonsFor(policy, scope.rules).some((r) => r.code === request.reasonCode))
    throw new OverrideRefused("unknown-reason");
  if (!isExplanationEnough(request.reasonText)) throw new OverrideRefused("explanation-too-short");

  const at = request.at ?? new Date();
  const allRules = Array.from(
    new Set([...request.hits.map((h) => h.rule), ...(request.confirmedRules ?? [])])
  );
  await setOverrideHeaders(
    item,
    { action: request.action, rules: request.hits.map((h) => h.rule) },
    { reason: request.reasonCode, by: request.user.address, at: at.toISOString() },
    budget
  );
  await writeConfirmation(item, request.draft, allRules, request.reasonCode, at, budget);
  const record = buildOverrideRecord({
    hits: request.hits,
    action: request.action,
    recipients: request.recipients,
    user: request.user.address,
    reasonCode: request.reasonCode,
    reasonText: request.reasonText,
    at,
  });
  await queue.append(record);
  return record;
}

/**
 * The marker alone, for warn rules the user confirmed in the pane (no grant or reason needed): the send
 * handler then lets this exact draft go without asking again.
 */
export function writeConfirmation(
  item: ComposeItemLike,
  draft: Draft,
  rules: readonly RuleId[],
  reason: string | undefined,
  at: Date,
  budget: Budget
): Promise<void> {
  const marker: OverrideMarker = {
    v: 1,
    fingerprint: draftFingerprint(draft),
    rules: [...rules],
    at: at.toISOString(),
  };
  if (reason) marker.reason = reason;
  return writeOverrideMarker(item, marker, budget);
}
