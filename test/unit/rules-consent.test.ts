import { check } from "../../src/engine";
import { emptyDraft, type Draft } from "../../src/engine/draft";
import { parsePolicy } from "../../src/engine/policy";

const from = { address: "balie@huisartsen-lindehof.nl", name: "Mirjam de Balie" };
const patient = "t.vermeulen@gmail.com";
const appointment = (partial: Partial<Draft> = {}): Draft =>
  emptyDraft({
    from,
    to: [{ address: patient, name: "Tessa Vermeulen" }],
    subject: "Uw afspraak",
    body:
      "Beste mevrouw Vermeulen,\n\nHierbij bevestigen wij uw afspraak bij dokter Smit op dinsdag 14 mei om 10.20 uur.\n\n" +
      "Met vriendelijke groet,\nMirjam de Balie\nHuisartsen Lindehof",
    ...partial,
  });
const consented = (address: string) => address === patient;
const secureHit = (r: ReturnType<typeof check>) =>
  r.verdict.hits.find((h) => h.rule === "secure-channel-required");

describe("consent, the handbook's second decision tree (issue 14)", () => {
  it("offers consent for a logistic mail to one patient, and lets the next one go once it is given", () => {
    const first = check(appointment());
    expect(first.category).toBe("logistic");
    expect(first.verdict.action).toBe("secure");
    expect(secureHit(first)?.consentPossible).toBe(true);

    const second = check(appointment(), { consentedRecipient: consented });
    expect(second.verdict.action).toBe("allow");
  });

  it("never for medical content", () => {
    const medical = appointment({
      subject: "Uitslag",
      body: "Beste mevrouw Vermeulen,\n\nUw bloeduitslag laat een verhoogd cholesterol zien; wij starten met simvastatine.\n\nMet vriendelijke groet,\nDokter Smit",
    });
    const r = check(medical, { consentedRecipient: consented });
    expect(r.verdict.action).toBe("secure");
    expect(secureHit(r)?.consentPossible).toBeUndefined();
  });

  it("never with a BSN", () => {
    const r = check(
      appointment({
        body: "Beste mevrouw Vermeulen,\n\nUw afspraak bij dokter Smit staat op dinsdag 14 mei om 10.20 uur. Uw BSN 111222333 staat goed.\n\nGroet,\nMirjam",
      }),
      { consentedRecipient: consented }
    );
    expect(r.verdict.action).toBe("secure");
    expect(secureHit(r)?.consentPossible).toBeUndefined();
  });

  it("never in a sensitive field (GGZ) or when the practice switches consent off", () => {
    const ggz = check(appointment(), {
      policy: parsePolicy({ careType: "GGZ" }),
      consentedRecipient: consented,
    });
    expect(ggz.verdict.action).toBe("secure");
    const off = check(appointment(), {
      policy: parsePolicy({ consent: { enabled: false } }),
      consentedRecipient: consented,
    });
    expect(off.verdict.action).toBe("secure");
    expect(secureHit(off)?.consentPossible).toBeUndefined();
  });

  it("only for one patient: not with a second recipient outside the practice", () => {
    const r = check(appointment({ cc: [{ address: "planning@rivierenland-ziekenhuis.nl" }] }), {
      consentedRecipient: () => true,
    });
    expect(r.verdict.action).toBe("secure");
    expect(secureHit(r)?.consentPossible).toBeUndefined();
  });
});
