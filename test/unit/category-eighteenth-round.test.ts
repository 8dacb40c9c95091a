/**
 * Kinds of error found in the eighteenth to twenty-first rounds of independent writers (first scores in
 * test/corpus-extra/README.md), each as new fictitious mail written for this test by the engineer, not
 * copied from the corpus. Each kept-back case has a harmless twin where the kind allows one.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { readForeign } from "../../src/engine/features/language";
import { hasMoment } from "../../src/engine/features/moment";
import { topicSentence } from "../../src/engine/features/statements";
import { detectMedical } from "../../src/engine/detect/medical";
import { detectPassword } from "../../src/engine/detect/password";
import { normalizeText } from "../../src/engine/text/normalize";
import type { DetectInput } from "../../src/engine/detect/context";

const GP = { address: "assistente@huisartsdeberk.nl", name: "Huisartsenpraktijk De Berk" };
const PHYSIO = { address: "balie@fysiodeberk.nl", name: "Fysiotherapie De Berk" };
const PATIENT: Address[] = [{ address: "k.vandam71@ziggo.nl", name: "Karin van Dam" }];
const EMPLOYER: Address[] = [{ address: "j.smit@smitlogistiek.nl", name: "Jeroen Smit" }];
const verdict = (from: Address, to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from, to, subject, body }));

function input(text: string): DetectInput {
  return { norm: normalizeText(text), where: "body", senderNameParts: [] };
}

describe("a mail in the patient's own language", () => {
  const POLISH =
    "Dzień dobry Pani Karino,\n\nwynik badania krwi z poniedziałku jest już gotowy: żelazo jest za niskie. Lekarz prosi o wizytę w przyszłym tygodniu. Proszę zadzwonić do przychodni.\n\nPozdrawiam\nAnna";
  const POLISH_GENERAL =
    "Dzień dobry Pani Karino,\n\nw czasie świąt przychodnia jest zamknięta. W nagłych przypadkach proszę dzwonić na numer dyżurny. Życzymy wesołych świąt i dziękujemy za pytanie.\n\nPozdrawiam\nAnna";

  test("is read as another language, and a result there is the patient's", () => {
    expect(readForeign(POLISH)).toEqual({
      foreign: true,
      care: true,
      appointment: false,
      general: false,
    });
    expect(verdict(GP, PATIENT, "Wynik", POLISH).verdict.action).toBe("secure");
  });

  test("goes when it names no care (the practice's holiday closure)", () => {
    expect(readForeign(POLISH_GENERAL).care).toBe(false);
    expect(verdict(GP, PATIENT, "Święta", POLISH_GENERAL).verdict.action).toBe("allow");
  });

  test("a Dutch table of abbreviations is not another language; German is, despite 'der' and 'und'", () => {
    expect(
      readForeign(
        "RR 135/85, pols 72, sat 97%, temp 37,2, gew 81 kg, BMI 27, DM2, HbA1c 53, eGFR 71"
      ).foreign
    ).toBe(false);
    expect(
      readForeign(
        "Hallo Herr Braun, wie besprochen die Übungen für zuhause, jetzt wo die Schwellung am Knie weniger ist und der Schmerz nicht mehr so stark."
      )
    ).toMatchObject({ foreign: true, care: true });
  });

  test("an appointment word with one moment counts, opening hours do not", () => {
    expect(
      readForeign(
        "Bonjour Madame Leroy, votre rendez-vous chez le kiné est déplacé à mardi 8 décembre à 10h30. Merci de nous prévenir si vous ne pouvez pas venir."
      ).appointment
    ).toBe(true);
    expect(
      readForeign(
        "Bonjour Madame Leroy, pour un rendez-vous appelez le cabinet entre 08:00-12:00 du lundi au vendredi. Merci et bonne journée à vous."
      ).appointment
    ).toBe(false);
  });
});

describe("password labels in patients' languages", () => {
  const found = (text: string) => detectPassword(input(text)).map((f) => f.text);

  test("a made-up value after the label is the secret", () => {
    expect(found("Plik jest zabezpieczony. Hasło: Lipa#2026")).toEqual(["Lipa#2026"]);
    expect(found("La contraseña es: Mar!2026 para abrir el archivo.")).toEqual(["Mar!2026"]);
  });

  test("an opening cue in the patient's language with the value after 'yani'", () => {
    expect(found("Dosya kilitli. Açmak için: doğum yılınız + soyadınız, yani 1985Demir.")).toEqual([
      "1985Demir",
    ]);
  });

  test("a number after the next sentence's colon is no password ('Uw kenmerk: …')", () => {
    expect(
      found("Het wachtwoord stuur ik via WhatsApp naar uw collega. Uw kenmerk: 137135425.")
    ).toEqual([]);
  });

  test("an ordinary word after it is not (the words around it are not read there)", () => {
    expect(found("سنرسل لك كلمة السر اليوم برسالة")).toEqual([]);
    expect(found("Hasło wyślemy SMS-em jutro rano.")).toEqual([]);
  });
});

test("a medicine by its INN stem is found; a word with a look-alike ending is not", () => {
  const medical = (text: string) =>
    detectMedical(input(text))
      .filter((f) => f.tags?.includes("medication"))
      .map((f) => f.text.toLowerCase());
  expect(medical("Het gaat met de timolol-druppels nog niet goed.")).toContain("timolol");
  expect(medical("Hij is deze week begonnen met methylphenidate.")).toContain("methylphenidate");
  expect(medical("Het magazine ligt in de wachtkamer, net als de vitamine-folder.")).toEqual([]);
});

test("a day of the month is a moment; an ordinal before a noun is not", () => {
  expect(hasMoment("Overdag nog om tot de 14e.")).toBe(true);
  expect(hasMoment("Zie je de 3de!")).toBe(true);
  expect(hasMoment("Dit is de 2e keer dit jaar.")).toBe(false);
  expect(hasMoment("Ze scoort op de 5e percentiel.")).toBe(false);
});

describe("a care provider about one person to an employer", () => {
  test("kept back: the person was seen on the consultation hour, with what they can do", () => {
    const v = verdict(
      { address: "m.bakker@arbodienstoost.nl", name: "M. Bakker, bedrijfsarts" },
      EMPLOYER,
      "Terugkoppeling",
      "Beste Jeroen,\n\nVanmorgen heb ik Sanne Post op het spreekuur gezien. Ze kan voorlopig halve dagen werken, niet tillen.\n\nGroet,\nMarco Bakker"
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("kept back: passed on with consent, in words no lexicon holds", () => {
    const v = verdict(
      { address: "praktijk@psychologiedeeik.nl", name: "Psychologiepraktijk De Eik" },
      EMPLOYER,
      "RE: Sanne",
      "Hoi Jeroen,\n\nSanne Post heeft me gevraagd je kort te antwoorden. Ze zit nu in een lastige tijd; het magazijn is voorlopig te druk voor haar, rustig werk op kantoor lukt wel.\n\nGroet,\nEva"
    );
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("goes: the same sender about planning, with no person", () => {
    const v = verdict(
      { address: "praktijk@psychologiedeeik.nl", name: "Psychologiepraktijk De Eik" },
      EMPLOYER,
      "Workshop werkdruk",
      "Hoi Jeroen,\n\nDe workshop over werkdruk voor jullie teamleiders kan op 12 januari. De factuur volgt na afloop.\n\nGroet,\nEva"
    );
    expect(v.verdict.action).toBe("allow");
  });
});

describe("short replies whose care is in the quoted question", () => {
  const reply = (body: string, quoted: string) =>
    verdict(PHYSIO, PATIENT, "RE: vraagje", `${body}\n\nGroet, Bas\n\n> ${quoted}`);

  test("kept back: the writer's own aid asked after", () => {
    expect(
      reply(
        "Ja, ze zijn binnen, ophalen kan vanaf morgen.",
        "Zijn mijn nieuwe steunzolen al binnen?"
      ).verdict.action
    ).toBe("secure");
  });

  test("kept back: the writer's own body in the informal 'mn'", () => {
    expect(
      reply(
        "Top! Dan gaan we naar 1x per week.",
        "mn knie gaat echt een stuk beter, kan ik minder vaak komen?"
      ).verdict.action
    ).toBe("secure");
  });

  test("goes: a general question in the first person", () => {
    expect(
      reply(
        "Afzeggen kan tot 24 uur van tevoren, telefonisch of via dit adres.",
        "Hoe gaat dat eigenlijk als ik een keer niet kan komen?"
      ).verdict.action
    ).toBe("allow");
  });
});

test("an appointment said without the word: 'je kunt om 8.15 terecht bij Marloes'", () => {
  const v = verdict(
    PHYSIO,
    PATIENT,
    "dinsdag",
    "Hoi Karin,\n\nDinsdag ben ik er niet, je kunt om 8.15 terecht bij Marloes. Is dat goed?\n\nGr Bas"
  );
  expect(v.category).toBe("logistic");
  expect(v.verdict.action).toBe("secure");
});

test("'the patient portal' names a service: a general English answer goes", () => {
  const v = verdict(
    GP,
    [{ address: "a.lind@gmail.com", name: "Anna Lind" }],
    "RE: repeat prescriptions",
    "Dear Ms Lind,\n\nRepeat prescriptions can be ordered through the patient portal. Order before 10:00 and the medication is ready at your pharmacy two working days later. Antibiotics are never repeat prescriptions.\n\nKind regards,\nThe practice\n\n> How do repeat prescriptions work here?"
  );
  expect(v.verdict.action).toBe("allow");
});

test("an order mailbox is no private person: a supplier order with a delivery date goes", () => {
  const v = verdict(
    { address: "praktijk@podotherapie-stap.nl", name: "Podotherapie Stap" },
    [{ address: "orders@orthobase-podo.nl", name: "Orthobase bestellingen" }],
    "bestelling",
    "Hoi Martijn,\n\nGraag 10 platen EVA 4 mm en 2 dozen lijm. Levering graag voor de 10e, we maken veel nieuwe steunzolen in december.\n\nGr, Mirjam"
  );
  expect(v.verdict.action).toBe("allow");
});

test("a relative with the addressee's surname is not the addressee: the father's moved appointment to the daughter at work", () => {
  const v = verdict(
    GP,
    [{ address: "petra.vos@vosbouw.nl", name: "Vos, Petra" }],
    "afspraak",
    "Beste mevrouw Vos,\n\nOp uw verzoek sturen we de afspraken van uw vader, de heer Hendrik Vos, ook naar u, want hij heeft zelf geen e-mail. Zijn controle bij dokter Bakker gaat van donderdag naar woensdag 9 december om 11.20 uur, omdat dokter Bakker donderdag vrij is.\n\nMet vriendelijke groet,\nNadia"
  );
  expect(v.verdict.action).toBe("secure");
});

test("a hearing aid called 'uw linker toestel' is the addressee's care aid", () => {
  const v = verdict(
    { address: "service@hoorcentrumwaal.nl", name: "Hoorcentrum Waal" },
    PATIENT,
    "RE: piepen",
    "Beste mevrouw Van Dam,\n\nIk heb uw rechter toestel vanmiddag op afstand wat zachter gezet, dan zou het fluiten minder moeten zijn.\n\nGroet,\nJoris"
  );
  expect(v.verdict.action).toBe("secure");
});

test("'your medical record' is a sentence about data, as 'uw dossier' is", () => {
  expect(topicSentence("We send your medical record to the new practice securely.")).toBe(
    "general"
  );
  expect(topicSentence("We sturen uw dossier beveiligd naar de nieuwe praktijk.")).toBe("general");
});
