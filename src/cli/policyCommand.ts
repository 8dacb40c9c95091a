import { toJSONSchema } from "zod/mini";
import { appointmentMailIsSensitive, PolicySchema, type Policy } from "../engine/policy";
import { RULE_IDS } from "../engine/types";

export const POLICY_USAGE = `  zorgvuldig policy check FILE                                   validate a policy file and print the effective policy
  zorgvuldig policy schema                                       print the JSON Schema of policy files (docs/policy.schema.json)`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The JSON Schema admins validate their policy file against: what may be written, so the input side of zod. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = toJSONSchema(PolicySchema, { io: "input", target: "draft-2020-12" }) as Record<
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

/** A few lines an admin reads before the full JSON: what this policy means in practice. */
export function describePolicy(policy: Policy): string[] {
  const trigger = policy.secureChannel.trigger;
  const how =
    trigger.kind === "header"
      ? `header ${trigger.name}: ${trigger.value}`
      : trigger.kind === "subjectTag"
        ? `subject tag ${trigger.tag}`
        : `sensitivity label ${trigger.labelId}`;
  const off = RULE_IDS.filter((r) => policy.rules[r]?.enabled === false);
  const changed = RULE_IDS.filter((r) => policy.rules[r]?.action).map(
    (r) => `${r} -> ${policy.rules[r]?.action}`
  );
  return [
    `practice domains:   ${policy.practiceDomains.join(", ") || "(the sender's domain)"}`,
    `secure networks:    lms.lifeline.nl, ezorg.nl${policy.secureDomains.length ? ", " + policy.secureDomains.join(", ") : ""}`,
    `care type:          ${policy.careType} (appointment mail to one patient ${appointmentMailIsSensitive(policy) ? "is" : "is not"} sensitive)`,
    `secure channel:     ${how}, routing ${policy.secureChannel.routing}`,
    `rules switched off: ${off.join(", ") || "none"}`,
    `action overrides:   ${changed.join(", ") || "none"}`,
    `overrides:          ${policy.overrides.grants.map((g) => `${g.rules.join("+")} by ${[...g.roles, ...g.addresses].join(", ")}`).join("; ")}`,
    `override reasons:   ${policy.overrides.reasons.map((r) => r.code).join(", ")}`,
    `on internal error:  ${policy.onError}`,
    `language:           ${policy.language}`,
    `audit endpoint:     ${policy.auditEndpoint ?? "none"}`,
  ];
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
  io.out(`${file}: valid policy`);
  for (const line of describePolicy(policy)) io.out("  " + line);
  io.out("effective policy (defaults filled in):");
  const { $schema: _ignored, ...effective } = policy;
  io.out(JSON.stringify(effective, null, 2));
  return 0;
}
