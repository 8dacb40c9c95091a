import * as z from "zod/mini";
// the one locale by name, so bundlers drop the other ~45 (z.locales.en would keep them all in esbuild)
import { en } from "zod/locales";
import { ACTIONS, RULE_IDS, type Action, type RuleId } from "./types";

/**
 * The practice's policy. Validated with zod; every field has a default that follows the handbook.
 * A policy file that does not validate is an error naming the field, never a silent "allow".
 * docs/policy.schema.json is generated from this schema (see test/unit/policy.test.ts).
 *
 * zod/mini, not classic zod: this file is in the send-time bundle Outlook must load within its Send
 * budget, and mini tree-shakes to the schema kinds used here. It brings no error texts of its own, so the
 * English locale is set when the schema is built (classic zod sets the same one on import).
 */

/** Handbook 002 "De context van het werkveld" and the practice-rule examples name these fields of care. */
export const CARE_TYPES = [
  "huisarts",
  "tandarts",
  "fysiotherapie",
  "apotheek",
  "GGZ",
  "SOA",
  "fertiliteit",
  "jeugdzorg",
  "verslavingszorg",
  "ziekenhuis",
  "other",
] as const;
export type CareType = (typeof CARE_TYPES)[number];

/** 002 "De context van het werkveld": here even an appointment or practice mail to one patient is sensitive. */
export const SENSITIVE_CARE_TYPES: readonly CareType[] = [
  "GGZ",
  "SOA",
  "fertiliteit",
  "jeugdzorg",
  "verslavingszorg",
];

/** 002 Toolkit, Communicatietoolkit "Communicatie naar patiënten": the model text under every secure mail. */
export const MODEL_PATIENT_NOTICE = {
  nl: "Voor het versturen van deze e-mail maken we gebruik van een veilige e-maildienst. Hierdoor zorgen we ervoor dat de medische gegevens die we met u delen beveiligd zijn. Alleen u kunt deze e-mail inzien. Wilt u er meer over weten? Ga dan naar onze website voor meer informatie.",
  en: "We send this e-mail through a secure e-mail service. This keeps the medical information we share with you protected. Only you can read this e-mail. Want to know more? Visit our website for more information.",
};

/** A policy file's override reason as written (defaults filled in by the schema). */
interface OverrideReasonInput {
  code: string;
  label: { nl: string; en: string };
  rules?: RuleId[];
  requiresText?: boolean;
}

/**
 * 002 Praktijkregels "Verzendingsgronden": AVG grounds for sending, agreed with the FG. Consent is deliberately
 * absent: 002 "ook al geeft de patiënt expliciet toestemming ... mag je niet op een dergelijk verzoek ingaan".
 */
export const DEFAULT_OVERRIDE_REASONS: OverrideReasonInput[] = [
  {
    code: "vital-interest",
    label: {
      nl: "Vitaal belang: spoed, de patiënt of een ander loopt gevaar (AVG art. 6 lid 1d)",
      en: "Vital interest: urgent, the patient or someone else is at risk (GDPR art. 6(1)(d))",
    },
  },
  {
    code: "legal-obligation",
    label: {
      nl: "Wettelijke plicht (AVG art. 6 lid 1c)",
      en: "Legal obligation (GDPR art. 6(1)(c))",
    },
  },
  {
    code: "recipient-cannot-receive-secure",
    label: {
      nl: "Ontvanger is geïnformeerd en kan geen beveiligde mail ontvangen",
      en: "Recipient was informed and cannot receive secure mail",
    },
    requiresText: true,
  },
];

const CONSENT_CODE = /toestemming|consent/;

/** What happens to pictures sent outside the practice (`extraction.images`). */
export type ImagesPolicy = "allow" | "warn" | "secure";

/**
 * The schema, built on first use: constructing some hundred zod schemas took about half of the engine's
 * load time, and checking a mail needs only DEFAULT_POLICY (written out below).
 */
function buildSchemas() {
  z.config(en());

  const domain = z
    .string()
    .check(
      z.trim(),
      z.toLowerCase(),
      z.regex(/^[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, "must be a domain such as praktijk.nl")
    );

  const localized = z
    .strictObject({
      nl: z.string().check(z.minLength(1)),
      en: z.string().check(z.minLength(1)),
    })
    .check(z.describe("text in Dutch and English"));

  const secureChannelTrigger = z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("header"),
      /** internet header an Exchange mail-flow rule routes through the secure connector */
      name: z
        .string()
        .check(
          z.regex(/^[Xx]-[A-Za-z0-9-]+$/, "must be an internet header name starting with x-"),
          z.describe(
            "internet header an Exchange mail-flow rule routes through the secure connector"
          )
        ),
      value: z.string().check(z.minLength(1)),
    }),
    z.strictObject({
      kind: z.literal("subjectTag"),
      /** tag the secure-mail gateway recognises in the subject, e.g. "[veilig]" */
      tag: z
        .string()
        .check(
          z.trim(),
          z.minLength(1),
          z.describe('tag the secure-mail gateway recognises in the subject, e.g. "[veilig]"')
        ),
    }),
    z.strictObject({
      kind: z.literal("sensitivityLabel"),
      /** Microsoft Purview sensitivity label id (a GUID) with encryption */
      labelId: z
        .string()
        .check(
          z.regex(
            /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/,
            "must be a label GUID"
          )
        ),
    }),
  ]);

  const ruleSetting = z.strictObject({
    enabled: z._default(z.boolean(), true),
    /** replaces the rule's own action, e.g. "block" instead of "secure" for a practice without secure mail */
    action: z
      .optional(z.enum(ACTIONS))
      .check(
        z.describe(
          'replaces the rule\'s own action, e.g. "block" instead of "secure" for a practice without secure mail'
        )
      ),
  });

  const address = z
    .string()
    .check(
      z.trim(),
      z.toLowerCase(),
      z.regex(/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/, "must be an e-mail address")
    );

  /**
   * A member of a role: an address, or an address with `*` in the part before the @ (e.g.
   * "dr.*@praktijk.nl" when the practice names its clinicians' mailboxes that way). A lone "*@domain"
   * would hand the role to every mailbox of the domain, assistants included, so it is refused.
   */
  const roleMember = z.string().check(
    z.trim(),
    z.toLowerCase(),
    z.regex(
      // at least one character before the @ that is not *: "*@domain" is refused
      /^\**[^@\s*][^@\s]*@[^@\s*]+\.[A-Za-z]{2,}$/,
      'must be an e-mail address, or one with * before the @ such as "dr.*@praktijk.nl" (not "*@domain": name the people)'
    )
  );

  const overrideGrant = z
    .strictObject({
      /** the rules this grant lets someone override */
      rules: z
        .array(z.enum(RULE_IDS))
        .check(z.minLength(1), z.describe("the rules this grant lets someone override")),
      /** roles (as the deployment assigns them, e.g. "zorgverlener") that may override */
      roles: z._default(z.array(z.string().check(z.minLength(1))), []),
      /** individual mailboxes that may override */
      addresses: z._default(z.array(address), []),
    })
    .check(
      z.refine((g) => g.roles.length > 0 || g.addresses.length > 0, {
        message: "name at least one role or address",
        path: ["roles"],
      })
    );

  const overrideReason = z.strictObject({
    /** stable code written to the audit record */
    code: z
      .string()
      .check(
        z.regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and dashes"),
        z.describe("stable code written to the audit record")
      ),
    label: localized,
    /** the rules this reason may be given for; empty = every rule the user may override */
    rules: z
      ._default(z.array(z.enum(RULE_IDS)), [])
      .check(
        z.describe(
          "the rules this reason may be given for; empty = every rule the user may override"
        )
      ),
    /** the user must add a short free text (never stored with message content) */
    requiresText: z._default(z.boolean(), false),
  });

  /**
   * An https:// URL, checked by pattern rather than zod's url(): that one needs the `URL` global, which
   * classic Outlook's JavaScript-only runtime does not promise (issue 13: building the policy threw there).
   */
  const httpsUrl = (describe: string) =>
    z
      .string()
      .check(
        z.regex(/^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[^\s]*)?$/, "must be an https:// URL"),
        z.describe(describe)
      );

  /** base64url without padding, as JWK coordinates are written (RFC 7518 6.2.1). */
  const base64url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, "must be base64url"));

  /**
   * The practice service that signs override markers (issue 14). With it, an override marker counts only
   * with the service's ES256 signature; the client never holds a key that can make one.
   */
  const overrideSignature = z.strictObject({
    /** the service's public key: an EC P-256 JWK (kty, crv, x, y) */
    publicKey: z
      .strictObject({
        kty: z.literal("EC"),
        crv: z.literal("P-256"),
        x: base64url.check(z.length(43)),
        y: base64url.check(z.length(43)),
        kid: z.optional(z.string()),
        alg: z.optional(z.literal("ES256")),
        use: z.optional(z.literal("sig")),
      })
      .check(
        z.describe("the service's public key that verifies override markers: an EC P-256 JWK")
      ),
    /** where the task pane asks the service to record the override and sign its marker */
    url: httpsUrl(
      "where the task pane asks the service to record the override and sign its marker"
    ),
  });

  /** A whole number above zero, as classic zod's number().int().positive(). */
  const positiveInt = () => z.number().check(z.int(), z.positive());

  const extractionLimits = z.strictObject({
    /** total decompressed bytes over all attachments */
    maxTotalBytes: z._default(positiveInt(), 50 * 1024 * 1024),
    /** decompressed / compressed; beyond this an archive counts as a zip bomb */
    maxCompressionRatio: z
      ._default(z.number().check(z.positive()), 100)
      .check(z.describe("decompressed / compressed; beyond this an archive counts as a zip bomb")),
    maxNestingDepth: z
      ._default(z.number().check(z.int(), z.minimum(0), z.maximum(10)), 3)
      .check(z.describe("archives inside archives")),
    maxEntries: z._default(positiveInt(), 1000).check(z.describe("files in one archive")),
    maxPages: z._default(positiveInt(), 200).check(z.describe("PDF pages read per attachment")),
    /** time for all extraction of one draft */
    timeBudgetMs: z
      ._default(positiveInt(), 4000)
      .check(z.describe("time for all extraction of one draft")),
    /** pictures sent outside the practice; nothing reads the text in a picture (no OCR) */
    images: z
      ._default(z.enum(["allow", "warn", "secure"]), "warn")
      .check(
        z.describe(
          "pictures sent outside the practice (no OCR): allow = judged by name, shape and the mail's care context; warn (default) = also ask to confirm a camera photo or a page-shaped picture; secure = every picture but small logos goes through the secure channel"
        )
      ),
  });

  const PolicySchema = z.strictObject({
    /** lets editors find docs/policy.schema.json; ignored by the engine */
    $schema: z
      .optional(z.string())
      .check(z.describe("lets editors find docs/policy.schema.json; ignored by the engine")),
    /** the practice's own domains; empty = the From address's domain */
    practiceDomains: z._default(z.array(domain), []),
    /** extra secure-network domains next to ZorgMail and KPN SecureMail */
    secureDomains: z
      ._default(z.array(domain), [])
      .check(z.describe("extra secure-network domains next to ZorgMail and KPN SecureMail")),
    /** colleague domains the practice writes to (e.g. the regional hospital): typos of these are flagged too */
    knownDomains: z._default(z.array(domain), []),
    careType: z
      ._default(z.enum(CARE_TYPES), "huisarts")
      .check(z.describe("field of care (handbook 002, De context van het werkveld)")),
    /** appointment and practice mail to one patient needs the secure channel; default follows careType */
    appointmentMailSensitive: z
      .optional(z.boolean())
      .check(
        z.describe(
          "appointment and practice mail to one patient needs the secure channel; default follows careType"
        )
      ),
    /**
     * Handbook 002, second decision tree: logistic or general mail to one patient who consented to regular
     * e-mail may go by regular mail, outside a sensitive field. The user records the consent once per address.
     */
    consent: z
      ._default(
        z.strictObject({
          enabled: z._default(z.boolean(), true),
        }),
        { enabled: true }
      )
      .check(
        z.describe(
          "consent to regular e-mail for logistic/general mail to one patient (002, second decision tree); never for medical content, a BSN, attachments with health data or a sensitive field"
        )
      ),
    /** check the salutation against the recipient (recipient-mismatch) also when every recipient is internal */
    salutationCheckInternal: z
      ._default(z.boolean(), false)
      .check(
        z.describe(
          "check the salutation against the recipient (recipient-mismatch) also when every recipient is internal"
        )
      ),
    /** this many private addresses visible to each other in To/Cc make a group mail that must use Bcc */
    visibleGroupMinimum: z._default(z.number().check(z.int(), z.minimum(2)), 3),
    secureChannel: z
      ._default(
        z.strictObject({
          trigger: z
            ._default(secureChannelTrigger, { kind: "subjectTag", tag: "[veilig]" })
            .check(
              z.describe(
                "how the secure mail service is triggered: an internet header, a subject tag or a sensitivity label"
              )
            ),
          /** automatic: route without asking; click: the user presses "Verstuur beveiligd" */
          routing: z
            ._default(z.enum(["automatic", "click"]), "click")
            .check(
              z.describe(
                'automatic: route without asking; click: the user presses "Verstuur beveiligd"'
              )
            ),
        }),
        { trigger: { kind: "subjectTag", tag: "[veilig]" }, routing: "click" }
      )
      .check(z.describe("the practice's secure mail channel (NTA 7516)")),
    overrides: z
      ._default(
        z.strictObject({
          grants: z._default(z.array(overrideGrant), [
            {
              rules: ["secure-channel-required", "unencrypted-attachment"],
              roles: ["zorgverlener"],
              addresses: [],
            },
          ]),
          reasons: z._default(
            z.array(overrideReason).check(z.minLength(1)),
            DEFAULT_OVERRIDE_REASONS.map((r) => overrideReason.parse(r))
          ),
          /** who holds each role the grants name: Outlook tells the add-in only the user's address */
          roles: z
            ._default(
              z.record(
                z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, "must be letters, digits, - or _")),
                z.array(roleMember)
              ),
              {}
            )
            .check(
              z.describe(
                'who holds each role the grants name, e.g. { "zorgverlener": ["dokter@praktijk.nl"] }; Outlook tells the add-in only the user\'s address'
              )
            ),
          /** with the practice service: only markers it signed count (see overrideSignature) */
          signature: z
            .optional(overrideSignature)
            .check(
              z.describe(
                "the practice service that signs override markers; with it, only signed markers let a mail go"
              )
            ),
          /**
           * Without `signature`: does an unsigned override marker count? "granted" (default): for the rules a
           * grant lets that user override; "never": no unsigned override, every stop needs the fix.
           */
          unsigned: z
            ._default(z.enum(["granted", "never"]), "granted")
            .check(
              z.describe(
                'without a signing service: "granted" lets an unsigned override count for the rules a grant lets that user override, "never" refuses every unsigned override'
              )
            ),
        }),
        {
          grants: [
            {
              rules: ["secure-channel-required", "unencrypted-attachment"],
              roles: ["zorgverlener"],
              addresses: [],
            },
          ],
          reasons: DEFAULT_OVERRIDE_REASONS.map((r) => overrideReason.parse(r)),
          roles: {},
          unsigned: "granted",
        }
      )
      .check(
        z.superRefine((o, ctx) => {
          o.reasons.forEach((r, i) => {
            const forSecure = r.rules.length === 0 || r.rules.includes("secure-channel-required");
            if (forSecure && CONSENT_CODE.test(r.code))
              ctx.addIssue({
                code: "custom",
                path: ["reasons", i, "code"],
                message:
                  "patient consent is no ground to send health information unsecured (handbook 002, Toolkit)",
              });
          });
        }),
        z.describe(
          "who may override which rules, and the reasons they may give (002 Praktijkregels, Verzendingsgronden)"
        )
      ),
    /** what happens when the guard itself fails: stop the mail (default) or let it go with a warning */
    onError: z
      ._default(z.enum(["block", "warn"]), "block")
      .check(
        z.describe(
          "what happens when the guard itself fails: stop the mail (default) or let it go with a warning"
        )
      ),
    /** per rule: on/off and an action override */
    rules: z._default(z.partialRecord(z.enum(RULE_IDS), ruleSetting), {}),
    patientNotice: z
      ._default(
        z.strictObject({
          /** append the notice to secure mails to patients (private addresses) */
          enabled: z
            ._default(z.boolean(), true)
            .check(z.describe("append the notice to secure mails to patients (private addresses)")),
          text: z
            ._default(localized, MODEL_PATIENT_NOTICE)
            .check(z.describe("default: the model text of handbook 002, Communicatietoolkit")),
        }),
        { enabled: true, text: MODEL_PATIENT_NOTICE }
      )
      .check(z.describe("notice appended to secure mails to patients")),
    language: z
      ._default(z.enum(["nl", "en"]), "nl")
      .check(z.describe("language of the explanations when Outlook gives none")),
    /** HTTPS endpoint that receives audit records (rule ids, counts, domains, reason; never content) */
    auditEndpoint: z.optional(
      httpsUrl(
        "HTTPS endpoint that receives audit records (rule ids, counts, domains, reason; never content)"
      )
    ),
    /**
     * The add-in's own API registration in Entra ID (issue 14): the pane asks for an access token with
     * nested app authentication (MSAL) for this client id and scope, else with Office SSO (the manifest's
     * WebApplicationInfo); the send handler uses Office SSO only. Without it the pane uses Office SSO.
     */
    serviceAuth: z.optional(
      z
        .strictObject({
          clientId: z
            .string()
            .check(z.regex(/^[0-9a-fA-F-]{36}$/, "must be an application (client) id")),
          scope: z
            .string()
            .check(
              z.regex(
                /^(api:\/\/|https:\/\/)\S+\/[A-Za-z0-9_.-]+$/,
                "must be the API's scope, e.g. api://host/<client-id>/access_as_user"
              )
            ),
        })
        .check(
          z.describe(
            "the add-in's API in Entra ID: nested app authentication client id and scope (access_as_user) for the tokens the practice service checks"
          )
        )
    ),
    /** days the practice service (`zorgvuldig serve`) keeps audit records; the service's default is 365 */
    auditRetentionDays: z
      .optional(z.number().check(z.int(), z.minimum(1), z.maximum(3650)))
      .check(
        z.describe(
          "days the practice service (zorgvuldig serve) keeps audit records; the service's default is 365"
        )
      ),
    extraction: z
      ._default(extractionLimits, extractionLimits.parse({}))
      .check(
        z.describe("limits for reading attachments; beyond them an attachment counts as unreadable")
      ),
  });
  return { PolicySchema, overrideReason };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The zod schema of policy files (docs/policy.schema.json is generated from it). */
export function policySchema(): Schemas["PolicySchema"] {
  if (!schemas) schemas = buildSchemas();
  return schemas.PolicySchema;
}

export type Policy = z.infer<Schemas["PolicySchema"]>;
export type PolicyInput = z.input<Schemas["PolicySchema"]>;

export class PolicyError extends Error {
  constructor(
    message: string,
    readonly field: string
  ) {
    super(message);
    this.name = "PolicyError";
  }
}

export function parsePolicy(input: unknown): Policy {
  if (input === undefined || input === null)
    throw new PolicyError('policy field "(root)": no policy given', "(root)");
  const r = policySchema().safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
  const field = path.length ? path.map(String).join(".") : "(root)";
  const message = issue.code === "unrecognized_keys" ? "unknown field" : issue.message;
  throw new PolicyError(`policy field "${field}": ${message}`, field);
}

/**
 * parsePolicy({}) written out (test/unit/policy.test.ts checks they are equal), so that loading the
 * engine does not build the schema: a policy file changes a field here only through parsePolicy.
 */
export const DEFAULT_POLICY: Policy = {
  practiceDomains: [],
  secureDomains: [],
  knownDomains: [],
  careType: "huisarts",
  consent: { enabled: true },
  salutationCheckInternal: false,
  visibleGroupMinimum: 3,
  secureChannel: { trigger: { kind: "subjectTag", tag: "[veilig]" }, routing: "click" },
  overrides: {
    grants: [
      {
        rules: ["secure-channel-required", "unencrypted-attachment"],
        roles: ["zorgverlener"],
        addresses: [],
      },
    ],
    reasons: DEFAULT_OVERRIDE_REASONS.map((r) => ({
      code: r.code,
      label: { nl: r.label.nl, en: r.label.en },
      rules: r.rules ?? [],
      requiresText: r.requiresText ?? false,
    })),
    roles: {},
    unsigned: "granted",
  },
  onError: "block",
  rules: {},
  patientNotice: {
    enabled: true,
    text: { nl: MODEL_PATIENT_NOTICE.nl, en: MODEL_PATIENT_NOTICE.en },
  },
  language: "nl",
  extraction: {
    maxTotalBytes: 50 * 1024 * 1024,
    maxCompressionRatio: 100,
    maxNestingDepth: 3,
    maxEntries: 1000,
    maxPages: 200,
    timeBudgetMs: 4000,
    images: "warn",
  },
};

/** 002 "De context van het werkveld": the policy's explicit choice, else what the field of care implies. */
export function appointmentMailIsSensitive(policy: Policy): boolean {
  return policy.appointmentMailSensitive ?? SENSITIVE_CARE_TYPES.includes(policy.careType);
}

/** The rule's action after the policy's override; null when the policy switches the rule off. */
export function ruleAction(policy: Policy, rule: RuleId, natural: Action): Action | null {
  const setting = policy.rules[rule];
  if (!setting) return natural;
  if (!setting.enabled) return null;
  return setting.action ?? natural;
}

/** Does a role member (an address, or one with `*` wildcards before the @) name this address? */
export function memberMatches(member: string, address: string): boolean {
  const a = address.trim().toLowerCase();
  if (member.indexOf("*") < 0) return member === a;
  // hand-built instead of a RegExp from the pattern: no escaping pitfalls, linear time
  const at = member.indexOf("@");
  if (a.slice(a.indexOf("@")) !== member.slice(at) || a.indexOf("@") < 0) return false;
  const local = a.slice(0, a.indexOf("@"));
  const parts = member.slice(0, at).split("*");
  if (local.indexOf(parts[0]) !== 0) return false;
  let pos = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = local.indexOf(parts[i], pos);
    if (found < 0) return false;
    pos = found + parts[i].length;
  }
  const last = parts[parts.length - 1];
  return local.length - last.length >= pos && local.slice(local.length - last.length) === last;
}

/** The roles the policy assigns to this address (overrides.roles), sorted. */
export function rolesOf(policy: Policy, address: string): string[] {
  const roles = policy.overrides.roles;
  return Object.keys(roles)
    .filter((role) => roles[role].some((m) => memberMatches(m, address)))
    .sort();
}

/**
 * May this user override this rule? By address in a grant, or by a role the grant names: the roles the
 * policy assigns to the address plus any the caller passes. Addresses are compared lower-case.
 */
export function mayOverride(
  policy: Policy,
  rule: RuleId,
  user: { address: string; roles?: readonly string[] }
): boolean {
  const address = user.address.trim().toLowerCase();
  const roles = [...(user.roles ?? []), ...rolesOf(policy, address)];
  return policy.overrides.grants.some(
    (g) =>
      g.rules.includes(rule) &&
      (g.addresses.includes(address) || roles.some((r) => g.roles.includes(r)))
  );
}

/** The reasons a user may pick when overriding this rule. */
export function overrideReasons(policy: Policy, rule: RuleId): Policy["overrides"]["reasons"] {
  return policy.overrides.reasons.filter((r) => r.rules.length === 0 || r.rules.includes(rule));
}
