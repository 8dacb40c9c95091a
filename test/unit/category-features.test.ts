/** One test per feature function of the category (src/engine/features, src/engine/mailtext). */
import { buildMailText } from "../../src/engine/mailtext";
import { isClosing, signatureRanges } from "../../src/engine/mailtext/signature";
import { addresseesIn, parseSalutation } from "../../src/engine/mailtext/salutation";
import { quotedAuthors } from "../../src/engine/mailtext/quoted";
import { countDistinct, hasMoment } from "../../src/engine/features/moment";
import {
  hasAppointment,
  hasCancellation,
  hasGroupSession,
  hasMeeting,
  hasPickup,
  isRegistration,
} from "../../src/engine/features/logistics";
import { inConditional } from "../../src/engine/features/generic";
import {
  addressees,
  familyRelation,
  onePatient,
  patientContext,
  recipientName,
  staffName,
} from "../../src/engine/features/person";
import { audience, isNewsletter } from "../../src/engine/features/audience";
import { application, businessTerms, careTerms, hrTerms } from "../../src/engine/features/practice";
import { ownHealth, trainingWords } from "../../src/engine/features/topic";
import {
  addresseeBody,
  addresseeSubject,
  otherSubject,
  referentSentence,
  topicSentence,
} from "../../src/engine/features/statements";
import { terms } from "../../src/engine/lexicon/terms";
import {
  concreteEvent,
  genericCare,
  ownText,
  quotedAuthorName,
} from "../../src/engine/features/generic";
import type { Address } from "../../src/engine/draft";

const from = { address: "a@praktijk.nl" };
const mailOf = (body: string, to: Address[] = [{ address: "x@gmail.com" }], bcc: Address[] = []) =>
  buildMailText([{ where: "body", original: body, text: body }], { from, to, cc: [], bcc });

test("terms: whole words, stems, gaps, literal punctuation", () => {
  expect(terms(["afspraak|afspraken"]).test("de afspraken")).toBe(true);
  expect(terms(["afspraak"]).test("afspraakbevestiging")).toBe(false);
  expect(terms(["verwijz*"]).test("verwijzing")).toBe(true);
  expect(terms(["kunt u ~3 aanvragen"]).test("kunt u het recept online aanvragen")).toBe(true);
  expect(terms(["kunt u ~1 aanvragen"]).test("kunt u het recept online aanvragen")).toBe(false);
  expect(terms(["m.v.g."]).test("mavg")).toBe(false);
  expect(terms(["gaat van # naar"]).test("de dosis gaat van 2,5 naar 5 mg")).toBe(true);
  expect(terms(["gaat van # naar"]).test("gaat van maandag naar dinsdag")).toBe(false);
  // `~a`: one word that can stand between a possessive and its noun, not an article or negation
  expect(terms(["je ~a verwijzing"]).test("je nieuwe verwijzing")).toBe(true);
  expect(terms(["je ~a verwijzing"]).test("je verwijzing")).toBe(true);
  expect(terms(["je ~a verwijzing"]).test("heb je geen verwijzing nodig")).toBe(false);
  expect(terms(["je ~a verwijzing"]).test("krijg je een verwijzing")).toBe(false);
});

test("moments, not ranges", () => {
  expect(hasMoment("tot dinsdag om 10.30 uur")).toBe(true);
  expect(hasMoment("open van 8.00 tot 17.00")).toBe(false);
  expect(hasMoment("de intake is rond 7-10 weken")).toBe(false);
  expect(hasMoment("mensen van 40-60 jaar")).toBe(false);
  expect(hasMoment("uw afspraak op 7-10 om 9 uur")).toBe(true);
  // an open range before a clock time is a rule; before a day it is still a moment
  expect(hasMoment("vanaf 22.00 uur niets meer eten")).toBe(false);
  expect(hasMoment("u kunt het vanaf donderdag ophalen")).toBe(true);
  expect(countDistinct(/\bx\b/gi, "x X x")).toBe(1);
});

test("appointments, registration, cancellation, pickup, group sessions", () => {
  expect(hasAppointment("Uw afspraak is op dinsdag 4 maart om 10.00 uur.")).toBe(true);
  expect(hasAppointment("Een afspraak maken kan op maandag.")).toBe(false);
  expect(isRegistration("Inschrijven kan via de website.")).toBe(true);
  expect(isRegistration("Inschrijven: uw intake staat ingepland.")).toBe(false);
  expect(hasCancellation("Mevrouw kan morgen niet komen.")).toBe(true);
  expect(hasCancellation("Mevrouw kan niet komen.")).toBe(false);
  const notice = "Uw bestelling ligt vanaf 14.00 uur klaar in de afhaalkluis.";
  expect(hasPickup(notice, () => "apotheek " + notice)).toBe(true);
  expect(hasPickup("Een herhaalrecept kunt u ophalen.", () => "apotheek")).toBe(false);
  expect(hasGroupSession("De groepstraining is dinsdag om 19.00 uur.", true)).toBe(true);
  expect(hasGroupSession("De groepstraining is dinsdag om 19.00 uur.", false)).toBe(false);
});

test("who is greeted and who is named", () => {
  expect(addressees(mailOf("Beste patiënten,\n\nTekst."))).toMatchObject({ group: true });
  expect(addressees(mailOf("Beste deelnemers,\n\nTekst."))).toMatchObject({ participants: true });
  expect(addressees(mailOf("Geachte heer/mevrouw,\n\nTekst."))).toMatchObject({ named: false });
  expect(familyRelation("uw moeder belde")).toBe(true);
  expect(onePatient(mailOf("Hoi,\n\nDe patiënt belt terug."))).toBe(true);
  expect(onePatient(mailOf("Hoi,\n\nDe patiënten-vereniging belt terug."))).toBe(false);
  // a blank form's heading and fields speak of whoever fills it in
  expect(
    onePatient(
      mailOf("Beste Ans,\n\nGegevens cliënt\nNaam: .........\nRelatie tot de cliënt: .........\n")
    )
  ).toBe(false);
  expect(patientContext("het dossier van")).toBe(true);
  expect(patientContext("de factuur van")).toBe(false);
});

test("audience: one patient in Bcc is no broadcast; several are", () => {
  const one = audience(mailOf("x", [from], [{ address: "p@gmail.com" }]));
  expect(one).toMatchObject({ bccOnly: false, oneToOnePrivate: true });
  const two = audience(
    mailOf("x", [from], [{ address: "p@gmail.com" }, { address: "q@gmail.com" }])
  );
  expect(two).toMatchObject({ bccOnly: true, oneToOnePrivate: false });
  expect(isNewsletter("Afmelden voor de zomernieuwsbrief")).toBe(true);
  expect(isNewsletter("De uitslag is goed.")).toBe(false);
});

test("practice information against business", () => {
  expect(careTerms("Openingstijden en spreekuur; openingstijden")).toBe(2);
  expect(businessTerms("de factuur en de levering van de printer")).toBe(3);
  expect(hrTerms("de maatschap en de nieuwe maat")).toBe(2);
  // a locum's practical arrangements are staff matters
  expect(
    hrTerms(
      "Fijn dat je de waarneming doet. Sleutel en toegangspas liggen klaar; neem je UZI-pas mee."
    )
  ).toBe(4);
  expect(application("Bedankt voor je sollicitatie")).toBe(true);
  expect(application("Het salaris")).toBe(false);
  expect(trainingWords("nascholing met accreditatie")).toBe(2);
  expect(ownHealth("uw uitslag is binnen")).toBe(true);
});

test("statements: topic text and referents", () => {
  expect(topicSentence("Als u koorts heeft, belt u ons")).toBe("general");
  expect(topicSentence("Wij verwerken uw medische gegevens veilig")).toBe("general");
  expect(topicSentence("Geboortedatum:")).toBe("general");
  expect(topicSentence("☐ Lage rugpijn")).toBe("general");
  expect(topicSentence("U kunt paracetamol nemen")).toBe("instruction");
  expect(topicSentence("Neem twee keer per dag een tablet")).toBe("instruction");
  expect(topicSentence("Uw uitslag is goed")).toBe("");
  expect(referentSentence("Uw uitslag is goed", false, "")).toBe(true);
  expect(referentSentence("Als uw uitslag afwijkt", false, "general")).toBe(false);
  expect(referentSentence("ik ben zwanger", true, "")).toBe(true);
  expect(referentSentence("ik ben zwanger", false, "")).toBe(false);
  expect(addresseeBody("na het trekken van uw verstandskies")).toBe(true);
  expect(addresseeBody("uw geld terug")).toBe(false);
});

test("mail text: salutation, signatures, quoted authors", () => {
  expect(parseSalutation("Beste mevrouw Prins,\n\nTekst")).toEqual({
    names: ["prins"],
    group: false,
    titled: true,
  });
  expect(addresseesIn("Hoi Anna,\n> Dag Piet,\n")).toEqual(["Anna", "Piet"]);
  expect(isClosing("Met vriendelijke groet,")).toBe(true);
  expect(isClosing("Met vriendelijke groet en tot morgen bij de huisarts in het centrum")).toBe(
    false
  );
  const body = "Tekst.\n\nMet vriendelijke groet,\nAnne\nPraktijkverpleegkundige diabetes\n";
  const [sig] = signatureRanges(body);
  expect(body.slice(sig.start, sig.end)).toContain("Praktijkverpleegkundige");
  const q = "Ja.\n\nOp 3 mrt. 2025 om 16:48 schreef Ans de Boer <ans@x.nl>:\n> vraag";
  expect(quotedAuthors(q, [{ start: 5, end: q.length }])[0].author).toBe("Ans de Boer");
  // Apple Mail in Dutch
  const a =
    "Ja.\n\nOp 17 nov. 2026, om 19:58 heeft Joost Kamphuis <j@x.nl> het volgende geschreven:\n> vraag";
  expect(quotedAuthors(a, [{ start: 5, end: a.length }])[0].author).toBe("Joost Kamphuis");
  const b =
    "Ja.\n\nOp 17 nov. 2026, om 19:58 heeft Joost Kamphuis het volgende geschreven:\n> vraag";
  expect(quotedAuthors(b, [{ start: 5, end: b.length }])[0].author).toBe("Joost Kamphuis");
});

test("generic care text: no concrete event of this person", () => {
  const quote = (reply: string, question: string): ReturnType<typeof mailOf> => {
    const body = `${reply}\n\nOp ma 9 nov 2026 om 19:42 schreef Gerrit Smit <g@x.nl>:\n> ${question}\n> Gerrit Smit\n`;
    const start = body.indexOf("Op ma");
    return buildMailText(
      [{ where: "body", original: body, text: body }],
      { from, to: [], cc: [], bcc: [] },
      {
        quoted: [{ start, end: body.length }],
      }
    );
  };
  // procedure text in the "u" form, habitual present
  expect(
    genericCare(
      mailOf(
        "Beste Jan,\n\nU krijgt van de huisarts een code. Neem uw medicijnen mee in de handbagage."
      )
    )
  ).toBe(true);
  // a past event, a result, a date, a course, a quoted complaint: concrete
  expect(genericCare(mailOf("Beste Jan,\n\nU bent gisteren gevallen."))).toBe(false);
  expect(genericCare(mailOf("Beste Jan,\n\nUw uitslag is goed."))).toBe(false);
  expect(genericCare(mailOf("Beste Jan,\n\nTot dinsdag 4 maart om 10.00 uur."))).toBe(false);
  expect(genericCare(mailOf("Fijn dat het bloeden minder wordt."))).toBe(false);
  expect(genericCare(mailOf("How is the ankle?"))).toBe(false);
  expect(genericCare(quote("Ja, dat kan.", "ik heb sinds maandag pijn"))).toBe(false);
  // the quoted question's date is not the person's appointment; its author is the addressee
  const general = quote("Herhaalrecepten kunt u online aanvragen.", "Hoe werkt dat bij jullie?");
  expect(ownText(general)).not.toContain("2026");
  expect(genericCare(general)).toBe(true);
  const author = { type: "name", where: "body", start: 0, end: 11, text: "Gerrit Smit" } as const;
  expect(quotedAuthorName({ ...author } as Parameters<typeof quotedAuthorName>[0], general)).toBe(
    true
  );
  expect(
    quotedAuthorName(
      { ...author, text: "Piet Bos" } as Parameters<typeof quotedAuthorName>[0],
      general
    )
  ).toBe(false);
});

test("concrete events, not in a conditional clause", () => {
  expect(concreteEvent("U bent geopereerd aan de knie.")).toBe(true);
  expect(
    concreteEvent("Een verwijzing achteraf, als u al bij een specialist bent geweest, kan niet.")
  ).toBe(false);
  expect(concreteEvent("Als u vragen heeft, uw uitslag is binnen.")).toBe(true);
});

test("a referent other than the addressee: relative, contact, quoted complaint", () => {
  expect(otherSubject("Uw moeder heeft pijn", false)).toBe(true);
  expect(otherSubject("U belde met klachten", false)).toBe(true);
  expect(otherSubject("ik ben zwanger", true)).toBe(true);
  expect(otherSubject("ik ben zwanger", false)).toBe(false);
  // the addressee's own body is not another referent
  expect(otherSubject("Neem uw medicijnen mee als uw buik pijn doet", false)).toBe(false);
});

test("a check-in on a body part names the addressee's body", () => {
  expect(addresseeSubject("How's the ankle doing?")).toBe(true);
  expect(addresseeSubject("Hoe gaat het met de knie?")).toBe(true);
  expect(addresseeSubject("How is the weather?")).toBe(false);
});

test("what a treatment left on the addressee's body is theirs with 'de' or 'the'", () => {
  expect(addresseeSubject("No swimming until the stitches are out.")).toBe(true);
  expect(addresseeSubject("De mitella mag er vanaf donderdag af.")).toBe(true);
  expect(addresseeSubject("De wachtkamer is verbouwd.")).toBe(false);
});

test("a day with its opening hours is no moment", () => {
  expect(hasMoment("Saturday 10:00-13:00")).toBe(false);
  expect(hasMoment("Monday to Friday")).toBe(false);
  expect(hasMoment("zaterdag 10.00 - 13.00 uur")).toBe(false);
  expect(hasMoment("Saturday at 10:00")).toBe(true);
});

describe("hasMeeting: the sender meets the addressee at a moment", () => {
  it.each([
    "Tot dinsdag!",
    "Fijn. Tot morgen!",
    "Anders zie ik jullie vrijdag om 9.15 uur op het bureau.",
    "Zie je de 14e!",
    "Donderdag 10.30 uur gewoon doorgaan?",
    "Neem ze dinsdag mee, dan kijken we er samen naar.",
    // a home visit by the sender or a colleague
    "Ik kom morgen tussen 11 en 12 nog even langs om hem te wegen.",
    "Morgen komt Marloes zelf weer kijken.",
  ])("%s", (text) => expect(hasMeeting(text)).toBe(true));
  it.each([
    "Wij zijn open van maandag tot vrijdag.",
    "Tot ziens!",
    "Zoals je ziet is de folder vernieuwd.",
    "Zie je roodheid of zwelling, bel dan de praktijk.",
    "We kijken samen wat er nodig is.",
    "Een wijkverpleegkundige komt dan bij iemand thuis langs voor een gesprek.",
  ])("not: %s", (text) => expect(hasMeeting(text)).toBe(false));
});

describe("inConditional: a word inside an 'als u / wanneer je' clause", () => {
  const t = "Zij helpt mensen met klachten, bijvoorbeeld als je je somber voelt. Je bent somber.";
  it("inside the clause", () => expect(inConditional(t, t.indexOf("somber"))).toBe(true));
  it("outside it", () => expect(inConditional(t, t.lastIndexOf("somber"))).toBe(false));
  it("the opener right before the addressee's possessive, across a wrapped line", () => {
    const w =
      "Een bezoek is zinvol als je tandvlees bloedt, als je\nvaak een vieze smaak in je mond hebt.";
    expect(inConditional(w, w.indexOf("je tandvlees"))).toBe(true);
    expect(inConditional(w, w.indexOf("je mond"))).toBe(true);
    expect(inConditional("Je tandvlees bloedt.\n\nAls je wilt", 0)).toBe(false);
  });
  it("the consequence of a condition", () => {
    const c =
      "If there is a medical reason, you are referred to a gynaecologist. You are referred.";
    expect(inConditional(c, c.indexOf("referred"))).toBe(true);
    expect(inConditional(c, c.lastIndexOf("referred"))).toBe(false);
    const d = "Zoals besproken, u bent verwezen.";
    expect(inConditional(d, d.indexOf("verwezen"))).toBe(false);
  });
});

describe("recipientName: a name that is the mail's only recipient", () => {
  const name = (text: string, start: number) =>
    ({
      type: "name",
      text,
      where: "body",
      start,
      end: start + text.length,
      confidence: 1,
    }) as const;
  const body = "Beste mevrouw,\n\nUitleg.\n\nOp 9 feb. schreef Gonny de Jong:\n> Hoe werkt het?";
  const one = buildMailText([{ where: "body", original: body, text: body }], {
    from: { address: "a@praktijk.nl" },
    to: [{ address: "gonnydejong@hetnet.nl", name: "Gonny de Jong" }],
    cc: [],
    bcc: [],
  });
  it("the addressee named in the quote header", () =>
    expect(recipientName(name("Gonny de Jong", body.indexOf("Gonny")), one)).toBe(true));
  it("someone else", () =>
    expect(recipientName(name("Piet Bakker", body.indexOf("Gonny")), one)).toBe(false));
  const two = buildMailText([{ where: "body", original: body, text: body }], {
    from: { address: "a@praktijk.nl" },
    to: [{ address: "fysio@duinzicht.nl" }],
    cc: [{ address: "gonnydejong@hetnet.nl", name: "Gonny de Jong" }],
    bcc: [],
  });
  it("a patient in Cc of a mail to someone else is its subject", () =>
    expect(recipientName(name("Gonny de Jong", body.indexOf("Gonny")), two)).toBe(false));
});

describe("staffName: care staff named by role are no patient", () => {
  const body =
    '"Laat u inenten", zegt huisarts Sjoerd de Vries. Baukje (POH) is er dinsdag. Mw. Kok heeft koorts.';
  const mail = buildMailText([{ where: "body", original: body, text: body }], {
    from: { address: "a@praktijk.nl" },
    to: [{ address: "redactie@krant.nl" }],
    cc: [],
    bcc: [],
  });
  const at = (text: string) =>
    ({
      type: "name",
      text,
      where: "body",
      start: body.indexOf(text),
      end: body.indexOf(text) + text.length,
      confidence: 1,
    }) as const;
  it("a role before the name", () =>
    expect(staffName(at("Sjoerd de Vries"), mail, false)).toBe(true));
  it("a role after the name", () => expect(staffName(at("Baukje"), mail, false)).toBe(true));
  it("a patient", () => expect(staffName(at("Kok"), mail, false)).toBe(false));
});
