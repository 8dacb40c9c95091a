import { parsePolicy } from "../../src/engine/policy";
import { emptyDraft } from "../../src/engine/draft";
import type { ClassifiedRecipient, RuleHit } from "../../src/engine/types";
import { AuditQueue } from "../../src/outlook/audit";
import { draftFingerprint } from "../../src/outlook/fingerprint";
import { OVERRIDE_HEADER, VERDICT_HEADER, parseHeaderFields } from "../../src/outlook/headers";
import { Budget } from "../../src/outlook/office";
import type { ComposeItemLike } from "../../src/outlook/item";
import {
  isExplanationEnough,
  overrideScope,
  recordOverride,
  whoMayOverride,
  OverrideRefused,
  MARKER_TTL_S,
  type StoredOverrideMarker,
} from "../../src/outlook/override";
import { KEY_OVERRIDE, readOverrideMarker } from "../../src/outlook/session";
import { memoryStorage, mockOffice, mockState } from "./taskpane-mockitem";

const DR = "dr.jansen@praktijkdekroon.nl";
const policy = parsePolicy({
  practiceDomains: ["praktijkdekroon.nl"],
  overrides: { grants: [{ rules: ["secure-channel-required"], addresses: [DR] }] },
});
const SOURCE = { file: "002.txt", section: "Toolkit" };
const secureHit: RuleHit = {
  rule: "secure-channel-required",
  action: "secure",
  explanation: "x",
  source: SOURCE,
  findings: [{ type: "bsn", text: "111222333", where: "body", start: 8, end: 17, confidence: 1 }],
};
const blockHit: RuleHit = {
  rule: "password-in-mail",
  action: "block",
  explanation: "y",
  source: SOURCE,
  findings: [],
};
const recipients: ClassifiedRecipient[] = [
  { address: "p.pieters@gmail.com", field: "to", domain: "gmail.com", class: "private" },
];
const draft = emptyDraft({
  subject: "Uitslag",
  body: "BSN is: 111222333",
  from: { address: DR },
  to: [{ address: "p.pieters@gmail.com" }],
});
const TEXT = "Spoed: de patiënt heeft deze uitslag vandaag nodig.";

function setup() {
  const state = mockState();
  const { item } = mockOffice(state);
  const queue = new AuditQueue(memoryStorage());
  return { state, item: item as unknown as ComposeItemLike, queue, budget: new Budget(5000) };
}

describe("who may override", () => {
  it("allows a granted clinician and names the grant to others", () => {
    expect(overrideScope(policy, [secureHit], { address: "DR.Jansen@praktijkdekroon.nl" })).toEqual(
      { allowed: true, rules: ["secure-channel-required"], denied: [] }
    );
    const assistant = overrideScope(policy, [secureHit], { address: "balie@praktijkdekroon.nl" });
    expect(assistant.allowed).toBe(false);
    expect(whoMayOverride(policy, assistant.denied)).toEqual({
      roles: [],
      addresses: [DR],
      members: {},
    });
  });

  it("names the people the policy assigns to a granted role (overrides.roles)", () => {
    const byRole = parsePolicy({
      overrides: { roles: { zorgverlener: ["dr.b@p.nl", "dr.a@p.nl"], poh: ["poh@p.nl"] } },
    });
    expect(whoMayOverride(byRole, ["secure-channel-required"])).toEqual({
      roles: ["zorgverlener"],
      addresses: [],
      members: { zorgverlener: ["dr.a@p.nl", "dr.b@p.nl"] },
    });
    expect(overrideScope(byRole, [secureHit], { address: "DR.A@p.nl" }).allowed).toBe(true);
    expect(overrideScope(byRole, [secureHit], { address: "poh@p.nl" }).allowed).toBe(false);
  });

  it("grants by role as the policy's default does", () => {
    const byRole = parsePolicy({});
    expect(
      overrideScope(byRole, [secureHit], { address: "x@p.nl", roles: ["zorgverlener"] }).allowed
    ).toBe(true);
    expect(
      overrideScope(byRole, [secureHit], { address: "x@p.nl", roles: ["assistent"] }).allowed
    ).toBe(false);
  });

  it("never lets anyone override a rule without a grant (password in the mail)", () => {
    const s = overrideScope(policy, [secureHit, blockHit], { address: DR });
    expect(s).toEqual({
      allowed: false,
      rules: ["secure-channel-required", "password-in-mail"],
      denied: ["password-in-mail"],
    });
  });

  it("asks for a sentence, not a word", () => {
    expect(isExplanationEnough("spoed")).toBe(false);
    expect(isExplanationEnough("ok ok ok ok")).toBe(false);
    expect(isExplanationEnough(TEXT)).toBe(true);
  });
});

describe("recordOverride", () => {
  it("writes both headers, the marker bound to this draft, and the audit record", async () => {
    const { state, item, queue, budget } = setup();
    const at = new Date("2026-11-22T09:30:00Z");
    const record = await recordOverride(
      item,
      policy,
      {
        draft,
        action: "secure",
        hits: [secureHit],
        recipients,
        user: { address: DR },
        reasonCode: "vital-interest",
        reasonText: TEXT,
        at,
      },
      queue,
      budget
    );
    expect(state.headers[VERDICT_HEADER]).toBe("secure; rules=secure-channel-required");
    expect(parseHeaderFields(state.headers[OVERRIDE_HEADER])).toEqual({
      reason: "vital-interest",
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      at: "2026-11-22T09:30:00.000Z",
    });
    const marker = (await readOverrideMarker(item, budget)) as StoredOverrideMarker;
    expect(marker).toEqual({
      v: 1,
      fingerprint: draftFingerprint(draft),
      rules: ["secure-channel-required"],
      user: DR,
      auditId: record.id,
      exp: Math.floor(Date.parse("2026-11-22T09:30:00.000Z") / 1000) + MARKER_TTL_S,
      reason: "vital-interest",
    });
    // any edit of the draft no longer matches the marker
    expect(marker!.fingerprint).not.toBe(draftFingerprint({ ...draft, body: draft.body + "." }));
    expect(await queue.pending()).toEqual([record]);
    expect(record).toMatchObject({
      user: DR,
      rules: ["secure-channel-required"],
      findings: { bsn: 1 },
      recipientDomains: ["gmail.com"],
      reason: { code: "vital-interest", text: TEXT },
    });
    // the header and marker carry no content and no free text; the header no address either (issue 14)
    expect(JSON.stringify(state.headers)).not.toContain(DR);
    expect(JSON.stringify(state.headers) + state.session[KEY_OVERRIDE]).not.toMatch(
      /111222333|Spoed|pieters/
    );
    budget.dispose();
  });

  it.each([
    ["a user without a grant", { user: { address: "balie@praktijkdekroon.nl" } }, "not-allowed"],
    ["a reason the policy does not list", { reasonCode: "toestemming-patient" }, "unknown-reason"],
    ["a one-word explanation", { reasonText: "spoed" }, "explanation-too-short"],
    [
      "an explanation that names the patient (issue 14)",
      { reasonText: "Mevrouw Johanna de Vries (BSN 111222333) heeft geen DigiD" },
      "explanation-names-patient",
    ],
  ])("refuses %s and writes nothing", async (_what, change, why) => {
    const { state, item, queue, budget } = setup();
    const request = {
      draft,
      action: "secure" as const,
      hits: [secureHit],
      recipients,
      user: { address: DR },
      reasonCode: "vital-interest",
      reasonText: TEXT,
      ...change,
    };
    await expect(recordOverride(item, policy, request, queue, budget)).rejects.toEqual(
      new OverrideRefused(why as OverrideRefused["why"])
    );
    expect(state.headers).toEqual({});
    expect(state.session).toEqual({});
    expect(await queue.pending()).toEqual([]);
    budget.dispose();
  });
});
