/** @jest-environment jsdom */
import { emptyDraft } from "../../src/engine/draft";
import { parsePolicy } from "../../src/engine/policy";
import { classifyRecipients } from "../../src/engine/recipients";
import type { Finding, RuleHit } from "../../src/engine/types";
import {
  excerpt,
  passwordLines,
  planBcc,
  recipientChecks,
  removeLinesFromHtml,
  removeLinesFromText,
} from "../../src/taskpane/fixes";

const policy = parsePolicy({
  practiceDomains: ["praktijkdekroon.nl"],
  knownDomains: ["ziekenhuis-oost.nl"],
});
const SOURCE = { file: "000.txt", section: "s" };

describe("Bcc plan", () => {
  it("moves private addresses out of To and Cc, keeps colleagues visible", () => {
    const draft = emptyDraft({
      from: { address: "balie@praktijkdekroon.nl" },
      to: [{ address: "a@gmail.com" }, { address: "collega@praktijkdekroon.nl" }],
      cc: [{ address: "b@hotmail.com" }, { address: "c@ziggo.nl" }],
      bcc: [{ address: "a@gmail.com" }],
    });
    const plan = planBcc(draft, classifyRecipients(draft, policy));
    expect(plan.to.map((a) => a.address)).toEqual(["collega@praktijkdekroon.nl"]);
    expect(plan.cc).toEqual([]);
    expect(plan.bcc.map((a) => a.address)).toEqual(["a@gmail.com", "b@hotmail.com", "c@ziggo.nl"]);
    expect(plan.moved).toBe(3);
  });

  it("puts the sender in To when only patients were there", () => {
    const draft = emptyDraft({
      from: { address: "balie@praktijkdekroon.nl" },
      to: [{ address: "a@gmail.com" }, { address: "b@gmail.com" }],
    });
    const plan = planBcc(draft, classifyRecipients(draft, policy));
    expect(plan.to).toEqual([{ address: "balie@praktijkdekroon.nl" }]);
  });

  it("moves nothing when no private address is visible", () => {
    const draft = emptyDraft({
      from: { address: "balie@praktijkdekroon.nl" },
      to: [{ address: "x@ziekenhuis-oost.nl" }],
      bcc: [{ address: "a@gmail.com" }],
    });
    expect(planBcc(draft, classifyRecipients(draft, policy)).moved).toBe(0);
  });
});

describe("removing the password line", () => {
  const body =
    "Beste Piet,\r\nIn de bijlage uw uitslag.\r\nHet wachtwoord is: Zomer2026!\r\nGroet, de praktijk";
  const at = body.indexOf("Zomer2026!");
  const pw: Finding = {
    type: "password",
    text: "Zomer2026!",
    where: "body",
    start: at,
    end: at + 10,
    confidence: 0.9,
  };

  it("finds the whole line around the password and removes only that line", () => {
    const lines = passwordLines(body, [pw, { ...pw, type: "bsn" }]);
    expect(lines.map((l) => l.text)).toEqual(["Het wachtwoord is: Zomer2026!"]);
    expect(removeLinesFromText(body, lines)).toBe(
      "Beste Piet,\r\nIn de bijlage uw uitslag.\r\nGroet, de praktijk"
    );
  });

  it("removes only the password's sentence: not the sentence before it on the line, nor blank lines", () => {
    const mail =
      "Beste Piet,\n\nIn de bijlage de verwijsbrief. Het wachtwoord is: Zomer2026!\n\nGroet,\nSanne";
    const i = mail.indexOf("Zomer2026!");
    const spans = passwordLines(mail, [{ ...pw, start: i, end: i + 10 }]);
    expect(spans.map((l) => l.text)).toEqual(["Het wachtwoord is: Zomer2026!"]);
    expect(removeLinesFromText(mail, spans)).toBe(
      "Beste Piet,\n\nIn de bijlage de verwijsbrief.\n\nGroet,\nSanne"
    );
    const own = "In de bijlage de verwijsbrief.\n\nHet wachtwoord is: Zomer2026!\n\nGroet";
    const j = own.indexOf("Zomer2026!");
    const out = removeLinesFromText(own, passwordLines(own, [{ ...pw, start: j, end: j + 10 }]));
    expect(out).toContain("In de bijlage de verwijsbrief.\n\n");
    expect(out).toMatch(/\n\nGroet$/);
    expect(out).not.toContain("Zomer2026");
  });

  it("cuts the sentence out of an HTML paragraph that holds more", () => {
    const html =
      "<p>Beste Piet,</p><p>In de bijlage de verwijsbrief. Het wachtwoord is: Zomer2026!</p><p>&nbsp;</p><p>Groet</p>";
    const out = removeLinesFromHtml(html, ["Het wachtwoord is: Zomer2026!"]);
    expect(out).toBe(
      "<p>Beste Piet,</p><p>In de bijlage de verwijsbrief.</p><p>&nbsp;</p><p>Groet</p>"
    );
  });

  it("ignores passwords found outside the body", () => {
    expect(passwordLines(body, [{ ...pw, where: "subject" }])).toEqual([]);
  });

  it("removes the paragraph in an HTML body and keeps the formatting of the rest", () => {
    const html =
      '<p>Beste Piet,</p><p><b>Let op</b>: uw uitslag.</p><p>Het wachtwoord is: <span style="color:red">Zomer2026!</span></p><p>Groet</p>';
    const out = removeLinesFromHtml(html, ["Het wachtwoord is: Zomer2026!"]);
    expect(out).toBe("<p>Beste Piet,</p><p><b>Let op</b>: uw uitslag.</p><p>Groet</p>");
  });

  it("removes a line between <br> breaks without touching its neighbours", () => {
    const html = "<div>Beste Piet,<br>Het wachtwoord is: Zomer2026!<br>Groet</div>";
    const out = removeLinesFromHtml(html, ["Het wachtwoord is: Zomer2026!"]);
    expect(out).toBe("<div>Beste Piet,<br>Groet</div>");
    expect(out).not.toContain("Zomer2026");
  });
});

describe("recipient checks", () => {
  it("shows the recipient next to the name in the salutation", () => {
    const draft = emptyDraft({
      body: "Beste Fatima,\nDe uitslag van uw bloedonderzoek is binnen.",
      from: { address: "dr@praktijkdekroon.nl" },
      to: [{ address: "jan.smit@gmail.com", name: "Jan Smit" }],
    });
    const hit: RuleHit = {
      rule: "recipient-mismatch",
      action: "warn",
      findings: [],
      explanation: "",
      source: SOURCE,
    };
    expect(recipientChecks(draft, classifyRecipients(draft, policy), [hit], policy)).toEqual([
      {
        rule: "recipient-mismatch",
        recipients: [{ address: "jan.smit@gmail.com", name: "Jan Smit" }],
        expected: "Fatima",
      },
    ]);
  });

  it("shows a look-alike domain next to the domain it resembles", () => {
    const draft = emptyDraft({
      from: { address: "dr@praktijkdekroon.nl" },
      to: [{ address: "poli@ziekenhuis-0ost.nl" }, { address: "x@ziekenhuis-oost.nl" }],
    });
    const hit: RuleHit = {
      rule: "lookalike-domain",
      action: "warn",
      findings: [],
      explanation: "",
      source: SOURCE,
    };
    expect(recipientChecks(draft, classifyRecipients(draft, policy), [hit], policy)).toEqual([
      {
        rule: "lookalike-domain",
        recipients: [{ address: "poli@ziekenhuis-0ost.nl" }],
        expected: "ziekenhuis-oost.nl",
      },
    ]);
  });
});

describe("excerpt", () => {
  it("cuts a short piece of the draft around the finding", () => {
    const body =
      "Een hele lange aanloop zonder iets bijzonders erin, dan BSN 111222333 en daarna nog heel veel andere tekst.";
    const start = body.indexOf("111222333");
    const [before, found, after] = excerpt(
      emptyDraft({ body }),
      { type: "bsn", text: "111222333", where: "body", start, end: start + 9, confidence: 1 },
      10
    );
    expect(found).toBe("111222333");
    expect(before).toBe("…, dan BSN ");
    expect(after).toBe(" en daarna…");
  });
});
