/**
 * Every weight of features/weights.ts and every feature of features/index.ts matters: switched off
 * alone (weight 0, feature false/0/empty), some mail of the labelled corpora or of the fixtures below
 * changes category. A weight or feature no mail needs is dead and should go.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { draftFromEml } from "../../src/cli/eml";
import { analyse } from "../../src/engine/classify";
import { judge } from "../../src/engine/category";
import { extractFeatures, type Features } from "../../src/engine/features";
import { WEIGHTS, type Weights } from "../../src/engine/features/weights";
import { usePdfjsInJest } from "../fixtures/attachments/pdfjs-for-jest";
import { emptyDraft, type Draft } from "../../src/engine/draft";

const ROOT = path.resolve(__dirname, "../..");
const DIRS = [path.resolve(ROOT, "../shared/corpus/dev"), path.join(ROOT, "test/corpus-extra")];

const corpus: Features[] = [];

const PRACTICE = { address: "assistent@huisartsen-linde.nl", name: "Huisartsen Linde" };
const COLLEAGUE = [{ address: "k.devries@huisartsen-linde.nl", name: "Karin de Vries" }];
const PATIENT = [{ address: "p.jansen1970@gmail.com" }];
const ORG = [{ address: "info@fysio-noord.nl" }];
/**
 * Hand-made mails (fictitious) for features and weights that no corpus mail depends on alone, each
 * written so that the one item decides it.
 */
const FIXTURES: [string, Partial<Draft>][] = [
  [
    "strongWord: weak health words in a broadcast's subject",
    {
      subject: "Klachten en pijn",
      body: "Beste allemaal,\n\nZie de bijlage.",
      to: [
        { address: "a.b@gmail.com" },
        { address: "c.d@gmail.com" },
        { address: "e.f@gmail.com" },
      ],
    },
  ],
  [
    "vaccineCap: vaccinations tip a weak complaint",
    {
      to: COLLEAGUE,
      body: "Hoi,\n\nMw. Bos heeft klachten na de griepvaccinatie en de pneumokokkenvaccinatie.",
    },
  ],
  [
    "screeningCap: a smear tips a weak complaint",
    { to: COLLEAGUE, body: "Hoi,\n\nMw. Bos: klachten na het uitstrijkje." },
  ],
  [
    "businessMin: one invoice word in a colleague's care mail",
    { to: COLLEAGUE, body: "Hoi,\n\nMw. Bos heeft klachten en pijn. De factuur volgt." },
  ],
  [
    "topicMail: an information evening",
    {
      to: PATIENT,
      body: "Beste Jan,\n\nDe informatieavond is op dinsdag. Diabetes en hartfalen komen aan bod.",
    },
  ],
  [
    "application: a job interview with a candidate at a private address",
    {
      to: PATIENT,
      body: "Beste Eva,\n\nBedankt voor je sollicitatie. We nodigen je uit voor een gesprek op dinsdag 4 maart om 10.00 uur.",
    },
  ],
  [
    "registration: how to register, with the usual moment of a first talk",
    {
      to: PATIENT,
      body: "Beste Jan,\n\nU kunt zich inschrijven via het inschrijfformulier. Daarna volgt een kennismakingsgesprek, meestal op dinsdag om 9.00 uur.",
    },
  ],
  [
    "family: a relative outside the health sentence",
    { to: COLLEAGUE, body: "Hoi,\n\nZijn moeder belde. Diabetes en hartfalen zijn besproken." },
  ],
  [
    "statementAboutPerson: contact about a complaint",
    { to: COLLEAGUE, body: "Hoi,\n\nU belde met klachten over hartfalen en diabetes." },
  ],
  [
    "addresseeCare: the addressee's shoulder",
    { to: PATIENT, body: "Beste Peter,\n\nHoe gaat het met je schouder? Til je arm rustig op." },
  ],
  [
    "addresseeBody: the addressee's back beside an appointment",
    {
      to: PATIENT,
      body: "Hoi Wim,\n\nHoe gaat het nu met je rug? Als het vrijdag nog zeer doet, bel dan voor een afspraak.",
    },
  ],
  [
    "personBody: a named pupil's knee, to the school",
    {
      to: [{ address: "mentor@obs-dekring.nl" }],
      body: "Beste mevrouw De Wit,\n\nTim kan drie weken niet meedoen met gym vanwege zijn knie.",
    },
  ],
  [
    "genericCare: how a referral works, to one patient",
    {
      to: PATIENT,
      body: "Beste Jan,\n\nDe huisarts verwijst alleen als dat medisch nodig is. U krijgt een verwijzing met een code voor de fysiotherapeut.",
    },
  ],
  [
    "onePatient: the patient",
    { to: COLLEAGUE, body: "Hoi,\n\nDe patiënt heeft diabetes en hartfalen." },
  ],
  [
    "groupAddressee: patients greeted beside an appointment",
    {
      to: PATIENT,
      body: "Beste patiënten,\n\nUw afspraak op dinsdag om 14.00 uur gaat door.",
    },
  ],
  [
    "internalOnly: 'Hoi allemaal' to two colleagues is staff mail",
    {
      to: [...COLLEAGUE, { address: "j.bos@huisartsen-linde.nl" }],
      body: "Hoi allemaal,\n\nMevrouw Bos komt dinsdag om 14.00 uur.",
    },
  ],
  [
    "groupAddressee: patients greeted",
    { to: PATIENT, body: "Beste patiënten,\n\nDiabetes en hartfalen zijn chronisch." },
  ],
  [
    "groupSessionText: the participants' group session",
    { to: ORG, body: "Beste deelnemers,\n\nDe groepstraining is dinsdag om 19.00 uur in zaal 2." },
  ],
  [
    "bccOnly: several patients in Bcc",
    {
      to: [PRACTICE],
      bcc: [{ address: "a.b@gmail.com" }, { address: "c.d@gmail.com" }],
      body: "Beste,\n\nU belde met klachten over hartfalen en diabetes.",
    },
  ],
  [
    "patientIds: a birth date with the patient",
    { to: COLLEAGUE, body: "Hoi,\n\nDe patiënt, geboortedatum 12-03-1956, belt morgen terug." },
  ],
  [
    "hrTerms: partnership matters",
    {
      to: COLLEAGUE,
      body: "Hoi,\n\nDe maatschap bespreekt de toetreding van de nieuwe vennoot en de patiënten.",
    },
  ],
  [
    "trainingWords: a course",
    { to: ORG, body: "Beste collega,\n\nNascholing met accreditatie voor patiënten met astma." },
  ],
  [
    "trainingMin: one course word",
    { to: ORG, body: "Beste collega,\n\nNascholing over de patiënten." },
  ],
];

beforeAll(async () => {
  await usePdfjsInJest();
  for (const [, d] of FIXTURES) {
    const a = analyse(emptyDraft({ from: PRACTICE, subject: "Bericht", ...d }));
    if (a.mail) corpus.push(extractFeatures(a.mail, a.findings));
  }
  for (const dir of DIRS) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".eml"))) {
      const draft = await draftFromEml(new Uint8Array(readFileSync(path.join(dir, name))));
      const a = analyse(draft);
      if (a.mail) corpus.push(extractFeatures(a.mail, a.findings));
    }
  }
}, 120000);

function changed(features: (f: Features) => Features, weights: Weights = WEIGHTS): number {
  let n = 0;
  for (const f of corpus)
    if (judge(features(f), weights).category !== judge(f, WEIGHTS).category) n++;
  return n;
}

const off = (v: unknown): unknown =>
  typeof v === "boolean" ? false : typeof v === "number" ? (v < 0 ? v : 0) : [];

test("the corpora and fixtures are read", () => {
  // corpus-extra alone has 200 mails; the dev corpus may be absent outside the workspace
  expect(corpus.length).toBeGreaterThan(200);
});

test.each(Object.keys(WEIGHTS) as (keyof Weights)[])(
  "weight %s switched off changes some mail",
  (k) => {
    expect(changed((f) => f, { ...WEIGHTS, [k]: 0 })).toBeGreaterThan(0);
  }
);

const FEATURES: (keyof Features)[] = [
  "medicalWords",
  "groupMedicalWeight",
  "serviceMention",
  "topicMail",
  "identifying",
  "quotedComplaint",
  "family",
  "statementAboutPerson",
  "addresseeCare",
  "addresseeBody",
  "personBody",
  "namedCare",
  "encryptedReadable",
  "genericCare",
  "foreignCare",
  "sharedWithConsent",
  "oneToOnePrivate",
  "onePatient",
  "groupAddressee",
  "privateVisible",
  "visible",
  "bccOnly",
  "internalOnly",
  "newsletter",
  "registration",
  "application",
  "appointment",
  "cancellation",
  "pickup",
  "groupSessionText",
  "patientIds",
  "patientContext",
  "careTerms",
  "businessTerms",
  "hrTerms",
  "trainingWords",
  "personEvent",
  "personReport",
  "progressRemark",
  "careWordsAnywhere",
  "personVisit",
  "scheduleTable",
  "namedAddressedCare",
  "invitation",
  "supplierOnly",
  "encryptedCover",
  "sensitiveContext",
];

test.each(FEATURES)("feature %s switched off changes some mail", (k) => {
  const n = changed((f) => ({ ...f, [k]: off(f[k]) }));
  expect(n).toBeGreaterThan(0);
});

test("every feature of features/index.ts is in the list above", () => {
  const missing = Object.keys(corpus[0]).filter((k) => FEATURES.indexOf(k as keyof Features) < 0);
  expect(missing).toEqual([]);
});
