import { toJSONSchema } from "zod/mini";
import { appointmentMailIsSensitive, policySchema, type Policy } from "../engine/policy";
import { PRIVATE_MAIL_DOMAINS } from "../engine/recipients";
import { RULE_IDS, type Language } from "../engine/types";
import { tc, terminalLanguage, type CliKey } from "../i18n/cli";
import { POLICY_USAGE } from "./main";

export { POLICY_USAGE };

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The JSON Schema admins validate their policy file against: what may be written, so the input side of zod. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = toJSONSchema(policySchema(), { io: "input", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: "https://zorgvuldig.example/policy.schema.json",
    title: "Zorgvuldig practice policy",
    description:
      "Policy for the Zorgvuldig send guard (handbook 'Veilig mailen, hoe regelen we dat?!', NTA 7516). Every field is optional; defaults follow the handbook. Generated from src/engine/policy.ts: do not edit by hand.",
    ...schema,
  };
}

export function policySchemaText(): string {
  return JSON.stringify(policyJsonSchema(), null, 2) + "\n";
}

/** A few lines an admin reads before the full JSON: what this policy means in practice, in words. */
export function describePolicy(policy: Policy, lang: Language = "en"): string[] {
  const trigger = policy.secureChannel.trigger;
  const how =
    trigger.kind === "header"
      ? tc(lang, "policy.trigger.header", { name: trigger.name, value: trigger.value })
      : trigger.kind === "subjectTag"
        ? tc(lang, "policy.trigger.subjectTag", { tag: trigger.tag })
        : tc(lang, "policy.trigger.label", { label: trigger.labelId });
  const none = tc(lang, "policy.none");
  const off = RULE_IDS.filter((r) => policy.rules[r]?.enabled === false);
  const changed = RULE_IDS.filter((r) => policy.rules[r]?.action).map(
    (r) => `${r} -> ${policy.rules[r]?.action}`
  );
  const grants = policy.overrides.grants.map(
    (g) => `${g.rules.join("+")}: ${[...g.roles, ...g.addresses].join(", ")}`
  );
  // Logistic mail about a person always goes securely (decision tree); the care type decides only
  // about a general practice mail to one patient (002, "De context van het werkveld").
  const appointment = tc(
    lang,
    appointmentMailIsSensitive(policy)
      ? "policy.appointment.sensitive"
      : "policy.appointment.notSensitive"
  );
  const rows: [CliKey, string][] = [
    [
      "policy.practiceDomains",
      policy.practiceDomains.join(", ") || tc(lang, "policy.practiceDomains.sender"),
    ],
    ["policy.secureNetworks", ["lms.lifeline.nl", "ezorg.nl", ...policy.secureDomains].join(", ")],
    ["policy.careType", `${policy.careType} (${appointment})`],
    [
      "policy.secureChannel",
      `${how}, ${tc(lang, "policy.routing", { routing: policy.secureChannel.routing })}`,
    ],
    ["policy.rulesOff", off.join(", ") || none],
    ["policy.actionOverrides", changed.join(", ") || none],
    ["policy.overrides", grants.join("; ") || tc(lang, "policy.nobody")],
    ["policy.reasons", policy.overrides.reasons.map((r) => r.code).join(", ")],
    ["policy.onError", policy.onError],
    ["policy.language", policy.language],
    ["policy.audit", policy.auditEndpoint ?? none],
  ];
  const width = Math.max(...rows.map(([k]) => tc(lang, k).length)) + 2;
  return rows.map(([k, v]) => `${(tc(lang, k) + ":").padEnd(width)}${v}`);
}

/** Fewer literal characters than this before the @ make a role pattern match almost anyone. */
const MIN_PATTERN_LITERALS = 3;

/** What a valid policy may still get wrong: public mail services as own or secure domains, catch-all roles. */
export function policyWarnings(policy: Policy, file: string, lang: Language): string[] {
  const warnings: string[] = [];
  const isPublic = (d: string): boolean => PRIVATE_MAIL_DOMAINS.indexOf(d.toLowerCase()) >= 0;
  for (const domain of policy.practiceDomains.filter(isPublic))
    warnings.push(tc(lang, "warn.publicPractice", { file, domain }));
  for (const domain of policy.secureDomains.filter(isPublic))
    warnings.push(tc(lang, "warn.publicSecure", { file, domain }));
  for (const [role, members] of Object.entries(policy.overrides.roles))
    for (const pattern of members) {
      if (pattern.indexOf("*") < 0) continue;
      const at = pattern.indexOf("@");
      const literals = pattern.slice(0, at < 0 ? pattern.length : at).replace(/\*/g, "").length;
      const domain = at < 0 ? "" : pattern.slice(at + 1);
      if (literals < MIN_PATTERN_LITERALS || isPublic(domain))
        warnings.push(tc(lang, "warn.broadRole", { file, pattern, role }));
    }
  return warnings;
}

/** `zorgvuldig policy check FILE` and `zorgvuldig policy schema`. Policy errors propagate to main (exit 1). */
export async function policyCommand(
  args: string[],
  io: Io,
  load: (file: string) => Promise<Policy>
): Promise<number> {
  const [sub, file, ...extra] = args;
  if (sub === "schema" && !file) {
    io.out(policySchemaText().trimEnd());
    return 0;
  }
  if (sub !== "check" || !file || extra.length) {
    io.err(`policy: usage\n${POLICY_USAGE}`);
    return 1;
  }
  const policy = await load(file);
  const lang = terminalLanguage(undefined);
  io.out(`${file}: valid policy`);
  for (const w of policyWarnings(policy, file, lang)) io.err(w);
  for (const line of describePolicy(policy, lang)) io.out("  " + line);
  io.out("effective policy (defaults filled in):");
  const { $schema: _ignored, ...effective } = policy;
  io.out(JSON.stringify(effective, null, 2));
  return 0;
}
