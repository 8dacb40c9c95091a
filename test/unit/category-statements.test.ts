/**
 * Category by statements about a person (issue 11): kinds of mail, written for this test (fictitious),
 * not taken from any corpus. General information in the "u" form, about data, or as a blank form is
 * topic text whatever the greeting; a short personal care reply to a patient is care.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Draft } from "../../src/engine/draft";

const FROM = {
  address: "assistent@tandartspraktijk-dekroon.nl",
  name: "Tandartspraktijk De Kroon",
};

function mail(to: string, body: string, subject = "Uw vraag", extra: Partial<Draft> = {}): Draft {
  return emptyDraft({ from: FROM, to: to ? [{ address: to }] : [], subject, body, ...extra });
}

const LEAFLET =
  "Wanneer u ongeveer zes weken zwanger bent, kunt u een afspraak maken bij de verloskundige.\n" +
  "Als u bloedverlies of buikpijn heeft, belt u dan direct.\n" +
  "Neem bij misselijkheid kleine maaltijden en drink voldoende water.\n";

describe("topic text is not a statement about the addressee", () => {
  test.each([
    ["Beste redactie,", "redactie@weekblad-oost.nl"],
    ["Beste Eva,", "eva@weekblad-oost.nl"],
    ["Beste patiënt,", "eva@weekblad-oost.nl"],
  ])("leaflet text greeted %s is not medical", (greeting, to) => {
    const r = check(
      mail(to, `${greeting}\n\n${LEAFLET}\nMet vriendelijke groet,\nPraktijk De Kroon`)
    );
    expect(r.category).not.toBe("medical");
    expect(r.verdict.action).toBe("allow");
  });

  test("privacy text about medical data to an IT supplier is not medical", () => {
    const r = check(
      mail(
        "support@ict-leverancier.nl",
        "Beste Mark,\n\nWij verwerken medische gegevens en het dossier van patiënten volgens de AVG.\n" +
          "Diagnoses en uitslagen in het patiëntendossier worden versleuteld opgeslagen.\n\nGroet,\nAnne"
      )
    );
    expect(r.category).not.toBe("medical");
  });

  test("a blank referral form is not filled-in patient data", () => {
    const r = check(
      mail(
        "info@fysio-west.nl",
        "Beste collega,\n\nHierbij het lege verwijsformulier:\n\nNaam:\nGeboortedatum:\nBSN: ____\nDiagnose:\n☐ Lage rugpijn  ☐ Nekklachten\n\nGroet,\nAnne"
      )
    );
    expect(r.category).not.toBe("medical");
  });
});

describe("personal care replies are care", () => {
  test("a dentist's short reply about bleeding after an extraction goes secure", () => {
    const r = check(
      mail(
        "s.jansen1978@gmail.com",
        "Beste Sanne,\n\nEen beetje nabloeden na het trekken van uw verstandskies is normaal. Bijt een half uur op een gaasje.\n\nGroet,\nTandarts De Kroon"
      )
    );
    expect(r.verdict.action).toBe("secure");
  });

  test("a physiotherapist's programme now that the sling may come off goes secure", () => {
    const r = check(
      mail(
        "peter.devries@hotmail.com",
        "Hoi Peter,\n\nNu de mitella af mag na je schouderluxatie, hierbij je oefeningen: til je arm drie keer per dag tot schouderhoogte.\n\nGroet,\nFysio De Kroon"
      )
    );
    expect(r.verdict.action).toBe("secure");
  });

  test("one patient in Bcc is not a broadcast", () => {
    const r = check(
      mail(
        "",
        "Beste mevrouw Bakker,\n\nUw uitslag van de chlamydiatest is positief. U krijgt een antibioticakuur.\n\nGroet,\nAnne",
        "Uitslag",
        { to: [{ address: FROM.address }], bcc: [{ address: "j.bakker@ziggo.nl" }] }
      )
    );
    expect(r.category).toBe("medical");
    expect(r.verdict.action).toBe("secure");
  });
});

describe("a result stated in everyday words is the addressee's", () => {
  test.each([
    [
      "Hoi Tom,\n\nBloed was prima hoor, ijzer is weer normaal. Nog een maandje doorslikken die pillen.\n\nSanne",
    ],
    [
      "Beste mevrouw Smit,\n\nUw kweek was positief voor chlamydia. U kunt azitromycine ophalen.\n\nGroet",
    ],
    [
      "Hi Tom,\n\nThe blood test came back fine, keep taking the tablets for another month.\n\nSanne",
    ],
  ])("%s", (body) => {
    const r = check(mail("tom.baker@ziggo.nl", body));
    expect(r.category).toBe("medical");
    expect(r.verdict.action).toBe("secure");
  });
  test.each([
    // general: a hedge, a condition, a question, advice after the value
    ["Beste Tom,\n\nEen kweek is meestal binnen drie dagen klaar en is vaak negatief.\n\nGroet"],
    ["Beste Tom,\n\nAls de kweek positief is, belt de assistente u.\n\nGroet"],
    ["Beste Tom,\n\nParacetamol en ibuprofen zijn prima te combineren.\n\nGroet"],
    ["Beste Tom,\n\nFysiotherapie is goed voor uw conditie.\n\nGroet"],
  ])("%s", (body) => {
    const r = check(mail("tom.baker@ziggo.nl", body));
    expect(r.verdict.action).toBe("allow");
  });
});

describe("the addressee's body beside an appointment is care, not only logistics", () => {
  test("'Hoe gaat het nu met je rug? … bel voor een afspraak' is medical", () => {
    const r = check(
      mail(
        "wim.bos@solcon.nl",
        "Hoi Wim,\n\nHoe gaat het nu met je rug? Als het vrijdag nog zeer doet, bel dan voor een afspraak.\n\nSjoerd"
      )
    );
    expect(r.category).toBe("medical");
    expect(r.because).toBe("medical-addressee-body");
  });
  test("'uw afspraak voor de controle' stays logistic", () => {
    const r = check(
      mail(
        "wim.bos@solcon.nl",
        "Beste meneer Bos,\n\nUw afspraak voor de controle is verzet naar dinsdag 12 januari om 10.00 uur.\n\nGroet"
      )
    );
    expect(r.category).toBe("logistic");
  });
});

describe("contracts and claims with an insurer are business", () => {
  test("a question about a contract offer and a rejected claims batch is none", () => {
    const r = check(
      mail(
        "inkoop@zorgverzekeraar-zuid.nl",
        "Geachte mevrouw Lammers,\n\nDank voor het contractvoorstel 2027 voor de basis-ggz. Het omzetplafond ligt lager dan in 2026." +
          " Onze declaratiebatch is via VECOZO afgekeurd met een onbekende prestatiecode. Onze patiënten wachten op de behandeling.\n\nGroet",
        "Contract 2027"
      )
    );
    expect(r.category).toBe("none");
  });
});

describe("how a service works, told to one patient, is not their care", () => {
  test.each([
    [
      "the portal: 'u vraagt uw vaste medicijnen aan'",
      "Beste Eva,\n\nVia het portaal vraagt u uw vaste medicijnen 24 uur per dag aan. Het recept gaat daarna naar uw eigen apotheek.\n\nGroet",
    ],
    [
      "records shared with consent",
      "Dear Mr Smith,\n\nWe can share your medication records with other pharmacies, but only with your permission.\n\nKind regards",
    ],
    [
      "who sees the file: 'huisartsgegevens', 'als het nodig is voor uw behandeling'",
      "Beste mevrouw Bos,\n\nDe huisartsenpost kan een samenvatting van uw huisartsgegevens zien. Dat gebeurt alleen als het nodig is voor uw behandeling.\n\nGroet",
    ],
    [
      "fasting from 22.00 the evening before",
      "Beste heer Bos,\n\nNuchter zijn betekent dat u vanaf 22.00 uur op de avond voor de bloedafname niets meer eet. Voor de meeste onderzoeken kunt u zonder afspraak komen.\n\nGroet",
    ],
    [
      "a flu-shot catch-up moment for the neighbourhood app",
      "Hoi Marloes,\n\nInhaalmoment griepprik: woensdag 9 december, 16.00 uur. Heeft u koorts? Kom dan niet, maar bel voor een nieuwe afspraak.\n\nGroetjes",
    ],
  ])("%s", (_, body) => {
    const r = check(mail("ans.bos@kpnmail.nl", body));
    expect(r.verdict.action).toBe("allow");
  });

  test.each([
    [
      "a prescription for a named medicine is still their care",
      "Beste Eva,\n\nUw recept voor amoxicilline is naar de apotheek gestuurd.\n\nGroet",
    ],
    [
      "the patient's own complaint in a quoted question still counts",
      "Beste Eva,\n\nKom gerust langs.\n\nGroet\n\nOp 1 dec. 2026 schreef Eva Bos:\n> Ik heb al een week koorts en hoest, moet ik komen?",
    ],
  ])("%s", (_, body) => {
    const r = check(mail("eva.bos@kpnmail.nl", body));
    expect(r.verdict.action).toBe("secure");
  });
});
