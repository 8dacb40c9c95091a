/**
 * Kinds of error passed on from the sixth round of independent writers (x1101–x1300, first scores in
 * test/corpus-extra/README.md), each as new fictitious mail written for this test by the engineer, not
 * copied from the corpus: every "kept back" mail below went out as allow before the fix.
 */
import { check } from "../../src/engine";
import { analyse } from "../../src/engine/classify";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { detectMedical } from "../../src/engine/detect/medical";
import { normalizeText } from "../../src/engine/text/normalize";
import { terms } from "../../src/engine/lexicon/terms";

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
