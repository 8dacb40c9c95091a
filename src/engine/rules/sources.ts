import type { HandbookSource } from "../types";

/** The handbook passages (../shared/handbook) the rules come from. */
const RULES_000 = "000_dc9636fa2b61503c.txt";
const TOOLKIT_002 = "002_11c1510be79ed178.txt";

export const SOURCES = {
  decisionTree: {
    file: TOOLKIT_002,
    section:
      "Toolkit, Wat is persoonlijke gezondheidsinformatie? — beslisboom 'Moet ik veilige e-mail gebruiken?'",
  },
  fieldContext: { file: TOOLKIT_002, section: "Toolkit, De context van het werkveld" },
  noSensitiveAttachments: {
    file: RULES_000,
    section:
      "Belangrijke regels voor veilig gebruik van e-mail: 'Stuur geen bijlagen mee waar gevoelige persoonsgegevens in staan'; Informatie uitwisselen met andere partijen: 'versleutel het bestand'",
  },
  passwordElsewhere: {
    file: RULES_000,
    section:
      "Informatie uitwisselen met andere partijen: 'Verstuur daarna het wachtwoord ... via een ander platform ... Stuur het niet via een andere e-mail'",
  },
  groupMailHidden: {
    file: TOOLKIT_002,
    section:
      "Praktijkregels, Informeren van patiënt over veilig mail: groepsmails 'waarbij ontvangers niet kunnen zien naar wie het bericht nog meer is gestuurd'",
  },
  doubleCheckRecipient: {
    file: RULES_000,
    section:
      "Belangrijke regels voor veilig gebruik van e-mail: 'Dubbelcheck altijd de geadresseerde'",
  },
  addressBook: { file: TOOLKIT_002, section: "Praktijkregels, Gebruik van een adresboek" },
  linkInsidePractice: {
    file: RULES_000,
    section:
      "Belangrijke regels voor veilig gebruik van e-mail: 'Informatie uitwisselen binnen de praktijk? ... een link naar het bestand'",
  },
} satisfies Record<string, HandbookSource>;
