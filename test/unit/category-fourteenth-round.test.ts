/**
 * Kinds of error from the fourteenth round of independent writers (first scores in
 * test/corpus-extra/README.md), each as new fictitious mail written for this test by the engineer, not
 * copied from the corpus.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { detectMedical } from "../../src/engine/detect/medical";
import { normalizeText } from "../../src/engine/text/normalize";

const GP = { address: "assistente@huisartsen-deburcht.nl", name: "Huisartsen De Burcht" };
const PATIENT: Address[] = [{ address: "r.kuiper@kpnmail.nl", name: "Rianne Kuiper" }];
const send = (to: Address[], subject: string, body: string, bcc: Address[] = []) =>
  check(emptyDraft({ from: GP, to, bcc, subject, body }));
const rules = (v: ReturnType<typeof check>) => v.verdict.hits.map((h) => h.rule);

test.each(["vergeetachtiger", "benauwder", "duizeliger", "misselijker"])(
  "a complaint as a comparative adjective is medical: %s",
  (word) =>
    expect(
      detectMedical({
        norm: normalizeText(`Hij wordt steeds ${word}.`),
        where: "body",
        senderNameParts: [],
      }).length
    ).toBeGreaterThan(0)
);

test.each(["later", "ouder", "moeder", "nummer"])(
  "an ordinary word ending in -er is not: %s",
  (word) =>
    expect(
      detectMedical({
        norm: normalizeText(`Hij komt ${word}.`),
        where: "body",
        senderNameParts: [],
      })
    ).toEqual([])
);

test("kept back: a daughter's quoted message that her named father grows more forgetful", () => {
  const v = send(
    PATIENT,
    "RE: mijn vader",
    "Beste mevrouw Kuiper,\n\nDank voor uw bericht, de dokter belt u morgen.\n\nGroet, Ilse\n\nVan: Rianne Kuiper <r.kuiper@kpnmail.nl>\nVerzonden: dinsdag 1 december 2026 12:20\nAan: assistente@huisartsen-deburcht.nl\nOnderwerp: mijn vader\n\nMijn vader, Gerrit Kuiper, wordt steeds vergeetachtiger. Kan de dokter eens langskomen?"
  );
  expect(v.verdict.action).toBe("secure");
});

test("kept back: a school's quoted note about a named pupil under 'Geachte dokter,'", () => {
  const v = send(
    [{ address: "ib@obs-dekim.nl", name: "Intern begeleider OBS De Kim" }],
    "RE: zorgen om leerling",
    "Geachte heer,\n\nZonder toestemming van de ouders kunnen wij niets met u bespreken.\n\nGroet, Ilse\n\nVan: IB OBS De Kim <ib@obs-dekim.nl>\nVerzonden: maandag 30 november 2026 16:02\nOnderwerp: zorgen om leerling\n\nGeachte dokter,\nSanne Peters (groep 5) heeft al weken buikpijn en valt in de klas in slaap."
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: a holiday closure answering 'wat als ik dan iets heb met mijn gebit?'", () => {
  const v = send(
    PATIENT,
    "Re: open met kerst?",
    "Hoi Rianne,\n\nWe zijn dicht van 24 december t/m 1 januari. Voor spoed bel je de dienstdoende tandarts.\n\nGroet, Ilse\n\nOp 2 dec. 2026 om 08:41 schreef Rianne Kuiper <r.kuiper@kpnmail.nl>:\n> Zijn jullie open met kerst? En wat moet ik doen als ik dan iets heb met mijn gebit?"
  );
  expect(v.verdict.action).toBe("allow");
});

test("kept back: a named man's appointment made for him, told to a support organisation", () => {
  const v = send(
    [{ address: "coordinator@steunpunt-statushouders.nl", name: "Coördinator Statushouders" }],
    "afspraak meneer Haddad",
    "Hoi Marloes,\n\nVoor meneer Yusuf Saleh hebben we een afspraak gemaakt op dinsdag 8 december om 10.40 uur. Nieuwe inschrijving, dus hij moet ook het inschrijfformulier tekenen.\n\nGroet, Ilse"
  );
  expect(v.verdict.action).toBe("secure");
  expect(rules(v)).not.toContain("recipient-mismatch");
});

const GROUP: Address[] = [
  { address: "a.jong@caiway.nl", name: "" },
  { address: "b.smit@online.nl", name: "" },
  { address: "c.wit@ziggo.nl", name: "" },
];

test("kept back: a Bcc group told that one named member had a fall and a new hip", () => {
  const v = send(
    [],
    "kaartje voor Tineke",
    "Beste deelnemers,\n\nTineke doet voorlopig niet mee: zij is vorige week gevallen en heeft een nieuwe heup gekregen. Een kaartje vindt ze vast leuk.\n\nGroet, Ilse",
    GROUP
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: a Bcc invitation to join a stop-smoking group", () => {
  const v = send(
    [],
    "Groepstraining stoppen met roken",
    "Beste patiënt,\n\nWilt u stoppen met roken? In maart start een groepstraining stoppen met roken. Aanmelden kan tot 1 maart bij de balie.\n\nGroet, Ilse",
    GROUP
  );
  expect(v.verdict.action).toBe("allow");
});

test("goes: an English answer on maternity care that 'shows you the basics'", () => {
  const v = send(
    PATIENT,
    "Re: kraamzorg?",
    "Hi Rianne,\n\nKraamzorg is a maternity nurse who comes to your home for the first week after the birth. She checks mother and baby and shows you the basics.\n\nBest wishes, Ilse\n\n> What is kraamzorg and who pays?"
  );
  expect(v.verdict.action).toBe("allow");
});

test("goes: a reply that says questions about results are never answered by mail", () => {
  const v = send(
    PATIENT,
    "RE: vraag",
    "Beste mevrouw Kuiper,\n\nHet antwoord op uw vraag staat vandaag in het patiëntenportaal. Vragen over uitslagen of klachten beantwoorden wij nooit via gewone e-mail.\n\nGroet, Ilse"
  );
  expect(v.verdict.action).toBe("allow");
});

test("kept back: a school doctor telling the mentor a named pupil sleeps badly and dares not go to school", () => {
  const v = send(
    [{ address: "mentor2a@csg-dewaard.nl", name: "" }],
    "Sem 2A",
    "Beste mentor,\n\nIk heb Sem en zijn vader gisteren gesproken. Hij slaapt slecht en durft niet naar school. We beginnen vanaf maandag rustig.\n\nGroet, Ilse"
  );
  expect(v.verdict.action).toBe("secure");
});

test("goes: the treatments insurance covers for children, listed for a parent who asks to register them", () => {
  const v = send(
    PATIENT,
    "RE: inschrijven kinderen",
    "Beste mevrouw Kuiper,\n\nJa, uw kinderen zijn welkom.\n\nVoor kinderen tot 18 jaar betaalt de basisverzekering bijna alles: controle, vullingen, fluoride en foto's.\n\nGroet, Ilse"
  );
  expect(v.verdict.action).toBe("allow");
});

test("goes: a pharmacist's general answer to a question quoted after 'Je vroeg:', with doses for anyone", () => {
  const v = send(
    PATIENT,
    "RE: paracetamol en ibuprofen samen?",
    'Hoi Rianne,\n\nJe vroeg: "mag je paracetamol en ibuprofen tegelijk nemen?"\n\nAlgemeen antwoord: begin met paracetamol, max 4.000 mg per dag. Helpt dat niet genoeg, dan mag ibuprofen erbij. Niet als je maagklachten hebt.\n\nGroet, Ilse'
  );
  expect(v.verdict.action).toBe("allow");
});

test("goes: inhaler instructions for anyone, answering a question quoted after 'U vroeg:'", () => {
  const v = send(
    PATIENT,
    "RE: hoe werkt een puffer",
    'Beste mevrouw Kuiper,\n\nU vroeg: "Hoe gebruik je een puffer met voorzetkamer?"\n\n1. Schud de puffer goed.\n2. Druk één keer en adem rustig in en uit.\n3. Moet er nog een pufje? Schud opnieuw en herhaal.\n\nGroet, Ilse'
  );
  expect(v.verdict.action).toBe("allow");
});
