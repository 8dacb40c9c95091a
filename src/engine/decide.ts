import { RULES } from "./rules";
import type { RuleInput } from "./rules/rule";
import { mayOverride, ruleAction, type Policy } from "./policy";
import { t } from "../i18n";
import { strongest, type RuleHit, type RuleId, type Verdict } from "./types";
import { SOURCES } from "./rules/sources";

/**
 * RuleHits -> Verdict: the verdict's action is the strongest hit's, after the policy's per-rule on/off and
 * action overrides. A rule that throws is not skipped: its hit carries the policy's onError action (fail closed).
 */
export function decide(input: RuleInput): Verdict {
  const hits: RuleHit[] = [];
  for (const rule of RULES) {
    if (ruleAction(input.policy, rule.id, "warn") === null) continue;
    let hit: RuleHit | null;
    try {
      hit = rule.evaluate(input);
    } catch {
      hit = {
        rule: rule.id,
        action: input.policy.onError,
        findings: [],
        explanation: t(input.language, "rule.error"),
        source: SOURCES.decisionTree,
      };
      hits.push(hit);
      continue;
    }
    if (!hit) continue;
    const action = ruleAction(input.policy, rule.id, hit.action);
    if (action === null) continue;
    hits.push(action === hit.action ? hit : { ...hit, action });
  }
  return { action: strongest(hits.map((h) => h.action)), hits };
}

/** Rules no marker ever lets through: the handbook forbids these forms outright (002, Praktijkregels). */
export const NEVER_OVERRIDDEN: readonly RuleId[] = ["password-in-mail", "visible-group-recipients"];

/**
 * An override marker as the send handler found it for this draft: its claims, and whether the practice
 * service's signature over them was verified (the shell checks the signature; the engine decides what it
 * is worth). Any field the shell could not establish makes the marker count for nothing.
 */
export interface OverrideEvidence {
  /** the draft fingerprint the marker was made for */
  fingerprint: string;
  rules: readonly RuleId[];
  /** the mailbox that overrode */
  user: string;
  /** expiry, seconds since 1970 */
  exp: number;
  /** the signature of the policy's signing service over exactly these claims was verified */
  signed: boolean;
}

/** What the send handler knows besides the draft's own verdict. */
export interface SendState {
  /** fingerprint of the draft being sent now */
  fingerprint: string;
  /** the mailbox sending it (Office's userProfile) */
  sender: string;
  /** the policy's secure-channel trigger is already on the draft */
  routed: boolean;
  marker: OverrideEvidence | null;
  /** ms since 1970 */
  now: number;
}

export type SendOutcome = "allow" | "override" | "already-routed" | "stop";

export interface SendDecision {
  /** the hits that still stand; the verdict's action is the strongest of them */
  verdict: Verdict;
  outcome: SendOutcome;
  /** rules the marker was allowed to cover (for the record; empty without a marker) */
  overridden: RuleId[];
}

/**
 * May this marker meet this hit? Warn hits: the user confirmed them in the pane (the alert offers Send
 * Anyway for them anyway). Block hits and NEVER_OVERRIDDEN rules: never. Secure hits: only for a user a
 * grant names, and only with the service's signature when the policy names a service, or when the policy
 * allows unsigned overrides.
 */
function markerMeets(hit: RuleHit, marker: OverrideEvidence, policy: Policy): boolean {
  if (marker.rules.indexOf(hit.rule) < 0) return false;
  if (NEVER_OVERRIDDEN.indexOf(hit.rule) >= 0 || hit.action === "block") return false;
  if (hit.action === "warn" || hit.action === "allow") return true;
  if (!mayOverride(policy, hit.rule, { address: marker.user })) return false;
  if (policy.overrides.signature) return marker.signed;
  return policy.overrides.unsigned === "granted";
}

/**
 * The verdict at Send, decided once: the draft's hits, less those met by the secure route already on the
 * draft and by a valid override marker for exactly this draft and this user. Everything the client
 * supplies (marker, route) is checked here against the policy, never trusted as a filter.
 */
export function decideSend(verdict: Verdict, policy: Policy, state: SendState): SendDecision {
  const m = state.marker;
  const sender = state.sender.trim().toLowerCase();
  const valid =
    m !== null &&
    typeof m.fingerprint === "string" &&
    m.fingerprint === state.fingerprint &&
    Array.isArray(m.rules) &&
    typeof m.user === "string" &&
    sender.length > 0 &&
    m.user.trim().toLowerCase() === sender &&
    typeof m.exp === "number" &&
    m.exp * 1000 > state.now;
  const overridden: RuleId[] = [];
  let routedAway = 0;
  const open = verdict.hits.filter((h) => {
    if (state.routed && h.action === "secure") {
      routedAway++;
      return false;
    }
    if (valid && markerMeets(h, m as OverrideEvidence, policy)) {
      if (overridden.indexOf(h.rule) < 0) overridden.push(h.rule);
      return false;
    }
    return true;
  });
  const action = strongest(open.map((h) => h.action));
  const outcome: SendOutcome =
    action !== "allow"
      ? "stop"
      : overridden.length
        ? "override"
        : routedAway
          ? "already-routed"
          : "allow";
  return { verdict: { action, hits: open }, outcome, overridden };
}
