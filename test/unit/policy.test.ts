import { readFileSync } from "fs";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import {
  DEFAULT_POLICY,
  MODEL_PATIENT_NOTICE,
  PolicyError,
  appointmentMailIsSensitive,
  mayOverride,
  memberMatches,
  overrideReasons,
  parsePolicy,
  rolesOf,
} from "../../src/engine/policy";
import { decide } from "../../src/engine/decide";
import { policySchemaText } from "../../src/cli/policyCommand";
import type { ClassifiedRecipient } from "../../src/engine/types";
import { finding, input, ruleIds, verdict } from "./ruleFixtures";

const ROOT = path.join(__dirname, "..", "..");
const patient = { address: "t.voorbeeld@gmail.com", name: "Tim Voorbeeld" };

function fieldOf(p: unknown): string {
  try {
    parsePolicy(p);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    expect((e as Error).message).toContain((e as PolicyError).field);
    return (e as PolicyError).field;
  }
  throw new Error("policy was accepted");
}

describe("policy defaults follow the handbook", () => {
  it("stops the mail on internal errors, speaks Dutch and appends the Communicatietoolkit model text", () => {
    // written out in policy.ts so that loading the engine does not build the schema
    expect(parsePolicy({})).toStrictEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY.onError).toBe("block");
    expect(DEFAULT_POLICY.language).toBe("nl");
    expect(DEFAULT_POLICY.patientNotice.text.nl).toBe(MODEL_PATIENT_NOTICE.nl);
    expect(DEFAULT_POLICY.patientNotice.text.nl).toMatch(
      /^Voor het versturen van deze e-mail maken we gebruik van een veilige e-maildienst/
    );
    expect(DEFAULT_POLICY.secureChannel).toEqual({
      trigger: { kind: "subjectTag", tag: "[veilig]" },
      routing: "click",
    });
    expect(DEFAULT_POLICY.extraction.maxNestingDepth).toBeGreaterThan(0);
    expect(DEFAULT_POLICY.overrides.reasons.map((r) => r.code)).not.toContain("patient-consent");
  });

  it("has no silent fallback: a missing policy is an error", () => {
    expect(fieldOf(undefined)).toBe("(root)");
    expect(fieldOf(null)).toBe("(root)");
  });
});

describe("an invalid policy is rejected with a message naming the field", () => {
  it.each([
    [{ careType: "kapper" }, "careType"],
    [{ practiceDomains: ["geen domein"] }, "practiceDomains.0"],
    [{ secureDomains: "zivver.eu" }, "secureDomains"],
    [{ onError: "allow" }, "onError"],
    [{ language: "de" }, "language"],
    [{ unknownField: true }, "unknownField"],
    [
      { rules: { "secure-channel-required": { action: "maybe" } } },
      "rules.secure-channel-required.action",
    ],
    [
      { secureChannel: { trigger: { kind: "header", name: "Subject", value: "1" } } },
      "secureChannel.trigger.name",
    ],
    [{ secureChannel: { routing: "sometimes" } }, "secureChannel.routing"],
    [{ auditEndpoint: "http://audit.praktijk.nl" }, "auditEndpoint"],
    [
      { overrides: { grants: [{ rules: ["secure-channel-required"] }] } },
      "overrides.grants.0.roles",
    ],
    [
      {
        overrides: {
          reasons: [
            {
              code: "toestemming-patient",
              label: { nl: "Patiënt gaf toestemming", en: "Patient consented" },
            },
          ],
        },
      },
      "overrides.reasons.0.code",
    ],
    [{ extraction: { maxCompressionRatio: -1 } }, "extraction.maxCompressionRatio"],
    [{ visibleGroupMinimum: 1 }, "visibleGroupMinimum"],
  ])("%j -> %s", (p, field) => {
    expect(fieldOf(p)).toBe(field);
  });
});

describe("each policy field changes the decision the way it says", () => {
  const medical = { category: "medical" as const, findings: [finding("medical")] };

  it("practiceDomains: a second own domain counts as inside the practice", () => {
    const draft = { to: [{ address: "dokter@gezondheidscentrum-lindehof.nl" }] };
    expect(verdict({ draft, ...medical }).action).toBe("secure");
    expect(
      verdict({
        draft,
        ...medical,
        policy: { practiceDomains: ["huisartsen-lindehof.nl", "gezondheidscentrum-lindehof.nl"] },
      }).action
    ).toBe("allow");
  });

  it("secureDomains: a secure mail provider's domain counts as a secure network", () => {
    const draft = { to: [{ address: "collega@zivver.eu" }] };
    expect(verdict({ draft, ...medical }).action).toBe("secure");
    expect(verdict({ draft, ...medical, policy: { secureDomains: ["zivver.eu"] } }).action).toBe(
      "allow"
    );
  });

  it("knownDomains: typos of a colleague's domain are flagged", () => {
    const draft = { to: [{ address: "poli@ziekenhuis-waterlnd.nl" }] };
    expect(ruleIds(verdict({ draft }))).toEqual([]);
    expect(
      ruleIds(verdict({ draft, policy: { knownDomains: ["ziekenhuis-waterland.nl"] } }))
    ).toEqual(["lookalike-domain"]);
  });

  it("careType and appointmentMailSensitive: general mail to one patient in a sensitive field of care", () => {
    const draft = { to: [patient] };
    expect(verdict({ draft, category: "general" }).action).toBe("allow");
    for (const careType of ["GGZ", "SOA", "fertiliteit", "jeugdzorg", "verslavingszorg"] as const) {
      expect(appointmentMailIsSensitive(parsePolicy({ careType }))).toBe(true);
      expect(verdict({ draft, category: "general", policy: { careType } }).action).toBe("secure");
    }
    expect(
      verdict({
        draft,
        category: "general",
        policy: { careType: "GGZ", appointmentMailSensitive: false },
      }).action
    ).toBe("allow");
    expect(
      verdict({
        draft,
        category: "general",
        policy: { careType: "tandarts", appointmentMailSensitive: true },
      }).action
    ).toBe("secure");
  });

  it("visibleGroupMinimum: how many visible private addresses make a group mail", () => {
    const draft = { to: [patient, { address: "x.y@hotmail.com" }] };
    expect(verdict({ draft }).action).toBe("allow");
    expect(verdict({ draft, policy: { visibleGroupMinimum: 2 } }).action).toBe("block");
  });

  it("rules: a rule can be switched off or given another action", () => {
    const draft = { to: [patient] };
    expect(verdict({ draft, ...medical }).action).toBe("secure");
    expect(
      verdict({
        draft,
        ...medical,
        policy: { rules: { "secure-channel-required": { enabled: false } } },
      }).action
    ).toBe("allow");
    const stricter = verdict({
      draft,
      ...medical,
      policy: { rules: { "secure-channel-required": { action: "block" } } },
    });
    expect(stricter.action).toBe("block");
    expect(stricter.hits[0].rule).toBe("secure-channel-required");
  });

  it("onError: a rule that fails stops the mail by default, or warns when the policy says so", () => {
    const broken = (onError?: "warn") => {
      const i = input({ draft: { to: [patient] }, policy: onError ? { onError } : {} });
      const exploding = { ...i.recipients[0] } as ClassifiedRecipient;
      Object.defineProperty(exploding, "domain", {
        get: () => {
          throw new Error("boom");
        },
      });
      return decide({ ...i, recipients: [exploding] });
    };
    expect(broken().action).toBe("block");
    expect(broken("warn").action).toBe("warn");
    expect(broken().hits.every((h) => !/boom/.test(h.explanation))).toBe(true);
  });

  it("language: explanations in English", () => {
    const nl = verdict({ draft: { to: [patient] }, ...medical });
    const en = verdict({ draft: { to: [patient] }, ...medical, policy: { language: "en" } });
    expect(nl.hits[0].explanation).toMatch(/beveiligde mail/);
    expect(en.hits[0].explanation).toMatch(/secure mail/);
  });

  it("overrides: who may override which rule, with which reasons", () => {
    const policy = parsePolicy({
      overrides: {
        grants: [
          { rules: ["secure-channel-required"], roles: ["huisarts"] },
          { rules: ["visible-group-recipients"], addresses: ["Manager@Praktijk.nl"] },
        ],
        reasons: [
          { code: "vital-interest", label: { nl: "Vitaal belang", en: "Vital interest" } },
          {
            code: "group-informed",
            label: { nl: "Groep is geïnformeerd", en: "Group informed" },
            rules: ["visible-group-recipients"],
          },
        ],
      },
    });
    expect(
      mayOverride(policy, "secure-channel-required", {
        address: "a@praktijk.nl",
        roles: ["huisarts"],
      })
    ).toBe(true);
    expect(
      mayOverride(policy, "secure-channel-required", {
        address: "a@praktijk.nl",
        roles: ["assistent"],
      })
    ).toBe(false);
    expect(
      mayOverride(policy, "visible-group-recipients", { address: "manager@praktijk.nl" })
    ).toBe(true);
    expect(
      mayOverride(policy, "password-in-mail", {
        address: "manager@praktijk.nl",
        roles: ["huisarts"],
      })
    ).toBe(false);
    expect(overrideReasons(policy, "secure-channel-required").map((r) => r.code)).toEqual([
      "vital-interest",
    ]);
    expect(overrideReasons(policy, "visible-group-recipients").map((r) => r.code)).toEqual([
      "vital-interest",
      "group-informed",
    ]);
    expect(
      mayOverride(DEFAULT_POLICY, "password-in-mail", {
        address: "x@y.nl",
        roles: ["zorgverlener"],
      })
    ).toBe(false);
  });

  it("overrides.roles: the policy says who holds a role; the default grant then works by address alone", () => {
    const policy = parsePolicy({
      overrides: {
        roles: {
          zorgverlener: ["Dokter@Praktijk.nl", "dr.*@praktijk.nl"],
          poh: ["poh@praktijk.nl"],
        },
      },
    });
    const user = (address: string) => ({ address });
    expect(rolesOf(policy, "dokter@praktijk.nl")).toEqual(["zorgverlener"]);
    expect(rolesOf(policy, "DR.Jansen@praktijk.nl")).toEqual(["zorgverlener"]);
    expect(rolesOf(policy, "balie@praktijk.nl")).toEqual([]);
    expect(rolesOf(policy, "dr.jansen@praktijk.nl.evil.com")).toEqual([]);
    expect(rolesOf(policy, "xdr.jansen@praktijk.nl")).toEqual([]);
    expect(mayOverride(policy, "secure-channel-required", user("dokter@praktijk.nl"))).toBe(true);
    expect(mayOverride(policy, "unencrypted-attachment", user("dr.de.vries@praktijk.nl"))).toBe(
      true
    );
    // a role without a grant, an address without a role, a rule the grant does not name
    expect(mayOverride(policy, "secure-channel-required", user("poh@praktijk.nl"))).toBe(false);
    expect(mayOverride(policy, "secure-channel-required", user("balie@praktijk.nl"))).toBe(false);
    expect(mayOverride(policy, "password-in-mail", user("dokter@praktijk.nl"))).toBe(false);
    // the default policy assigns nobody
    expect(DEFAULT_POLICY.overrides.roles).toEqual({});
    expect(mayOverride(DEFAULT_POLICY, "secure-channel-required", user("dokter@praktijk.nl"))).toBe(
      false
    );
  });

  it("memberMatches: * stands for any characters before the @, never in the domain", () => {
    expect(memberMatches("dr.*@praktijk.nl", "dr.jansen@praktijk.nl")).toBe(true);
    expect(memberMatches("*.arts@praktijk.nl", "j.arts@praktijk.nl")).toBe(true);
    expect(memberMatches("a*b*c@praktijk.nl", "axxbyyc@praktijk.nl")).toBe(true);
    expect(memberMatches("a*b*c@praktijk.nl", "axxcyyb@praktijk.nl")).toBe(false);
    expect(memberMatches("ab*ba@praktijk.nl", "aba@praktijk.nl")).toBe(false);
    expect(memberMatches("dr.*@praktijk.nl", "dr.jansen@andere-praktijk.nl")).toBe(false);
    expect(memberMatches("dokter@praktijk.nl", "dokter@praktijk.nl")).toBe(true);
    expect(memberMatches("dokter@praktijk.nl", "dokter2@praktijk.nl")).toBe(false);
  });

  it("overrides.roles refuses a whole domain, a wildcard domain and a non-address", () => {
    for (const [member, field] of [
      ["*@praktijk.nl", "overrides.roles.zorgverlener.0"],
      ["dokter@*.nl", "overrides.roles.zorgverlener.0"],
      ["dokter", "overrides.roles.zorgverlener.0"],
    ])
      expect(() => parsePolicy({ overrides: { roles: { zorgverlener: [member] } } })).toThrow(
        `policy field "${field}"`
      );
  });

  it("secureChannel, patientNotice, auditEndpoint and extraction are kept as given", () => {
    const p = parsePolicy({
      secureChannel: {
        trigger: { kind: "header", name: "X-Secure-Route", value: "zivver" },
        routing: "automatic",
      },
      patientNotice: { enabled: false },
      auditEndpoint: "https://audit.praktijk.nl/zorgvuldig",
      extraction: { timeBudgetMs: 2500 },
    });
    expect(p.secureChannel.trigger).toEqual({
      kind: "header",
      name: "X-Secure-Route",
      value: "zivver",
    });
    expect(p.secureChannel.routing).toBe("automatic");
    expect(p.patientNotice.enabled).toBe(false);
    expect(p.patientNotice.text).toEqual(MODEL_PATIENT_NOTICE);
    expect(p.auditEndpoint).toBe("https://audit.praktijk.nl/zorgvuldig");
    expect(p.extraction.timeBudgetMs).toBe(2500);
    expect(p.extraction.maxEntries).toBe(DEFAULT_POLICY.extraction.maxEntries);
  });
});

describe("published JSON Schema and examples", () => {
  it.each(["admin.md", "admin.en.md"])(
    "docs/%s: its policy example is valid and assigns the granted role to people",
    (file) => {
      const text = readFileSync(path.join(ROOT, "docs", file), "utf8");
      const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
      const policies = blocks.map((b) => parsePolicy(JSON.parse(b)));
      expect(policies.length).toBeGreaterThan(0);
      const withRoles = policies.filter((p) => Object.keys(p.overrides.roles).length > 0);
      expect(withRoles.length).toBeGreaterThan(0);
      for (const p of withRoles)
        for (const g of p.overrides.grants)
          for (const role of g.roles) expect(p.overrides.roles[role]?.length).toBeGreaterThan(0);
      expect(text).toContain("overrides.roles");
    }
  );

  it("docs/policy.schema.json is the schema generated from the zod schema (regenerate: zorgvuldig policy schema > docs/policy.schema.json)", () => {
    expect(readFileSync(path.join(ROOT, "docs", "policy.schema.json"), "utf8")).toBe(
      policySchemaText()
    );
  });

  it.each(["huisarts", "ggz", "fysiotherapie"])(
    "examples/policy/%s.json is valid for the engine and for the JSON Schema",
    (name) => {
      const json = JSON.parse(
        readFileSync(path.join(ROOT, "examples", "policy", `${name}.json`), "utf8")
      );
      expect(() => parsePolicy(json)).not.toThrow();
      const ajv = new Ajv2020({ strict: false, validateFormats: false });
      const validate = ajv.compile(JSON.parse(policySchemaText()));
      expect(validate(json)).toBe(true);
      expect(validate({ ...json, careType: "kapper" })).toBe(false);
      // the JSON Schema refuses what the engine refuses: a role member "*@domain"
      expect(validate({ ...json, overrides: { roles: { zorgverlener: ["*@praktijk.nl"] } } })).toBe(
        false
      );
      // an admin who copies an example gets overrides that work: every granted role has someone in it
      const policy = parsePolicy(json);
      for (const g of policy.overrides.grants)
        for (const role of g.roles) expect(policy.overrides.roles[role]?.length).toBeGreaterThan(0);
    }
  );
});
