/**
 * Kinds of error passed on from the sixth round of independent writers (x1101–x1300, first scores in
 * test/corpus-extra/README.md), each as new fictitious mail written for this test by the engineer, not
 * copied from the corpus: every "kept back" mail below went out as allow before the fix.
 */
import { check } from "../../src/engine";
import { analyse } from "../../src/engine/classify";
import { emptyDraft, type Address, type Attachment } from "../../src/engine/draft";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { detectMedical } from "../../src/engine/detect/medical";
import { normalizeText } from "../../src/engine/text/normalize";
import { terms } from "../../src/engine/lexicon/terms";

/** An encrypted ZIP as src/extract reports it (an `encrypted` fact, no readable text). */
const encryptedZip: Attachment = {
  name: "stuk.zip",
  contentType: "application/zip",
  size: 200,
  kind: "file",
  extraction: {
    texts: [],
    facts: [
      {
        type: "encrypted",
        text: "stuk.zip",
        where: "attachment:stuk.zip",
        start: 0,
        end: 0,
        confidence: 1,
      },
    ],
  },
};

const HOME_CARE = { address: "m.kok@thuiszorgdeberken.nl", name: "Marieke Kok" };
const PRIVATE = [{ address: "jvdberg1964@kpnmail.nl", name: "Joost van den Berg" }];

const send = (body: string, to: Address[] = PRIVATE, subject = "bericht", from = HOME_CARE) =>
  check(emptyDraft({ from, to, subject, body }));

test.each([
  [
    "a relative's body in the genitive",
    "Hoi Joost,\n\nHet plekje op je vaders rechter onderbeen is wat droger. Ik heb het verband verschoond.\n\nMarieke",
  ],
  [
    "a home-care visit moved to another hour",
    "Hoi Joost,\n\nIk heb het aangepast: vrijdag komt Fenna om 9.30 uur in plaats van 7.45 uur.\n\nMarieke",
  ],
])("kept back: %s", (_kind, body) => {
  expect(send(body).verdict.action).toBe("secure");
});

test("a complaint both know, under a condition, at a work address ('als die drukplek weer opspeelt')", () => {
  const body =
    "Hallo Joost,\n\nJe nieuwe zolen liggen klaar. Bel maar als die drukplek bij je eeltknobbel weer gaat opspelen.\n\nGr. Marieke";
  const to = [{ address: "joost.vandenberg@aannemer-vos.nl", name: "Joost van den Berg" }];
  expect(send(body, to).verdict.action).toBe("secure");
});

test("the addressee's images, only in the subject", () => {
  const r = send(
    "Hoi,\n\nZie onderwerp. Belt u even voor een afspraak?\n\nGroet, balie",
    PRIVATE,
    "Uw foto's: 1 gaatje rechtsboven, wortelkanaal 16 nodig"
  );
  expect(r.verdict.action).toBe("secure");
  expect(r.category).toBe("medical");
});

test("a pharmacy order for the addressee's wife, ready at an hour", () => {
  const from = { address: "balie@apotheekdevaart.nl", name: "Apotheek De Vaart" };
  const body =
    "Goedemiddag meneer Van den Berg,\n\nHet recept voor uw vrouw ligt vanaf donderdag na 15.00 uur voor haar klaar aan de balie.\n\nApotheek De Vaart";
  const r = send(body, PRIVATE, "uw recept", from);
  expect(r.category).toBe("logistic");
  expect(r.verdict.action).toBe("secure");
});

test("a named pupil's therapy told with 'hij' in the next paragraph, to the school", () => {
  const from = { address: "info@logopedie-dewaterlelie.nl", name: "Logopedie De Waterlelie" };
  const to = [{ address: "r.smit@cbs-hetanker.nl", name: "Ria Smit" }];
  const body =
    "Hoi Ria,\n\nEven een terugkoppeling over Sem uit groep 5, met toestemming van zijn ouders.\n\nHij doet goed mee in de therapie en leest al vlotter hardop. Een spreekbeurt kan hij beter na de zomer doen.\n\nGroet, Ilse";
  const r = send(body, to, "Sem", from);
  expect(r.category).toBe("medical");
  expect(r.verdict.action).toBe("secure");
  // the name alone, without a care word in the sentences that take it up, is no statement about him
  const plain = send(body.replace("in de therapie", "in de klas"), to, "Sem", from);
  expect(plain.verdict.action).toBe("allow");
});

test("a pronoun takes up only a name from the two sentences before", () => {
  const from = { address: "info@logopedie-dewaterlelie.nl", name: "Logopedie De Waterlelie" };
  const to = [{ address: "r.smit@cbs-hetanker.nl", name: "Ria Smit" }];
  const far =
    "Hoi Ria,\n\nSem uit groep 5 heeft de kleurplaat gewonnen. De prijs ligt op school. De uitreiking is vrijdag. Daar zijn alle ouders welkom. Hij krijgt dan ook nog wat therapie-informatie mee voor de klas.\n\nGroet, Ilse";
  const r = analyse(emptyDraft({ from, to, subject: "prijs", body: far }), DEFAULT_POLICY);
  expect(r.because).not.toBe("medical-named-care");
});

test("harmless: surgery hours without an appointment, answered to a parent", () => {
  const from = { address: "cb@jgz-hoograven.nl", name: "Consultatiebureau Hoograven" };
  const body =
    "Hoi Wouter,\n\nIn de meivakantie is er geen inloopspreekuur. Vanaf dinsdag 12 mei is het er weer, elke dinsdag van 9.00 tot 10.30 uur, zonder afspraak. Bij ziekte ga je natuurlijk naar de huisarts.\n\nGroetjes, het consultatiebureau\n\n> Is er in de meivakantie ook inloopspreekuur?";
  expect(send(body, PRIVATE, "Re: inloopspreekuur", from).verdict.action).toBe("allow");
});

test("harmless: a greeted name at a paper's advertising mailbox is its addressee", () => {
  const from = { address: "y.peters@gc-dewaard.nl", name: "Yvonne Peters" };
  const to = [{ address: "advertenties@dorpsbode.example.nl", name: "Advertenties Dorpsbode" }];
  const body =
    "Beste Wendy,\n\nHierbij de vacaturetekst. Je hebt je eigen spreekuur voor wondzorg, hechtingen verwijderen en bloeddruk meten. Interesse? Mail je cv.\n\nYvonne Peters";
  const r = send(body, to, "Vacature doktersassistent", from);
  expect(r.verdict.action).toBe("allow");
  expect(r.verdict.hits.map((h) => h.rule)).not.toContain("recipient-mismatch");
});

test("a head word is no compound of a shorter one: 'spreekuur' is not 'spree-kuur'", () => {
  const found = (text: string) =>
    detectMedical({ norm: normalizeText(text), where: "body", senderNameParts: [] } as never).map(
      (f) => f.text
    );
  expect(found("het inloopspreekuur en het avondspreekuur")).toEqual([]);
  expect(found("de antibioticakuur en de pijnklachten")).toEqual([
    "antibioticakuur",
    "pijnklachten",
  ]);
  expect(found("een wondje, zwachtels en een open been").sort()).toEqual([
    "open been",
    "wondje",
    "zwachtels",
  ]);
});

test("terms: gaps of two digits work, a mistyped gap is an error", () => {
  expect(terms(["ligt ~10 klaar"]).test("ligt een twee drie vier vijf zes zeven acht klaar")).toBe(
    true
  );
  expect(() => terms(["ligt ~x klaar"])).toThrow(/bad gap/);
});

// The seventh round (x1301–x1500) was scored once on the code of the sixth round's fixes; its kinds of
// error, again as new fictitious mail:

const SCHOOL = [{ address: "k.mulder@obs-debolster.nl", name: "Karin Mulder" }];
const GP = { address: "assistentes@huisartsen-dekade.nl", name: "Huisartsen De Kade" };

test.each([
  [
    "an unnamed pupil's medicine, told with 'zij' and an event, to the school",
    SCHOOL,
    "Hoi Karin,\n\nN.a.v. uw telefoontje: het klopt dat zij sinds vorige week een puffer heeft gekregen voor astma. Ze mag voor de gym zelf twee pufjes nemen.\n\nGroet, de assistente",
  ],
  [
    "an employee's operation and work from Monday, 'hij', to the employer",
    [{ address: "p.smit@transport-smit.nl", name: "Peter Smit" }],
    "Hoi Peter,\n\nKort over de medewerker die we bespraken. Na de operatie mag hij vanaf maandag 4 uur per dag werken, nog niet tillen.\n\nGroet",
  ],
  [
    "a pupil's dose raised ('zijn methylfenidaat'), to the school",
    SCHOOL,
    "Beste Karin,\n\nDe ouders vroegen ons door te geven dat zijn methylfenidaat vanaf volgende week is verhoogd.\n\nGroet",
  ],
  [
    "a named patient's order to a supplier, the initial ending no sentence",
    [{ address: "service@hulpmiddelen-noord.nl", name: "Klantenservice" }],
    "Goedemorgen, kunnen jullie voor mevrouw B. Jansen, Dorpsstraat 4, vanaf volgende week de grotere incontinentiebroekjes leveren?\n\nGroet, wijkverpleging",
  ],
  [
    "a named pupil's speech therapy at an hour, to the teacher",
    SCHOOL,
    "Hallo juf Karin,\n\nNoor heeft vanaf nu elke donderdag om 9.30 logopedie bij ons. Haar opa haalt haar om 9.15 uit de klas.\n\nGroetjes",
  ],
  [
    "a pupil's dental visit this morning, with its hours, to the school",
    [{ address: "verzuim@hetlyceum.nl", name: "Verzuim" }],
    "Goedemorgen, Bram Visser uit 3A was vanochtend van 8.30 tot 9.10 bij ons in de stoel, daarom was hij later.\n\nGroet, balie",
  ],
  [
    "a named employee's arm, with its side, to the employer",
    [{ address: "m.devos@hovenier-devos.nl", name: "Marco de Vos" }],
    "Hoi Marco,\n\nStijn mag vanaf maandag weer halve dagen werken, maar nog niet tillen met zijn linkerarm.\n\nGr",
  ],
])("kept back: %s", (_kind, to, body) => {
  expect(send(body, to, "bericht", GP).verdict.action).toBe("secure");
});

test("a patient at work: the next appointment and a body measure are theirs", () => {
  const to = [{ address: "r.dijkman@gemeente-zwolle.example.nl", name: "Rob Dijkman" }];
  const body =
    "Hoi Rob,\n\nZoals beloofd de oefeningen. Na de kruisbandreconstructie zitten we nu in week 6, nog lichte zwelling na belasten.\n\nVolgende afspraak donderdag 17.30 uur.\n\nGroet, Sanne";
  expect(send(body, to, "oefenschema", GP).verdict.action).toBe("secure");
});

test("an appointment's moment after a colon and a blank line, at a work address", () => {
  const to = [{ address: "k.hendriks@bouwbedrijf-oost.example.nl", name: "Kevin Hendriks" }];
  const body =
    "Beste Kevin,\n\nHierbij de bevestiging van je afspraak op het spreekuur van de\nbedrijfsarts, Anne Bos:\n\n  dinsdag 9 december, 10.30 uur\n\nMet vriendelijke groet,\nplanning";
  expect(send(body, to, "afspraak", GP).verdict.action).toBe("secure");
});

test("a no-show for the addressee's father, him in Cc: a household, not a group", () => {
  const to = [{ address: "wendy.kok@ziggo.nl", name: "Wendy Kok" }];
  const cc = [{ address: "h.kok1936@hetnet.nl" }];
  const draft = emptyDraft({
    from: GP,
    to,
    cc,
    subject: "afspraak gemist",
    body: "Beste mevrouw Kok,\n\nUw vader is vanochtend niet verschenen op zijn afspraak bij de ouderenpsychiater. Wilt u ons bellen?\n\nGroet, secretariaat",
  });
  expect(check(draft).verdict.action).toBe("secure");
});

test("a password spelled out after 'voor het openen' blocks", () => {
  const body =
    "Hoi Erik,\n\nIn de bijlage de samenvatting uit het dossier. Hij is beveiligd.\n\nps. voor het openen: onze postcode aan elkaar, dan een uitroepteken en dan het jaartal, dus 1234AB!2026";
  const r = check(
    emptyDraft({
      from: GP,
      to: [{ address: "erik@familie-kok.nl", name: "Erik Kok" }],
      subject: "stukken",
      body,
      attachments: [encryptedZip],
    })
  );
  expect(r.verdict.hits.map((h) => h.rule)).toContain("password-in-mail");
});

test.each([
  [
    "a leaflet's 'als hij uitstraalt' (the pain) to a club magazine",
    [{ address: "clubblad@vvnoord.example.nl", name: "Clubblad" }],
    "Hoi redactie,\n\nHier het stukje.\n\nWanneer naar de fysio? Als de pijn na een paar weken niet minder wordt, als hij uitstraalt tot onder de knie, of als je je zorgen maakt.\n\nSportieve groet, Mike, fysiotherapeut",
  ],
  [
    "a press release quoting staff by role, to the paper",
    [{ address: "redactie@dorpskrant.example.nl", name: "Redactie" }],
    'Beste redactie,\n\nHieronder ons persbericht.\n\nOp de open dag kunt u uw bloeddruk laten meten en kennismaken met de nieuwe huisarts, Merel Tuin. "Veel ouderen moeten nu ver reizen," zegt praktijkhouder Joris Olde.\n\nGroet',
  ],
  [
    "an answer signed by the greeted addressee, quoted",
    [{ address: "info@kinderopvang-debij.example.nl", name: "Kinderopvang De Bij" }],
    "Beste Yvonne,\n\nBij koorts boven de 38,5 graden blijft een kind thuis. Waterpokken is geen reden om thuis te blijven.\n\nGroet, de huisarts\n\n> Wat is jullie advies bij koorts en waterpokken? Groet, Yvonne",
  ],
])("harmless: %s", (_kind, to, body) => {
  expect(send(body, to, "bericht", GP).verdict.action).toBe("allow");
});

// The eighth and ninth rounds (x1501–x1900), scored once each on the commit of the fixes before them:

const PHYSIO = { address: "joost@fysio-dekade.nl", name: "Joost Brink" };
const PATIENT = [{ address: "mark.hoek@kpnmail.nl", name: "Mark Hoek" }];

test.each([
  [
    "sympathy after a greeting on the same line",
    "Hoi Mark, fijn dat de knie minder dik is na het fietsen. Trap lopen mag weer.\nGr Joost",
  ],
  [
    "the addressee sleeping better",
    "Dag Mark, fijn om te horen dat je beter slaapt sinds we met het piekerkwartier begonnen. Tot donderdag.\nSander",
  ],
  [
    "the addressee's sugar lower",
    "Hoi Mark! Je suiker was ook lager volgens de poh, super. Zo doorgaan.\nGroet",
  ],
  [
    "weight lost in kilos",
    "Hoi Mark,\n\nWeer 1,5 kilo eraf deze maand, super! Blijf die avondsnacks laten staan.\n\nMarieke",
  ],
  [
    "praise for a panic attack sat out",
    "Beste Mark, goed dat je de paniekaanval in de supermarkt hebt kunnen uitzitten. Probeer deze week de ademhalingsoefening.\nGroet",
  ],
  [
    "the addressee's medicine",
    "Beste heer Hoek,\n\nUw medicijnpaspoort ligt klaar. Let op: omdat u oxazepam gebruikt, heeft u voor Spanje een verklaring nodig.\n\nApotheek",
  ],
  [
    "a mental-health appointment without the word",
    "Hoi Mark,\n\nJe staat donderdag 3/12 om 10.40 bij Mirjam, kamer 3.\n\nGroet, secretariaat",
  ],
])("kept back, one-to-one: %s", (_kind, body) => {
  expect(send(body, PATIENT, "bericht", PHYSIO).verdict.action).toBe("secure");
});

test.each([
  [
    "an unnamed man by his address, 'hij' and last week, to the district team",
    [{ address: "wijkteam@gemeente-oene.example.nl", name: "Wijkteam" }],
    "Goedemorgen,\n\nWij maken ons zorgen om de oudere meneer op Dorpsstraat 41. Hij is vorige week twee keer bij ons flauwgevallen en eet slecht.\n\nGroet",
  ],
  [
    "a named pupil's new medicine at a sentence start, to the teacher",
    SCHOOL,
    "Beste juf Karin,\n\nFinn begint maandag met methylfenidaat. Wil je letten of hij minder eet?\n\nGroet",
  ],
  [
    "a pupil's weekly sessions told by role and pronoun",
    SCHOOL,
    "Beste Karin,\n\nOver de leerling die we bespraken: hij is nu 6 keer bij mij geweest voor zijn hernia.\n\nGroet",
  ],
  [
    "English lab results to a private address",
    PATIENT,
    "Hi Mark,\n\nYour bloodwork came back: ferritin 8, so iron deficiency. Doc wants you on iron tablets for 3 months.\n\nCheers",
  ],
  [
    "an appointment moved, to one family's address greeted 'Beste ouders'",
    [{ address: "yildiz.fam@hotmail.com", name: "Ouders Yildiz" }],
    "Beste ouders,\n\nDe afspraak van Emre moet helaas verzet worden naar woensdag 9 dec 14.15.\n\nGroet, Fleur",
  ],
])("kept back: %s", (_kind, to, body) => {
  expect(send(body, to, "bericht", GP).verdict.action).toBe("secure");
});

test.each([
  [
    "eczema tips to patients in Bcc (a topic, not a group named by its diagnosis)",
    "Tips bij eczeem in de winter",
    "Beste patiënt,\n\nSmeer minstens 1 keer per dag een basiszalf. Gebruik je ook een zalf met medicijn? Smeer die eerst.\n\nGroet",
  ],
  [
    "a text handed on to an association's secretary at a regional ISP",
    "Stukje voor het ledenblad: voeten en diabetes",
    "Beste Henk,\n\nLeuk dat ik iets mocht schrijven. Hierbij de tekst, ongeveer 250 woorden.\n\nZorg goed voor uw voeten. Door diabetes kunnen zenuwen in de voeten beschadigd raken. Bekijk elke dag uw voeten.\n\nGroet",
  ],
])("harmless: %s", (_kind, subject, body) => {
  const bcc = [
    { address: "a.jansen@ziggo.nl" },
    { address: "b.smit@kpnmail.nl" },
    { address: "c.vos@home.nl" },
  ];
  const eczema = subject.startsWith("Tips");
  const draft = emptyDraft({
    from: GP,
    to: eczema ? [GP] : [{ address: "kbo.secretariaat@solcon.nl", name: "Secretariaat KBO" }],
    bcc: eczema ? bcc : [],
    subject,
    body,
  });
  expect(check(draft).verdict.action).toBe("allow");
});

test("a named group in Bcc stays medical ('Beweeggroep COPD')", () => {
  const bcc = [
    { address: "a.jansen@ziggo.nl" },
    { address: "b.smit@kpnmail.nl" },
    { address: "c.vos@home.nl" },
  ];
  const draft = emptyDraft({
    from: GP,
    to: [GP],
    bcc,
    subject: "Beweeggroep COPD vanaf januari in andere zaal",
    body: "Beste deelnemers,\n\nVanaf maandag trainen we in de oefenruimte. Neem uw puffer mee.\n\nGroet",
  });
  expect(check(draft).verdict.action).toBe("secure");
});

test("a phone number after 'openen' is no password", () => {
  const body =
    "Geachte collega,\n\nHierbij een versleuteld bestand. Het wachtwoord ontvangt u per sms. Lukt het openen niet, belt u dan met ons secretariaat: 0528 - 37 41 00.\n\nGroet";
  const r = check(
    emptyDraft({
      from: GP,
      to: [{ address: "huisarts.devries@kpnmail.nl", name: "Dokter De Vries" }],
      subject: "bestand",
      body,
      attachments: [encryptedZip],
    })
  );
  expect(r.verdict.hits.map((h) => h.rule)).not.toContain("password-in-mail");
});

test("a first name alone on the last line of a shared mailbox's message is its signer, not a finding", () => {
  const from = { address: "info@tandartsooster.example.nl", name: "Tandartspraktijk Ooster" };
  const body =
    "Hoi Jan,\n\nDe kroon van mevrouw Vermeulen past niet goed. Kun je hem aanpassen?\n\nAnouk";
  const r = analyse(
    emptyDraft({
      from,
      to: [{ address: "jan@tandlab.example.nl", name: "Jan" }],
      subject: "kroon",
      body,
    }),
    DEFAULT_POLICY
  );
  const names = r.findings.filter((f) => f.type === "name").map((f) => f.text);
  expect(names).toContain("Vermeulen");
  expect(names).not.toContain("Anouk");
});

test("a measured lab value in hidden HTML text to one patient is kept back", () => {
  const body =
    "Beste mevrouw Yildiz,\n\nU bent welkom op het spreekuur van de praktijkondersteuner.\n\nnotitie POH: DM2, HbA1c 68 mmol/mol, metformine ophogen\n\nGroet";
  expect(
    send(body, [{ address: "f.yildiz@kpnmail.nl", name: "Fatma Yildiz" }], "spreekuur", GP).verdict
      .action
  ).toBe("secure");
});

test("a topic word ('spreekbeurt') does not hide a third person's care told with an event", () => {
  const body =
    "Hoi Ingrid,\n\nOver de leerling uit groep 6: hij is bij ons gestart en krijgt nu wekelijks gesprekken voor zijn angstklachten. Wil je rekening houden met de spreekbeurt?\n\nGroet, Femke";
  expect(send(body, SCHOOL, "de leerling", GP).verdict.action).toBe("secure");
});
