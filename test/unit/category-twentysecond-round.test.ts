/**
 * Kinds of error left in the known failures after the twenty-sixth round, each as new fictitious mail
 * written for this test by the engineer, not copied from the corpus. Each kept-back case has a harmless
 * twin where the kind allows one.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";

const verdict = (from: Address, to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from, to, subject, body }));

describe("a colleague's illness told to a staffing agency", () => {
  const GP = { address: "praktijkmanager@huisartsenbreeweg.nl", name: "Huisartsen Breeweg" };
  const AGENCY: Address[] = [{ address: "planning@medflex-uitzend.nl" }];

  test("'onze assistente Lotte Keizer valt uit met een longontsteking' is her health", () => {
    const body =
      "Goedemorgen Sandra,\n\nWe zoeken voor 6 weken een doktersassistente, 2 dagen per week, vanaf 4 januari. Onze assistente Lotte Keizer valt uit met een longontsteking en moet daarna rustig opbouwen.\n\nTarief graag zoals afgesproken.\n\nGroet, Mirjam";
    const v = verdict(GP, AGENCY, "Vervanging assistente", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("the same request for a colleague's holiday goes", () => {
    const body =
      "Goedemorgen Sandra,\n\nWe zoeken voor 6 weken een doktersassistente, 2 dagen per week, vanaf 4 januari. Onze assistente Lotte Keizer gaat op wereldreis en is daarna weer terug.\n\nTarief graag zoals afgesproken.\n\nGroet, Mirjam";
    const v = verdict(GP, AGENCY, "Vervanging assistente", body);
    expect(v.verdict.action).toBe("allow");
  });
});

describe("a job application is work, whatever care words the job has", () => {
  const DENTIST = { address: "info@mondzorgdekade.nl", name: "Mondzorg De Kade" };
  const APPLICANT: Address[] = [{ address: "femke.vos@gmail.com", name: "Femke Vos" }];

  test("an invitation to a job interview for a mondhygiënist is HR mail", () => {
    const body =
      "Beste Femke,\n\nDank voor je sollicitatie op de vacature van mondhygiënist. We nodigen je graag uit voor een sollicitatiegesprek op dinsdag 12 januari om 16.00 uur. Je maakt kennis met het team en we laten je de behandelkamers zien waar je parodontologie en preventie zou doen.\n\nMet vriendelijke groet,\nMondzorg De Kade";
    const v = verdict(DENTIST, APPLICANT, "Uitnodiging sollicitatiegesprek", body);
    expect(v.category).toBe("none");
    expect(v.verdict.action).toBe("allow");
  });

  test("a reference for a former assistant, all about patients and triage, is HR mail", () => {
    const body =
      "Beste meneer Dekker,\n\nU vroeg om een referentie voor Iris Jansen, die tot oktober bij ons werkte. Iris deed de triage aan de telefoon, hielp patiënten bij het spreekuur en was geliefd in de wachtkamer. Ik kan haar van harte aanbevelen voor de functie.\n\nMet vriendelijke groet,\nMondzorg De Kade";
    const v = verdict(
      DENTIST,
      [{ address: "p.dekker@tandartsenwest.nl" }],
      "Referentie Iris Jansen",
      body
    );
    expect(v.category).toBe("none");
    expect(v.verdict.action).toBe("allow");
  });

  test("the applicant's own health beside the interview is still hers", () => {
    const body =
      "Beste Femke,\n\nDank voor je sollicitatie. Je schreef dat je na je rugoperatie nog niet lang kunt staan; we passen het sollicitatiegesprek daarop aan, dinsdag 12 januari om 16.00 uur, zittend.\n\nMet vriendelijke groet,\nMondzorg De Kade";
    const v = verdict(DENTIST, APPLICANT, "Uitnodiging sollicitatiegesprek", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });
});
