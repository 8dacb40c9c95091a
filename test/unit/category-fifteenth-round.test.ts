/**
 * Kinds of error from the fourteenth round's remaining mistakes and the fifteenth round of independent
 * writers (first scores in test/corpus-extra/README.md), each as new fictitious mail written for this test
 * by the engineer, not copied from the corpus.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { detectMedical } from "../../src/engine/detect/medical";
import { normalizeText } from "../../src/engine/text/normalize";
import { isClosing } from "../../src/engine/mailtext/signature";
import { concreteEvent } from "../../src/engine/features/generic";

const PHYSIO = { address: "info@fysio-hetanker.nl", name: "Fysiotherapie Het Anker" };
const PRIVATE: Address[] = [{ address: "joris.vandijk@ziggo.nl", name: "Joris van Dijk" }];
const send = (to: Address[], subject: string, body: string, bcc: Address[] = []) =>
  check(emptyDraft({ from: PHYSIO, to, bcc, subject, body }));

test("goes: a when-to-call list under 'Bel ons direct als:' answers a general question", () => {
  const v = send(
    PRIVATE,
    "RE: vraag",
    "Hoi Joris,\n\nGoede vraag. Bel ons direct als:\n\n- de zwelling steeds erger wordt\n- de pijn 's nachts toeneemt\n- je been warm en rood wordt\n\nGroet,\nMarloes"
  );
  expect(v.verdict.action).toBe("allow");
});

test("kept back: the same list told as what happened to him", () => {
  const v = send(
    PRIVATE,
    "RE: vraag",
    "Hoi Joris,\n\nJe belde gisteren omdat:\n\n- de zwelling steeds erger wordt\n- de pijn 's nachts toeneemt\n\nKom morgen om 9.00 uur langs.\n\nGroet,\nMarloes"
  );
  expect(v.verdict.action).toBe("secure");
});

test("kept back: a relative's care told as this morning's event ('Vanochtend had je moeder weer veel pijn')", () => {
  const v = send(
    PRIVATE,
    "je moeder",
    "Hoi Joris,\n\nVanochtend had je moeder weer veel pijn bij het lopen. Wij kijken morgen opnieuw.\n\nGroet, Marloes"
  );
  expect(v.verdict.action).toBe("secure");
});

test("kept back: a relative's body in the sentence that names him ('Je vader … zijn benen zijn dikker')", () => {
  const v = send(
    PRIVATE,
    "je vader",
    "Hoi Joris,\n\nJe vader wilde vanochtend niet mee naar buiten, zijn benen zijn nu wat dikker.\n\nGroet, Marloes"
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: advice about anyone's child ('Laat uw kind gerust zelf oefenen') in a general answer", () => {
  const v = send(
    PRIVATE,
    "RE: vraag over oefeningen",
    "Beste meneer Van Dijk,\n\nDank voor uw vraag. Laat uw kind gerust zelf oefenen, maar kijk daarna even mee.\n\nMet vriendelijke groet,\nMarloes\n\n> Hoe lang moet een kind de oefeningen doen?"
  );
  expect(v.verdict.action).toBe("allow");
});

test("kept back: a care home tells a son what his father did this week, in everyday words", () => {
  const v = send(
    PRIVATE,
    "even een berichtje",
    "Beste meneer Van Dijk,\n\nUw vader heeft deze week weer goed gegeten en vanmiddag zelfs even buiten gewandeld. Zaterdag is er een koffieochtend.\n\nHartelijke groet,\nMarloes"
  );
  expect(v.verdict.action).toBe("secure");
});

test("kept back: a named child's night told to a parent ('Kleine Sem heeft vannacht goed gedronken')", () => {
  const v = send(
    PRIVATE,
    "update",
    "Hoi Joris,\n\nKleine Sem heeft vannacht goed gedronken en twee keer een schone luier gehad. Ik ben er om 9 uur weer.\n\nGroetjes, Marloes"
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: a roster to a colleague's private address that names another colleague's course day", () => {
  const v = send(
    PRIVATE,
    "rooster",
    "Hoi Joris,\n\nJe werkrooster voor maart: ma en wo van 8 tot 17, en vrijdag 12 maart een extra ochtend ivm scholing van Ineke. Klopt dat met je vakantie?\n\nMarloes"
  );
  expect(v.verdict.action).toBe("allow");
});

test.each([
  "een VKB-reconstructie links",
  "postoperatief ongecompliceerd",
  "een achillespees-ruptuur",
])("an orthopaedic letter's words are medical: %s", (text) =>
  expect(
    detectMedical({ norm: normalizeText(text), where: "body", senderNameParts: [] }).length
  ).toBeGreaterThan(0)
);

test.each([
  ["a one-word reply's meeting", "Prima, tot morgen om 9 uur! Kom gerust iets eerder."],
  ["a cancelled session moved", "Ik moet dinsdag helaas afzeggen. Zullen we donderdag 10.30 doen?"],
  [
    "a session's talk with its moment",
    "Probeer het dagboek vol te houden. Dan bespreken we het dinsdag om 10.30.",
  ],
  ["a weight lost, told to her", "Super dat je weer 1,5 kilo kwijt bent. Houd vol!"],
  [
    "progress of a named child",
    "Het gaat al veel beter met praten bij Sem! Blijf het boekje elke avond doen.",
  ],
  [
    "an English eye check",
    "Thanks for coming in today. The pressure in your left eye was a bit high (24).",
  ],
  [
    "a condition read as an adverb-first clause",
    "Nog ongeveer 3 keer voor die plek in je nek, dan kijken we samen verder.",
  ],
])("kept back: %s", (_kind, body) => {
  expect(
    send(PRIVATE, "kort berichtje", `Hoi Joris,\n\n${body}\n\nGroet, Marloes`).verdict.action
  ).toBe("secure");
});

test.each([
  ["a social meeting after one word", "Leuk, tot zaterdag op de buurtbarbecue!"],
  ["opening hours as a range", "Wij zijn open van maandag tot vrijdag, van 8.00 tot 17.00 uur."],
])("goes: %s", (_kind, body) => {
  expect(send(PRIVATE, "vraagje", `Hoi Joris,\n\n${body}\n\nGroet, Marloes`).verdict.action).toBe(
    "allow"
  );
});

test.each(["de nieuwe pilletjes", "twee tabletjes", "een wondje"])(
  "a diminutive of a medical word is medical: %s",
  (text) =>
    expect(
      detectMedical({ norm: normalizeText(text), where: "body", senderNameParts: [] }).length
    ).toBeGreaterThan(0)
);

test("goes: a checklist for a youth centre's website, to 'CJG … - webredactie' (an acronym is no initials)", () => {
  const v = send(
    [{ address: "web@cjg-oostland.nl", name: "CJG Oostland - webredactie" }],
    "checklist voor jullie site",
    "Beste webredactie,\n\nHierbij onze checklist voor aanstaande ouders.\n\nIk ben zwanger! Wat moet ik regelen?\n- Begin met foliumzuur 0,4 mg per dag.\n- Maak een afspraak bij de verloskundige rond 8 weken.\n- Regel je kraamzorg voor het einde van de derde maand.\n\nHartelijke groet,\nLoes"
  );
  expect(v.verdict.action).toBe("allow");
});

test("goes: a text for the club magazine whose own schedule ('op dinsdag na de training') is the text's", () => {
  const v = send(
    [{ address: "clubblad@vv-rijnoord.nl", name: "VV Rijnoord - clubblad" }],
    "stukje clubblad",
    "Hoi Erik,\n\nHier mijn stukje voor het clubblad, zoals met trainer Bas de Boer afgesproken.\n\nEnkel verzwikt? Denk aan rust, ijs en het been hoog. Is de enkel erg dik, laat het dan door de huisarts bekijken.\n\nVanaf januari houden we op dinsdag na de training een gratis blessure-inloop.\n\nSportieve groet,\nMark"
  );
  expect(v.verdict.action).toBe("allow");
});

test("goes: a general answer to a quoted question 'dat je paracetamol … mag gebruiken'", () => {
  const v = send(
    PRIVATE,
    "RE: vraagje",
    "Goedemiddag,\n\nIn het algemeen geldt: paracetamol is de eerste keus bij pijn. Ibuprofen is niet voor iedereen geschikt.\n\nMet vriendelijke groet,\nThijs, apotheker\n\n> Op tv zeiden ze dat je paracetamol en ibuprofen samen mag gebruiken. Klopt dat?"
  );
  expect(v.verdict.action).toBe("allow");
});

test("goes: tips for a scouts' camp signed 'Namens de assistentes,' (a closing on behalf of a team)", () => {
  const v = send(
    [{ address: "leiding@scouting-dewaag.nl", name: "Leiding Scouting De Waag" }],
    "Re: teken op kamp",
    "Beste leiding,\n\nOnze tips voor de kampmap:\n- Check de kinderen elke avond op teken.\n- Teek gevonden? Zo snel mogelijk weghalen met een tekentang.\n- Komt er een rode ring, of griepachtige klachten, dan naar de eigen huisarts.\n\nSucces!\nNamens de assistentes,\nYvonne"
  );
  expect(v.verdict.action).toBe("allow");
});

test("goes: a general answer on how much sleep children need ('9 tot 11 uur slaap' is a norm)", () => {
  const v = send(
    PRIVATE,
    "Re: vraag via website",
    "Beste Joris,\n\nKinderen op de basisschool hebben gemiddeld 9 tot 11 uur slaap per nacht nodig. Wat helpt: een vaste bedtijd en het laatste uur geen schermen.\n\nGroetjes,\nLieke"
  );
  expect(v.verdict.action).toBe("allow");
});

test("kept back: an English quoted question about a named daughter's chickenpox", () => {
  const v = send(
    PRIVATE,
    "Re: chickenpox and school",
    "Dear Mr Van Dijk,\n\nChildren with chickenpox may go to school once they feel well.\n\nKind regards,\nDr Smits\n\nOn Thu 3 Dec 2026 at 20:02, Joris van Dijk <joris.vandijk@ziggo.nl> wrote:\n> My daughter Lisa has had chickenpox spots since Monday. Can she go back to school?"
  );
  expect(v.verdict.action).toBe("secure");
});

test.each(["Namens de assistentes,", "Namens het hele team,", "On behalf of the team,"])(
  "a closing on behalf of a team: %s",
  (line) => expect(isClosing(line)).toBe(true)
);
test.each(["Namens de praktijk wil ik u bedanken voor uw komst", "namens"])(
  "no closing: %s",
  (line) => expect(isClosing(line)).toBe(false)
);

test.each([
  [
    "hours of maternity care 'verdeeld over 8 dagen'",
    "Re: hoe werkt het met de uren?",
    "Hoi Joris,\n\nHet aantal uur kraamzorg wordt per gezin bepaald. Meestal is dat 49 uur verdeeld over 8 dagen.\n\nHartelijke groet,\nTeam Kraamzorg",
  ],
  [
    "a thank-you that names a colleague called Yasmin",
    "Bedankt!",
    "Beste meneer Van Dijk,\n\nWat attent! De chocolaatjes waren zo op, die heeft Yasmin eerlijk verdeeld.\n\nHartelijke groet,\nEllen",
  ],
])("goes: %s", (_kind, subject, body) => {
  expect(send(PRIVATE, subject, body).verdict.action).toBe("allow");
});

test("goes: a new way of working agreed with a pharmacy ('de medicatie ligt dan na 2 werkdagen klaar')", () => {
  const v = send(
    [{ address: "info@apotheek-deschans.nl", name: "Apotheek De Schans" }],
    "Re: nieuwe werkwijze herhaalrecepten",
    "Hoi Sietske,\n\nAkkoord. Vanaf 4 januari:\n- patiënten vragen herhaalmedicatie aan bij de apotheek;\n- wij autoriseren dezelfde dag, de medicatie ligt dan na 2 werkdagen klaar.\n\nWil jij de tekst voor de poster maken? Dan zet Jolien hem op de website.\n\nGroet,\nFrank"
  );
  expect(v.verdict.action).toBe("allow");
});

test("'second' alone is no procedure; 'second opinion' is", () => {
  const run = (t: string) =>
    detectMedical({ norm: normalizeText(t), where: "body", senderNameParts: [] }).map(
      (f) => f.text
    );
  expect(run("We keep the second autoclave running")).toEqual([]);
  expect(run("een second opinion")).toEqual(["second opinion"]);
});

test("the addressee's results in a clause of what they can do are no event; results that came in are", () => {
  expect(concreteEvent("Uw uitslagen kunt u inzien in de app, onder 'Mijn dossier'.")).toBe(false);
  expect(concreteEvent("Uw uitslagen zijn binnen, u kunt ze inzien in de app.")).toBe(true);
});

const CLUB: Address[] = [{ address: "trainer-jo15@vv-rijnoord.nl", name: "Trainer JO15" }];
test.each([
  [
    "a player's visit yesterday, told to his trainer",
    "Hoi Erik,\n\nLuuk is gisteren bij mij geweest. Dinsdag mag hij meedoen met de warming-up.\n\nSportieve groet,\nBas",
  ],
  [
    "a pupil's visit this afternoon, told to the gym teacher",
    "Hoi Marloes,\n\nEven kort, Daan (2C) was vanmiddag weer bij mij. Hij mag weer meedoen met gym, maar nog niet met springen.\n\nGroet,\nWouter",
  ],
  [
    "a toddler who comes on Thursdays, told to the day care",
    "Beste leidsters,\n\nVanaf deze week komt Noor op donderdag om 10.00 uur bij ons. Mama haalt haar om 9.45 uur op.\n\nGroet,\nSanne",
  ],
])("kept back: %s", (_kind, body) => {
  expect(send(CLUB, "even kort", body).verdict.action).toBe("secure");
});

test.each([
  [
    "a colleague who works here",
    "Hoi Erik,\n\nKarin is sinds maart bij ons in dienst en geeft de presentatie.\n\nGroet,\nBas",
  ],
  [
    "a contact who came for a meeting",
    "Hoi Erik,\n\nJan was gisteren bij ons voor het overleg over de sportdag.\n\nGroet,\nBas",
  ],
])("goes: %s", (_kind, body) => {
  expect(send(CLUB, "even kort", body).verdict.action).toBe("allow");
});

test.each([
  [
    "a meeting at the start of a line after the greeting",
    "Hoi Joris,\n\nTot donderdag om 10.15! Neem je het schriftje mee?\n\nGroetjes,\nLotte",
  ],
  [
    "a check on Friday with 'kijken we'",
    "Hoi Joris,\n\nBlijf de trap oefenen. Vrijdag kijken we of de kruk binnen kan blijven.\n\nGroet,\nKoen",
  ],
  [
    "a pharmacy's repeat medication ready on a day",
    "Beste meneer Van Dijk,\n\nUw herhaalmedicatie ligt vanaf vrijdag 11 december klaar.\n\nApotheek De Vijzel",
  ],
  [
    "a quoted own complaint on a wrapped line",
    "Beste meneer Van Dijk,\n\nU kunt zich aanmelden via onze website.\n\nSecretariaat\n\nOp 19-11-2026 22:31, Joris van Dijk schreef:\n> Sinds de geboorte van mijn dochter heb ik bijna elke dag\n> paniekaanvallen, vooral als ze huilt.",
  ],
])("kept back: %s", (_kind, body) => {
  expect(send(PRIVATE, "bericht", body).verdict.action).toBe("secure");
});

test("goes: holiday hours that end '…, dan ligt alles op tijd klaar'", () => {
  const v = send(
    PRIVATE,
    "Re: open met kerst?",
    "Beste meneer Van Dijk,\n\nMet de feestdagen zijn wij 25 en 26 december gesloten. Tip: vraag uw herhaalmedicatie uiterlijk 18 december aan, dan ligt alles op tijd klaar.\n\nApotheek De Linde\n\n> Zijn jullie open met kerst?"
  );
  expect(v.verdict.action).toBe("allow");
});

test("goes: 'mijn collega Inge neemt het over vanaf maandag' is a colleague's work, no one's care", () => {
  const v = send(
    PRIVATE,
    "vakantie",
    "Hoi Joris,\n\nIk ben vanaf maandag drie weken weg; mijn collega Inge neemt het vanaf maandag over.\n\nMarloes"
  );
  expect(v.verdict.action).toBe("allow");
});

const GROUP_BCC: Address[] = [
  { address: "a.jansen@hotmail.com" },
  { address: "p.dijk@kpnmail.nl" },
  { address: "r.bos@planet.nl" },
];
test("kept back: a Bcc group mail that calls one member by name about their own operation", () => {
  const v = send(
    [{ address: "info@fysio-hetanker.nl" }],
    "Rugschool start",
    "Beste deelnemers,\n\nDe rugschool start donderdag 9 januari om 19.00 uur. Henk Dijk, jij mag je oefenband meenemen na je hernia-operatie.\n\nGroet, Marit",
    GROUP_BCC
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: a volunteers' mail in Bcc that calls one by name about the coffee", () => {
  const v = send(
    [{ address: "info@fysio-hetanker.nl" }],
    "Open dag",
    "Beste vrijwilligers,\n\nDank voor jullie hulp op de open dag. Henk Dijk, jij regelt weer de koffie en de folders over rugklachten.\n\nGroet, Marit",
    GROUP_BCC
  );
  expect(v.verdict.action).toBe("allow");
});

test("kept back: a youth doctor tells a mentor 'Over drie weken zie ik Daan weer op school'", () => {
  const v = send(
    [{ address: "r.dijkstra@lyceum-sneek.nl", name: "Mentor 2B" }],
    "Daan, 2B",
    "Beste Rients,\n\nIk wil jullie vragen om het eerste uur de komende weken niet als ongeoorloofd te noteren. Over drie weken zie ik Daan weer op school.\n\nMet vriendelijke groet,\nJolien"
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: a workshop for a club's trainers with 'Ik neem Wouter mee (onze sportfysio)'", () => {
  const v = send(
    [{ address: "jeugdcoordinator@vv-rijnoord.nl", name: "Marco Huisman" }],
    "Re: blessurepreventie avond",
    "Hoi Marco,\n\nDonderdag 26 november om 19.30 in de kantine is prima. Ik neem Wouter mee (onze sportfysio), we doen uitleg over de warming-up en daarna oefenen met de trainers.\n\nGr,\nSanne\n\n> Vorig seizoen hadden we veel enkel- en knieblessures bij de jeugd. Willen jullie weer een avond geven?"
  );
  expect(v.verdict.action).toBe("allow");
});
