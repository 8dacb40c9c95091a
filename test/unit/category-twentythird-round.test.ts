/**
 * Kinds of error found by the engineer's own probes in the twenty-eighth round (short personal care
 * replies and one-to-one general answers), each as new fictitious mail written for this test. Each
 * kept-back case has a harmless twin where the kind allows one.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";

const verdict = (from: Address, to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from, to, subject, body }));

describe("'je' after a verb is the subject, not a possessive", () => {
  const DIETITIAN = { address: "info@dietistdeberk.nl", name: "Diëtistenpraktijk De Berk" };
  const PATIENT: Address[] = [{ address: "wim.bosch@xs4all.nl", name: "Wim Bosch" }];

  test("'Voor de diëtist heb je geen verwijzing nodig' answers a general question", () => {
    const body =
      "Hoi Wim,\n\nVoor de diëtist heb je geen verwijzing van de huisarts nodig. De basisverzekering vergoedt 3 uur per jaar. Bij diabetes loopt de begeleiding meestal via de ketenzorg van je huisarts. Je kunt via de site een intake plannen.\n\nGroet,\nLoes";
    const v = verdict(DIETITIAN, PATIENT, "Re: verwijzing nodig?", body);
    expect(v.category).toBe("general");
    expect(v.verdict.action).toBe("allow");
  });

  test("'je nieuwe verwijzing' is still the addressee's", () => {
    const body =
      "Hoi Wim,\n\nJe nieuwe verwijzing voor de diëtist is binnen; je diabetes wordt nu door ons begeleid. Tot dinsdag 8 december om 9.00 uur.\n\nGroet,\nLoes";
    const v = verdict(DIETITIAN, PATIENT, "Je verwijzing", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });
});

describe("what a therapist asked the addressee to keep or do", () => {
  const PSY = { address: "r.kok@praktijkhelder.nl", name: "Praktijk Helder" };
  const CLIENT: Address[] = [{ address: "noa.vd@hotmail.com", name: "Noa" }];

  test("'die opdracht' and 'je piekermomenten' to a client are her care", () => {
    const body =
      "Hoi Noa,\n\nMooi dat je die opdracht hebt gedaan, hoe spannend het ook was. Neem het werkblad over je piekermomenten volgende keer mee.\n\nHartelijke groet,\nRianne";
    const v = verdict(PSY, CLIENT, "Re: volgende keer", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("a dietitian thanking for 'je eetdagboek' writes of the addressee's care", () => {
    const body =
      "Hoi Wim,\n\nDank voor je eetdagboek. Je eet nu twee keer fruit per dag, mooi zo. Probeer 's avonds minder brood te nemen.\n\nGroet,\nLoes";
    const v = verdict(
      { address: "info@dietistdeberk.nl" },
      [{ address: "wim.bosch@xs4all.nl" }],
      "Je eetdagboek",
      body
    );
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'die opdracht voor school' to an intern is work", () => {
    const body =
      "Hoi Lars,\n\nHeb je die opdracht voor school al ingeleverd? Je stagebegeleider vroeg ernaar. Maandag begin je om 8.30 uur, dan loop je de hele dag met mij mee.\n\nGroet,\nBas";
    const v = verdict(
      { address: "b.smit@fysiodehaven.nl" },
      [{ address: "larsboom2003@gmail.com", name: "Lars Boom" }],
      "Je stage",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });
});

describe("the addressee's care event and test finding in everyday words", () => {
  const EYE = { address: "info@oogkliniekzuid.nl", name: "Oogkliniek Zuid" };
  const HEAR = { address: "info@hoorwinkelklank.nl", name: "Hoorwinkel Klank" };

  test("'Dat u sinds de staaroperatie nog wat wazig ziet' is the addressee's recovery", () => {
    const body =
      "Beste meneer Kuipers,\n\nDat u sinds de staaroperatie nog wat wazig ziet, kan de eerste weken. Blijf de druppels 4x per dag gebruiken. Wordt het erger of krijgt u pijn, bel dan direct.\n\nMet vriendelijke groet,\nOogkliniek Zuid";
    const v = verdict(EYE, [{ address: "bertkuipers@ziggo.nl" }], "Re: wazig zien", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("the leaflet's 'Na een staaroperatie ziet u de eerste weken wat wazig' is general", () => {
    const body =
      "Beste meneer Kuipers,\n\nNa een staaroperatie ziet u de eerste weken vaak nog wat wazig. Wordt het erger of krijgt u pijn, bel dan direct. Meer informatie vindt u op onze website.\n\nMet vriendelijke groet,\nOogkliniek Zuid";
    const v = verdict(EYE, [{ address: "bertkuipers@ziggo.nl" }], "Re: staaroperatie", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("'Uit de gehoortest bleek dat u rechts meer hoge tonen mist' is her result", () => {
    const body =
      "Beste mevrouw Dijkstra,\n\nUit de gehoortest bleek dat u rechts meer hoge tonen mist dan links. We adviseren daarom twee toestellen.\n\nMet vriendelijke groet,\nRuud, audicien";
    const v = verdict(HEAR, [{ address: "a.dijkstra@home.nl" }], "Uw gehoortest", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Uit onderzoek blijkt dat u met twee toestellen beter verstaat' is general", () => {
    const body =
      "Beste mevrouw Dijkstra,\n\nUit onderzoek blijkt dat u met twee toestellen in een rumoerige ruimte beter verstaat. Een gehoortest bij ons is gratis; u kunt online een afspraak maken.\n\nMet vriendelijke groet,\nRuud, audicien";
    const v = verdict(
      HEAR,
      [{ address: "a.dijkstra@home.nl" }],
      "Re: één of twee toestellen",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });

  test("'Ik zet je op dinsdag 10.15 uur' books the addressee's session", () => {
    const body =
      "Hoi Peter,\n\nGeen probleem dat je donderdag niet kan. Ik zet je op dinsdag 10.15 uur.\n\nGroet,\nBas";
    const v = verdict(
      { address: "b.smit@fysiodehaven.nl" },
      [{ address: "pbakker64@ziggo.nl" }],
      "Re: donderdag",
      body
    );
    expect(v.category).toBe("logistic");
    expect(v.verdict.action).toBe("secure");
  });
});

describe("appointments as a topic or a practice's round, not one person's", () => {
  const GP = { address: "assistente@huisartsenmolenweg.nl", name: "Huisartsen Molenweg" };

  test("'Ook vragen over uw afspraken beantwoorden wij via het portaal' is how the practice works", () => {
    const body =
      "Beste mevrouw Hendriks,\n\nDank voor uw bericht. Vragen over uw gezondheid beantwoorden wij via het beveiligde portaal; u krijgt vandaag een melding als het antwoord klaarstaat. Ook vragen over uw afspraken beantwoorden wij via het portaal of telefonisch.\n\nMet vriendelijke groet,\nHuisartsen Molenweg";
    const v = verdict(GP, [{ address: "g.hendriks55@gmail.com" }], "Uw bericht", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("'uw afspraak van vandaag om 15.10 uur' stays her appointment", () => {
    const body =
      "Beste mevrouw Hendriks,\n\nUw afspraak van vandaag om 15.10 uur bij dokter Smit gaat niet door; wij bellen u morgen voor een nieuwe.\n\nMet vriendelijke groet,\nHuisartsen Molenweg";
    const v = verdict(GP, [{ address: "g.hendriks55@gmail.com" }], "Uw afspraak", body);
    expect(v.category).toBe("logistic");
    expect(v.verdict.action).toBe("secure");
  });

  test("a GP's weekly round at a care home moved over the holidays names no resident", () => {
    const body =
      "Hoi Marja,\n\nIn de kerstweek verschuift de wekelijkse visite naar woensdag 23 december, rond 13.00 uur. Daarna neemt mijn collega Pieter Brandsma de visite over; hij komt dinsdag 29 december.\n\nGroet,\nKoen Dijkman, huisarts";
    const v = verdict(
      GP,
      [{ address: "m.vos@zorgcentrumdehoeve.nl" }],
      "Visites rond de feestdagen",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });

  test("a resident's own visit at the care home is still hers", () => {
    const body =
      "Hoi Marja,\n\nKun je doorgeven dat ik mevrouw Terpstra woensdag 23 december rond 13.00 uur bezoek voor haar nieuwe medicatie? Ze komt dinsdag ook bij de fysio.\n\nGroet,\nKoen Dijkman, huisarts";
    const v = verdict(
      GP,
      [{ address: "m.vos@zorgcentrumdehoeve.nl" }],
      "Visite mevrouw Terpstra",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });
});

describe("the twenty-ninth round's kinds", () => {
  const GP = { address: "poh@huisartsdeakker.nl", name: "Huisartsen De Akker" };

  test("'de waarden zijn net als vorig jaar' to a patient in Bcc is his result", () => {
    const body =
      "Beste meneer Wolters,\n\nGoed nieuws: de waarden zijn net als vorig jaar. Over een jaar zie ik u weer.\n\nMet vriendelijke groet,\nIlse, praktijkondersteuner";
    const v = check(
      emptyDraft({
        from: GP,
        to: [{ address: "poh@huisartsdeakker.nl" }],
        bcc: [{ address: "h.wolters@zeelandnet.nl" }],
        subject: "uw vraag van vanochtend",
        body,
      })
    );
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'als de waarden goed zijn' in a general answer is no one's result", () => {
    const body =
      "Beste meneer Wolters,\n\nBij de jaarlijkse controle prikken we bloed. Als de waarden goed zijn, hoort u niets van ons. U krijgt vanzelf een oproep.\n\nMet vriendelijke groet,\nIlse, praktijkondersteuner";
    const v = verdict(GP, [{ address: "h.wolters@zeelandnet.nl" }], "Re: jaarcontrole", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("an FTO agenda to colleagues at their practices: a first name in it is a colleague", () => {
    const body =
      "Beste collega's,\n\nHet volgende FTO is op donderdag 21 januari van 12.30 tot 14.00 uur bij ons.\n\nAgenda:\n1. Nieuwe NHG-standaard Astma bij volwassenen\n2. Voorschrijfcijfers antibiotica (Wouter neemt de cijfers mee)\n3. Rondvraag\n\nGroet,\nHanneke";
    const v = verdict(
      GP,
      [
        { address: "w.smit@huisartsenvaart.nl" },
        { address: "l.prins@gezondheidscentrumnoord.nl" },
        { address: "k.bos@apotheekdebrink.nl" },
      ],
      "FTO 21 januari: agenda",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });

  test("an intervision case with a patient's name to the same colleagues is hers", () => {
    const body =
      "Beste collega's,\n\nVoor de intervisie van donderdag breng ik de casus van mevrouw Wouters in: 78 jaar, astma, drie keer prednison dit jaar.\n\nGroet,\nHanneke";
    const v = verdict(
      GP,
      [{ address: "w.smit@huisartsenvaart.nl" }, { address: "l.prins@gezondheidscentrumnoord.nl" }],
      "Intervisie donderdag",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("'tussen 12.00 en 13.00 uur heeft ze geen afspraken' in an IT ticket is no appointment", () => {
    const body =
      "Hoi Bas,\n\nDe VPN valt nog steeds weg op de laptop van Sanne. Kun je vandaag op afstand meekijken? Tussen 12.00 en 13.00 uur heeft ze geen afspraken.\n\nGroet,\nFemke";
    const v = verdict(
      { address: "secretariaat@praktijkruimte.nl" },
      [{ address: "servicedesk@zorgict-oost.nl" }],
      "Re: INC4471 VPN",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });
});

describe("the thirtieth round's kinds", () => {
  const NURSE = { address: "poh@gcoosterweg.nl", name: "Gezondheidscentrum Oosterweg" };

  test("'Het ziet er goed uit: de roodheid is weg' to a patient alone in Bcc is his wound", () => {
    const body =
      "Beste Kees,\n\nDank voor de foto van vanochtend. Het ziet er goed uit: de roodheid is weg. De pleisters mag u nu weglaten.\n\nHartelijke groet,\nWendy, praktijkverpleegkundige";
    const v = check(
      emptyDraft({
        from: NURSE,
        bcc: [{ address: "k.jonker@kpnplanet.nl" }],
        subject: "Uw foto",
        body,
      })
    );
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Ik heb het nagevraagd bij de dokter: alles was in orde' is her result", () => {
    const body =
      "Hoi Sanne,\n\nIk heb het even voor je nagevraagd bij de dokter: alles was in orde. Je hoeft niet terug te komen.\n\nGroetjes,\nFemke";
    const v = verdict(NURSE, [{ address: "sanne.k93@gmail.com" }], "Terugkoppeling", body);
    expect(v.verdict.action).toBe("secure");
  });

  test("'everything came back fine' from a check-up is her result", () => {
    const body =
      "Dear Olivia,\n\nGood news from your check-up last week: everything came back fine.\n\nKind regards,\nDr Ouali";
    const v = verdict(NURSE, [{ address: "olivia.b@icloud.com" }], "Your check-up", body);
    expect(v.verdict.action).toBe("secure");
  });

  test.each([
    "Hoi Lisa,\n\nDank voor het ontwerp van de flyer voor de griepprik. Het ziet er mooi uit! Kun je het logo iets groter maken?\n\nGroet,\nMarja",
    "Beste buurman,\n\nDank voor uw bericht over de lekkage. De loodgieter is geweest en het ziet er weer goed uit.\n\nGroet,\nMarja",
    "Dear Tom,\n\nThanks for checking the delivery: everything came back fine from the supplier.\n\nBest,\nMarja",
  ])("the same words about a flyer, a leak or a delivery go: %j", (body) => {
    expect(
      verdict(NURSE, [{ address: "someone99@gmail.com" }], "Re: vraag", body).verdict.action
    ).toBe("allow");
  });

  test("a colleague's operation told to her training institute is her health", () => {
    const body =
      "Geachte heer Van Dam,\n\nOnze praktijkondersteuner Naima Bakker volgt bij u de opleiding POH-S. Zij kan de opdrachten niet op tijd inleveren.\n\nNaima is op 6 november geopereerd aan een hernia en revalideert nog.\n\nMet vriendelijke groet,\nGerda";
    const v = verdict(NURSE, [{ address: "slb@zorgacademie-oost.nl" }], "Uitstel opdrachten", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("a volunteer's roster with 'mensen met rollator naar de zijdeur' names no one's aid", () => {
    const body =
      "Hoi Gerda,\n\nWat fijn dat je ook dit jaar wilt helpen bij de griepprikmiddag op zaterdag 17 oktober.\n\n13.00-15.00 uur jij en Joke bij de ingang (mensen met rollator naar de zijdeur)\n\nNogmaals dank!\nCarla";
    const v = verdict(NURSE, [{ address: "gerda.h@hetnet.nl" }], "Rooster griepprikmiddag", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("a patient panel's agenda with 'het e-consult via de app' is no appointment", () => {
    const body =
      "Beste mevrouw Lubbers,\n\nDe volgende bijeenkomst van het patiëntenpanel is op donderdag 14 januari van 19.30 tot 21.00 uur.\n\nAgenda:\n1. Verslag van 24 september\n2. Proef met het e-consult via de app\n\nMet vriendelijke groet,\nMarloes Bos";
    const v = verdict(NURSE, [{ address: "h.lubbers@home.nl" }], "Agenda patiëntenpanel", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("an FTO agenda's 'afspraken over de inhalatie-instructie' are agreements", () => {
    const body =
      "Beste collega's,\n\nHierbij de agenda voor het FTO van donderdag 26 november, 12.30 uur.\n\n1. Evaluatie afspraak maagbescherming\n2. De afspraken over inhalatie-instructie door de apotheek\n\nGroet,\nHanneke";
    const v = verdict(
      NURSE,
      [{ address: "j.dekker@huisartsendeleyens.nl" }, { address: "a.dijk@apotheekvliethage.nl" }],
      "Agenda FTO 26 november",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });
});

describe("the thirty-first round's kinds", () => {
  const PHYSIO = { address: "info@fysiodebrug.nl", name: "Fysiotherapie De Brug" };

  test("an employee's hour at the practice, told to his employer in hard-wrapped lines, is his visit", () => {
    const body =
      "Beste Marco,\n\nOp verzoek van Karel Bos laat ik je weten dat hij donderdag 3 december van\n9.00 tot 10.00 uur bij ons op de praktijk is. Hij is daardoor later op de bouw.\n\nMet vriendelijke groet,\nFleur";
    const v = verdict(
      PHYSIO,
      [{ address: "m.dijkstra@dijkstra-bouw.nl" }],
      "Karel donderdag",
      body
    );
    expect(v.category).toBe("logistic");
    expect(v.verdict.action).toBe("secure");
  });

  test("the practice's own hours at the practice, told to a supplier, go", () => {
    const body =
      "Beste Marco,\n\nDe monteur kan donderdag 3 december van 9.00 tot 10.00 uur bij ons op de praktijk terecht voor de behandelbank.\n\nMet vriendelijke groet,\nFleur";
    const v = verdict(PHYSIO, [{ address: "service@enraf-nonius.nl" }], "Onderhoud", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("'Good news from Dr. Koster: the numbers are back to normal' is her result", () => {
    const body =
      "Dear Priya,\n\nGood news from Dr. Koster: the numbers are back to normal.\n\nKind regards,\nEllen";
    const v = verdict(PHYSIO, [{ address: "priya.r@gmail.com" }], "Your check", body);
    expect(v.verdict.action).toBe("secure");
  });
});

describe("the thirty-second round's kinds", () => {
  const GP = { address: "anne@huisartsenhetanker.nl", name: "Huisartsen Het Anker" };

  test("'Hoi allen' to the team with the one patient in Bcc is his care, not an announcement", () => {
    const body =
      "Hoi allen,\n\nWillen jullie de verwijzing voor dhr. Veldman naar de cardioloog klaarzetten? Boezemfibrilleren op het ECG van vanochtend, apixaban gestart. Ik heb meneer zelf in de Bcc gezet.\n\nAnne";
    const v = check(
      emptyDraft({
        from: GP,
        to: [{ address: "assistentie@huisartsenhetanker.nl" }],
        bcc: [{ address: "h.veldman@hetnet.nl" }],
        subject: "Verwijzing cardioloog",
        body,
      })
    );
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Hoi allemaal' to the team with many patients in Bcc is an announcement", () => {
    const body =
      "Hoi allemaal,\n\nDe griepprik is dit jaar op zaterdag 17 oktober in de gymzaal. Neem uw uitnodiging mee.\n\nHuisartsen Het Anker";
    const v = check(
      emptyDraft({
        from: GP,
        to: [{ address: "assistentie@huisartsenhetanker.nl" }],
        bcc: [{ address: "h.veldman@hetnet.nl" }, { address: "j.bos@gmail.com" }],
        subject: "Griepprik",
        body,
      })
    );
    expect(v.verdict.action).toBe("allow");
  });

  test("a fitting 'om 16.00 uur bij tandarts Nijhof' is her appointment", () => {
    const body =
      "Beste mevrouw Wolterink,\n\nUw nieuwe plaatje is binnen. Passen kan op woensdag 3 december om 16.00 uur bij tandarts Nijhof.\n\nMet vriendelijke groet,\nEllen";
    const v = verdict(
      { address: "balie@mondzorgvarsseveld.nl" },
      [{ address: "g.wolterink@solcon.nl" }],
      "Uw plaatje",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("'uw kind mag meebeslissen' about the portal is no lisp", () => {
    const body =
      "Beste mevrouw Gielen,\n\nVan 12 tot 16 jaar mag uw kind meebeslissen over wie het portaal inziet. Vanaf 16 jaar beslist uw kind zelf.\n\nMet vriendelijke groet,\nDewi";
    const v = verdict(GP, [{ address: "m.gielen@outlook.com" }], "Re: portaal", body);
    expect(v.findings.some((f) => f.type === "medical" && /besliss/i.test(f.text))).toBe(false);
    expect(v.verdict.action).toBe("allow");
  });
});

describe("dosing instructions in a patient's own language", () => {
  const PHARMACY = { address: "balie@apotheekdekroon.nl", name: "Apotheek De Kroon" };
  const PATIENT: Address[] = [{ address: "t.nowak85@wp.pl" }];

  test("'jedną tabletkę dwa razy dziennie' to one patient is his medicine", () => {
    const body =
      "Dzień dobry Panie Nowak,\n\nlek jest gotowy do odbioru w naszej aptece. Proszę brać jedną tabletkę dwa razy dziennie po jedzeniu, przez 7 dni.\n\nPozdrawiam,\nAgnieszka";
    const v = verdict(PHARMACY, PATIENT, "Lek gotowy", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("general information about tablets in Polish, thanking for a question, goes", () => {
    const body =
      "Dzień dobry,\n\nDziękujemy za pytanie. Ogólne informacje: tabletki na receptę zamawia się przez aplikację apteki.\n\nPozdrawiam,\nAgnieszka";
    const v = verdict(PHARMACY, PATIENT, "Re: pytanie", body);
    expect(v.verdict.action).toBe("allow");
  });
});

describe("plain findings need a result or care beside them", () => {
  const GP = { address: "info@huisartsdeakker.nl", name: "Huisartsen De Akker" };

  test("a survey's 'Uit de antwoorden bleek dat u … belangrijk vindt' is no finding", () => {
    const body =
      "Beste mevrouw Lubbers,\n\nDank voor het invullen van de enquête. Uit de antwoorden bleek dat u vooral de telefonische bereikbaarheid belangrijk vindt.\n\nMet vriendelijke groet,\nMarloes";
    expect(verdict(GP, [{ address: "h.lubbers@home.nl" }], "Enquête", body).verdict.action).toBe(
      "allow"
    );
  });

  test("'De waarden zijn normaal als ze onder de grens blijven' is a rule", () => {
    const body =
      "Beste meneer Kok,\n\nDank voor uw vraag over de jaarcontrole. De waarden zijn normaal als ze onder de grens blijven; de dokter legt dat uit bij de controle.\n\nGroet,\nde assistente";
    expect(verdict(GP, [{ address: "kok.w@gmail.com" }], "Re: vraag", body).verdict.action).toBe(
      "allow"
    );
  });
});

describe("booking words need a booking", () => {
  const GP = { address: "info@huisartsdeakker.nl", name: "Huisartsen De Akker" };
  const PATIENT: Address[] = [{ address: "someone99@gmail.com" }];

  test("'Ik zet u op de wachtlijst' is no appointment", () => {
    const body =
      "Beste meneer Kok,\n\nIk zet u op de wachtlijst voor nieuwe patiënten. U hoort uiterlijk dinsdag 15 december meer.\n\nGroet,\nde assistente";
    expect(verdict(GP, PATIENT, "Re: vraag", body).verdict.action).toBe("allow");
  });

  test("'Wilt u dinsdag de nieuwe folder zien?' is no doctor seeing him", () => {
    const body =
      "Beste meneer Kok,\n\nWilt u dinsdag de nieuwe folder zien? Ik leg hem om 10.00 uur bij de balie.\n\nGroet,\nde assistente";
    expect(verdict(GP, PATIENT, "Re: vraag", body).verdict.action).toBe("allow");
  });

  test("'De dokter wil u dinsdag om 10.00 uur nog even zien' is his appointment", () => {
    const body =
      "Beste meneer Kok,\n\nDe dokter wil u dinsdag om 10.00 uur nog even zien.\n\nGroet,\nde assistente";
    const v = verdict(GP, PATIENT, "Re: vraag", body);
    expect(v.category).toBe("logistic");
    expect(v.verdict.action).toBe("secure");
  });
});
