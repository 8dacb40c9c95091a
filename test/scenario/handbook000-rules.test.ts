import type { Attachment } from "../../src/engine/draft";
import { HUISARTS, mail, outcome, pdf } from "./scenarioFixtures";

// 000 "Veilig mailen": one case per rule the add-in can enforce, run through the whole engine.
const patient = { address: "gerda.smeets@kpnmail.nl", name: "Gerda Smeets" };
const colleague = { address: "dokter.vos@huisartsen-dorpsplein.nl", name: "Hanna Vos" };
const hospital = {
  address: "poli.interne@ziekenhuis-waterland.nl",
  name: "Polikliniek Interne Geneeskunde",
};

describe("000 — Gebruik alleen gewone e-mail als er geen vertrouwelijke persoonsgegevens in staan", () => {
  it("medical details about a named patient to a hospital's ordinary domain: secure", () => {
    const draft = mail({
      from: HUISARTS,
      to: [hospital],
      subject: "Overleg mevrouw Smeets",
      body: "Geachte collega,\n\nMevrouw Gerda Smeets (geb. 02-03-1950) heeft sinds twee weken oedeem aan beide enkels bij bekend hartfalen. Graag uw advies over de furosemide.\n\nMet collegiale groet,\nHuisartsen Dorpsplein",
    });
    expect(outcome(draft)).toMatchObject({ action: "secure", rules: ["secure-channel-required"] });
  });

  it("a supplier order without personal data: allow", () => {
    const draft = mail({
      from: HUISARTS,
      to: [{ address: "orders@medigroothandel.nl" }],
      subject: "Bestelling",
      body: "Goedemorgen,\n\nGraag bestellen wij 10 dozen handschoenen maat M en 5 flacons desinfectiemiddel.\n\nMet vriendelijke groet,\nHuisartsen Dorpsplein",
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });
});

describe("000 — Stuur geen bijlagen mee waar gevoelige persoonsgegevens in staan", () => {
  it("an unencrypted referral letter to another institution: secure + unencrypted-attachment", () => {
    const draft = mail({
      from: HUISARTS,
      to: [hospital],
      subject: "Verwijzing",
      body: "Geachte collega,\n\nZie bijlage.\n\nMet collegiale groet,\nHuisartsen Dorpsplein",
      attachments: [
        pdf(
          "Verwijsbrief_Smeets.pdf",
          "Verwijsbrief. Patiënt: G. Smeets, geboren 02-03-1950. Reden: verdenking hartfalen, NT-proBNP verhoogd."
        ),
      ],
    });
    expect(outcome(draft)).toMatchObject({
      action: "secure",
      rules: ["secure-channel-required", "unencrypted-attachment"],
    });
  });
});

describe("000 — Versleutel het bestand en stuur het wachtwoord via een ander platform, niet per e-mail", () => {
  const archive: Attachment = {
    name: "gegevens.7z",
    contentType: "application/x-7z-compressed",
    size: 40000,
    kind: "file",
    extraction: {
      texts: [],
      facts: [
        {
          type: "encrypted",
          text: "",
          where: "attachment:gegevens.7z",
          start: 0,
          end: 0,
          confidence: 1,
        },
      ],
    },
  };

  it("the password in the same mail: block", () => {
    const draft = mail({
      from: HUISARTS,
      to: [hospital],
      subject: "Gegevens",
      body: "Geachte collega,\n\nHierbij het versleutelde bestand.\nWachtwoord: Dorpsplein#2025\n\nMet collegiale groet,\nHuisartsen Dorpsplein",
      attachments: [archive],
    });
    expect(outcome(draft).action).toBe("block");
    expect(outcome(draft).rules).toContain("password-in-mail");
  });

  it("the password by SMS, a cover note with practice information only: allow", () => {
    const draft = mail({
      from: HUISARTS,
      to: [patient],
      subject: "Uw document",
      body: "Beste mevrouw Smeets,\n\nIn de bijlage vindt u het bestand. Het wachtwoord sturen wij u apart per sms. Lukt het openen niet, bel dan de praktijk.\n\nMet vriendelijke groet,\nHuisartsen Dorpsplein",
      attachments: [archive],
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });
});

describe("000 — Dubbelcheck altijd de geadresseerde", () => {
  it("a typo domain: warn (lookalike-domain)", () => {
    const draft = mail({
      from: HUISARTS,
      to: [{ address: "gerda.smeets@hotmial.com", name: "Gerda Smeets" }],
      subject: "Parkeren",
      body: "Beste mevrouw Smeets,\n\nU kunt gratis parkeren achter het gezondheidscentrum.\n\nMet vriendelijke groet,\nHuisartsen Dorpsplein",
    });
    expect(outcome(draft)).toMatchObject({ action: "warn", rules: ["lookalike-domain"] });
  });

  it("PHI to a new outside address, when the mailbox keeps a history: warn (new-recipient)", () => {
    const draft = mail({
      from: HUISARTS,
      to: [{ address: "s.maas@ezorg.nl", name: "S. Maas" }],
      subject: "Overleg",
      body: "Beste collega Maas,\n\nMevrouw Smeets gebruikt sinds kort metoprolol en heeft last van duizeligheid.\n\nMet collegiale groet,\nHuisartsen Dorpsplein",
    });
    expect(outcome(draft, { knownRecipient: () => false })).toMatchObject({
      action: "warn",
      rules: ["new-recipient"],
    });
    expect(outcome(draft, { knownRecipient: () => true })).toMatchObject({
      action: "allow",
      rules: [],
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });

  it("PHI greeting someone other than the recipient: warn (recipient-mismatch)", () => {
    const draft = mail({
      from: HUISARTS,
      to: [colleague],
      subject: "Terugbellen",
      body: "Hoi Fatima,\n\nMevrouw Smeets belde: van de nieuwe inhalator krijgt ze hartkloppingen. Wil jij haar terugbellen?\n\nGroet, Els",
    });
    expect(outcome(draft)).toMatchObject({ action: "warn", rules: ["recipient-mismatch"] });
  });
});

describe("000 — Informatie uitwisselen binnen de praktijk? Zet een link naar het bestand", () => {
  it("a lab report as an attachment to a colleague: warn (internal-attachment)", () => {
    const draft = mail({
      from: HUISARTS,
      to: [colleague],
      subject: "Labuitslag mevrouw Smeets",
      body: "Hoi Hanna,\n\nIn de bijlage de labuitslag van mevrouw Smeets: kalium 6,1. Kun je ernaar kijken?\n\nGroet, Els",
      attachments: [
        pdf(
          "Labuitslag_Smeets.pdf",
          "Laboratoriumuitslag. Kalium 6,1 mmol/l (verhoogd). Kreatinine 130 umol/l."
        ),
      ],
    });
    expect(outcome(draft)).toMatchObject({ action: "warn", rules: ["internal-attachment"] });
  });

  it("a link to the file in the HIS: allow", () => {
    const draft = mail({
      from: HUISARTS,
      to: [colleague],
      subject: "Labuitslag mevrouw Smeets",
      body: "Hoi Hanna,\n\nDe labuitslag van mevrouw Smeets (kalium 6,1) staat in het HIS: https://his.huisartsen-dorpsplein.nl/dossier/123. Kun je ernaar kijken?\n\nGroet, Els",
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });
});
