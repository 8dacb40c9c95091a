import { z } from "zod";

/**
 * The practice's policy. Validated with zod; every field has a default that follows the handbook.
 * A policy file that does not validate is an error naming the field, never a silent "allow".
 */

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "must be a domain such as praktijk.nl");

export const PolicySchema = z
  .object({
    /** the practice's own domains; empty = the From address's domain */
    practiceDomains: z.array(domain).default([]),
    /** extra secure-network domains next to ZorgMail and KPN SecureMail */
    secureDomains: z.array(domain).default([]),
    language: z.enum(["nl", "en"]).default("nl"),
    /** what happens when the guard itself fails: stop the mail (default) or let it go with a warning */
    onError: z.enum(["block", "warn"]).default("block"),
  })
  .strict();

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

export class PolicyError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = "PolicyError";
  }
}

export function parsePolicy(input: unknown): Policy {
  const r = PolicySchema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue.path.length ? issue.path.join(".") : "(root)";
  throw new PolicyError(`policy field "${field}": ${issue.message}`, field);
}

export const DEFAULT_POLICY: Policy = parsePolicy({});
