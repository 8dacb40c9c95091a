import type { Attachment } from "../../src/engine/draft";
import { HUISARTS, mail, outcome } from "./scenarioFixtures";

// 004 Scenario 2, Sophie: blood test results. Scanning them into a PDF and mailing them unsecured is not allowed,
// also when she says on the phone that it is fine.
describe("004 Scenario 2 — Sophie's blood test results", () => {
  const sophie = { address: "sophie.kramer@live.nl", name: "Sophie Kramer" };

  it("a scan of the results by plain mail must go securely (secure + unencrypted-attachment)", () => {
    const scan: Attachment = {
      name: "scan_uitslag_bloedonderzoek.pdf",
      contentType: "application/pdf",
      size: 80000,
      kind: "file",
    };
    const draft = mail({
      from: HUISARTS,
      to: [sophie],
      subject: "Uitslagen bloedonderzoek",
      body: "Beste Sophie,\n\nZoals telefonisch besproken stuur ik je de uitslagen van je bloedonderzoek: je hemoglobine is 7,1 en het ijzer is laag.\n\nGroet,\nEls",
      attachments: [scan],
    });
    expect(outcome(draft)).toMatchObject({
      action: "secure",
      rules: ["secure-channel-required", "unencrypted-attachment"],
    });
  });

  it("her consent by phone does not make plain mail acceptable", () => {
    const draft = mail({
      from: HUISARTS,
      to: [sophie],
      subject: "Uitslag",
      body: "Beste Sophie,\n\nJe gaf telefonisch aan dat gewone mail prima is. Je ferritine is 9 en de huisarts schrijft ijzertabletten voor.\n\nGroet,\nEls",
    });
    expect(outcome(draft)).toMatchObject({ action: "secure", rules: ["secure-channel-required"] });
  });

  it("a notice that the results are in the portal may go by plain mail (allow)", () => {
    const draft = mail({
      from: HUISARTS,
      to: [sophie],
      subject: "Nieuw bericht in het portaal",
      body: "Beste Sophie,\n\nEr staat een nieuw bericht voor je klaar in het patiëntenportaal.\n\nGroet,\nEls",
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });
});
