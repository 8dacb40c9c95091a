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
