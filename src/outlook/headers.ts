import type { Action, RuleId } from "../engine/types";
import { Budget, officeCall } from "./office";
import type { ComposeItemLike } from "./item";

/**
 * Internet headers that carry the verdict and an override with the mail itself, so an Exchange
 * mail-flow rule can notify the privacy officer. No content and no address (the headers travel to the
 * recipient): only rule ids, a reason code, the audit record's opaque id and a time. The audit record
 * (the practice service) says who overrode.
 */
export const VERDICT_HEADER = "X-Zorgvuldig-Verdict";
export const OVERRIDE_HEADER = "X-Zorgvuldig-Override";

export interface OverrideHeaderFields {
  reason: string;
  /** the audit record's id (opaque; the record says who) */
  id: string;
  /** ISO time */
  at: string;
}

/** Header values must be printable ASCII without our separators; anything else is dropped, not escaped. */
function headerSafe(value: string): string {
  return value.replace(/[^\x21-\x7e]/g, "").replace(/[;=,]/g, "");
}

/** e.g. `block; rules=secure-channel-required,password-in-mail` */
export function verdictHeaderValue(action: Action, rules: readonly RuleId[]): string {
  return `${action}; rules=${rules.map(headerSafe).join(",")}`;
}

/** e.g. `reason=vital-interest; id=0b7c6f9e-…; at=2026-11-22T08:00:00.000Z` */
export function overrideHeaderValue(o: OverrideHeaderFields): string {
  return `reason=${headerSafe(o.reason)}; id=${headerSafe(o.id)}; at=${headerSafe(o.at)}`;
}

/** Reads a `key=value; key=value` header back (mail-flow rules and tests). */
export function parseHeaderFields(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of value.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

export interface HeadersItem {
  internetHeaders?: ComposeItemLike["internetHeaders"];
}

/** Sets both headers in one call (Mailbox 1.8). Rejects when the client cannot set headers. */
export function setOverrideHeaders(
  item: HeadersItem,
  verdict: { action: Action; rules: readonly RuleId[] },
  override: OverrideHeaderFields,
  budget: Budget
): Promise<void> {
  const ih = item.internetHeaders;
  if (!ih) return Promise.reject(new Error("internetHeaders: unsupported"));
  const headers: Record<string, string> = {
    [VERDICT_HEADER]: verdictHeaderValue(verdict.action, verdict.rules),
    [OVERRIDE_HEADER]: overrideHeaderValue(override),
  };
  return officeCall<void>("internetHeaders.setAsync", (cb) => ih.setAsync(headers, cb), budget);
}
