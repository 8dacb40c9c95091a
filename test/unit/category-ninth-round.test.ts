/**
 * Kinds of error left from the seventh to ninth rounds of independent writers (first scores in
 * test/corpus-extra/README.md), each as new fictitious mail written for this test by the engineer, not
 * copied from the corpus: every "kept back" mail below went out as allow before the fix.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { detectMedical } from "../../src/engine/detect/medical";
import { normalizeText } from "../../src/engine/text/normalize";
import { hasAppointment, hasThirdPersonAppointment } from "../../src/engine/features/logistics";
import { isRoleAddress } from "../../src/engine/recipients";
import { wordKey } from "../../src/engine/features";

const THERAPIST = { address: "ineke@logopedie-dekwebbel.nl", name: "Ineke Vos" };
const PARENT: Address[] = [{ address: "r.mulder@zeelandnet.nl", name: "Roos Mulder" }];
const SCHOOL: Address[] = [{ address: "zorgcoordinator@cbs-deakker.nl", name: "Zorgcoördinator" }];
const CLUB: Address[] = [{ address: "trainer-jo15@vv-deboys.nl", name: "Trainer JO15" }];

const send = (body: string, to: Address[], subject = "even bijpraten") =>
  check(emptyDraft({ from: THERAPIST, to, subject, body }));

const found = (word: string) =>
  detectMedical({ norm: normalizeText(`Hallo, ${word} hier.`), where: "body", senderNameParts: [] })
    .length > 0;

test.each(["enkelband", "knieblessure", "darmkrampjes", "s-klank", "slissen", "geblesseerd"])(
  "everyday care words of sports and speech therapy are medical: %s",
  (word) => expect(found(word)).toBe(true)
);

test.each(["elastiekband", "geluidsband", "bandenspanning"])(
  "a band that is no ligament is not: %s",
  (word) => expect(found(word)).toBe(false)
);

test.each([
  [
    "a child's speech sound, told to the parent",
    PARENT,
    "Hoi Roos,\n\nDe r-klank lukte bij Mees vandaag een stuk beter. Blijf thuis elke dag even oefenen met het kaartspel.\n\nGroet, Ineke",
  ],
  [
    "a player's ankle ligament, told to the trainer",
    CLUB,
    "Hoi trainer,\n\nJullie spits: de enkelband is nog niet sterk genoeg, dus zondag nog niet spelen. Rustig fietsen mag wel.\n\nIneke",
  ],
  [
    "a pupil's weekly session, told to the school",
    SCHOOL,
    "Beste zorgcoördinator,\n\nOver de leerling die we vorige week bespraken: hij kan vanaf 12 januari elke dinsdag om 10.00 uur bij mij terecht.\n\nGroet, Ineke",
  ],
])("kept back: %s", (_kind, to, body) => {
  expect(send(body, to).verdict.action).toBe("secure");
});

test.each([
  [
    "a club's article on preventing ankle injuries, handed on with a colleague's name",
    CLUB,
    "Hoi Bart,\n\nHier het stukje voor het clubblad. Doet Sanne nog steeds de opmaak?\n\nBLESSURE VOORKOMEN\n- Doe altijd een warming-up.\n- Heb je vaker een enkelblessure gehad, train dan je balans.\n\nSportieve groet, Ineke",
  ],
  [
    "a practice's general hours, told to a school",
    SCHOOL,
    "Beste zorgcoördinator,\n\nLeerlingen kunnen op dinsdag en donderdag tussen 9.00 en 12.00 uur zonder afspraak bij ons terecht.\n\nGroet, Ineke",
  ],
])("goes: %s", (_kind, to, body) => {
  expect(send(body, to).verdict.action).toBe("allow");
});

describe("hasThirdPersonAppointment", () => {
  it("finds a third person's appointment with its moment", () => {
    expect(hasThirdPersonAppointment("Ze moet morgen om 10.15 bij de dokter komen.")).toBe(true);
    expect(
      hasThirdPersonAppointment("De leerling kan donderdag om 14.00 uur bij mij terecht.")
    ).toBe(true);
  });
  it("not for the addressee's own appointment, nor under a condition", () => {
    expect(hasAppointment("U moet morgen om 10.15 bij de tandarts komen.")).toBe(true);
    expect(hasThirdPersonAppointment("U moet morgen om 10.15 bij de tandarts komen.")).toBe(false);
    expect(
      hasThirdPersonAppointment("Als hij morgen om 10.15 bij de dokter moet komen, bel dan even.")
    ).toBe(false);
  });
});

describe("names: kinds of false positive from the same rounds", () => {
  const names = (text: string) =>
    check(emptyDraft({ from: THERAPIST, to: PARENT, subject: "info", body: text }))
      .findings.filter((f) => f.type === "name")
      .map((f) => f.text);
  it.each([
    ["Instructeur is Kees Smit van Reanimatie Zuid (in cc).", ["Kees Smit"]],
    ["Yara Bos van de Kikkertjes is vandaag ziek thuis.", ["Yara Bos"]],
    ["Je kunt morgen bij Esther op de Dorpsweg terecht.", ["Esther"]],
    ["Mevrouw haalt de medicijnen vanmiddag op.", []],
    ["Meneer loopt nog slecht sinds de operatie.", []],
    ["Dit gaat via Zorgteam Rivierland en het Wmo-team.", []],
  ])("%s", (text, expected) => {
    expect(names(`Hallo Roos,\n\n${text}\n\nGroet, Ineke`).filter((n) => n !== "Roos")).toEqual(
      expected
    );
  });
});

describe("a contact person named for readers is no patient", () => {
  const EDITOR: Address[] = [{ address: "redactie@wijkkrant-oost.nl", name: "Redactie" }];
  it("a press release naming the press contact goes", () => {
    const body =
      "PERSBERICHT\n\nOp 1 maart opent ons nieuwe spreekuur voor diabetes- en COPD-controles. Patiënten met klachten hoeven niet meer naar de stad.\n\nNoot voor de redactie: voor vragen kunt u contact opnemen met Sandra Veldman, 030 - 123 45 67.";
    expect(send(body, EDITOR).verdict.action).toBe("allow");
  });
  it("a patient by title and name, with her complaint, to an organisation is kept back", () => {
    const body =
      "Geachte collega,\n\nWilt u contact opnemen met mevrouw Veldman? Haar rugpijn is sinds vorige week erger geworden.\n\nMet vriendelijke groet, Ineke";
    expect(send(body, [{ address: "planning@ziekenhuis-oost.nl" }]).verdict.action).toBe("secure");
  });
});

describe("a school's or club's role mailbox is no private person", () => {
  it.each([
    "bhv@obsdeklimop.nl",
    "mentor2b@csg-delinde.nl",
    "zorgcoordinator@kbs-hetanker.nl",
    "trainer.jo11@vvdeboys.nl",
  ])("%s", (address) => expect(isRoleAddress(address)).toBe(true));
  it.each(["jan.bakker@kabelfoon.nl", "ibrahim@familie-demir.nl", "groenendijk@ziggo.nl"])(
    "not %s",
    (address) => expect(isRoleAddress(address)).toBe(false)
  );
});

test("a word and its plural are one word in the medical score", () => {
  expect(wordKey("Uitslagen")).toBe(wordKey("uitslag"));
  expect(wordKey("klachten")).toBe(wordKey("klacht"));
  expect(wordKey("ogen")).toBe("ogen");
  const body =
    "Beste meneer Brouwer,\n\nU vraagt of we uitslagen naar uw Gmail kunnen sturen. Dat mag niet: een uitslag gaat alleen via het portaal.\n\nMet vriendelijke groet, Ineke";
  expect(send(body, [{ address: "brouwer.j@gmail.com", name: "J. Brouwer" }]).verdict.action).toBe(
    "allow"
  );
});

describe("tenth round, red team (x1951–x2000): kinds of error", () => {
  const COLLEAGUE: Address[] = [{ address: "j.smit@logopedie-dekwebbel.nl", name: "Jan Smit" }];
  it("a pathology letter in an internal attachment is PHI (internal-attachment)", () => {
    const draft = emptyDraft({
      from: THERAPIST,
      to: COLLEAGUE,
      subject: "brief even bekijken?",
      body: "Hoi Jan,\n\nKun je naar de brief in de bijlage kijken?\n\nIneke",
    });
    draft.attachments.push({
      name: "brief.txt",
      contentType: "text/plain",
      size: 120,
      kind: "file",
      extraction: {
        texts: [
          {
            source: "brief.txt",
            text: "Betreft mw. K. Post\nExcisie naevus schouder: histologie dysplastische naevus, radicaal.",
          },
        ],
        facts: [],
      },
    });
    expect(check(draft).verdict.hits.map((h) => h.rule)).toContain("internal-attachment");
  });
  it("a teaching case's 'patiënt X' and 'mevrouw Y' are no names", () => {
    const found = check(
      emptyDraft({
        from: THERAPIST,
        to: PARENT,
        subject: "casus",
        body: "Casus: patiënt X, 54 jaar, heeft pijn op de borst. Mevrouw Y belt ook.",
      })
    ).findings.filter((f) => f.type === "name");
    expect(found).toEqual([]);
  });
  it("a company's founding date is no birth date", () => {
    const found = check(
      emptyDraft({
        from: THERAPIST,
        to: PARENT,
        subject: "gegevens",
        body: "Opgericht 14-03-1986, huidige vestiging sinds 01-09-2015.",
      })
    ).findings.filter((f) => f.type === "birthdate");
    expect(found).toEqual([]);
  });
});

describe("visible private addresses of the practice's own people", () => {
  const FOUR: Address[] = [
    { address: "ellie.m@kabelfoon.nl" },
    { address: "w.vos@caiway.nl" },
    { address: "trees@familie-hoekstra.nl" },
    { address: "hennie1958@ziggo.nl" },
  ];
  const rules = (greeting: string) =>
    check(
      emptyDraft({
        from: THERAPIST,
        to: FOUR,
        subject: "rooster december",
        body: `${greeting},\n\nHier het rooster voor de koffiehoek in december. Ruilen mag.\n\nGroet, Ineke`,
      })
    ).verdict.hits.map((h) => h.rule);
  it("volunteers greeted as such: no group rule", () => {
    expect(rules("Lieve vrijwilligers")).not.toContain("visible-group-recipients");
  });
  it("the same mail to 'allemaal' is a group of private people: Bcc", () => {
    expect(rules("Hallo allemaal")).toContain("visible-group-recipients");
  });
});

describe("private people visible to each other, by the policy's classes", () => {
  const THREE: Address[] = [
    { address: "w.haverkamp@kpnplanet.nl", name: "W. Haverkamp" },
    { address: "annekeverbeek@hccnet.nl" },
    { address: "smeets@familie-smeets.nl" },
  ];
  it("several named people's appointments to all of them are each one's care logistics", () => {
    const v = check(
      emptyDraft({
        from: THERAPIST,
        to: THREE,
        subject: "afspraken dinsdag vervallen",
        body: "Beste meneer Haverkamp, mevrouw Verbeek en meneer Smeets,\n\nUw afspraken van dinsdag 8 december vervallen:\n- meneer Haverkamp, 8.30 uur\n- mevrouw Verbeek, 10.00 uur\n- meneer Smeets, 14.15 uur\n\nGroet, Ineke",
      })
    );
    expect(v.category).toBe("logistic");
    expect(v.verdict.hits.map((h) => h.rule)).toEqual(
      expect.arrayContaining(["visible-group-recipients", "secure-channel-required"])
    );
  });
  it("a new colleague announced to a group is practice information", () => {
    const v = check(
      emptyDraft({
        from: THERAPIST,
        to: THREE,
        subject: "nieuwe collega",
        body: "Beste patiënten,\n\nMet ingang van 1 december komt Fatima El Amrani ons team versterken als praktijkondersteuner (POH-somatiek). Heeft u al een afspraak staan, dan blijft die gewoon staan.\n\nGroet, Ineke",
      })
    );
    expect(v.category).toBe("general");
  });
});

describe("tenth round, short notes (x1901–x1950): kinds of leak", () => {
  it.each([
    [
      "a baby's weight gain told to the parent",
      "Beste Fenna,\n\nNoor woog vanochtend 5120 gram, 180 gram erbij sinds vorige week. Mooi zo!\n\nGroet, Ineke",
    ],
    [
      "the scale's reading told to the patient",
      "hoi Kees,\n\nde weegschaal zei vandaag 88,2 kg, dat is 1,5 kilo minder dan vorige maand. Goed bezig!\n\nIneke",
    ],
    [
      "a partner's swallowing and thickener",
      "Beste mevrouw Post,\n\nFijn dat uw man de yoghurt nu zonder verslikken eet. Thee voorlopig nog met verdikkingsmiddel.\n\nIneke",
    ],
    [
      "an aid applied for and an exercise from the session",
      "Hoi Henk,\n\nDe douchestoel is via de Wmo aangevraagd. Oefen ondertussen het opstaan uit de stoel zoals we deden: eerst naar voren schuiven.\n\nIneke",
    ],
    [
      "a baby's clinic visit with its moment",
      "Beste ouders van Jip,\n\nJip is welkom voor het 11-maandenbezoek: dinsdag 3 maart om 9.40 uur bij jeugdarts De Wit.\n\nGroet, Ineke",
    ],
  ])("kept back: %s", (_kind, body) => {
    expect(send(body, PARENT).verdict.action).toBe("secure");
  });
  it("a one-line reply whose quoted question tells of the writer's sleep is kept back", () => {
    const body =
      "Hoi Sander,\n\nJa hoor, dinsdag 19.00 uur kan online.\n\nIneke\n\nOp wo 4 mrt 2026 om 21:10 schreef Sander <s.vos@zeelandnet.nl>:\n> Hoi, ik slaap nog steeds heel slecht. Kan de volgende sessie online?";
    expect(send(body, PARENT).verdict.action).toBe("secure");
  });
  it("a product's weight is no one's body", () => {
    const found = check(
      emptyDraft({
        from: THERAPIST,
        to: [{ address: "verkoop@medishop.nl" }],
        subject: "weegschaal",
        body: "De babyweegschaal weegt tot 20 kg en het pakket is 3 kilo zwaar.",
      })
    ).findings.filter((f) => f.type === "medical");
    expect(found).toEqual([]);
  });
});

describe("tenth round, published text (x2051–x2100): kinds of false alarm", () => {
  it("a complaints procedure's 'klacht' is no symptom", () => {
    const body =
      "Geachte heer Bos,\n\nVervelend dat u ontevreden bent. Bespreek het eerst met de medewerker zelf. Komt u er niet uit, dan kunt u de klacht voorleggen aan de klachtenfunctionaris; daarna kunt u een klacht indienen bij de Geschilleninstantie.\n\nGroet, Ineke";
    const found = check(emptyDraft({ from: THERAPIST, to: PARENT, subject: "uw klacht", body }))
      .findings.filter((f) => f.type === "medical")
      .map((f) => f.text.toLowerCase());
    expect(found).not.toContain("klacht");
    expect(send(body, PARENT).verdict.action).toBe("allow");
  });
  it("the author of an Outlook-style quoted header ('> Van: …') is the addressee, not a patient", () => {
    const body =
      "Beste Marjolein,\n\nIn het algemeen: bij een gewone controle hoeft er niets aangepast te worden. Gebruikt iemand bloedverdunners zoals acenocoumarol, meld dat dan van tevoren.\n\nGroet, Ineke\n\n> Van: Marjolein Smit <m.smit@thuiszorg-heeze.nl>\n> Onderwerp: bloedverdunners en tandarts\n>\n> Wat is jullie advies in het algemeen?";
    expect(send(body, [{ address: "wijkteam@thuiszorg-heeze.nl" }]).verdict.action).toBe("allow");
  });
  it("a library's events mailbox is an organisation, and a handed-on course text is for anyone", () => {
    expect(isRoleAddress("activiteiten@bibliotheek-oost.nl")).toBe(true);
    const body =
      "Beste medewerkers van de bibliotheek,\n\nMogen we onze cursus op jullie prikbord zetten? Hieronder de tekst.\n\nCURSUS STOPPEN MET ROKEN\nWil je stoppen met roken? Zeven bijeenkomsten vanaf dinsdag 13 april, 19.30 uur.\n\nGroet, Ineke";
    expect(send(body, [{ address: "info@bibliotheekoost.nl" }]).verdict.action).toBe("allow");
  });
});

describe("the sender's own signature in forms the rounds showed", () => {
  const names = (body: string, from: Address) =>
    check(emptyDraft({ from, to: PARENT, subject: "x", body }))
      .findings.filter((f) => f.type === "name")
      .map((f) => f.text);
  it("'Dank je wel,' then the sender's full name under an initial in the display name", () => {
    expect(
      names("Hoi Roos,\n\nPrima.\n\nDank je wel,\nSjoerd Mulder, huisarts", {
        address: "s.mulder@hetanker.nl",
        name: "Dr. S. Mulder",
      })
    ).toEqual(["Roos"]);
  });
  it("titles before the name that signs a practice mailbox's mail", () => {
    expect(
      names("Hoi Roos,\n\nPrima.\n\nAlvast bedankt!\n\nHr. dr. R. Postma, huisarts", {
        address: "dr.postma@delinde.nl",
        name: "Huisartsenpraktijk De Linde",
      })
    ).toEqual(["Roos"]);
  });
  it("'hr.' is a form of address before a patient's name", () => {
    expect(names("Hallo,\n\nVandaag belde hr. Jansen over zijn knie.", THERAPIST)).toEqual([
      "Jansen",
    ]);
  });
  it("a closing after 'Dank je wel!' is no name", () => {
    expect(
      names("Hoi Roos,\n\nDank je wel!\n\nGroet,\nAnouk Scholten", {
        address: "a.scholten@jgz.nl",
        name: "Anouk Scholten",
      })
    ).toEqual(["Roos"]);
  });
});

describe("tenth round, organisations and families (x2001–x2050): kinds of error", () => {
  it("a pupil named by class at the start of a sentence, told to the exam office", () => {
    const body =
      "Geachte mevrouw De Wit,\n\nOp verzoek van ouders: Thomas uit 4 havo heeft diabetes type 1 en moet tijdens het examen iets mogen eten.\n\nGroet, Ineke";
    const v = send(body, [
      { address: "examensecretaris@csg-delinde.nl", name: "Examensecretariaat" },
    ]);
    expect(v.verdict.action).toBe("secure");
    expect(v.findings.filter((f) => f.type === "name").map((f) => f.text)).toContain("Thomas");
  });
  it("a person greeted at a company's HR mailbox cannot be checked against it", () => {
    const body =
      "Geachte mevrouw Peters,\n\nWij bevestigen dat de heer Okan Yilmaz op dinsdag 3 maart van 9.00 tot 10.30 uur een afspraak had bij de tandarts.\n\nGroet, Ineke";
    const v = send(body, [
      { address: "hr@berkelmans-techniek.nl", name: "HR Berkelmans Techniek" },
    ]);
    expect(v.verdict.hits.map((h) => h.rule)).not.toContain("recipient-mismatch");
  });
});

test("the host of a colleagues' meeting is no patient of the report's anonymous figures", () => {
  const body =
    "Hoi allen,\n\nKort verslag van de HAGRO:\n1. Ketenzorg DM2: 23 patiënten zijn nog niet gezien voor de jaarcontrole.\n2. Ons aandeel tweedekeus-middelen bij urineweginfecties is 18%.\n3. Volgende HAGRO: 28 januari bij Joost.\n\nGroet, Ineke";
  expect(send(body, [{ address: "hagro-oost@googlegroups.com" }]).verdict.action).toBe("allow");
});

describe("eleventh round, very short notes (x2101–x2150): a body's value in its unit, and aids", () => {
  it.each([
    [
      "a knee's angle",
      "Hoi Ellen, vandaag kwam je al tot 100 graden buigen, vorige week 85. Mooi!",
    ],
    ["a baby's length", "Noor was vandaag 71 cm, ze groeit mooi langs haar lijntje."],
    ["a walking test", "Kees, je liep vandaag in 6 minuten 450 meter, 40 meter meer dan in mei!"],
    [
      "hours of sleep",
      "Hoi Sophie, fijn dat je gemiddeld al 6 uur slaapt (was 4). Blijf het dagboek bijhouden.",
    ],
    ["a hearing aid", "Goedemorgen, uw linker hoortoestel is gerepareerd en ligt klaar."],
    [
      "a session's time",
      "Hi Daan, zoals besproken: volgende week woensdag 16.00. Schrijf elke avond drie dingen op.",
    ],
  ])("kept back: %s", (_kind, body) => {
    expect(send(body, PARENT).verdict.action).toBe("secure");
  });
  it.each([
    [
      "a room's temperature",
      "Hoi Roos, de zaal is 21 graden en er is plek voor 30 mensen. De huur is 40 euro.",
    ],
    [
      "a conditional leaflet value",
      "Als de koorts boven de 38,5 graden komt, bel dan de huisartsenpost.",
    ],
  ])("goes: %s", (_kind, body) => {
    expect(send(body, PARENT).verdict.action).toBe("allow");
  });
});

describe("eleventh round, third parties (x2201–x2250): kinds of leak", () => {
  it("a resident known by his address, with his amputation, to the housing corporation", () => {
    const body =
      "Geachte heer/mevrouw,\n\nDe bewoner van Dorpsstraat 8 zit sinds zijn beenamputatie in een rolstoel en komt niet meer over de drempel. Kunt u een oprijplaat plaatsen?\n\nGroet, Ineke";
    expect(send(body, [{ address: "onderhoud@woonstede.nl" }]).verdict.action).toBe("secure");
  });
  it("'zn knie' typed in a hurry in the quoted question is his body", () => {
    const body =
      "Hoi Patrick,\n\nJesse mag vanaf volgende week weer halve trainingen meedoen, nog geen sprintjes.\n\nBas\n\nOp ma 30 nov. 2026 om 19:52 schreef Patrick <p.hoogland@kpnmail.nl>:\n> Hoi Bas, Jesse zei dat hij bij jou loopt voor zn knie. Kan hij weer meedoen?";
    expect(
      send(body, [{ address: "p.hoogland@kpnmail.nl", name: "Patrick Hoogland" }]).verdict.action
    ).toBe("secure");
  });
});

describe("eleventh round, red team (x2151–x2200): kinds of false alarm", () => {
  it("an automatic reply tells how the practice works, of no one", () => {
    const v = check(
      emptyDraft({
        from: THERAPIST,
        to: PARENT,
        subject: "Automatisch antwoord: vraagje",
        body: "Dank voor uw bericht. Ik ben afwezig tot en met maandag 9 november.\n\nVoor vragen over afspraken, herhaalrecepten of uitslagen belt u de praktijk. Stuur medische vragen niet per e-mail.\n\nIneke Vos\npraktijkondersteuner GGZ",
      })
    );
    expect(v.verdict.action).toBe("allow");
  });
  it("a software ticket's test patient, with a placeholder birth date and record number, is no one", () => {
    const v = check(
      emptyDraft({
        from: THERAPIST,
        to: [{ address: "support@his-leverancier.nl" }],
        subject: "Ticket: herhaalrecepten komen niet door",
        body: "Hallo Priya,\n\nBij de testpatiënt (Test Patiënt, geboortedatum 01-01-1900, dossiernummer 395778759) komt de medicatie paracetamol 500 mg 3dd niet in het overzicht.\n\nGroet, Ineke",
      })
    );
    expect(v.verdict.action).toBe("allow");
    expect(v.findings.filter((f) => f.type === "birthdate")).toEqual([]);
  });
});

describe("what a patient does at home (exercising, brushing) weighs as one word", () => {
  it("a named child's brushing, told to the parent, is his care", () => {
    const body =
      "Hoi Esther,\n\nMees poetst al veel beter! Achter bij de kiezen blijft nog wat liggen. Over 3 maanden zie ik hem weer.\n\nIneke, mondhygiënist";
    expect(send(body, PARENT).verdict.action).toBe("secure");
  });
  it("a general answer about brushing and practising, to a parent's quoted question, goes", () => {
    const body =
      "Beste mevrouw Smit,\n\nHet algemene advies is om tot ongeveer 10 jaar na te poetsen. Laat uw kind gerust zelf oefenen en poets daarna na.\n\nGroet, Ineke\n\n> Van: Anna Smit\n> Mijn dochter is 7. Tot welke leeftijd moet ik haar tanden poetsen?";
    expect(send(body, PARENT).verdict.action).toBe("allow");
  });
});

test("a plain yes to a quoted question about the writer's own new pills is kept back", () => {
  const body =
    "Dag mevrouw Post,\n\nJa hoor, dat mag, wel elke dag rond dezelfde tijd.\n\nGroet, Ineke\n\n> Kan ik die nieuwe tabletten ook gewoon bij het ontbijt nemen?\n> Toos";
  expect(send(body, PARENT).verdict.action).toBe("secure");
});

describe("twelfth round, short replies (x2301–x2350): the quoted writer's own diagnosis", () => {
  it("a walk-in time for the flu shot, quoted 'Ik heb suikerziekte en COPD', is kept back", () => {
    const body =
      "Beste meneer Bos,\n\nJa hoor, donderdag van 16.00 tot 17.00 uur kunt u nog binnenlopen.\n\nGroet, Ineke\n\n-----Oorspronkelijk bericht-----\nVan: Kees Bos\nOnderwerp: griepprik gemist\n\nIk was ziek op de griepprikdag. Ik heb suikerziekte en COPD, dus ik wil hem wel graag.";
    expect(send(body, PARENT).verdict.action).toBe("secure");
  });
  it("a general question that mentions a referral or a condition under 'als' goes", () => {
    const body =
      "Beste mevrouw Bos,\n\nNee, voor de fysiotherapeut heeft u geen verwijzing nodig.\n\nGroet, Ineke\n\n> Heb ik een verwijzing nodig als ik artrose heb?";
    expect(send(body, PARENT).verdict.action).toBe("allow");
  });
});

test("a particular check-up with its time is someone's appointment; 'een jaarlijkse controle' is how care works", () => {
  const own =
    "Hoi Marloes,\n\nIs geregeld! Je staat nu op 12 mei om 15.15 uur voor de halfjaarlijkse controle.\n\nGroetjes, Ineke";
  expect(send(own, PARENT).verdict.action).toBe("secure");
  const general =
    "Beste mevrouw Bos,\n\nSoms wil de huisarts u eerst zien voor een jaarlijkse controle voordat een medicijn opnieuw wordt voorgeschreven. Dan bellen wij u.\n\nGroet, Ineke";
  expect(send(general, PARENT).verdict.action).toBe("allow");
});

test("a pregnancy scan by its week, in a patient's quoted question, is her care", () => {
  const body =
    "Ja hoor, er kunnen twee mensen mee.\n\nGroet, Ineke\n\nOp 2 dec 2025 om 22:47 schreef Kim <kim.w@icloud.com>:\n> Volgende week woensdag heb ik de 20 weken echo. Mag mijn moeder ook mee?";
  const v = send(body, PARENT);
  expect(v.verdict.action).toBe("secure");
  expect(v.findings.filter((f) => f.type === "medical").map((f) => f.text)).toEqual([
    "20 weken echo",
  ]);
});

describe("twelfth round, families (x2401–x2450): kinds of leak", () => {
  it.each([
    [
      "a mother's appointment, to her son",
      "Hoi Tom, je moeder staat morgen om 11.10 bij dokter Wessels, wil je haar brengen? Gr Ineke",
    ],
    [
      "a father's kidney function, to two siblings",
      "Beste Ellen,\n\nDe uitslag van jullie vader is binnen. Zijn nierfunctie is iets minder dan in het voorjaar.\n\nGroet, Ineke",
    ],
    [
      "a father's restless nights and a talk at a time",
      "Beste Marco,\n\nDe wijkverpleging meldt dat je vader 's nachts erg onrustig is. Kunnen jullie dinsdag om 17.30 uur bij mij komen?\n\nGroet, Ineke",
    ],
  ])("kept back: %s", (_kind, body) => {
    expect(send(body, PARENT).verdict.action).toBe("secure");
  });
});

test("a sister's quoted worry about her brother's low mood in everyday words is kept back", () => {
  const body =
    "Beste mevrouw Kok,\n\nDank dat u dit met ons deelt. Wij nemen zelf contact op met uw broer.\n\nGroet, Ineke\n\nVan: Hanna Kok <hanna.kok@gmail.com>\nVerzonden: donderdag 3 december 2026 23:40\nOnderwerp: zorgen\n\nMijn broer zit sinds de scheiding helemaal in de put en zei dat het voor hem niet meer hoeft.";
  expect(send(body, PARENT).verdict.action).toBe("secure");
});
