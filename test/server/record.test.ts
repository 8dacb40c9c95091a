/** The service's record checks, dashboard and CSV as pure functions (no server, no database). */
import { randomUUID } from "node:crypto";
import { buildOverrideRecord } from "../../src/outlook/audit";
import {
  canonicalJson,
  contentHash,
  parseAuditEvent,
  parseOverrideRequest,
  RecordError,
} from "../../src/server/record";
import { checkReason } from "../../src/server/reasonCheck";
import { esc, periodFrom, renderDashboard, toCsv } from "../../src/server/dashboard";
import type { EventRow } from "../../src/server/store";

const base = () => ({
  v: 1,
  id: randomUUID(),
  kind: "override",
  at: "2026-11-30T09:15:00.000Z",
  user: "dokter@praktijk.example",
  action: "secure",
  rules: ["secure-channel-required"],
  findings: { name: 1, medical: 2 },
  category: "medical",
  recipientDomains: ["gmail.com"],
  recipientClasses: { private: 1 },
  client: "web",
  reason: { code: "vital-interest", text: "Spoed, beveiligde mail werkt vandaag niet." },
});

function refused(input: unknown): RecordError {
  try {
    parseAuditEvent(input);
  } catch (e) {
    if (e instanceof RecordError) return e;
    throw e;
  }
  throw new Error("accepted");
}

describe("audit record validation", () => {
  it("accepts the record src/outlook/audit.ts builds today", () => {
    const r = buildOverrideRecord({
      hits: [],
      action: "secure",
      recipients: [{ address: "x@gmail.com", field: "to", domain: "gmail.com", class: "private" }],
      user: "Dokter@Praktijk.example",
      reasonCode: "vital-interest",
      reasonText: "Spoed, de beveiligde mail werkt vandaag niet.",
    });
    const e = parseAuditEvent(JSON.parse(JSON.stringify(r)));
    expect(e.id).toBe(r.id);
    expect(e.user).toBe("dokter@praktijk.example");
    expect(e.recipientClasses).toEqual({ private: 1 });
    expect(JSON.stringify(e)).not.toContain("x@gmail.com");
  });

  it("accepts every kind with its fields", () => {
    for (const kind of ["stop", "route", "false-alarm"])
      expect(parseAuditEvent({ ...base(), kind, reason: { code: "not-patient-info" } }).kind).toBe(
        kind
      );
    const c = parseAuditEvent({
      ...base(),
      kind: "consent",
      reason: undefined,
      recipientHash: "a".repeat(43),
    });
    expect(c.recipientHash).toHaveLength(43);
  });

  it.each([
    ["an unknown field", { extra: 1 }, /unknown field "extra"/],
    ["a subject", { subject: "Uitslag" }, /field "subject" is refused/],
    ["a body", { body: "tekst" }, /field "body" is refused/],
    ["attachment names", { attachments: ["uitslag.pdf"] }, /field "attachments" is refused/],
    ["a name as domain", { recipientDomains: ["Johanna de Vries"] }, /recipientDomains.0/],
    ["a number as rule", { rules: ["111222333"] }, /rules.0/],
    ["a name as user", { user: "Johanna de Vries" }, /field "user"/],
    ["a finding text", { findings: { name: "Johanna" } }, /findings.name/],
    ["an unknown finding type", { findings: { diagnose: 1 } }, /findings/],
    [
      "a nested unknown field",
      { reason: { code: "x", text: "ok", patient: "x" } },
      /reason.patient/,
    ],
    ["a time in the future", { at: "2099-01-01T00:00:00Z" }, /future/],
    ["a bad id", { id: "1" }, /UUID/],
  ])("refuses %s without echoing the value", (_what, over, message) => {
    const e = refused({ ...base(), ...over });
    expect(e.status).toBe(400);
    expect(e.message).toMatch(message);
    for (const v of ["Johanna", "111222333", "Uitslag", "uitslag.pdf", "tekst"])
      expect(e.message).not.toContain(v);
  });

  it.each([
    ["a name", "Mevrouw Johanna de Vries heeft geen DigiD", /name/],
    ["a BSN", "BSN 111222333 klopt niet in het systeem", /bsn/],
    ["a date of birth", "Patiënt geboren 12-03-1956 wil het per mail", /birthdate/],
    ["a diagnosis", "De patiënt met longkanker wacht op de uitslag", /health/],
    ["a phone number", "Bel haar op tel. 06-12345678 terug", /phone/],
  ])("refuses a reason with %s, with a Dutch message", (_what, text, problem) => {
    const e = refused({ ...base(), reason: { code: "vital-interest", text } });
    expect(e.message).toMatch(/^De toelichting .*Laat .* weg\./);
    expect(e.problems!.join(" ")).toMatch(problem);
    expect(e.message).not.toContain(text);
  });

  it("checkReason allows the user's own name", () => {
    expect(
      checkReason("Ik, Pieter Bakker, neem de verantwoordelijkheid.", { name: "Pieter Bakker" }).ok
    ).toBe(true);
    expect(checkReason("Beveiligde mail is vandaag storing.").ok).toBe(true);
  });

  it("needs a hash for consent and a reason for overrides", () => {
    expect(refused({ ...base(), kind: "consent" }).message).toMatch(/recipientHash/);
    expect(refused({ ...base(), reason: undefined }).message).toMatch(/reason/);
  });

  it("the content hash ignores key order and duplicate list entries", () => {
    const a = base();
    const e1 = parseAuditEvent(a);
    const e2 = parseAuditEvent({
      ...JSON.parse(canonicalJson(a)),
      rules: [...a.rules, ...a.rules],
    });
    expect(contentHash(e1)).toBe(contentHash(e2));
    expect(contentHash(parseAuditEvent({ ...a, findings: { name: 2 } }))).not.toBe(contentHash(e1));
  });

  it("an override request carries a fingerprint", () => {
    const { event, fingerprint } = parseOverrideRequest({
      ...base(),
      fingerprint: "sha256:abcdefgh",
    });
    expect(event.kind).toBe("override");
    expect(fingerprint).toBe("sha256:abcdefgh");
    expect(() => parseOverrideRequest(base())).toThrow(/fingerprint/);
  });
});

describe("dashboard and CSV", () => {
  const row: EventRow = {
    id: "0b8f0f6e-6c1b-4b8e-9d7e-2f1f5b0c0a01",
    kind: "override",
    at: "2026-11-30T09:15:00.000Z",
    user: "dokter@praktijk.example",
    action: "secure",
    category: "medical",
    client: "web",
    field: "huisarts",
    rules: ["secure-channel-required"],
    findings: { name: 1 },
    recipientDomains: ["gmail.com"],
    recipientClasses: { private: 1 },
    reasonCode: "vital-interest",
    reasonText: '=HYPERLINK("x") <script>',
    recipientHash: null,
  };

  it("escapes HTML and defuses spreadsheet formulas", () => {
    const html = renderDashboard({
      lang: "nl",
      user: "fg@praktijk.example",
      from: "2026-09-01",
      to: "2026-12-01",
      csrf: "c",
      perWeek: [{ key: "2026-11-30", kind: "override", n: 1 }],
      perRule: [{ key: "secure-channel-required", kind: "override", n: 1 }],
      perUser: [],
      perField: [],
      overrides: [row],
      falseAlarms: [],
      consents: [{ recipientHash: "h".repeat(40), active: true, at: row.at, user: row.user }],
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain(esc(row.reasonText!));
    expect(html).toContain("<svg");
    expect(html).toContain("Intrekken");
    const csv = toCsv([row]);
    expect(csv).toContain(`"'=HYPERLINK(""x"") <script>"`);
    expect(csv.split("\r\n")[0]).toMatch(/^id,kind,time,user/);
  });

  it("reads the period from the query, to inclusive", () => {
    const p = periodFrom(new URLSearchParams("from=2026-01-01&to=2026-01-31"));
    expect(p.period).toEqual({ from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00.000Z" });
    const d = periodFrom(new URLSearchParams("from=x&to=<b>"), Date.parse("2026-12-02T10:00:00Z"));
    expect(d.to).toBe("2026-12-02");
  });
});
