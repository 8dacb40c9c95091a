/**
 * src/engine/decide.ts decideSend: the verdict at Send, decided once, with the override marker and the
 * route as inputs the engine weighs against the policy (issue 13).
 */
import { decideSend, type OverrideEvidence, type SendState } from "../../src/engine/decide";
import { parsePolicy } from "../../src/engine/policy";
import type { RuleHit, RuleId, Verdict } from "../../src/engine/types";

const DR = "dr.jansen@praktijkdekroon.nl";
const ASSISTANT = "balie@praktijkdekroon.nl";
const SOURCE = { file: "002.txt", section: "Toolkit" };
const hit = (rule: RuleId, action: RuleHit["action"]): RuleHit => ({
  rule,
  action,
  findings: [],
  explanation: rule,
  source: SOURCE,
});
const verdict = (...hits: RuleHit[]): Verdict => ({
  action: hits.reduce<RuleHit["action"]>(
    (a, h) =>
      ["allow", "warn", "secure", "block"].indexOf(h.action) >
      ["allow", "warn", "secure", "block"].indexOf(a)
        ? h.action
        : a,
    "allow"
  ),
  hits,
});
const granted = parsePolicy({
  overrides: {
    grants: [
      { rules: ["secure-channel-required"], addresses: [DR] },
      { rules: ["visible-group-recipients"], addresses: [DR] },
    ],
  },
});
const NOW = Date.parse("2026-12-02T12:00:00Z");
const marker = (m: Partial<OverrideEvidence> = {}): OverrideEvidence => ({
  fingerprint: "v1.a.b",
  rules: ["secure-channel-required"],
  user: DR,
  exp: NOW / 1000 + 600,
  signed: false,
  ...m,
});
const state = (s: Partial<SendState> = {}): SendState => ({
  fingerprint: "v1.a.b",
  sender: DR,
  routed: false,
  marker: null,
  now: NOW,
  ...s,
});
const secure = verdict(hit("secure-channel-required", "secure"));

describe("decideSend", () => {
  it("no hits: allow; a stop without marker or route stays a stop", () => {
    expect(decideSend(verdict(), granted, state()).outcome).toBe("allow");
    const d = decideSend(secure, granted, state());
    expect(d.outcome).toBe("stop");
    expect(d.verdict.action).toBe("secure");
  });

  it("a route already on the draft meets secure hits only", () => {
    expect(decideSend(secure, granted, state({ routed: true })).outcome).toBe("already-routed");
    const typo = verdict(hit("secure-channel-required", "secure"), hit("lookalike-domain", "warn"));
    const d = decideSend(typo, granted, state({ routed: true }));
    expect(d.verdict.hits.map((h) => h.rule)).toEqual(["lookalike-domain"]);
  });

  it("an unsigned marker of a granted user, for this draft, in time: override", () => {
    const d = decideSend(secure, granted, state({ marker: marker() }));
    expect(d).toMatchObject({ outcome: "override", overridden: ["secure-channel-required"] });
  });

  it("a marker for another draft, another user, expired, or of a user no grant names: stop", () => {
    for (const m of [
      marker({ fingerprint: "v1.x.y" }),
      marker({ user: ASSISTANT }),
      marker({ exp: NOW / 1000 - 1 }),
    ])
      expect(decideSend(secure, granted, state({ marker: m })).outcome).toBe("stop");
    const asAssistant = state({ sender: ASSISTANT, marker: marker({ user: ASSISTANT }) });
    expect(decideSend(secure, granted, asAssistant).outcome).toBe("stop");
  });

  it("never a block rule, even when a grant names it", () => {
    const group = verdict(hit("visible-group-recipients", "block"));
    const m = marker({ rules: ["visible-group-recipients"], signed: true });
    expect(decideSend(group, granted, state({ marker: m })).outcome).toBe("stop");
    // a policy that turned the rule into a warning still cannot have it overridden
    const softened = verdict(hit("password-in-mail", "warn"));
    const p = marker({ rules: ["password-in-mail"] });
    expect(decideSend(softened, granted, state({ marker: p })).outcome).toBe("stop");
  });

  it("warn hits the user confirmed go without a grant", () => {
    const typo = verdict(hit("lookalike-domain", "warn"));
    const m = marker({ user: ASSISTANT, rules: ["lookalike-domain"] });
    expect(decideSend(typo, granted, state({ sender: ASSISTANT, marker: m })).outcome).toBe(
      "override"
    );
  });

  it("with a signing service in the policy only signed markers count; unsigned: 'never' refuses all", () => {
    const withService = parsePolicy({
      overrides: {
        grants: [{ rules: ["secure-channel-required"], addresses: [DR] }],
        signature: {
          publicKey: { kty: "EC", crv: "P-256", x: "A".repeat(43), y: "B".repeat(43) },
          url: "https://zorgvuldig.praktijkdekroon.nl/api/override",
        },
      },
    });
    expect(decideSend(secure, withService, state({ marker: marker() })).outcome).toBe("stop");
    expect(
      decideSend(secure, withService, state({ marker: marker({ signed: true }) })).outcome
    ).toBe("override");
    const never = parsePolicy({
      overrides: {
        grants: [{ rules: ["secure-channel-required"], addresses: [DR] }],
        unsigned: "never",
      },
    });
    expect(decideSend(secure, never, state({ marker: marker() })).outcome).toBe("stop");
  });
});
