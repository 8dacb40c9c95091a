/**
 * A patient at their work address ("Ans Janssen <ans.janssen@bouwbedrijf-bakker.nl>") is one person,
 * not a readership: what a leaflet never says to its readers (a test's result with its outcome,
 * sympathy for their complaint, "u heeft een blaasontsteking" said plainly, their own appointment with
 * its moment) is about them and is kept back. Leaflet text to a person at an organisation (an editor, a
 * teacher, a colleague elsewhere) still goes. Fictitious; written for this test by the engineer, as
 * kinds of mail found by probing (each went out as allow before).
 */
import { check } from "../../src/engine";
import { emptyDraft } from "../../src/engine/draft";

const FROM = { address: "s.verhoef@huisartsdebrug.nl", name: "Sanne Verhoef" };
const send = (body: string, address = "ans.janssen@bouwbedrijf-bakker.nl", name = "Ans Janssen") =>
  check(emptyDraft({ from: FROM, to: [{ address, name }], subject: "bericht", body }));

test.each([
  "Beste Ans,\n\nUw kweek was positief: een blaasontsteking. Het recept ligt klaar.\n\nSanne",
  "Beste Ans,\n\nU heeft een blaasontsteking. Het recept ligt klaar bij de apotheek.\n\nSanne",
  "Beste Ans,\n\nVervelend dat het nog nabloedt na het trekken. Bijt nog een half uur op een gaasje.\n\nSanne",
  "Beste Ans,\n\nUw afspraak bij de fysiotherapeut is verzet naar dinsdag 10.00 uur.\n\nSanne",
])("a note to a patient's work address is kept back: %s", (body) => {
  expect(send(body).verdict.action).toBe("secure");
});

test("a stated test result goes to no organisation unsecured, whoever reads its mailbox", () => {
  const body = "Beste Ans,\n\nHIV-test: positief. Bel me even.\n\nSanne";
  expect(send(body, "info@bouwbedrijf-bakker.nl", "Bouwbedrijf Bakker").verdict.action).toBe(
    "secure"
  );
  // a domain that only starts with the practice's own is someone else's
  expect(send(body, "ans@huisartsdebrug.nl.example.com", "Ans").verdict.action).toBe("secure");
});

test.each([
  [
    "leaflet list items to a colleague at another practice",
    "m.bosman@huisartsenpraktijkdebrink.nl",
    "Mirjam Bosman",
    "Beste Mirjam,\n\nHieronder de tekst voor jullie wachtkamerscherm.\n\nBel direct, ook 's nachts, als:\n- je helderrood bloedverlies hebt;\n- je vruchtwater verliest.\n\nGroet,\nSanne",
  ],
  [
    "a surgery hour for a municipality's consultant",
    "w.derksen@sociaalteamtiel.nl",
    "Wendy Derksen",
    "Beste Wendy,\n\nVanaf januari is er elke dinsdag van 9.00 tot 11.00 uur een inloopspreekuur van de Wmo-consulent. Een afspraak maken is niet nodig.\n\nGroet,\nSanne",
  ],
  [
    "advice in English for new staff, sent to HR",
    "l.jennings@expat-hr.example.com",
    "Laura Jennings",
    "Dear Laura,\n\nPlease tell your new staff to call a midwifery practice as soon as they know they are pregnant. No GP referral is needed.\n\nKind regards,\nSanne",
  ],
  [
    "a leaflet text for a newsletter, to the editor by first name",
    "eva.dekker@dorpskrant.example.nl",
    "Eva Dekker",
    "Hoi Eva,\n\nHierbij de tekst voor de krant: Een beetje bloed in het speeksel is normaal na het trekken van een kies. Als het bloeden na twee uur niet stopt, bijt dan op een gaasje.\n\nGroet,\nSanne",
  ],
])("%s goes", (_kind, address, name, body) => {
  expect(send(body, address, name).verdict.action).toBe("allow");
});

test("a result stated to a patient with a relative at work in Cc is the patient's", () => {
  const r = check(
    emptyDraft({
      from: FROM,
      to: [{ address: "ans.janssen@gmail.com", name: "Ans Janssen" }],
      cc: [{ address: "piet.janssen@bouwbedrijf-bakker.nl", name: "Piet Janssen" }],
      subject: "uitslag",
      body: "Beste Ans en Piet,\n\nDe uitslag van de echo is goed, de cyste is niet gegroeid.\n\nSanne",
    })
  );
  expect(r.verdict.action).toBe("secure");
  expect(r.category).toBe("medical");
});
