/**
 * Kinds of error left after the sixteenth round and found in the seventeenth round of independent
 * writers (first scores in test/corpus-extra/README.md), each as new fictitious mail written for this
 * test by the engineer, not copied from the corpus.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { analyse } from "../../src/engine/classify";
import { statements } from "../../src/engine/features/statements";

const DENTIST = { address: "balie@tandartsdemolen.nl", name: "Tandartspraktijk De Molen" };
const PRIVATE: Address[] = [{ address: "r.kuipers@kpnmail.nl", name: "Rob Kuipers" }];
const send = (to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from: DENTIST, to, subject, body }));
const QUESTION = "\n\n> Wat kost dat ongeveer en wat vergoedt mijn verzekering?";

test("kept back: an answer to a cost question names the addressee's tooth by number and its complaint", () => {
  const v = send(
    PRIVATE,
    "RE: kosten",
    "Beste Rob,\n\nDe basisverzekering vergoedt geen tandzorg voor volwassenen; kijk in uw polis.\n\nVoor de vulling van uw 36 met het gaatje op de foto komt de begroting op ongeveer 95 euro.\n\nGroet,\nLinda" +
      QUESTION
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: the same answer without a tooth of his ('een gaatje in een kies')", () => {
  const v = send(
    PRIVATE,
    "RE: kosten",
    "Beste Rob,\n\nDe basisverzekering vergoedt geen tandzorg voor volwassenen; kijk in uw polis.\n\nEen vulling voor een gaatje in een kies kost ongeveer 95 euro.\n\nGroet,\nLinda" +
      QUESTION
  );
  expect(v.verdict.action).toBe("allow");
});

test("a two-digit number after 'je' or 'uw' that is a date or an amount is no tooth", () => {
  const owned = (line: string): boolean => {
    const a = analyse(
      emptyDraft({
        from: DENTIST,
        to: PRIVATE,
        subject: "RE: kosten",
        body: `Beste Rob,\n\n${line}\n\nGroet,\nLinda` + QUESTION,
      })
    );
    if (!a.mail) throw new Error("no mail text");
    return statements(a.findings, a.mail).ownBodyComplaint;
  };
  expect(owned("De vulling van uw 36 met het gaatje op de foto kost 95 euro.")).toBe(true);
  expect(owned("Kan je dinsdag 16 december komen voor het gaatje in een kies?")).toBe(false);
  expect(owned("Bij uw 46 jaar oude polis vergoedt de verzekeraar een gaatje niet.")).toBe(false);
  expect(owned("Een vulling voor uw 36 euro-tegoed bij een gaatje: kan niet.")).toBe(false);
});

const DIETITIAN = {
  address: "sabine@dietistpraktijk-delinde.nl",
  name: "Diëtistenpraktijk De Linde",
};
const coach = (body: string) =>
  check(
    emptyDraft({
      from: DIETITIAN,
      to: [{ address: "m.hakkert@ziggo.nl", name: "Mirjam Hakkert" }],
      subject: "tip",
      body,
    })
  );

test("kept back: a dietitian's weigh-in on a day part ('donderdagochtend op de weegschaal')", () => {
  const v = coach(
    "Hoi Mirjam,\n\nKnap gedaan! Vervang het koekje bij de koffie eens door een appel, en ga donderdagochtend even op de weegschaal staan voor je bij mij komt.\n\nGroetjes,\nSabine"
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: the practice's weekly day part ('Op woensdagmiddag neemt ... waar') is no one's moment", () => {
  const v = coach(
    "Hoi Mirjam,\n\nOp woensdagmiddag en in de vakanties neemt diëtistenpraktijk Het Hof voor ons waar. Een weegschaal lenen kan altijd.\n\nGroetjes,\nSabine"
  );
  expect(v.verdict.action).toBe("allow");
});

const MIDWIFE = {
  address: "inge@verloskundigen-deduinen.nl",
  name: "Verloskundigenpraktijk De Duinen",
};
const atWork = (body: string) =>
  check(
    emptyDraft({
      from: MIDWIFE,
      to: [{ address: "l.demir@bouwbedrijf-kustlijn.nl", name: "Leyla Demir" }],
      subject: "RE: vraag",
      body: body + "\n\n> Kun je de datum nog even mailen?",
    })
  );

test("kept back: to a patient's work address, her own scan with its moment ('Bij jouw termijnecho ... 6 juli')", () => {
  const v = atWork(
    "Hoi Leyla,\n\nBij jouw termijnecho kwamen we uit op 12 weken, dus je uitgerekende datum wordt 6 juli.\n\nLiefs,\nInge"
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: to the same work address, how the scans go in general", () => {
  const v = atWork(
    "Hoi Leyla,\n\nDe termijnecho maken we meestal rond 10 tot 12 weken; de uitnodiging volgt vanzelf.\n\nLiefs,\nInge"
  );
  expect(v.verdict.action).toBe("allow");
});

const DIET = { address: "ilse@dietist-smakelijk.nl", name: "Diëtistenpraktijk Smakelijk" };
const diet = (subject: string, body: string, name = "Wouter Kramer") =>
  check(
    emptyDraft({
      from: DIET,
      to: [{ address: "wkramer@hotmail.com", name }],
      subject,
      body,
    })
  );

test("kept back: the addressee's weight going up in lay words ('Je gewicht ging ... 1 kilo omhoog')", () => {
  const v = diet(
    "bijpraten",
    "Hoi Wouter,\n\nJe gewicht ging deze week 2 kilo omhoog. Volhouden!\n\nGroet, Ilse"
  );
  expect(v.verdict.action).toBe("secure");
});

test("kept back and warned: the same note greeting another first name than the recipient's", () => {
  const v = diet(
    "bijpraten",
    "Hoi Sanne,\n\nJe gewicht ging deze week 2 kilo omhoog. Volhouden!\n\nGroet, Ilse"
  );
  expect(v.verdict.action).toBe("secure");
  expect(v.verdict.hits.map((h) => h.rule)).toContain("recipient-mismatch");
});

test("goes: a payment reminder with an invoice date is no appointment ('Herinnering factuur ... van 14 oktober')", () => {
  const v = diet(
    "Herinnering factuur 2026-0412",
    "Beste meneer Kramer,\n\nVolgens onze administratie staat factuur 2026-0412 van 14 oktober (kookboek) nog open: € 24,95. Heeft u al betaald, dan kunt u deze mail vergeten.\n\nMet vriendelijke groet,\nAdministratie"
  );
  expect(v.verdict.action).toBe("allow");
});

test("a paper's or club's mailbox at a mail provider is no private person; 'Dirk van Loon' is one", () => {
  const leaflet = (to: Address) =>
    check(
      emptyDraft({
        from: { address: "poh@huisartsen-debeek.nl", name: "Huisartsen De Beek" },
        to: [to],
        subject: "tekst wijkkrant",
        body: "Hallo redactie,\n\nHierbij de tekst:\n\nBekijk elke dag uw voeten. Ziet u een wondje of een blaar? Bel dan dezelfde dag de praktijkondersteuner.\n\nGroet, Mirjam",
      })
    );
  expect(
    leaflet({ address: "wijkkrant.noord@gmail.com", name: "Redactie Wijkkrant Noord" }).verdict
      .action
  ).toBe("allow");
  const dirk = check(
    emptyDraft({
      from: { address: "poh@huisartsen-debeek.nl", name: "Huisartsen De Beek" },
      to: [{ address: "dirkvanloon@xs4all.nl", name: "Dirk van Loon" }],
      subject: "uw voet",
      body: "Beste Dirk,\n\nHet wondje op uw voet ziet er vandaag beter uit. Tot dinsdag.\n\nGroet, Mirjam",
    })
  );
  expect(dirk.verdict.action).toBe("secure");
});

test("warned: a report over ZorgMail to 'H. Verbeek huisarts' that greets 'collega Kuipers'", () => {
  const report = (greeting: string) =>
    check(
      emptyDraft({
        from: { address: "info@fysio-debrug.nl", name: "Fysio De Brug" },
        to: [{ address: "hverbeek@lms.lifeline.nl", name: "H. Verbeek huisarts" }],
        subject: "eindrapportage",
        body: `Beste collega ${greeting},\n\nHierbij de eindrapportage van uw patiënt dhr. P. Smit, verwezen met lage-rugpijn. Na 8 behandelingen is de pijn verdwenen.\n\nMet collegiale groet,\nAnouk`,
      })
    ).verdict.hits.map((h) => h.rule);
  expect(report("Kuipers")).toContain("recipient-mismatch");
  expect(report("Verbeek")).not.toContain("recipient-mismatch");
});

test("kept back: the subject names the relative ('je vader') whose body the note speaks of ('zijn enkel')", () => {
  const note = (subject: string) =>
    check(
      emptyDraft({
        from: { address: "team.oost@thuiszorg-samen.nl", name: "Thuiszorg Samen" },
        to: [{ address: "k.bakker@live.nl", name: "Karin Bakker" }],
        subject,
        body: "Hoi Karin,\n\nDie plek op zijn enkel is nog rood, maar niet open. We leggen er 's nachts een kussentje onder.\n\nGroet, Femke",
      })
    ).verdict.action;
  expect(note("je vader")).toBe("secure");
});

const PHARMACY = { address: "bestellingen@apotheek-dekroon.nl", name: "Apotheek De Kroon" };
const pharmacy = (body: string, quoted = "") =>
  check(
    emptyDraft({
      from: PHARMACY,
      to: [{ address: "g.mulder@caiway.nl", name: "Gerrit Mulder" }],
      subject: "uw bestelling",
      body: body + quoted,
    })
  ).verdict.action;

test("kept back: a pharmacy note gives the addressee's dose in lay words ('daarvan neemt u een halve')", () => {
  expect(
    pharmacy(
      "Beste heer Mulder,\n\nUw doosjes liggen klaar. De nieuwe pilletjes zitten erbij, daarvan neemt u voorlopig een halve.\n\nMet vriendelijke groet,\nApotheek De Kroon"
    )
  ).toBe("secure");
});

test("goes: the same words as an answer to a general question ('Hoe neem ik een halve tablet?')", () => {
  expect(
    pharmacy(
      "Beste heer Mulder,\n\nEen tablet met een breukstreep kunt u delen; neemt u een halve, bewaar de andere helft dan in het doosje.\n\nMet vriendelijke groet,\nApotheek De Kroon",
      "\n\n> Kun je eigenlijk een tablet doormidden breken?"
    )
  ).toBe("allow");
});

const PHYSIO_DESK = { address: "receptie@fysio-dewaard.nl", name: "Fysiotherapie De Waard" };
const answer = (turn: string) =>
  check(
    emptyDraft({
      from: PHYSIO_DESK,
      to: [{ address: "h.dekker@home.nl", name: "Hans Dekker" }],
      subject: "RE: vergoeding",
      body: `Beste meneer Dekker,\n\nBij artrose van knie of heup vergoedt de basisverzekering maximaal 12 behandelingen per jaar.\n\n${turn}\n\nMet vriendelijke groet,\nReceptie\n\n> Hoeveel behandelingen krijg ik vergoed?`,
    })
  ).verdict.action;

test("kept back: an answer that turns to the addressee ('Voor u betekent dat: uw knie valt eronder')", () => {
  expect(
    answer("Voor u betekent dat: uw knie valt onder die regeling, er zijn er nog 5 over.")
  ).toBe("secure");
});

test("goes: the same answer whose turn says nothing of care ('Voor u betekent dat: niets aanvragen')", () => {
  expect(answer("Voor u betekent dat: u hoeft zelf niets aan te vragen.")).toBe("allow");
});

const GP = { address: "balie@huisartsen-rivierzicht.nl", name: "Huisartsen Rivierzicht" };
const toWork = (subject: string, body: string) =>
  check(
    emptyDraft({
      from: GP,
      to: [{ address: "s.kok@kok-installatie.nl", name: "Sander Kok" }],
      subject,
      body,
    })
  ).verdict.action;

test("kept back: to a patient's work address, a named test with its number ('your TSH came back at 7.9')", () => {
  expect(
    toWork(
      "Your results",
      "Dear Sander,\n\nYour blood results came back: TSH 7.9, slightly high. The doctor would like to see you again.\n\nKind regards,\nAnna"
    )
  ).toBe("secure");
});

test("goes: to the same address, a care group's average ('gemiddeld HbA1c 53') is no one's result", () => {
  expect(
    toWork(
      "cijfers",
      "Beste Sander,\n\nVoor het jaarverslag: in 2025 hadden onze diabetespatiënten gemiddeld HbA1c 53, iets beter dan in 2024.\n\nGroet,\nAnna"
    )
  ).toBe("allow");
});

test("kept back: to a patient's work address, their appointment said with a pronoun ('U had donderdag ... een afspraak')", () => {
  expect(
    toWork(
      "verzetten afspraak",
      "Beste meneer Kok,\n\nU had donderdag 3/12 om 8.20 uur een afspraak bij dokter Smit. We hebben u verzet naar vrijdag 4/12 om 8.40 uur.\n\nMet vriendelijke groet,\nBalie"
    )
  ).toBe("secure");
});

test("goes: a vacancy text for a club magazine names its contact with a phone number ('Bel Marieke Stam, 0252-...')", () => {
  const v = check(
    emptyDraft({
      from: { address: "j.tak@huisartsen-terweer.nl", name: "Joyce Tak" },
      to: [{ address: "clubblad@hc-delinde.nl", name: "Redactie Clubblad" }],
      subject: "vacature voor clubblad",
      body: 'Hallo Dewi,\n\nDe tekst voor het clubblad:\n\n"Huisartsenpraktijk Ter Weer zoekt een doktersassistente (24-32 uur). Je doet zelfstandig spreekuur (wratten, oren uitspuiten, bloeddruk) en triage. Salaris volgens cao. Vragen? Bel Marieke Stam, 0252-418 900."\n\nGroet,\nJoyce',
    })
  );
  expect(v.verdict.action).toBe("allow");
});
