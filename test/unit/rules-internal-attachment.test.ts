import { extractAttachment } from "../../src/extract";
import { check } from "../../src/engine";
import { emptyDraft, type Attachment, type Draft } from "../../src/engine/draft";
import { internalAttachment } from "../../src/engine/rules/internalAttachment";
import * as build from "../fixtures/attachments/build";
import { usePdfjsInJest } from "../fixtures/attachments/pdfjs-for-jest";
import { finding, run } from "./ruleFixtures";

beforeAll(() => usePdfjsInJest());

// All names, dates and practices are fictitious.
const FROM = { address: "s.bouwhuis@kliniek-ooievaar.nl", name: "Sanne Bouwhuis" };
const COLLEAGUE = { address: "p.lammers@kliniek-ooievaar.nl", name: "Pieter Lammers" };
const OUTSIDE = { address: "uroloog@ziekenhuis-rivierenland.nl", name: "Polikliniek Urologie" };

async function pdfAttachment(name: string, lines: string[]): Promise<Attachment> {
  const bytes = build.pdf([lines]);
  const extraction = await extractAttachment({ name, contentType: "application/pdf", bytes });
  return { name, contentType: "application/pdf", size: bytes.length, kind: "file", extraction };
}

/** A lab report whose result words (semen parameters) the medical lexicon need not know. */
const LAB_REPORT = [
  "Fertiliteitskliniek De Ooievaar - Laboratorium",
  "Semenanalyse",
  "Patient: Joris Kwakernaat",
  "Geboortedatum: 14-07-1986",
  "Datum onderzoek: 03-02-2025",
  "Volume: 2,1 ml",
  "Concentratie: 9 miljoen/ml",
  "Progressieve motiliteit: 21%",
];

function draft(parts: Partial<Draft>): Draft {
  return emptyDraft({ from: FROM, to: [COLLEAGUE], ...parts });
}

describe("internal-attachment on a readable PDF whose record identifies a patient", () => {
  it("warns for a lab report with name and date of birth sent to a colleague as a file", async () => {
    const report = await pdfAttachment("document_0203.pdf", LAB_REPORT);
    const result = check(
      draft({
        subject: "Uitslag dhr. Kwakernaat",
        body: "Hoi Pieter,\n\nHierbij de uitslag van dhr. Kwakernaat voor donderdag.\n\nGroet,\nSanne\n",
        attachments: [report],
      })
    );
    expect(result.findings.some((f) => f.type === "birthdate" && f.where !== "body")).toBe(true);
    expect(result.verdict.action).toBe("warn");
    expect(result.verdict.hits.map((h) => h.rule)).toEqual(["internal-attachment"]);
  });

  it("needs the link-instead-of-file warning even when the cover note itself says nothing medical", async () => {
    const report = await pdfAttachment("scan_0203.pdf", LAB_REPORT);
    const result = check(
      draft({
        subject: "Voor donderdag",
        body: "Hoi Pieter,\n\nZie bijlage.\n\nSanne\n",
        attachments: [report],
      })
    );
    expect(result.verdict.hits.map((h) => h.rule)).toContain("internal-attachment");
  });

  it("the same report to an outside recipient needs a secure channel and encryption", async () => {
    const report = await pdfAttachment("document_0203.pdf", LAB_REPORT);
    const result = check(
      draft({
        to: [OUTSIDE],
        subject: "Voor donderdag",
        body: "Geachte collega,\n\nZie bijlage.\n",
        attachments: [report],
      })
    );
    expect(result.verdict.action).toBe("secure");
    expect(result.verdict.hits.map((h) => h.rule)).toContain("unencrypted-attachment");
  });

  it("stays quiet for a staff list with birthdates in a mail that is not about care", async () => {
    const list = await pdfAttachment("verjaardagen.pdf", [
      "Verjaardagen team 2025",
      "Sanne Bouwhuis - 14-07-1986",
      "Pieter Lammers - 02-11-1979",
    ]);
    const result = check(
      draft({
        subject: "Verjaardagenlijst",
        body: "Hoi Pieter,\n\nDe verjaardagenlijst voor de kantine hangt in de bijlage.\n\nSanne\n",
        attachments: [list],
      })
    );
    expect(result.verdict.hits.map((h) => h.rule)).not.toContain("internal-attachment");
    expect(result.verdict.action).toBe("allow");
  });
});

describe("internal-attachment: when a birthdate makes an attachment a personal record", () => {
  const where = "attachment:document1.pdf" as const;
  const readable: Attachment = {
    name: "document1.pdf",
    contentType: "application/pdf",
    size: 4000,
    kind: "file",
    extraction: { texts: [{ source: "document1.pdf", text: "x".repeat(40) }], facts: [] },
  };
  const internal = { to: [COLLEAGUE], from: FROM, attachments: [readable] };

  it("fires when the mail's text speaks of care, or the record holds a health word or a sensitive care setting", () => {
    const person = [finding("name", where), finding("birthdate", where)];
    const careInBody = finding("medical", "body", ["lab"]);
    for (const category of ["medical", "logistic"] as const)
      expect(
        run(internalAttachment, { draft: internal, category, findings: [careInBody, ...person] })
      ).not.toBeNull();
    expect(
      run(internalAttachment, {
        draft: internal,
        category: "none",
        findings: [...person, finding("medical", where, ["lab", "weak"])],
      })
    ).not.toBeNull();
    expect(
      run(internalAttachment, {
        draft: internal,
        category: "none",
        findings: [...person, finding("medical", where, ["provider", "sensitive-context"])],
      })
    ).not.toBeNull();
  });

  it("does not fire for a birthdate alone in a mail that is not about care, or for care words without one", () => {
    const person = [finding("name", where), finding("birthdate", where)];
    expect(
      run(internalAttachment, { draft: internal, category: "none", findings: person })
    ).toBeNull();
    expect(
      run(internalAttachment, {
        draft: internal,
        category: "none",
        findings: [...person, finding("medical", where, ["provider"])],
      })
    ).toBeNull();
    expect(
      run(internalAttachment, {
        draft: internal,
        category: "medical",
        findings: [finding("name", where), finding("medical", where, ["lab", "weak"])],
      })
    ).toBeNull();
  });
});
