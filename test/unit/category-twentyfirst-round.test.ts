/**
 * Kinds of error left in the known failures after the twenty-fifth round, each as new fictitious mail
 * written for this test by the engineer, not copied from the corpus. Each kept-back case has a harmless
 * twin where the kind allows one.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { classifyAddress } from "../../src/engine/recipients";
import { DEFAULT_POLICY } from "../../src/engine/policy";

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

describe("a midwife answers when to call, and how far along the addressee is", () => {
  const MIDWIFE = { address: "ilona@verloskundigenzeewolde.nl", name: "Verloskundigen Zeewolde" };
  const CLIENT: Address[] = [{ address: "sanne.pieters@icloud.com", name: "Sanne Pieters" }];
  const ANSWER =
    "Hoi Sanne,\n\nGoed dat je het vraagt! Bel ons altijd meteen bij:\n- helder rood bloedverlies;\n- minder leven voelen dan normaal;\n- gebroken vliezen;\n- koorts boven 38 graden.\n\n";
  const QUOTE =
    "\n\nGroetjes,\nIlona\n\nOp 1 dec. 2026 schreef Sanne Pieters:\n> Wanneer moet ik jullie eigenlijk bellen?";

  test("'Je bent nu 29 weken, dus…' after the list is her pregnancy", () => {
    const body =
      ANSWER +
      "Je bent nu 29 weken, dus het leven voelen is juist nu een goede graadmeter. Bij twijfel gewoon bellen." +
      QUOTE;
    const v = verdict(MIDWIFE, CLIENT, "Re: wanneer bellen", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("the same answer for anyone goes", () => {
    const body =
      ANSWER + "Vanaf ongeveer 24 weken is het leven voelen een goede graadmeter." + QUOTE;
    expect(verdict(MIDWIFE, CLIENT, "Re: wanneer bellen", body).verdict.action).toBe("allow");
  });
});

describe("a practice nurse follows up the addressee's visit in everyday words", () => {
  const POH = { address: "poh@huisartsenkloosterveen.nl", name: "Huisartsen Kloosterveen" };
  const PATIENT: Address[] = [{ address: "g.wolters@home.nl", name: "Gerrit Wolters" }];

  test("'na uw bezoek van gisteren … minder brood' is his treatment", () => {
    const body =
      "Dag meneer Wolters,\n\nNog even kort na uw bezoek van gisteren. U doet het al goed met de koffie zonder suiker. Probeer nu ook het witte brood van 's avonds te vervangen door volkoren of een bakje yoghurt. In februari kijken we samen of het verschil maakt.\n\nGroet,\nAnja, praktijkondersteuner";
    const v = verdict(POH, PATIENT, "tip", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("tips for anyone on less sugar, to the same patient, go", () => {
    const body =
      "Dag meneer Wolters,\n\nU vroeg naar tips om minder suiker te eten. Het Voedingscentrum raadt aan koffie zonder suiker te drinken en wit brood te vervangen door volkoren. Op hun website staan meer ideeën.\n\nGroet,\nAnja, praktijkondersteuner";
    expect(verdict(POH, PATIENT, "tips", body).verdict.action).toBe("allow");
  });
});

describe("a culture that grew nothing, told to the patient", () => {
  const GP = { address: "assistentie@studentenartsenzuid.nl", name: "Studentenartsen Zuid" };
  const STUDENT: Address[] = [{ address: "lin.zhang@icloud.com", name: "Lin Zhang" }];

  test("'Uitslag kweek: geen groei. Je mag stoppen met…' is her result", () => {
    const body =
      "Hoi Lin,\n\nUitslag kweek: geen groei. Je mag stoppen met de fosfomycine.\n\nGroet,\nTeam assistentie";
    const v = verdict(GP, STUDENT, "Uitslag", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("what 'no growth' means, for anyone, goes", () => {
    const body =
      "Hoi Lin,\n\nJe vroeg wat er met een urinekweek gebeurt. Het lab kijkt of er bacteriën groeien; als er geen groei is, is er meestal geen blaasontsteking. Meer uitleg staat op thuisarts.nl.\n\nGroet,\nTeam assistentie";
    expect(verdict(GP, STUDENT, "Re: kweek", body).verdict.action).toBe("allow");
  });
});

describe("general coverage text that turns to the addressee's own condition", () => {
  const DIETITIAN = { address: "p.vos@dietistenwalcheren.nl", name: "Diëtisten Walcheren" };
  const PATIENT: Address[] = [{ address: "h.kodde@zeelandnet.nl", name: "H. Kodde" }];
  const GENERAL =
    "Beste meneer Kodde,\n\nUit de basisverzekering krijgt iedereen 3 uur dieetadvisering per jaar vergoed; dat gaat van het eigen risico af.";

  test("'Omdat u in de ketenzorg diabetes zit, betaalt u geen eigen risico' is his condition", () => {
    const body =
      GENERAL +
      "\n\nOmdat u via uw huisarts in de ketenzorg diabetes zit, gaat het bij u via de zorggroep en betaalt u geen eigen risico.\n\nMet vriendelijke groet,\nPetra";
    const v = verdict(DIETITIAN, PATIENT, "Re: kosten", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("the general text alone goes", () => {
    const body =
      GENERAL +
      "\n\nWie in een ketenzorgprogramma zit, bijvoorbeeld voor diabetes, betaalt geen eigen risico.\n\nMet vriendelijke groet,\nPetra";
    expect(verdict(DIETITIAN, PATIENT, "Re: kosten", body).verdict.action).toBe("allow");
  });
});

describe("a Bcc mailing with a postscript to one reader", () => {
  const PHYSIO = { address: "info@fysiodemeander.nl", name: "Fysiotherapie De Meander" };
  const BCC: Address[] = [
    { address: "joost.peeters@gmail.com" },
    { address: "l.hamers@kpnmail.nl" },
    { address: "m.vdwal@ziggo.nl" },
  ];
  const MAILING =
    "Beste patiënten,\n\nDenk bij het kiezen van uw zorgverzekering voor 2027 aan de fysiotherapie: het aantal vergoede behandelingen verschilt sterk per pakket.\n\n";
  const mailing = (ps: string) =>
    check(
      emptyDraft({
        from: PHYSIO,
        to: [],
        bcc: BCC,
        subject: "Vergoeding 2027",
        body: MAILING + ps + "\n\nMet vriendelijke groet,\nTeam De Meander",
      })
    );

  test("'P.S. Joost, jouw verwijzing voor de kruisband is binnen' is that reader's care", () => {
    const v = mailing(
      "P.S. Joost, jouw verwijzing van de orthopeed voor de voorste kruisband is binnen, dus na de operatie gaan we door met het schema."
    );
    expect(v.findings.some((f) => f.type === "name" && f.text === "Joost")).toBe(true);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("a postscript about a forgotten key goes", () => {
    expect(mailing("P.S. Joost, jouw fietssleutel ligt nog bij de balie.").verdict.action).toBe(
      "allow"
    );
  });
});

describe("care mail in Bulgarian and Hungarian, one patient each", () => {
  const PRACTICE = { address: "info@gezondheidscentrumoost.nl", name: "Gezondheidscentrum Oost" };
  const ELENA: Address[] = [{ address: "elena.petrova@abv.bg", name: "Elena Petrova" }];
  const ANNA: Address[] = [{ address: "kovacs.anna@freemail.hu", name: "Kovács Anna" }];

  test("a physiotherapist's note on her knee in Bulgarian is her care", () => {
    const body =
      "Здравейте Елена,\n\nСлед днешната сесия болката в коляното е по-малка. Продължаваме с упражненията два пъти дневно и още три сесии.\n\nПоздрави,\nFysio Oost";
    const v = verdict(PRACTICE, ELENA, "сесия", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("the pharmacy's opening hours in Bulgarian go, though they mention medicines", () => {
    const body =
      "Здравейте,\n\nработното време на аптеката е от понеделник до петък, 8:00–18:00. В събота сме затворени. Лекарства по рецепта можете да вземете и от шкафчето до входа.\n\nПоздрави,\nApotheek Oost";
    expect(verdict(PRACTICE, ELENA, "работно време", body).verdict.action).toBe("allow");
  });

  test("a blood test's outcome with a daily tablet in Hungarian is her care", () => {
    const body =
      "Kedves Anna,\n\na vizsgálat eredménye megérkezett: a vérvétel alapján vashiánya van, ezért napi egy vastablettát kell szednie. Az orvos három hónap múlva újra megnézi.\n\nÜdvözlettel,\nHuisartsenpraktijk Oost";
    const v = verdict(PRACTICE, ANNA, "eredmény", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("how care works in the Netherlands, in Hungarian, goes as care information", () => {
    const body =
      "Kedves Anna,\n\nköszönjük a kérdését! Hollandiában a háziorvos az első lépés; a fogorvost és a szülésznőt beutaló nélkül is felkeresheti.\n\nÜdvözlettel,\nHuisartsenpraktijk Oost";
    const v = verdict(PRACTICE, ANNA, "kérdés", body);
    expect(v.verdict.action).toBe("allow");
    expect(v.category).toBe("general");
  });
});

describe("consumer mailboxes under other countries' domains", () => {
  test.each(["hotmail.fr", "yahoo.com.tr", "outlook.de", "freemail.hu", "live.be", "mynet.com"])(
    "%s is a private person's mailbox",
    (domain) => {
      expect(
        classifyAddress(`anna.kovacs@${domain}`, ["praktijkoost.nl"], DEFAULT_POLICY, "Anna Kovács")
      ).toBe("private");
    }
  );

  test("a company whose name merely starts with a brand is not", () => {
    expect(
      classifyAddress(
        "info@outlook-advies.nl",
        ["praktijkoost.nl"],
        DEFAULT_POLICY,
        "Outlook Advies"
      )
    ).toBe("external");
  });
});

describe("a therapist writes down today's advice for one client", () => {
  const THERAPIST = { address: "hanna@praktijkademruimte.nl", name: "Praktijk Ademruimte" };
  const CLIENT: Address[] = [{ address: "noor.bakker@gmail.com", name: "Noor Bakker" }];

  test("'de ademoefening van vandaag … als je weer dat benauwde gevoel krijgt' is her care", () => {
    const body =
      "Hoi Noor,\n\nZoals beloofd de ademoefening van vandaag op papier: 4 tellen in, 6 tellen uit. Doe hem vooral als je weer dat benauwde gevoel krijgt in de bus.\n\nWarme groet,\nHanna";
    const v = verdict(THERAPIST, CLIENT, "oefening", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Nog even wat ik vandaag zei: …' with exercises is his care", () => {
    const body =
      "Beste Gerrit,\n\nNog even wat ik vandaag zei: 3x per dag de knieën naar links en rechts laten vallen, en niet langer dan een half uur achter elkaar zitten.\n\nGroet,\nThijs";
    const v = verdict(THERAPIST, [{ address: "gerrit.smit@ziggo.nl" }], "oefeningen", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("the same breathing exercise as a tip for anyone goes", () => {
    const body =
      "Hoi Noor,\n\nJe vroeg naar de ademoefening uit onze nieuwsbrief: 4 tellen in, 6 tellen uit, een paar minuten. Veel mensen doen hem als ze een benauwd gevoel krijgen.\n\nWarme groet,\nHanna";
    expect(verdict(THERAPIST, CLIENT, "Re: nieuwsbrief", body).verdict.action).toBe("allow");
  });
});

describe("a pupil whose name is also a word, told to the school", () => {
  const SCHOOL_DOCTOR = { address: "s.aydin@ggdkust.nl", name: "Sevda Aydın" };
  const SCHOOL: Address[] = [
    { address: "zorg@obsdeduinen.nl", name: "Zorgcoördinator OBS De Duinen" },
  ];
  const names = (subject: string, body: string) =>
    verdict(SCHOOL_DOCTOR, SCHOOL, subject, body)
      .findings.filter((f) => f.type === "name")
      .map((f) => f.text);

  test("under 'Mees groep 6', 'Mees komt … alleen de ochtenden; hij is te moe' is his health", () => {
    const body =
      "Hoi Carla,\n\nZoals besproken met de ouders: Mees komt tot de kerstvakantie alleen de ochtenden. 's Middags is hij te moe. Hij gaat op woensdag naar de kinderfysio voor zijn conditie.\n\nGroetjes,\nSevda";
    const v = verdict(SCHOOL_DOCTOR, SCHOOL, "Mees groep 6 - afspraken", body);
    expect(v.findings.some((f) => f.type === "name" && f.text === "Mees")).toBe(true);
    expect(v.verdict.action).toBe("secure");
  });

  test("'Mees groep 6' in the subject is the pupil", () => {
    expect(names("Mees groep 6 - afspraken", "Hoi Carla,\n\nZie bijlage.\n\nSevda")).toContain(
      "Mees"
    );
  });

  test("the weather at a sentence start stays a word ('Storm komt eraan')", () => {
    expect(
      names("sluiting", "Hoi Carla,\n\nStorm komt eraan: we sluiten om 15 uur.\n\nSevda")
    ).not.toContain("Storm");
  });
});

describe("a practice mailbox's reply signed with a first name above the quote", () => {
  const MAILBOX = { address: "info@dietistdekern.nl", name: "Diëtistenpraktijk De Kern" };
  const COLLEAGUE: Address[] = [
    { address: "praktijk@voedingspraktijkoost.nl", name: "Voedingspraktijk Oost" },
  ];
  const names = (body: string) =>
    verdict(MAILBOX, COLLEAGUE, "Re: format", body)
      .findings.filter((f) => f.type === "name")
      .map((f) => f.text);

  test("the signer is the sender, and a blank diary format goes", () => {
    const body =
      "Hoi Femke,\n\nNatuurlijk, hierbij ons lege format voedingsdagboek. Wij geven het mee na het eerste consult en bespreken het bij de vervolgafspraak.\n\nGroetjes en tot het regio-overleg,\nLoes\n\n> Hoi Loes, mogen wij jullie format voedingsdagboek zien? Gr. Femke";
    expect(names(body)).not.toContain("Loes");
    expect(verdict(MAILBOX, COLLEAGUE, "Re: format", body).verdict.action).toBe("allow");
  });

  test("a patient named in the text is still found", () => {
    const body =
      "Hoi Femke,\n\nAnouk Verbeek komt voortaan bij jullie voor haar dieet bij nierfalen.\n\nGroetjes,\nLoes\n\n> Hoi Loes, komt Anouk nu bij ons? Gr. Femke";
    expect(names(body)).toContain("Anouk Verbeek");
  });
});

describe("a therapist's short personal notes without care words (round 26 kinds)", () => {
  const PHYSIO = { address: "marit@fysiodeolmen.nl", name: "Marit Jansen" };
  const CLIENT: Address[] = [{ address: "eva.dekker91@gmail.com", name: "Eva" }];

  test("'Blijf die oefening met de stoel elke dag doen' is her treatment", () => {
    const body =
      "Hoi Eva,\n\nHoe gaat het nu met traplopen? Blijf die oefening met de keukenstoel gewoon elke dag doen, ook als je denkt dat het niks uitmaakt.\n\nGr Marit";
    const v = verdict(PHYSIO, CLIENT, "even checken", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Doe deze oefening elke dag' from the practice's newsletter goes", () => {
    const body =
      "Hoi Eva,\n\nJe vroeg naar de oefening uit onze nieuwsbrief: ga op een stevige stoel zitten en sta tien keer op zonder je handen te gebruiken. Doe deze oefening elke dag, dat houdt je benen sterk.\n\nGr Marit";
    expect(verdict(PHYSIO, CLIENT, "Re: nieuwsbrief", body).verdict.action).toBe("allow");
  });

  test("a missed hour and the next one at the same time is his appointment", () => {
    const body =
      "Hoi Stijn,\n\nIk had je gisteren om 4 uur verwacht maar je was er niet. Geeft niks, maar laat even weten hoe het gaat. Volgende week donderdag zelfde tijd staat nog gewoon.\n\nGroet,\nHidde";
    const v = verdict(
      { address: "hidde@psychologenpraktijkdekade.nl", name: "Hidde" },
      [{ address: "stijn_w@hotmail.com", name: "Stijn" }],
      "gisteren",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  const podiatry = (line: string) =>
    verdict(
      { address: "balie@podotherapiedevoet.nl", name: "Podotherapie De Voet" },
      [{ address: "h.smit@home.nl", name: "Henk Smit" }],
      "bericht",
      `Goedemorgen meneer Smit,\n\n${line}\n\nMet vriendelijke groet,\nPodotherapie De Voet`
    ).verdict.action;

  test("a fitting of new insoles at an hour is his appointment", () => {
    expect(
      podiatry(
        "Goed nieuws: uw nieuwe zolen zijn binnen. U kunt ze komen passen op dinsdag 8 december om 14.10 uur."
      )
    ).toBe("secure");
  });

  test("the practice's opening hours at the same time as last year go", () => {
    expect(
      podiatry(
        "In de kerstweek zijn we open op dezelfde tijden als vorig jaar: maandag tot en met woensdag van 8 tot 17 uur."
      )
    ).toBe("allow");
  });
});
