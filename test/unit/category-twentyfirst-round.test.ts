/**
 * Kinds of error left in the known failures after the twenty-fifth round, each as new fictitious mail
 * written for this test by the engineer, not copied from the corpus. Each kept-back case has a harmless
 * twin where the kind allows one.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";

const verdict = (from: Address, to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from, to, subject, body }));

describe("a patient's own values sent to their work address", () => {
  const GP = { address: "assistente@huisartsenlindehof.nl", name: "Huisartsen Lindehof" };
  const AT_WORK: Address[] = [{ address: "p.kramer@transportbedrijf-kramer.nl" }];

  test("'Uw waarden: 7,8 / 54' with a dose change is that patient's care", () => {
    const body =
      "Geachte heer Kramer,\n\nUw waarden van afgelopen dinsdag: 7,8 / 54. Iets hoger dan in maart. Graag de gliclazide naar 2 per dag en over drie maanden opnieuw prikken.\n\nGroet, de assistente";
    const v = verdict(GP, AT_WORK, "bloedwaarden", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("a blank form's 'Uw gewicht: ...' to the same address goes", () => {
    const body =
      "Geachte heer Kramer,\n\nHierbij het lege vragenlijstje voor de keuring van uw werkgever, zoals gevraagd. Vul in wat u weet:\nUw gewicht: ....\nUw lengte: ....\nDe rest vullen we samen in op het spreekuur.\n\nGroet, de assistente";
    expect(verdict(GP, AT_WORK, "vragenlijst", body).verdict.action).toBe("allow");
  });
});

describe("a dental estimate for one numbered tooth, in answer to the patient's question", () => {
  const DENTIST = { address: "balie@tandartsdeakker.nl", name: "Tandartspraktijk De Akker" };
  const PATIENT: Address[] = [{ address: "h.bosman@kpnmail.nl", name: "Henk Bosman" }];
  const QUOTE = "\n\nOp ma 7 dec 2026 schreef Henk Bosman:\n> Wat gaat dat nou kosten?";

  test("'de begroting voor uw kroon op de 46, na de wortelkanaalbehandeling' is his treatment", () => {
    const body =
      "Beste meneer Bosman,\n\nDe begroting voor uw kroon op de 46 (na de wortelkanaalbehandeling van vorige maand) komt op 585 euro, waarvan 210 euro techniekkosten. Wilt u hem getekend terugsturen?\n\nMet vriendelijke groet,\nTandartspraktijk De Akker" +
      QUOTE;
    const v = verdict(DENTIST, PATIENT, "Re: kosten", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("what a crown costs in general, answering the same question, goes", () => {
    const body =
      "Beste meneer Bosman,\n\nEen kroon kost meestal tussen de 450 en 650 euro, afhankelijk van de techniekkosten; een wortelkanaalbehandeling wordt deels vergoed uit de aanvullende verzekering. Vóór de behandeling krijgt u altijd een begroting.\n\nMet vriendelijke groet,\nTandartspraktijk De Akker" +
      QUOTE;
    expect(verdict(DENTIST, PATIENT, "Re: kosten", body).verdict.action).toBe("allow");
  });
});

describe("a relative's medicines as the pharmacy packs them", () => {
  const PHARMACY = { address: "baxter@apotheekdeschelp.nl", name: "Apotheek De Schelp" };
  const SON: Address[] = [{ address: "rob.meijer@ziggo.nl", name: "Rob Meijer" }];

  test("'de zakjes voor je vader' with his new evening tablet are his care", () => {
    const body =
      "Hoi Rob, vanaf donderdag zitten de zakjes voor je vader in de nieuwe rol, zelfde tijden als nu. Dat nieuwe tabletje voor het slapengaan zit er dan ook al in.\nGroet, Linda";
    const v = verdict(PHARMACY, SON, "Re: rol", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("what a medicine roll is, told to the same son, goes", () => {
    const body =
      "Hoi Rob, een baxterrol is een rol met zakjes waarin per innamemoment de medicijnen zitten. Veel mensen die meerdere medicijnen gebruiken vinden dat makkelijk; de apotheek kan uitleggen of het voor iemand zinvol is.\nGroet, Linda";
    expect(verdict(PHARMACY, SON, "Re: vraag", body).verdict.action).toBe("allow");
  });
});

describe("a GP tells a daughter at her work address how her father is", () => {
  const GP = { address: "j.vanloon@huisartsduinzicht.nl", name: "Jan van Loon" };
  const AT_WORK: Address[] = [{ address: "e.bakker@bakker-notarissen.nl", name: "Esther Bakker" }];

  test("'Je vader was vandaag bij mij. Hij eet slecht' is his health", () => {
    const body =
      "Beste Esther,\n\nZoals afgesproken even een bericht. Je vader is vanochtend bij mij geweest met de buurman.\nHij eet slecht, slaapt onrustig en vergeet soms zijn pillen. De thuiszorg komt vanaf woensdag 's avonds langs.\n\nGroet,\nJan van Loon, huisarts";
    const v = verdict(GP, AT_WORK, "je vader", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("the practice's text on informal carers, sent to the same address, goes", () => {
    const body =
      "Beste Esther,\n\nZoals beloofd de tekst voor jullie personeelsblad over mantelzorg: Zorgt u voor een ouder die slecht eet of zijn pillen vergeet? Vraag dan bij de huisarts naar thuiszorg; die kan 's avonds langskomen.\n\nGroet,\nJan van Loon, huisarts";
    expect(verdict(GP, AT_WORK, "tekst mantelzorg", body).verdict.action).toBe("allow");
  });
});
