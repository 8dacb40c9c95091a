/**
 * Kinds of error left from earlier rounds and found in the thirty-eighth round's blocks, each as new
 * fictitious mail written for this test, with a twin that must keep its category.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { htmlToText } from "../../src/engine/text/html";

const verdict = (from: Address, to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from, to, subject, body }));

describe("a youth-care invoice that names a client's care", () => {
  const CONTROLLER = { address: "h.brink@jeugdzorgdeoever.nl", name: "Harm Brink" };
  const MUNICIPALITY: Address[] = [
    { address: "facturen@gemeente-voorbeeldstad.nl", name: "Team Facturen Jeugd" },
  ];
  const closing = "\n\nMet vriendelijke groet,\n\nHarm Brink\ncontroller\nJeugdzorg De Oever";

  test("a client named beside 'ambulante begeleiding' is that child's care, however much is billing", () => {
    const body =
      "Geachte heer Vos,\n\nIn onze factuur over september staat een fout. Voor Lotte de Wit hebben wij 8 uur ambulante begeleiding gedeclareerd, maar twee afspraken zijn niet doorgegaan. Wij sturen een creditnota voor 2 uur." +
      closing;
    const v = verdict(CONTROLLER, MUNICIPALITY, "Correctie factuur september", body);
    expect(v.verdict.action).toBe("secure");
  });

  test("the same correction for the team's training is business", () => {
    const body =
      "Geachte heer Vos,\n\nIn onze factuur over september staat een fout. Voor de training van ons team hebben wij 8 uur gedeclareerd, maar de afspraken met trainer Karel Smit op dinsdag 6 oktober zijn niet doorgegaan. Wij sturen een creditnota voor 2 uur." +
      closing;
    const v = verdict(CONTROLLER, MUNICIPALITY, "Correctie factuur september", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("a tariff question about ambulante begeleiding names no one", () => {
    const body =
      "Geachte heer Vos,\n\nWat is in 2027 het uurtarief voor ambulante begeleiding in het contract? Wij willen onze facturen daarop aanpassen." +
      closing;
    const v = verdict(CONTROLLER, MUNICIPALITY, "Tarief 2027", body);
    expect(v.verdict.action).toBe("allow");
  });
});

describe("a working day arranged with a new colleague at a private address", () => {
  const DENTIST = { address: "petra@tandartsdeweide.nl", name: "Petra Kok" };
  const NEWCOMER: Address[] = [{ address: "lotte2006@hotmail.com" }];

  test("'het rooster komt nog, di om 8u beginnen' is work, not a care visit", () => {
    const v = verdict(
      DENTIST,
      NEWCOMER,
      "rooster",
      "Hoi Lotte, het rooster komt nog, di gewoon om 8u beginnen. tot dan!\nPetra"
    );
    expect(v.verdict.action).toBe("allow");
  });

  test("a therapist's moved session that asks about the patient's own roster stays theirs", () => {
    const v = verdict(
      { address: "m.bos@psychotherapiebos.nl", name: "Marit Bos" },
      [{ address: "joris.vd.berg@gmail.com", name: "Joris van den Berg" }],
      "donderdag",
      "Hoi Joris,\n\nDonderdag kan ik je pas om 11.00 zien in plaats van 10.00. Lukt dat met je rooster?\n\nGroet, Marit"
    );
    expect(v.verdict.action).toBe("secure");
  });
});

describe("a care provider's shorthand to one person is a note about their own treatment", () => {
  const NURSE = { address: "wondzorg@huisartsenhetplein.nl", name: "Wondzorg Het Plein" };
  const PATIENT: Address[] = [{ address: "h.kramer61@gmail.com" }];

  test.each([
    [
      "stitches out in days, left arm",
      "hechtingen",
      "hechting re bovenarm eruit over 8 dgn. droog houden.",
    ],
    ["a dose per day and a start day", "dosis", "amlodipine nu 10mg 1x/dg, vanaf di. gr"],
    ["a slot on a short weekday", "controle", "u kunt wo 10.20 bij de assistente terecht."],
  ])("%s", (_kind, subject, body) => {
    expect(verdict(NURSE, PATIENT, subject, body).verdict.action).toBe("secure");
  });

  test("the same items in a leaflet's words stay general", () => {
    const body =
      "Beste mevrouw,\n\nU vroeg hoe lang hechtingen blijven zitten. Dat verschilt per plek: in het gezicht meestal vijf dagen, op de arm zeven tot tien dagen. Houd de wond de eerste twee dagen droog.\n\nMet vriendelijke groet,\nWondzorg Het Plein";
    const v = verdict(NURSE, PATIENT, "Re: vraag over hechtingen", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("opening hours in short weekdays are no slot", () => {
    const body =
      "Beste mevrouw,\n\nDe wondpoli is open ma t/m vr 8.00-12.00 uur. U kunt zonder afspraak langskomen.\n\nMet vriendelijke groet,\nWondzorg Het Plein";
    const v = verdict(NURSE, PATIENT, "Openingstijden wondpoli", body);
    expect(v.verdict.action).toBe("allow");
  });
});

describe("a table of the people cared for, each with a moment", () => {
  const MIDWIFE = { address: "anna@verloskundigenoost.nl", name: "Anna Mulder" };
  const PLANNING: Address[] = [{ address: "planning@kraamzorgzon.nl" }];

  test("clients' names with their visit times in rows are their visits", () => {
    const body =
      "Hoi allemaal,\n\nDe planning voor volgende week:\nCliënt | Adres | Bezoek\nSanne de Boer | Kerkstraat 4 | di 8 dec 10.00\nLina Haddou | Dorpsweg 17 | do 10 dec 14.30\n\nGroet,\nAnna";
    const v = verdict(MIDWIFE, PLANNING, "Planning volgende week", body);
    expect(v.category).toBe("logistic");
    expect(v.verdict.action).toBe("secure");
  });

  test("a staff roster with names and shifts is work", () => {
    const body =
      "Hoi allemaal,\n\nHet rooster voor volgende week:\nMedewerker | Dag | Dienst\nSanne de Boer | di 8 dec | 8.00-16.30\nLina Haddou | do 10 dec | 12.00-20.00\n\nGroet,\nAnna";
    const v = verdict(MIDWIFE, PLANNING, "Rooster volgende week", body);
    expect(v.verdict.action).toBe("allow");
  });
});

test("a newcomer welcomed with the sheet handed to all patients is work, not their visit", () => {
  const v = verdict(
    { address: "management@fysiodeoever.nl", name: "Praktijkmanager Fysio De Oever" },
    [{ address: "rik.veenstra@gmail.com", name: "Rik Veenstra" }],
    "instructieblad",
    "Hoi Rik,\n\nWelkom volgende week! Hierbij alvast de tekst van ons instructieblad dat we alle patiënten met een mitella meegeven:\n\n- Draag de mitella zoals uw therapeut heeft afgesproken.\n- Beweeg uw vingers een paar keer per dag.\n\nTot maandag,\nSandra"
  );
  expect(v.verdict.action).toBe("allow");
});

describe("the thirty-ninth round's kinds", () => {
  const JGZ = { address: "l.vos@jgz-eemland.nl", name: "Lotte Vos" };
  const SCHOOL: Address[] = [{ address: "directie@obs-debron.nl", name: "Directie OBS De Bron" }];

  test("a table of pupils under a catch-up vaccination moment is about those pupils", () => {
    const body =
      "Beste mevrouw Smit,\n\nOp woensdag 20 januari houden we een inhaalmoment in de gymzaal. Wilt u zorgen dat deze kinderen om 9:30 aanwezig zijn?\n\nLeerling        | Groep | Nog niet gehaald\n----------------+-------+-----------------\nDaan de Wit     | 6a    | DTP + BMR\nSara El Amrani  | 6b    | BMR\n\nMet vriendelijke groet,\nLotte Vos\njeugdverpleegkundige";
    expect(verdict(JGZ, SCHOOL, "Inhaalmoment vaccinaties", body).verdict.action).toBe("secure");
  });

  test("the same catch-up moment announced for everyone stays general", () => {
    const body =
      "Beste mevrouw Smit,\n\nOp woensdag 20 januari houden we een inhaalmoment in de gymzaal voor kinderen die in oktober niet gevaccineerd zijn. Wilt u dit in de nieuwsbrief zetten?\n\nMet vriendelijke groet,\nLotte Vos\njeugdverpleegkundige";
    expect(verdict(JGZ, SCHOOL, "Inhaalmoment vaccinaties", body).verdict.action).toBe("allow");
  });

  test("a physio's shorthand to a trainer about a named player's limits is that player's health", () => {
    const body =
      "Hoi Rick,\n\nSem (JO13-2): di halve training, geen sprints. Za nog niet spelen. Kniebrace dragen.\n\nGr Bram";
    const v = verdict(
      { address: "b.hendriks@fysiodekade.nl", name: "Bram Hendriks" },
      [{ address: "trainer.jo13-2@vvdekade.nl", name: "Rick Mulder" }],
      "Sem",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("a pharmacy telling the landlord of a named client's methadone is that client's care", () => {
    const body =
      "Goedemorgen,\n\nHet slot van de achterdeur is defect. Die deur gebruiken we elke ochtend voor de methadonverstrekking aan meneer Bakker. Kan de slotenmaker vandaag komen?\n\nGroet,\nAnna";
    const v = verdict(
      { address: "a.kok@apotheekdebrug.nl", name: "Anna Kok" },
      [{ address: "beheer@vastgoed-noord.nl" }],
      "Slot achterdeur",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("a delivery to a street named after someone, asking for a colleague at the lab, is business", () => {
    const body =
      "Dear Mr Hughes,\n\nPlease deliver PO 4471 on Thu at 9.30 at the rear of Laan van Nova 3 and ask for Martijn (lab).\n\nKind regards,\nPriya";
    const v = verdict(
      { address: "p.ramdin@novakliniek.nl", name: "Priya Ramdin" },
      [{ address: "deliveries@cryogas-example.com", name: "CryoGas Deliveries" }],
      "Delivery Thu 9.30",
      body
    );
    expect(v.verdict.action).toBe("allow");
  });

  test("a locum's start and a parent's school talk are no care", () => {
    const locum = verdict(
      { address: "j.smits@tandartsdewal.nl", name: "Jeroen Smits" },
      [{ address: "aoife.byrne.dds@gmail.com", name: "Aoife Byrne" }],
      "Your start on 7 September",
      "Hi Aoife,\n\nFor your locum weeks:\n- Mon 7 Sept, 7.45: Nadia shows you around\n- chair 2, clinics 8-12.30\n\nJeroen"
    );
    expect(locum.verdict.action).toBe("allow");
    const talk = verdict(
      { address: "a.mol@verloskundigendewieg.nl", name: "Anne Mol" },
      [{ address: "m.jonker@obs-dewaaier.nl", name: "Marieke Jonker" }],
      "10-min gesprek Fenna",
      "Beste Marieke,\n\nVoor het 10-min gesprek van Fenna: di 15.40 lukt helaas niet. Do na 16u kan wel.\n\nGroet,\nAnne"
    );
    expect(talk.verdict.action).toBe("allow");
  });
});

describe("holiday opening hours in a padded table", () => {
  const PHARMACY = { address: "info@apotheekdelinde.nl", name: "Apotheek De Linde" };
  const PATIENT: Address[] = [{ address: "g.verbeek@kpnmail.nl", name: "Gerda Verbeek" }];

  test("a padded table of holiday hours and advice for everyone is general", () => {
    const body =
      "Beste mevrouw Verbeek,\n\nDank voor uw vraag. Rond de feestdagen zijn we zo open:\n\nDatum                        | Openingstijden\n-----------------------------+---------------\ndo 24 december               | 08:00 - 16:00\nvr 25 december               | gesloten\nvr 1 januari                 | gesloten\n\nHaal uw vaste medicatie het liefst vóór 23 december op.\n\nMet vriendelijke groet,\nApotheek De Linde";
    expect(verdict(PHARMACY, PATIENT, "Re: open met kerst?", body).verdict.action).toBe("allow");
  });

  test("the addressee's own medicine ready on a day is still theirs", () => {
    const body =
      "Beste mevrouw Verbeek,\n\nUw metoprolol ligt vanaf do 24 december om 10.00 voor u klaar.\n\nMet vriendelijke groet,\nApotheek De Linde";
    expect(verdict(PHARMACY, PATIENT, "Uw medicijnen", body).verdict.action).toBe("secure");
  });
});

describe("the fortieth round's kinds", () => {
  const GP = { address: "s.wolters@huisartsdeberk.nl", name: "Sanne Wolters" };

  test("'kweek laat E. coli zien' to the patient is their result", () => {
    const v = verdict(
      GP,
      [{ address: "jolien.maas@gmail.com", name: "Jolien Maas" }],
      "kweek",
      "Hoi Jolien, kweek laat E. coli zien, gevoelig voor de nitrofurantoïne die je al hebt. Gewoon afmaken\nSanne"
    );
    expect(v.verdict.action).toBe("secure");
  });

  test("'een kweek laat zien welke bacterie' is how a test works", () => {
    const v = verdict(
      GP,
      [{ address: "jolien.maas@gmail.com", name: "Jolien Maas" }],
      "Re: vraag over kweek",
      "Beste Jolien,\n\nDank voor je vraag. Een kweek laat zien welke bacterie een blaasontsteking veroorzaakt en welk antibioticum dan helpt. Dat duurt een paar dagen.\n\nGroet,\nSanne"
    );
    expect(v.verdict.action).toBe("allow");
  });

  test("a care message in Arabic to read out to a named woman is her care", () => {
    const v = verdict(
      { address: "esther@verloskundigenoost.nl", name: "Esther Hofman" },
      [{ address: "hanneke@vrijwilligers-example.nl", name: "Hanneke Visser" }],
      "Bericht voor mevrouw",
      'Beste Hanneke,\n\nKun je dit bericht voorlezen aan mevrouw Haddad als je haar vrijdag ziet?\n\n"السيدة ليلى حداد، نتيجة فحص السكر أثناء الحمل مرتفعة، ولديك سكري الحمل."\n\nGroet,\nEsther'
    );
    expect(v.verdict.action).toBe("secure");
  });
});

test("an HTML table of clients and their visits, as Outlook gives the body, keeps each name to its cell", () => {
  const html =
    "<p>Hoi allemaal,</p><p>De planning voor volgende week:</p><table><tr><th>Cliënt</th><th>Adres</th><th>Bezoek</th></tr><tr><td>Sanne de Boer</td><td>Kerkstraat 4</td><td>di 8 dec 10.00</td></tr><tr><td>Lina Haddou</td><td>Dorpsweg 17</td><td>do 10 dec 14.30</td></tr></table><p>Groet,<br>Anna</p>";
  const v = verdict(
    { address: "anna@verloskundigenoost.nl", name: "Anna Mulder" },
    [{ address: "planning@kraamzorgzon.nl" }],
    "Planning volgende week",
    htmlToText(html).text
  );
  expect(v.findings.filter((f) => f.type === "name").map((f) => f.text)).toEqual(
    expect.arrayContaining(["Sanne de Boer", "Lina Haddou"])
  );
  expect(v.verdict.action).toBe("secure");
});

test("an employer told a named employee's absence for 'de gesprekken bij ons' is told of their care", () => {
  const v = verdict(
    { address: "f.jorritsma@huisartsendeberk.nl", name: "Femke Jorritsma" },
    [{ address: "j.dijkstra@bakkerij-example.nl", name: "Jan Dijkstra" }],
    "Afwezigheid mevrouw De Groot",
    "Geachte heer Dijkstra,\n\nOp verzoek van mevrouw Karin de Groot laat ik u weten dat zij de komende weken op woensdag tussen 9.00 en 10.00 uur niet op het werk kan zijn in verband met de gesprekken bij ons.\n\nMet vriendelijke groet,\nFemke Jorritsma\nPOH-GGZ"
  );
  expect(v.verdict.action).toBe("secure");
});
