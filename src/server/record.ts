/**
 * Validation of incoming audit events. Strict: an unknown field is refused (400), and every value has a
 * narrow shape (ids, codes, domains, counts), so message content, names, numbers or attachment names have
 * nowhere to go. The one free text, the reason's explanation, is re-checked with the engine's recognisers.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { ACTIONS, CATEGORIES, FINDING_TYPES, RECIPIENT_CLASSES } from "../engine/types";
import { checkReason, reasonMessage, MAX_REASON_LENGTH } from "./reasonCheck";
import { AUDIT_CLIENTS, AUDIT_KINDS, type AuditEvent, type OverrideRequest } from "./types";

/** Field names that mean message content: refused with their own message, not just "unknown field". */
const CONTENT_FIELDS = new Set([
  "subject",
  "body",
  "text",
  "content",
  "html",
  "snippet",
  "findingtexts",
  "attachments",
  "attachmentnames",
  "filename",
  "filenames",
  "recipients",
  "to",
  "cc",
  "bcc",
  "from",
  "names",
  "name",
  "patient",
  "bsn",
  "phone",
  "address",
  "addresses",
  "birthdate",
]);

const ruleId = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, "not a rule id");
// a domain: labels of letters, digits and hyphens; no local part, no spaces
const domain = z
  .string()
  .max(253)
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/,
    "not a domain"
  );
const count = z.number().int().min(0).max(100000);
const user = z
  .string()
  .max(254)
  .regex(/^[a-z0-9._%+'-]{1,64}@[a-z0-9.-]{1,189}$/, "not the user's address (lower case)");
const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "not a UUID");

const reason = z.strictObject({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "not a reason code"),
  text: z.string().max(MAX_REASON_LENGTH).optional(),
});

const eventShape = {
  v: z.literal(1),
  id: uuid,
  kind: z.enum(AUDIT_KINDS),
  at: z.iso.datetime({ offset: true }),
  user,
  action: z.enum(ACTIONS).optional(),
  rules: z.array(ruleId).max(32),
  findings: z.partialRecord(z.enum(FINDING_TYPES), count),
  category: z.enum(CATEGORIES).optional(),
  recipientDomains: z.array(domain).max(500),
  recipientClasses: z.partialRecord(z.enum(RECIPIENT_CLASSES), count).optional(),
  client: z.enum(AUDIT_CLIENTS).optional(),
  field: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,31}$/, "not a field of care")
    .optional(),
  reason: reason.optional(),
  recipientHash: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,128}$/, "not a hash")
    .optional(),
};

const eventSchema = z.strictObject(eventShape);
const overrideSchema = z.strictObject({
  ...eventShape,
  kind: z.literal("override").optional(),
  fingerprint: z.string().regex(/^[A-Za-z0-9_:.+/=-]{8,256}$/, "not a fingerprint"),
});

export class RecordError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** the checked reason's problems, for the pane to show */
    readonly problems?: string[]
  ) {
    super(message);
    this.name = "RecordError";
  }
}

/** A message that names the field but never echoes its value. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0];
    const where = [...issue.path, key].join(".");
    return CONTENT_FIELDS.has(key.toLowerCase())
      ? `field "${where}" is refused: message content, names, numbers and attachment names are never stored`
      : `unknown field "${where}"`;
  }
  const where = issue.path.length ? issue.path.join(".") : "(root)";
  return `field "${where}": ${issue.message}`;
}

/** Rules that only make sense per kind. */
function checkKind(e: AuditEvent, now: number): void {
  const at = Date.parse(e.at);
  if (at > now + 24 * 3600 * 1000) throw new RecordError('field "at": in the future', 400);
  if ((e.kind === "consent" || e.kind === "consent-withdrawn") && !e.recipientHash)
    throw new RecordError(`a ${e.kind} event needs recipientHash`, 400);
  if (e.kind !== "consent" && e.kind !== "consent-withdrawn" && e.recipientHash)
    throw new RecordError(`a ${e.kind} event has no recipientHash`, 400);
  if (e.kind === "override" && !e.reason)
    throw new RecordError("an override needs a reason code", 400);
  if (e.reason?.text) {
    const check = checkReason(e.reason.text);
    if (!check.ok) throw new RecordError(reasonMessage(check), 400, check.problems);
  }
}

function normalize(e: AuditEvent): AuditEvent {
  const out: AuditEvent = {
    ...e,
    rules: Array.from(new Set(e.rules)).sort(),
    recipientDomains: Array.from(new Set(e.recipientDomains)).sort(),
  };
  if (out.reason) {
    const text = out.reason.text?.trim();
    out.reason = text ? { code: out.reason.code, text } : { code: out.reason.code };
  }
  return out;
}

/** Parses and checks a posted event; throws RecordError (400) with a message that echoes no value. */
export function parseAuditEvent(input: unknown, now: number = Date.now()): AuditEvent {
  if (!input || typeof input !== "object" || Array.isArray(input))
    throw new RecordError("the body must be one JSON object", 400);
  const r = eventSchema.safeParse(input);
  if (!r.success) throw new RecordError(describe(r.error), 400);
  const e = normalize(r.data as AuditEvent);
  checkKind(e, now);
  return e;
}

/** Parses a `POST /api/override` body: the override event plus the draft's fingerprint. */
export function parseOverrideRequest(
  input: unknown,
  now: number = Date.now()
): { event: AuditEvent; fingerprint: string } {
  if (!input || typeof input !== "object" || Array.isArray(input))
    throw new RecordError("the body must be one JSON object", 400);
  const r = overrideSchema.safeParse(input);
  if (!r.success) throw new RecordError(describe(r.error), 400);
  const { fingerprint, ...rest } = r.data as OverrideRequest;
  const e = normalize({ ...rest, kind: "override" });
  checkKind(e, now);
  return { event: e, fingerprint };
}

/** Canonical JSON (sorted keys) of the event: same content, same hash, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export function contentHash(e: AuditEvent): string {
  return createHash("sha256").update(canonicalJson(e)).digest("base64url");
}
