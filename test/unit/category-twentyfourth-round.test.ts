/**
 * Kinds of error from the thirty-third round's blocks (w148-w150), each as new fictitious mail written for
 * this test, with a twin that must keep its category.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { hasPickup } from "../../src/engine/features/logistics";

const verdict = (from: Address, to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from, to, subject, body }));

describe("teaching cases declared invented", () => {
  const ASSISTANT = { address: "m.kuipers@huisartsdeleeuw.nl", name: "Mieke Kuipers" };
  const TEACHER: Address[] = [{ address: "j.dekker@roc-midden.nl", name: "Jolanda Dekker" }];

  test("'alle casussen zijn verzonnen' with placeholder names is teaching material", () => {
    const body =
      "Hoi Jolanda,\n\nHier de oefencasussen voor de les telefonische triage. Alle casussen zijn verzonnen.\n\nCasus 1 (fictief): mevrouw Voorbeeld, 81 jaar, belt dat ze sinds vanmiddag niet goed uit haar woorden komt. Welke urgentie?\n\nCasus 2 (fictief): de moeder van Jantje Test (3 jaar) belt: hij heeft 39,8 koorts en hoest blaffend. Welke vragen stel je?\n\nGroet,\nMieke";
    const v = verdict(ASSISTANT, TEACHER, "Oefencasussen triage", body);
    expect(v.category).toBe("general");
    expect(v.verdict.action).toBe("allow");
  });

  test("a case called invented that carries a birth date is still someone's", () => {
    const body =
      "Hoi Jolanda,\n\nHier de casus voor de les (fictief): mevrouw Hanneke Brouwer, geboren 14-05-1948, belt dat ze sinds vanmiddag niet goed uit haar woorden komt.\n\nGroet,\nMieke";
    const v = verdict(ASSISTANT, TEACHER, "Casus triage", body);
    expect(v.verdict.action).toBe("secure");
  });

  test("a pseudonym alone ('fictieve naam') does not make a real case invented", () => {
    const body =
      "Hoi Jolanda,\n\nVoor de les een casus uit onze praktijk: mevrouw Jansen (fictieve naam) belde gisteren dat ze sinds de val haar arm niet meer kan optillen; de röntgenfoto liet een breuk zien.\n\nGroet,\nMieke";
    const v = verdict(ASSISTANT, TEACHER, "Casus", body);
    expect(v.verdict.action).toBe("secure");
  });
});

describe("a text handed on to a school speaks of any reader's child", () => {
  const HYGIENIST = { address: "m.hendriks@tandartswaterpoort.nl", name: "Marloes Hendriks" };
  const SCHOOL: Address[] = [{ address: "e.smit@obsdetoren.nl", name: "Eveline Smit" }];

  test("'het tandvlees van uw kind' in a piece for the parents' letter is general", () => {
    const body =
      "Beste Eveline,\n\nZoals beloofd hierbij een kort stukje voor de ouderbrief.\n\n---\nBloedt het tandvlees van uw kind bij het poetsen?\nGezond tandvlees is roze en bloedt niet. Rood of bloedend tandvlees wijst op een ontsteking. Poets twee keer per dag en poets uw kind na tot het tien jaar is.\n---\n\nGroet,\nMarloes";
    const v = verdict(HYGIENIST, SCHOOL, "Stukje ouderbrief", body);
    expect(v.category).toBe("general");
    expect(v.verdict.action).toBe("allow");
  });

  test("a named pupil's body beside the piece is still that pupil's", () => {
    const body =
      "Beste Eveline,\n\nZoals beloofd hierbij een kort stukje voor de ouderbrief. Verder: het tandvlees van Sem Bakker bloedde gisteren flink, wil je zijn ouders vragen te bellen?\n\n---\nBloedt het tandvlees van uw kind bij het poetsen? Poets twee keer per dag.\n---\n\nGroet,\nMarloes";
    const v = verdict(HYGIENIST, SCHOOL, "Stukje ouderbrief", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("a daughter at work told of her mother's appointment and glasses is that care", () => {
    const body =
      "Goedemorgen Karin,\n\nZoals je moeder vroeg: haar afspraak bij de geriater is verzet naar woensdag 16 december om 10.45 uur. Ze moet haar bril en de medicijnlijst meenemen.\n\nGroet,\nIngrid";
    const v = verdict(
      { address: "ingrid@huisartsenhof.nl", name: "Ingrid" },
      [{ address: "karin.evers@adviesgroep-noord.nl", name: "Karin Evers" }],
      "Afspraak je moeder",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });
});

describe("a council's members read its business as members", () => {
  const MANAGER = { address: "y.hartman@ggzdekoers.nl", name: "Yvonne Hartman" };
  const MEMBER: Address[] = [{ address: "hans.wijnberg@outlook.com", name: "Hans Wijnberg" }];

  test("an agenda for the client council with care topics is general", () => {
    const body =
      "Beste Hans,\n\nHierbij de conceptagenda voor de vergadering van de cliëntenraad op donderdag 10 december, 19.30 uur. Mirjam zet hem daarna in de definitieve vorm.\n\n1. Opening\n2. Wachtlijst: de wachttijd voor een intake is gedaald naar 9 weken.\n3. Pilot zelfhulpmodules bij piekeren en slaapproblemen\n4. Rondvraag\n\nGroet,\nYvonne";
    const v = verdict(MANAGER, MEMBER, "Agenda cliëntenraad 10 december", body);
    expect(v.category).toBe("general");
    expect(v.verdict.action).toBe("allow");
  });

  test("a member's own result beside the agenda is still that member's care", () => {
    const body =
      "Beste Hans,\n\nHierbij de agenda voor de vergadering van de cliëntenraad op 10 december.\n\nVerder: de uitslag van je bloedonderzoek was goed, je cholesterol is gedaald.\n\nGroet,\nYvonne";
    const v = verdict(MANAGER, MEMBER, "Agenda cliëntenraad", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });
});

describe("people named by their job or as a contact are no patients", () => {
  test("a director quoted in answers to a journalist", () => {
    const body =
      'Beste Rik,\n\nHieronder onze antwoorden.\n\nWat doet een kraamverzorgende?\nZij assisteert de verloskundige bij een thuisbevalling en controleert daarna moeder en kind: temperatuur, bloedverlies en hechtingen.\n\nMerken jullie het tekort?\nJa. Onze directeur, Annelies Vreeswijk: "We zoeken dringend nieuwe collega\'s."\n\nGroet,\nEsther';
    const v = verdict(
      { address: "e.hofman@kraamzorgnestje.nl", name: "Esther Hofman" },
      [{ address: "r.schouten@dewaalbode.nl", name: "Rik Schouten" }],
      "RE: vragen voor artikel over kraamzorg",
      body
    );
    expect(v.category).toBe("general");
    expect(v.verdict.action).toBe("allow");
  });

  test("the contact on site for a service engineer", () => {
    const body =
      "Dear service team,\n\nOur analyser rejects every CRP calibration run; HbA1c still passes. We use it daily for the diabetes clinic. Could you schedule an engineer visit this week?\n\nOur address: Zuiderparkweg 2, 9724 AA Groningen. Contact on site: Bart Hulshof, +31 50 318 22 60.\n\nKind regards,\nHanneke";
    const v = verdict(
      { address: "h.dijkstra@gczuiderpark.nl" },
      [{ address: "service@poc-diagnostics.co.uk" }],
      "Analyser calibration error",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });
});

describe("what happens in general and what happened to this person", () => {
  const PHARMACY = { address: "info@apotheekvijverhof.nl", name: "Apotheek Vijverhof" };
  const PATIENT: Address[] = [{ address: "annelies.visser@ziggo.nl", name: "Annelies Visser" }];

  test("'Zodra de medicijnen klaarliggen, krijgt u een sms' explains the pickup locker", () => {
    const body =
      "Beste mevrouw Visser,\n\nDank voor uw vraag. De afhaalkluis hangt naast de ingang van de apotheek.\n\n- Bij het aanvragen van uw recept geeft u aan dat u via de kluis wilt ophalen.\n- Zodra de medicijnen klaarliggen, krijgt u een sms met een code.\n- Met die code opent u het vakje.\n\nOnze openingstijden zijn maandag tot en met vrijdag van 8.00 tot 18.00 uur.\n\nMet vriendelijke groet,\n\nApotheek Vijverhof\nVijverhof 12, 2712 HR Zoetermeer\n079 - 316 50 20\n\nOp 3 nov 2026, om 20:14, schreef Annelies Visser <annelies.visser@ziggo.nl>:\n\n> Goedenavond,\n>\n> Hoe werkt de afhaalkluis precies, en kan dat ook s avonds laat?\n>\n> Groet,\n> Annelies Visser";
    const v = verdict(PHARMACY, PATIENT, "Re: Vraag over de afhaalkluis", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("'uw medicijnen liggen vanaf 14.00 uur klaar in de kluis' is her pickup", () => {
    const body =
      "Beste mevrouw Visser,\n\nUw medicijnen liggen vanaf vandaag 14.00 uur voor u klaar in de afhaalkluis.\n\nMet vriendelijke groet,\nApotheek Vijverhof";
    const v = verdict(PHARMACY, PATIENT, "Uw medicijnen", body);
    expect(v.verdict.action).toBe("secure");
  });

  test("'de uitslag viel mee' is this patient's result", () => {
    const body =
      "Beste mevrouw Visser,\n\nDe dokter heeft ernaar gekeken: de uitslag viel mee.\n\nGroet,\nSevda";
    const v = verdict({ address: "s.kaya@huisartsenkanaleneiland.nl" }, PATIENT, "Uitslag", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'meestal valt de uitslag mee' is how the screening goes", () => {
    const body =
      "Beste mevrouw Visser,\n\nU vroeg hoe het bevolkingsonderzoek werkt. Meestal valt de uitslag mee; u krijgt binnen twee weken een brief.\n\nGroet,\nSevda";
    const v = verdict(
      { address: "s.kaya@huisartsenkanaleneiland.nl" },
      PATIENT,
      "Re: bevolkingsonderzoek",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });
});

describe("care told without a clinical term", () => {
  test("residents' diets for the kitchen: 'verslikt zich snel', 'drinken verdikken'", () => {
    const body =
      "Beste Frank,\n\nGraag per maandag:\n- kamer 112, mevrouw De Wit: alles gemalen, drinken verdikken (verslikt zich snel)\n- kamer 120, mevrouw Schepers: zoutarm, niet meer dan 1 liter drinken per dag\n\nGroet,\nIngrid";
    const v = verdict(
      { address: "i.wolters@dietistsmaakvol.nl" },
      [{ address: "frank@cateringvanderbeek.nl", name: "Frank van der Beek" }],
      "Aanpassingen menu",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("a neighbour asked to open the door for a named person's home visit", () => {
    const body =
      "Beste mevrouw Van Dam,\n\nU heeft de reservesleutel van mevrouw Hendriks. Wilt u donderdag 10 december om 14.00 uur de deur voor mij openen? Ik kom dan bij haar langs.\n\nGroet,\nMarije Stam\npraktijkondersteuner";
    const v = verdict(
      { address: "m.stam@huisartsenhof.nl" },
      [{ address: "rietvandam@hetnet.nl", name: "Riet van Dam" }],
      "Donderdagmiddag",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("an invented teaching case without names is about no one", () => {
    const body =
      'Beste Annelies,\n\nHierbij de casus voor de terugkomdag. Let op: de casus is volledig verzonnen.\n\nCasus "mevrouw X"\nEen vrouw van 54 komt op het spreekuur omdat ze zich al maanden moe voelt. Ze heeft veel dorst. Haar moeder had suikerziekte. De nuchtere glucose is 8,4 en het HbA1c 58 mmol/mol.\n\nVragen: welke diagnose stel je?\n\nGroet,\nHans';
    const v = verdict(
      { address: "h.ligthart@huisartsduinzicht.nl" },
      [{ address: "a.vink@huisartsopleiding-zuidwest.nl", name: "Annelies Vink" }],
      "Casus terugkomdag",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });

  test("a short text the municipality may hand to parents speaks of any baby", () => {
    const body =
      "Beste medewerkers van Burgerzaken,\n\nNa ons telefoongesprek met mevrouw Hoekstra sturen wij u een korte tekst die u kunt meegeven aan ouders.\n\nHielprik\nKort na de geboorte krijgt uw baby de hielprik. Met de hielprik worden een paar druppels bloed uit de hiel van uw baby afgenomen.\n\nGroet,\nFemke";
    const v = verdict(
      { address: "f.roelofs@verloskundigendageraad.nl" },
      [{ address: "burgerzaken@gemeente-waalstede.nl" }],
      "Informatie hielprik",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });
});

describe("hasPickup", () => {
  const text = (line: string) =>
    `Beste mevrouw Visser,\n\nDe afhaalkluis van de apotheek hangt naast de ingang.\n\n${line}\n\nGroet,\nApotheek Vijverhof`;
  test("a step of how the locker works, after 'zodra', is no notice", () => {
    const t = text("- Zodra de medicijnen klaarliggen, krijgt u een sms met een code.");
    expect(hasPickup(t, () => t)).toBe(false);
  });
  test("the same items ready at an hour are a notice", () => {
    const t = text("De medicijnen liggen vanaf 14.00 uur klaar in de kluis.");
    expect(hasPickup(t, () => t)).toBe(true);
  });
});

describe("a named person's condition inside a mail about a topic", () => {
  const YOUTH = { address: "e.grootenhuis@jeugdhulpdebrug.nl", name: "Esther Grootenhuis" };
  const TEACHER: Address[] = [{ address: "e.bosch@cbshetanker.nl", name: "Eline Bosch" }];
  const LESSON =
    "Beste Eline,\n\nLeuk dat we de gastles 'Omgaan met spanning' in jouw groep 8 mogen geven.\n\n- 8.45 uur: wat is spanning?\n- 9.15 uur: oefeningen met ademhaling\n\n";

  test("a pupil who comes 'vanwege angstklachten en paniekaanvallen' is that pupil's care", () => {
    const body =
      LESSON +
      "Eén ding vooraf: Noah de Vries uit jouw groep komt sinds september bij ons vanwege angstklachten en paniekaanvallen.\n\nGroet,\nEsther";
    const v = verdict(YOUTH, TEACHER, "Gastles groep 8", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("the speaker named by her role beside the lesson's topic is no patient", () => {
    const body =
      LESSON +
      "Onze orthopedagoog Jasper Lindeman vertelt daarna over piekeren, paniekaanvallen en faalangst bij kinderen.\n\nGroet,\nEsther";
    const v = verdict(YOUTH, TEACHER, "Gastles groep 8", body);
    expect(v.verdict.action).toBe("allow");
  });
});

describe("a named person's care told to a third party in a few plain words", () => {
  const PHYSIO = { address: "lieke@kinderfysiohoogland.nl", name: "Lieke Snoek" };
  const SCHOOL: Address[] = [{ address: "m.timmer@obsdewilgen.nl", name: "Marloes Timmer" }];

  test("'Daan gaat op donderdag om 14.15 uur de klas uit, voor ons' is his appointment", () => {
    const body =
      "Hoi Marloes,\n\nEven kort: Daan Verbeek gaat vanaf volgende week op donderdag om 14.15 uur de klas uit, voor ons. Zijn moeder haalt hem op bij het hek.\n\nGroetjes,\nLieke";
    const v = verdict(PHYSIO, SCHOOL, "Daan donderdag", body);
    expect(v.category).toBe("logistic");
    expect(v.verdict.action).toBe("secure");
  });

  test("the provider's own guest lesson at the school is no one's appointment", () => {
    const body =
      "Hoi Marloes,\n\nIk kom dinsdag 8 december om 10.00 uur bij jullie op school voor de gastles tandenpoetsen in groep 4.\n\nGroetjes,\nLieke";
    const v = verdict(PHYSIO, SCHOOL, "Gastles", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("'will leave school at 13.30 on Wednesdays to see our practice nurse'", () => {
    const body =
      "Dear Ms. Harper,\n\nAs agreed with his parents: from next week Oliver Grant (Year 5) will leave school at 13.30 on Wednesdays to see our practice nurse.\n\nKind regards,\nClaire";
    const v = verdict(
      { address: "c.bennett@huisartsenzuidas.nl" },
      [{ address: "j.harper@amstelschool.nl", name: "Ms. Harper" }],
      "Oliver - Wednesday afternoons",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("a trainer told a player may not play matches for two weeks", () => {
    const body =
      "Hoi Erik,\n\nMilan de Bruin mag de komende twee weken niet meedoen met wedstrijden. Trainen mag wel, maar geen sprints.\n\nSportieve groet,\nRick";
    const v = verdict(
      { address: "rick@fysiodebrink.nl" },
      [{ address: "trainer.jo17@vvroodwit.nl", name: "Erik Jonkman" }],
      "Milan",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("a neighbour told she may not take the stairs alone since her fall", () => {
    const body =
      "Beste meneer Kramer,\n\nFijn dat u een oogje in het zeil houdt bij uw buurvrouw, mevrouw Jansen. Na haar val van vorige week mag ze voorlopig niet alleen de trap af. Wilt u morgenochtend om half negen even aanbellen?\n\nGroet,\nJoyce";
    const v = verdict(
      { address: "poh@huisartsenpraktijkhetanker.nl" },
      [{ address: "hkramer@ziggo.nl", name: "H. Kramer" }],
      "Morgenochtend",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("a resident's meals 'gemalen' for the caterer", () => {
    const body =
      "Beste Ingrid,\n\nVoor meneer Bakker (appartement 4) graag vanaf maandag 7 december alle warme maaltijden gemalen aanleveren, met de saus apart.\n\nGroet,\nSanne";
    const v = verdict(
      { address: "sanne@dietistvoedingswijs.nl" },
      [{ address: "bestellingen@cateringdelinde.nl", name: "Ingrid Kok" }],
      "Maaltijden appartement 4",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("ground coffee in an order is no one's diet", () => {
    const body =
      "Beste Ingrid,\n\nGraag voor maandag 7 december 2 kilo gemalen koffie en 1 kilo bonen, zoals afgesproken met mevrouw Brouwer.\n\nGroet,\nSanne";
    const v = verdict(
      { address: "sanne@dietistvoedingswijs.nl" },
      [{ address: "bestellingen@koffieservice.nl" }],
      "Bestelling",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });
});

describe("a council's members visible to each other", () => {
  test("'Beste leden van de cliëntenraad' with the members in To is no group of patients", () => {
    const v = check(
      emptyDraft({
        from: { address: "g.bakker@zorgcentrumbolwerk.nl", name: "Gonnie Bakker" },
        to: [
          { address: "a.koster@ziggo.nl" },
          { address: "wimspijker@gmail.com" },
          { address: "tineke.vos@hetnet.nl" },
        ],
        subject: "Agenda vergadering cliëntenraad 9 september",
        body: "Beste leden van de cliëntenraad,\n\nHierbij de agenda voor de vergadering van dinsdag 9 september.\n\n1. Opening\n2. Verslag\n3. Rondvraag\n\nGroet,\nGonnie",
      })
    );
    expect(v.verdict.action).toBe("allow");
  });

  test("patients greeted as such and visible to each other are still blocked", () => {
    const v = check(
      emptyDraft({
        from: { address: "g.bakker@zorgcentrumbolwerk.nl" },
        to: [
          { address: "a.koster@ziggo.nl" },
          { address: "wimspijker@gmail.com" },
          { address: "tineke.vos@hetnet.nl" },
        ],
        subject: "Beweeggroep",
        body: "Beste deelnemers,\n\nDe beweeggroep van dinsdag gaat niet door.\n\nGroet,\nGonnie",
      })
    );
    expect(v.verdict.action).toBe("block");
  });
});

describe("a volunteer's sign-up", () => {
  const COORDINATOR = { address: "mirjam@maatjesdeoverstap.nl", name: "Mirjam" };
  const VOLUNTEER: Address[] = [{ address: "dennispostma@gmail.com", name: "Dennis Postma" }];

  test("the training evenings and introductory talk of a new buddy are no care appointment", () => {
    const body =
      "Hoi Dennis,\n\nLeuk dat je je hebt aangemeld als maatje! De basistraining is op dinsdag 23 september van 19.00 tot 21.30 uur bij ons op kantoor. Na de training krijg je een kennismakingsgesprek en koppelen we je aan een deelnemer.\n\nGroet,\nMirjam";
    const v = verdict(COORDINATOR, VOLUNTEER, "Basistraining nieuwe maatjes", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("the person a buddy is matched with, and her depression, are still her care", () => {
    const body =
      "Hoi Dennis,\n\nLeuk dat je je hebt aangemeld als maatje! We koppelen je aan mevrouw Ineke Smit; zij is sinds haar depressie veel alleen. Jullie eerste afspraak is dinsdag 30 september om 14.00 uur.\n\nGroet,\nMirjam";
    const v = verdict(COORDINATOR, VOLUNTEER, "Je maatje", body);
    expect(v.verdict.action).toBe("secure");
  });
});

describe("the person a price agreement was made with", () => {
  const MANAGER = { address: "i.wolters@hethaagje-huisartsen.nl", name: "Ingrid Wolters" };

  test("an order of wound and diabetes material naming the supplier's contact is business", () => {
    const body =
      "Goedemorgen,\n\nGraag bestellen wij, conform de prijsafspraak die ik in september met mevrouw Brouwer heb gemaakt:\n\n- 4 dozen hydrocolloïdverband\n- 3 monofilamenten (voetonderzoek)\n- 1 doos HbA1c-cartridges\n\nDe cartridges zijn voor het diabetesspreekuur van onze POH. Levering graag vóór donderdag 19 november.\n\nMet vriendelijke groet,\nIngrid Wolters\npraktijkmanager";
    const v = verdict(MANAGER, [{ address: "orders@medlevering-oost.nl" }], "Bestelling", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("a patient named in the same order is still someone's care", () => {
    const body =
      "Goedemorgen,\n\nGraag bestellen wij, conform de prijsafspraak met mevrouw Brouwer, 4 dozen hydrocolloïdverband voor meneer Henk Visser: zijn wond aan het onderbeen lekt flink en moet dagelijks verbonden.\n\nMet vriendelijke groet,\nIngrid Wolters";
    const v = verdict(MANAGER, [{ address: "orders@medlevering-oost.nl" }], "Bestelling", body);
    expect(v.verdict.action).toBe("secure");
  });
});

describe("a treatment note left far below the signature of an order", () => {
  const PHYSIO = { address: "l.wiersma@fysiohetvenster.nl", name: "Lars Wiersma" };
  const SUPPLIER: Address[] = [{ address: "a.rensen@medistore-fysio.nl", name: "Anouk Rensen" }];
  const ORDER =
    "Hallo Anouk,\n\nGraag bestel ik nog één elektrische behandelbank, zelfde als de vorige keer. Levering graag na 4 januari.\n\nMet vriendelijke groet,\n\nLars Wiersma\nfysiotherapeut\nFysiopraktijk Het Venster\n053 - 430 12 88\n";

  test("is read as written text, and the patient's data in it are kept back", () => {
    const body =
      ORDER +
      "\n".repeat(20) +
      "notitie dhr. K. Brouwer 12-05-1966\nknie-TEP re, 3 wk postop. flexie 85 gr, zwelling ++, oefenschema aangepast. volgende afspraak ma 7/12.\n";
    const v = verdict(PHYSIO, SUPPLIER, "Bestelling behandelbank", body);
    expect(v.verdict.action).toBe("secure");
  });

  test("the order alone is business", () => {
    const v = verdict(PHYSIO, SUPPLIER, "Bestelling behandelbank", ORDER);
    expect(v.verdict.action).toBe("allow");
  });
});

describe("an hour written short ('14u', 'do 11u') is a moment", () => {
  const PHARMACY = { address: "anouk@apotheekhetanker.nl", name: "Anouk" };
  const PATIENT: Address[] = [{ address: "h.kramer58@ziggo.nl", name: "Henk Kramer" }];

  test.each([
    [
      "Hoi Henk,\n\nje pilletjes liggen klaar hoor, vanaf 14u kun je ze ophalen bij de balie.\n\nGr Anouk",
      "Re: medicijnen",
    ],
    [
      "Hi Henk, je kroon is binnen uit het lab, past di 8u? dan zetten we m meteen vast\nmvg Sanne",
      "kroon",
    ],
    [
      "Hoi Henk, je was er vanochtend om 9u niet bij de POH, bel je ff voor een nieuwe afspraak?\ngr Petra",
      "afspraak vanochtend",
    ],
    ["Hoi Henk,\npunctie staat ma 8u, nuchter komen, partner mag mee.\ngr Linda", "ma"],
  ])("a short personal reply with its hour is kept back: %j", (body, subject) => {
    const v = verdict(PHARMACY, PATIENT, subject, body);
    expect(v.verdict.action).toBe("secure");
  });

  test("'8u-17u' opening hours are no appointment", () => {
    const body =
      "Hoi Henk, we zijn op zaterdag open van 9u-13u en doordeweeks van 8u-18u.\nGr Anouk";
    const v = verdict(PHARMACY, PATIENT, "openingstijden", body);
    expect(v.verdict.action).toBe("allow");
  });
});
