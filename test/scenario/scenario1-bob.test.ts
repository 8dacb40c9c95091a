import { HUISARTS, mail, outcome, pdf } from "./scenarioFixtures";

// 004 Scenario 1, Bob: asks for his dossier to be mailed. Portal, PGO or secure mail; never a plain attachment.
describe("004 Scenario 1 — Bob asks for his medical record", () => {
  const bob = { address: "bob.terpstra@xs4all.nl", name: "Bob Terpstra" };

  it("the dossier as an unencrypted PDF to his own mailbox must go securely (secure + unencrypted-attachment)", () => {
    const draft = mail({
      from: HUISARTS,
      to: [bob],
      subject: "Uw dossier",
      body: "Beste meneer Terpstra,\n\nIn de bijlage vindt u een kopie van uw medisch dossier, zoals u vroeg.\n\nMet vriendelijke groet,\nEls",
      attachments: [
        pdf(
          "Medisch_dossier_Terpstra.pdf",
          "Medisch dossier. Diagnose: hypertensie. Medicatie: amlodipine 5 mg. Geboortedatum 03-04-1961."
        ),
      ],
    });
    expect(outcome(draft)).toMatchObject({
      action: "secure",
      rules: ["secure-channel-required", "unencrypted-attachment"],
    });
  });

  it("a note that the dossier is ready in the portal may go by plain mail (allow)", () => {
    const draft = mail({
      from: HUISARTS,
      to: [bob],
      subject: "Bericht in het patiëntenportaal",
      body: "Beste meneer Terpstra,\n\nEr staat een bericht voor u klaar in het patiëntenportaal. U kunt inloggen via onze website.\n\nMet vriendelijke groet,\nEls",
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });
});
