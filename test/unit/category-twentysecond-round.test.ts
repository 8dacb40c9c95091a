/**
 * Kinds of error left in the known failures after the twenty-sixth round, each as new fictitious mail
 * written for this test by the engineer, not copied from the corpus. Each kept-back case has a harmless
 * twin where the kind allows one.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { classifyAddress } from "../../src/engine/recipients";
import { DEFAULT_POLICY } from "../../src/engine/policy";

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

describe("what a referral letter holds, told in answer to a patient's question", () => {
  const GP = { address: "assistente@huisartsdeesch.nl", name: "Huisartsenpraktijk De Esch" };
  const PATIENT: Address[] = [{ address: "m.verbeek@kpnmail.nl", name: "Mirjam Verbeek" }];

  test("'in de verwijsbrief staat kort uw medische geschiedenis' describes any letter: it goes", () => {
    const body =
      "Beste mevrouw Verbeek,\n\nVoor de fysiotherapeut heeft u geen verwijzing nodig; voor de specialist in het ziekenhuis wel. In de verwijsbrief staat kort uw medische geschiedenis en wat uw klachten zijn.\n\nMet vriendelijke groet,\nde assistente";
    expect(verdict(GP, PATIENT, "Re: verwijzing", body).verdict.action).toBe("allow");
  });

  test("her letter, sent yesterday with her heart attack in it, is her care", () => {
    const body =
      "Beste mevrouw Verbeek,\n\nDe verwijsbrief voor de cardioloog is gisteren verstuurd. Daarin staat ook uw medische voorgeschiedenis, met het hartinfarct van 2019.\n\nMet vriendelijke groet,\nde assistente";
    const v = verdict(GP, PATIENT, "Re: verwijzing", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });
});

describe("the practice's rules for cancelling, in answer to a patient's question", () => {
  const DENTIST = { address: "balie@tandartsdewierde.nl", name: "Tandartspraktijk De Wierde" };
  const PATIENT: Address[] = [{ address: "k.wiersma@home.nl", name: "Klaas Wiersma" }];

  test("'Een afspraak van maandag moet u uiterlijk op de donderdag ervoor afzeggen' is a rule: it goes", () => {
    const body =
      "Beste meneer Wiersma,\n\nBij verhindering vragen wij u minimaal 24 uur van tevoren af te zeggen. De eerste keer krijgt u uit coulance geen rekening. Een afspraak van maandag moet u uiterlijk op de donderdag ervoor afzeggen.\n\nMet vriendelijke groet,\nde balie";
    expect(verdict(DENTIST, PATIENT, "Re: afzeggen", body).verdict.action).toBe("allow");
  });

  test("in English: 'Appointments on Mondays should be cancelled before 15:00 on the Friday before' goes", () => {
    const body =
      "Dear Mr Wiersma,\n\nIf you cannot make it, please let us know by phone no later than 48 hours in advance. Appointments on Mondays should be cancelled before 15:00 on the Friday before.\n\nKind regards,\nThe front desk";
    expect(verdict(DENTIST, PATIENT, "Re: cancelling", body).verdict.action).toBe("allow");
  });

  test("his own appointment, cancelled by the sender ('Ik moet maandag helaas afzeggen'), is his care", () => {
    const body =
      "Beste meneer Wiersma,\n\nIk moet maandag 14 december helaas afzeggen. Zullen we donderdag om 10.30 uur doen?\n\nMet vriendelijke groet,\nde tandarts";
    const v = verdict(DENTIST, PATIENT, "Re: afspraak", body);
    expect(v.category).toBe("logistic");
    expect(v.verdict.action).toBe("secure");
  });
});

describe("what a pharmacy can do, in answer to a question", () => {
  const PHARMACY = { address: "info@apotheekdevaart.nl", name: "Apotheek De Vaart" };
  const PATIENT: Address[] = [{ address: "marjakok@zeelandnet.nl", name: "Marja Kok" }];

  test("'U kunt ook afspreken dat de medicijnen thuis worden bezorgd' is a possibility: it goes", () => {
    const body =
      "Beste mevrouw Kok,\n\nJa, u mag medicijnen voor iemand anders ophalen; u moet zich dan wel kunnen legitimeren. U kunt ook afspreken dat de medicijnen thuis worden bezorgd, of ze ophalen uit onze afhaalkluis met de code die u per sms krijgt.\n\nMet vriendelijke groet,\nApotheek De Vaart\n\n> Mag ik eigenlijk de medicijnen van mijn man ophalen?";
    expect(verdict(PHARMACY, PATIENT, "Re: ophalen", body).verdict.action).toBe("allow");
  });

  test("'Uw medicijnen worden morgen thuis bezorgd' is her pickup", () => {
    const body =
      "Beste mevrouw Kok,\n\nUw medicijnen worden morgen thuis bezorgd, tussen 14 en 17 uur.\n\nMet vriendelijke groet,\nApotheek De Vaart";
    const v = verdict(PHARMACY, PATIENT, "bezorging", body);
    expect(v.category).toBe("logistic");
    expect(v.verdict.action).toBe("secure");
  });
});

describe("a missed pill, in the patient's and the assistant's own words", () => {
  const GP = { address: "assistente@huisartsdeesch.nl", name: "Huisartsenpraktijk De Esch" };
  const PATIENT: Address[] = [{ address: "lieke2004@hotmail.com" }];
  const ADVICE =
    "Hoi Lieke,\n\nAls je hem gisteravond vergeten bent: neem hem nu alsnog, ook al neem je er dan twee op één dag. Het was week 2 van je strip, dus de komende 7 dagen wel een condoom gebruiken.\n\nGroetjes,\nSanne, assistente";

  test("the quoted 'ik ben gisteren mn pil vergeten' is her own care", () => {
    const body =
      ADVICE +
      "\n\nOp 3 dec. 2026 schreef Lieke:\n> ik ben gisteren mn pil vergeten wat moet ik doen";
    const v = verdict(GP, PATIENT, "Re: vergeten", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("without the quote, 'week 2 van je strip' is still hers", () => {
    expect(verdict(GP, PATIENT, "Re: vergeten", ADVICE).verdict.action).toBe("secure");
  });

  test("the leaflet's 'Pil vergeten in week 2 van de strip? Neem hem dan alsnog' goes", () => {
    const body =
      "Hoi Lieke,\n\nZoals gevraagd de tekst uit onze folder voor de website: Pil vergeten in week 2 van de strip? Neem hem dan alsnog zo snel mogelijk en gebruik de komende 7 dagen een condoom.\n\nGroetjes,\nSanne, assistente";
    expect(verdict(GP, PATIENT, "tekst website", body).verdict.action).toBe("allow");
  });
});

describe("a remark on how someone did, to one private person", () => {
  const PRACTICE = { address: "info@praktijkdebrug.nl", name: "Praktijk De Brug" };
  const PARENT: Address[] = [{ address: "ellenvd@xs4all.nl", name: "Ellen van Dijk" }];

  test("'Goed dat hij weer wat meer drinkt' with what to watch is the child's care", () => {
    const body =
      "Hoi Ellen,\n\nGoed dat hij weer wat meer drinkt. Blijf hem vaak kleine beetjes geven en let op natte luiers: minder dan 4 per dag, dan even bellen.\n\nGroetjes, Marloes";
    const v = verdict(PRACTICE, PARENT, "de kleine", body);
    expect(v.category).toBe("medical");
    expect(v.because).toBe("medical-progress-remark");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Knap dat je die week volgehouden hebt' beside the next session is the client's care", () => {
    const body =
      "Hoi Ellen,\n\nKnap dat je die week volgehouden hebt zonder telefoon op je kamer. Donderdag om 10 uur zie ik je weer.\n\nGroet, Pieter";
    const v = verdict(PRACTICE, PARENT, "Re: slapen", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Goed dat u het even navraagt' remarks on asking: the general answer goes", () => {
    const body =
      "Beste mevrouw Van Dijk,\n\nGoed dat u het even navraagt. Medicijnen voor op reis kunt u tot drie maanden vooruit ophalen; vraag bij de apotheek een medicijnpaspoort.\n\nMet vriendelijke groet,\nde assistente";
    expect(verdict(PRACTICE, PARENT, "Re: op reis", body).verdict.action).toBe("allow");
  });

  test("'Fijn dat je weer komt helpen' to a volunteer goes", () => {
    const body =
      "Hoi Ellen,\n\nFijn dat je weer komt helpen op de griepprikdag, zaterdag 10 oktober van 9 tot 13 uur. Je staat bij de ingang.\n\nGroet, Marloes";
    expect(verdict(PRACTICE, PARENT, "griepprikdag", body).verdict.action).toBe("allow");
  });
});

describe("signs, doses and visits in everyday words, to one private person", () => {
  const GP = { address: "assistente@praktijkoost.nl", name: "Praktijk Oost" };
  const PARENT: Address[] = [{ address: "fatima.el@hotmail.com" }];

  test("'Die plekjes in zijn nek zijn melkkorstjes' is the baby's body", () => {
    const body =
      "Hoi Fatima,\n\nDie plekjes in zijn nek zijn melkkorstjes, daar hoef je niks mee. Insmeren met olie en na een kwartier zacht uitborstelen.\n\nGroeten, Sanne";
    const v = verdict(GP, PARENT, "Re: baby", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("melkkorst explained in answer to a general question goes", () => {
    const body =
      "Hoi Fatima,\n\nMelkkorst komt bij veel baby's voor: gele schilfers op het hoofdje. Die plekjes zijn onschuldig. Insmeren met olie en na een kwartier zacht uitborstelen helpt.\n\nGroeten, Sanne\n\n> Wat is melkkorst eigenlijk?";
    expect(verdict(GP, PARENT, "Re: vraag", body).verdict.action).toBe("allow");
  });

  test("'Je mag nu naar één tablet per dag' is the addressee's own dose", () => {
    const body =
      "Hoi Fatima,\n\nJe mag nu naar één tablet per dag. Na twee weken stoppen we helemaal.\n\nGroet, dokter Kaya";
    const v = verdict(GP, PARENT, "Re: tabletten", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("a leaflet's 'U mag naar twee tabletten per dag als de pijn erger wordt' goes", () => {
    const body =
      "Beste patiënten,\n\nPijnstillers: begin met paracetamol. U mag naar twee tabletten per keer als de pijn erger wordt, tot zes per dag.\n\nMet vriendelijke groet,\nPraktijk Oost";
    expect(verdict(GP, PARENT, "Pijnstillers", body).verdict.action).toBe("allow");
  });
});

describe("a remark on how someone did, in English", () => {
  const GP = { address: "info@huisartsenzuidas.nl", name: "Huisartsenpraktijk Zuidas" };
  const PATIENT: Address[] = [{ address: "raj.patel@outlook.com", name: "Raj Patel" }];

  test("'Good to hear the swelling is down' with when to start cycling is his care", () => {
    const body =
      "Hi Raj,\n\nGood to hear the swelling is down. You can start cycling again next week, but no running until I've seen you on the 14th.\n\nCheers,\nKevin";
    const v = verdict(GP, PATIENT, "Re: knee", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Glad you asked' before how Dutch GP care works goes", () => {
    const body =
      "Hi Raj,\n\nGlad you asked. In the Netherlands you first see your GP for most health questions; you need a referral for a hospital specialist.\n\nKind regards,\nPractice assistant";
    expect(verdict(GP, PATIENT, "Re: question", body).verdict.action).toBe("allow");
  });
});

test("'Fijn dat we gisteren weer konden overleggen' remarks on the writer's own doing: it goes", () => {
  const body =
    "Hoi Ellen,\n\nFijn dat we gisteren weer even konden overleggen over de inzameling voor de wachtkamer. Ik zet de dozen vrijdag klaar.\n\nGroet, Marloes";
  const v = verdict(
    { address: "info@praktijkdebrug.nl" },
    [{ address: "ellenvd@xs4all.nl" }],
    "inzameling",
    body
  );
  expect(v.verdict.action).toBe("allow");
});

describe("a named person's body told to an organisation in everyday words", () => {
  const GP = { address: "poh@huisartsdelinde.nl", name: "Huisartsenpraktijk De Linde" };
  const GYM: Address[] = [{ address: "info@sportschool-fitfit.nl" }];
  const DAYCARE: Address[] = [{ address: "groep@kdvzonnetje.nl" }];

  test("'Mevrouw Jansen mag van ons weer sporten, maar rustig opbouwen' is her health", () => {
    const body =
      "Beste Ron,\n\nMevrouw Jansen mag van ons weer sporten, maar rustig opbouwen en nog geen zware gewichten boven het hoofd tot de zomer.\n\nGroet, Marijke (POH)";
    const v = verdict(GP, GYM, "Re: mevr. Jansen", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Noor heeft vanochtend een tandje laten trekken' to the daycare is her health", () => {
    const body =
      "Hoi juffen,\n\nNoor heeft vanochtend een tandje laten trekken. Vandaag graag alleen zacht eten en niet te warm drinken. Haar moeder haalt haar om 4 uur op.\n\nGroet, de balie";
    const v = verdict(GP, DAYCARE, "Noor", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Vanaf maandag mogen de leden weer sporten in de grote zaal' names no one: it goes", () => {
    const body =
      "Beste Ron,\n\nDank voor de uitnodiging. Vanaf maandag mogen de leden weer sporten in de grote zaal, las ik; wij hangen graag onze poster over de beweeggroep op.\n\nGroet, Marijke (POH)";
    expect(verdict(GP, GYM, "poster", body).verdict.action).toBe("allow");
  });
});

describe("remarks on things, not people, to one private person", () => {
  const PHYSIO = { address: "info@fysio-oost.nl", name: "Fysiotherapie Oost" };
  const cases: [string, string][] = [
    [
      "a contractor",
      "Fijn dat de verbouwing weer verder kan na de vorstperiode. De oefenzaal is vrij, dus dan kun je beginnen.",
    ],
    [
      "a volunteer",
      "Mooi dat het beweegcafé gisteren weer zo druk was! Volgende keer hangen we meer posters op.",
    ],
    [
      "the IT man",
      "Goed dat de wifi het weer doet. Kun je de factuur naar de administratie sturen?",
    ],
    [
      "a neighbour",
      "Vervelend dat de parkeerplaats weer vol stond met onze patiënten. We hangen een bordje op.",
    ],
  ];
  test.each(cases)("to %s: it goes", (_who, text) => {
    const body = `Hoi Hans,\n\n${text}\n\nGroet, Ruud`;
    expect(
      verdict(PHYSIO, [{ address: "hans.h@gmail.com" }], "even dit", body).verdict.action
    ).toBe("allow");
  });

  test("'Glad he's drinking a bit more today' is about him", () => {
    const body =
      "Hi Emma,\n\nGlad he's drinking a bit more today. Keep offering small sips and count the wet nappies.\n\nBest,\nDr. de Boer";
    expect(
      verdict(PHYSIO, [{ address: "emma.clarke@gmail.com" }], "Re: Oliver", body).verdict.action
    ).toBe("secure");
  });
});

test("'Die vlekken op de muur' to the painter are on no one: it goes", () => {
  const body =
    "Hoi Hans,\n\nDie vlekken op de muur in de wachtkamer zijn na het schilderen nog niet weg. Kun je nog even langskomen?\n\nGroet, Anne";
  const v = verdict(
    { address: "info@praktijkoost.nl" },
    [{ address: "hans.schilder@gmail.com" }],
    "wachtkamer",
    body
  );
  expect(v.verdict.action).toBe("allow");
});

describe("a named person's body in the next sentence, on the next line", () => {
  const NURSE = { address: "wijk@zorgthuis-velsen.nl", name: "Zorg Thuis Velsen" };
  const CORPORATION: Address[] = [{ address: "p.vermeulen@woonstichting-velsen.nl" }];

  test("'…bij mevrouw Ouali.\\nZe komt de trap niet meer op' is her body, as on one line", () => {
    const lines =
      "Beste Paul,\n\nIk kom sinds september als wijkverpleegkundige bij mevrouw Ouali.\nZe komt de trap naar de derde verdieping eigenlijk niet meer op. Kan zij met voorrang verhuizen?\n\nGroet, Wendy";
    const v = verdict(NURSE, CORPORATION, "Huurder Vlietstraat", lines);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("the lift that no one can use goes", () => {
    const body =
      "Beste Paul,\n\nDe lift in de Vlietstraat staat al een week stil.\nNiemand komt de trap naar de derde verdieping nog makkelijk op. Wanneer komt de monteur?\n\nGroet, Wendy";
    expect(verdict(NURSE, CORPORATION, "Lift Vlietstraat", body).verdict.action).toBe("allow");
  });
});

describe("a relative called what the family calls them", () => {
  const HOME_CARE = { address: "wijk@thuiszorgdezorgzame.nl", name: "Thuiszorg De Zorgzame" };
  const SON: Address[] = [{ address: "peter.wouters@home.nl" }];

  test("'Mama at vandaag weer een hele boterham' to her son is her care", () => {
    const body =
      "Hoi Peter,\n\nMama at vandaag weer een hele boterham en heeft buiten een rondje gelopen met de rollator. Ze sliep wel veel.\n\nGroet, Ilse (wijkverpleging)";
    const v = verdict(HOME_CARE, SON, "Re: mama", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("'Opa's en oma's zijn welkom' on the open day goes", () => {
    const body =
      "Hoi Peter,\n\nOpa's en oma's zijn zaterdag ook welkom op onze open dag, van 10 tot 14 uur. Er is koffie en een rondleiding.\n\nGroet, Ilse";
    expect(verdict(HOME_CARE, SON, "open dag", body).verdict.action).toBe("allow");
  });
});

describe("a staff member's course registration (twenty-seventh round, w133's kind)", () => {
  const GP = { address: "m.terhorst@hapraktijkhetbaken.nl", name: "Marloes Ter Horst" };
  const COURSES: Address[] = [{ address: "scholing@nascholing-oost.nl", name: "NHG Scholing" }];

  test("'scholing@nascholing-oost.nl' is a role mailbox, not a person at their own domain", () => {
    expect(
      classifyAddress(
        "scholing@nascholing-oost.nl",
        ["hapraktijkhetbaken.nl"],
        DEFAULT_POLICY,
        "NHG Scholing"
      )
    ).not.toBe("private");
  });

  test("a registration for 'Wondzorg in de huisartsenpraktijk', invoice 't.a.v. Ingrid Bosman', goes", () => {
    const body =
      "Geachte heer/mevrouw,\n\nGraag schrijf ik mij in voor de cursus 'Wondzorg in de huisartsenpraktijk' op 21 januari in Apeldoorn.\nFactuur graag naar de praktijk t.a.v. Ingrid Bosman.\n\nMet vriendelijke groet,\nMarloes Ter Horst";
    expect(verdict(GP, COURSES, "Inschrijving cursus wondzorg", body).verdict.action).toBe("allow");
  });

  test("a wound named with a patient ('mevrouw Bosman, haar wond') to the same mailbox is kept back", () => {
    const body =
      "Geachte heer/mevrouw,\n\nKan ik een vraag uit de praktijk meenemen naar de cursus? Mevrouw Bosman heeft sinds oktober een open wond aan haar onderbeen die niet dicht wil.\n\nMet vriendelijke groet,\nMarloes Ter Horst";
    expect(verdict(GP, COURSES, "vraag cursus", body).verdict.action).toBe("secure");
  });
});

describe("kinds from w132's red team (twenty-seventh round)", () => {
  const DENTIST = { address: "mark@tandartsmolenhoek.nl", name: "Mark de Boer" };

  test("'Na de wortelkanaalbehandeling van de 36 kunt u ibuprofen nemen' is one person's tooth", () => {
    const body =
      "Beste Anna,\n\nNa de wortelkanaalbehandeling van de 36 kunt u 3 dagen ibuprofen 400 mg nemen. Bij zwelling bellen.\n\nMark";
    const v = verdict(DENTIST, [{ address: "anna.kok@ziggo.nl" }], "Advies", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("a password spelled out letter by letter beside an encrypted file is found", () => {
    const found = check(
      emptyDraft({
        from: DENTIST,
        to: [{ address: "sara.jong@outlook.com" }],
        subject: "Uitslagen",
        body: "Beste Sara,\n\nDe bijlage is beveiligd. Het wachtwoord is: k - a - s - t - a - n - j - e - vier - een.\n\nGroet, Lisa",
      })
    ).findings.filter((f) => f.type === "password");
    expect(found.map((f) => f.text)).toEqual(["k - a - s - t - a - n - j - e - vier - een"]);
  });

  test("a phone number with hyphens after 'wachtwoord: bel' is no spelled-out password", () => {
    const found = check(
      emptyDraft({
        from: DENTIST,
        to: [{ address: "sara.jong@outlook.com" }],
        subject: "bijlage",
        body: "Beste Sara,\n\nVoor het wachtwoord: bel 038-421-60-30.\n\nGroet, Lisa",
      })
    ).findings.filter((f) => f.type === "password");
    expect(found).toEqual([]);
  });

  test("a colleague's birth date for her birthday cake is no patient's identifier", () => {
    const body =
      "Hoi Jolanda,\n\nOnze collega Petra is geboren op 12 maart 1979 en wordt dus 47! Kunnen jullie op de personeelsavond een taart regelen?\n\nGroet, Marieke";
    expect(
      verdict(DENTIST, [{ address: "info@feestenbijjolanda.nl" }], "Petra", body).verdict.action
    ).toBe("allow");
  });

  test("a patient's birth date to the same supplier is kept back", () => {
    const body =
      "Hoi Jolanda,\n\nMevrouw Petra de Wit (geboren 12-03-1979) komt dinsdag om 10 uur voor haar controle; kunt u de sleutel van de zijingang klaarleggen?\n\nGroet, Marieke";
    expect(
      verdict(DENTIST, [{ address: "info@feestenbijjolanda.nl" }], "dinsdag", body).verdict.action
    ).toBe("secure");
  });
});
