/**
 * Kinds of error left from the tenth to twelfth rounds of independent writers (first scores in
 * test/corpus-extra/README.md), each as new fictitious mail written for this test by the engineer, not
 * copied from the corpus: every "kept back" mail below went out as allow before the fix.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";

const MIDWIFE = { address: "fenna@verloskunde-hetanker.nl", name: "Fenna Dijkstra" };
const PATIENT: Address[] = [{ address: "joyce.kramer@kpnmail.nl", name: "Joyce Kramer" }];
const HOME_CARE: Address[] = [{ address: "planning@thuiszorg-deeem.nl", name: "Planning De Eem" }];

const send = (body: string, to: Address[], subject: string) =>
  check(emptyDraft({ from: MIDWIFE, to, subject, body }));

test.each([
  [
    "a pregnancy told by its week in the patient's quoted question",
    PATIENT,
    "Re: fietsen",
    "Hoi Joyce,\n\nFietsen mag gewoon, zolang het goed voelt.\n\nFenna\n\nOp ma 2 nov 2026 schreef Joyce Kramer:\n> Mag ik nog naar mijn werk fietsen? Ik ben inmiddels 24 weken.\n",
  ],
  [
    "a client's medicine stopped, in a thread about a leaflet",
    HOME_CARE,
    "RE: tekst voor de folder",
    "Hoi,\n\nNog iets anders: voor jullie cliënt meneer Verbeek is de furosemide gestopt. Willen jullie die vanaf morgen niet meer geven?\n\nGroet, Fenna\n\nVan: Planning De Eem\nOnderwerp: tekst voor de folder\n\nDank voor de tekst, die komt in de folder.",
  ],
  [
    "a patient named before, then 'mevrouw' who refuses her medicines",
    HOME_CARE,
    "mevrouw Smeets",
    "Goedemiddag,\n\nDit gaat over mevrouw Smeets (Dorpsstraat?). De verzorgenden melden dat mevrouw sinds zondag haar medicijnen weigert. Kunnen we vandaag overleggen?\n\nFenna",
  ],
])("kept back: %s", (_kind, to, subject, body) => {
  expect(send(body, to, subject).verdict.action).toBe("secure");
});

test.each([
  [
    "a holiday of some weeks",
    PATIENT,
    "vakantie",
    "Hoi Joyce,\n\nIk ben 3 weken met vakantie vanaf maandag; mijn collega Inge neemt het over.\n\nFenna",
  ],
  [
    "a course for staff named with their modules, in a mail about a folder",
    HOME_CARE,
    "folder en cursus",
    "Hoi,\n\nDe folder over valpreventie is klaar. Voor de cursus meld ik aan: Inge Bakker (module wondzorg) en Sara Pool (module medicatie).\n\nGroet, Fenna",
  ],
])("goes: %s", (_kind, to, subject, body) => {
  expect(send(body, to, subject).verdict.action).toBe("allow");
});

const POH = { address: "poh@huisartsen-deboog.nl", name: "Marit Post" };
const PRACTICE: Address = { address: "poh@huisartsen-deboog.nl", name: "Huisartsen De Boog" };
const PATIENTS: Address[] = [
  { address: "w.smit@caiway.nl", name: "" },
  { address: "fam.dekker@solcon.nl", name: "" },
  { address: "h.peters@hetnet.nl", name: "" },
];
const mailing = (to: Address[], bcc: Address[], subject: string, body: string) =>
  check(emptyDraft({ from: POH, to, bcc, subject, body }));

test("kept back: a Bcc mailing that tells each reader they are enrolled in a condition's programme", () => {
  const v = mailing(
    [PRACTICE],
    PATIENTS,
    "uw jaarlijkse controle astma",
    "Beste patiënt,\n\nU staat bij ons ingeschreven in het astmaprogramma. In maart is het weer tijd voor uw jaarlijkse longfunctietest. Belt u voor een afspraak?\n\nGroet, Marit Post"
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: a Bcc mailing about a flu shot that names who it is for in general", () => {
  const v = mailing(
    [PRACTICE],
    PATIENTS,
    "griepprik",
    "Beste patiënt,\n\nDe griepprik is er voor mensen van 60 jaar en ouder en voor mensen met astma of diabetes. Wij prikken op zaterdag 10 oktober.\n\nGroet, Marit Post"
  );
  expect(v.verdict.action).toBe("allow");
});

test("blocked: a Bcc mailing with one patient left in To shows her address to the others", () => {
  const v = mailing(
    [{ address: "j.vos@kabelfoon.nl", name: "Jannie Vos" }],
    PATIENTS,
    "praktijk dicht",
    "Beste patiënten,\n\nVrijdag is de praktijk gesloten. Bij spoed belt u de huisartsenpost.\n\nGroet, Marit Post"
  );
  expect(v.verdict.action).toBe("block");
  expect(v.verdict.hits.map((h) => h.rule)).toContain("visible-group-recipients");
});

test("goes: a mail to one patient with a copy to the practice in Bcc", () => {
  const v = mailing(
    [{ address: "j.vos@kabelfoon.nl", name: "Jannie Vos" }],
    [PRACTICE],
    "praktijk dicht",
    "Beste mevrouw Vos,\n\nVrijdag is de praktijk gesloten. Bij spoed belt u de huisartsenpost.\n\nGroet, Marit Post"
  );
  expect(v.verdict.action).toBe("allow");
});

test("kept back: a psychologist's note on 'dat piekeren' both know, to the client", () => {
  const v = check(
    emptyDraft({
      from: { address: "r.bos@psychologie-deris.nl", name: "Ruben Bos" },
      to: [{ address: "lotte.v@online.nl", name: "Lotte" }],
      subject: "na vandaag",
      body: "Hoi Lotte,\n\nGoed dat je de wandeling elke ochtend volhoudt. Volgende week kijken we verder naar dat piekeren voor het slapen.\n\nGroet,\nRuben",
    })
  );
  expect(v.verdict.action).toBe("secure");
});

const PHARMACY = { address: "balie@apotheek-delinde.nl", name: "Apotheek De Linde" };
test("kept back: a father's changed dose told to his daughter at her work address", () => {
  const v = check(
    emptyDraft({
      from: PHARMACY,
      to: [{ address: "m.dekker@dekkerbouw.nl", name: "Monique Dekker" }],
      subject: "Re: rol vader",
      body: "Hoi Monique,\n\nDe medicijnrol van je vader is aangepast: de metformine wordt verhoogd naar 1000 mg.\n\nGroet, Apotheek De Linde",
    })
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: a leaflet line on lowered doses for older people, to an editor", () => {
  const v = check(
    emptyDraft({
      from: PHARMACY,
      to: [{ address: "redactie@wijkkrant-oost.nl", name: "Redactie Wijkkrant" }],
      subject: "stukje medicijnen",
      body: "Beste redactie,\n\nHierbij ons stukje: bij ouderen wordt de dosis van sommige medicijnen verlaagd, omdat de nieren minder goed werken. Vraag het gerust aan uw apotheker.\n\nGroet, Apotheek De Linde",
    })
  );
  expect(v.verdict.action).toBe("allow");
});

test("kept back: a pharmacy's note that one customer's order is in locker 7", () => {
  const v = check(
    emptyDraft({
      from: PHARMACY,
      to: [{ address: "g.lammers@telfort.nl", name: "Gerda Lammers" }],
      subject: "uw bestelling",
      body: "Beste mevrouw Lammers,\n\nUw bestelling van vanochtend ligt nu in kluisje 7 bij de ingang van de apotheek.\n\nGroet, Apotheek De Linde",
    })
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: a web page's text for the designer, with next week's photos", () => {
  const v = check(
    emptyDraft({
      from: PHARMACY,
      to: [{ address: "tom@studio-pixel.nl", name: "Tom" }],
      subject: "tekst pagina",
      body: "Hoi Tom,\n\nHierbij de tekst voor de pagina 'Inhalatie'.\n\nGoed inhaleren\nSpoel na het gebruik van je puffer je mond. Neem je puffer mee naar je volgende controle, dan kijken we samen mee.\n\nFoto's stuurt Ilse volgende week.\n\nGroet, Apotheek De Linde",
    })
  );
  expect(v.verdict.action).toBe("allow");
});

test("kept back: 'mevrouw Arts' is a patient's surname, not a doctor, in a care home order", () => {
  const v = check(
    emptyDraft({
      from: { address: "j.kok@huisartsen-dewaal.nl", name: "Jan Kok" },
      to: [{ address: "afdeling.iris@zorgcentrum-dewaal.nl", name: "Afdeling Iris" }],
      subject: "mw. Arts",
      body: "Hoi allen,\n\nVoor mevrouw Arts: vanaf vandaag amoxicilline 500 mg 3x per dag, 7 dagen.\n\nJan",
    })
  );
  expect(v.findings.some((f) => f.type === "name" && f.text === "Arts")).toBe(true);
  expect(v.verdict.action).toBe("secure");
});

test("kept back: home care's visits 'bij haar' for a mother, told to her daughter at work", () => {
  const v = check(
    emptyDraft({
      from: { address: "team.noord@thuiszorg-hetbaken.nl", name: "Thuiszorg Het Baken" },
      to: [{ address: "s.mol@bouwbedrijf-mol.nl", name: "Sanne Mol" }],
      subject: "start zorg",
      body: "Beste Sanne,\n\nVanaf dinsdag komen wij elke avond om 21.00 uur bij haar voor de oogdruppels en het uitkleden.\n\nGroet, Petra",
    })
  );
  expect(v.verdict.action).toBe("secure");
});

test("kept back: a named player's knee in the sentence after his name, told to the club's trainer", () => {
  const v = check(
    emptyDraft({
      from: { address: "bram@fysio-debaan.nl", name: "Bram Vos" },
      to: [{ address: "jo13-2@vv-zwaluwen.nl", name: "Trainer JO13-2" }],
      subject: "Daan",
      body: "Hoi Mark,\n\nDaan de Wit is vanmorgen bij mij geweest. Die knie is nog dik, dus twee weken niet voetballen.\n\nGroet, Bram",
    })
  );
  expect(v.verdict.action).toBe("secure");
  expect(v.verdict.hits.map((h) => h.rule)).not.toContain("recipient-mismatch");
});

test("goes: a general answer whose quoted header says when the question was sent", () => {
  const v = check(
    emptyDraft({
      from: { address: "balie@huisartsen-dewierde.nl", name: "Huisartsen De Wierde" },
      to: [{ address: "k.hoekstra@ziggo.nl", name: "Klaas Hoekstra" }],
      subject: "RE: e-consult?",
      body: "Beste Klaas,\n\nJe stelt je vraag via het beveiligde deel van onze website; binnen twee werkdagen staat het antwoord klaar.\n\nGroet, Ilse\n\nVan: Klaas Hoekstra <k.hoekstra@ziggo.nl>\nVerzonden: zondag 1 februari 2026 21:30\nAan: balie@huisartsen-dewierde.nl\nOnderwerp: e-consult?\n\nKan ik jullie ook via internet een vraag stellen?",
    })
  );
  expect(v.verdict.action).toBe("allow");
});

const VISIBLE: Address[] = [
  { address: "g.smit@caiway.nl", name: "Gerda Smit" },
  { address: "h.vos@kpnmail.nl", name: "Henk Vos" },
  { address: "ria@familie-bakker.nl", name: "Ria Bakker" },
];
const toVisible = (body: string) =>
  check(emptyDraft({ from: POH, to: VISIBLE, subject: "december", body }));

test("goes: volunteers visible to each other, given their coffee roster", () => {
  const v = toVisible(
    "Hallo allemaal,\n\nHierbij het koffierooster: di 8 dec Gerda en Henk, di 15 dec Ria. Dank voor jullie inzet!\n\nMarit"
  );
  expect(v.verdict.action).toBe("allow");
});

test("blocked: participants visible to each other, however much the mail sounds like a roster", () => {
  const v = toVisible(
    "Beste deelnemers,\n\nHierbij het rooster voor december; na de laatste training is er een kerstborrel.\n\nMarit"
  );
  expect(v.verdict.hits.map((h) => h.rule)).toContain("visible-group-recipients");
});
