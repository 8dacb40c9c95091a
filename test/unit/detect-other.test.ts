import { detectIban, ibanChecksumOk } from "../../src/engine/detect/iban";
import { detectPatientId } from "../../src/engine/detect/patientId";
import { detectPassword } from "../../src/engine/detect/password";
import type { Recognizer } from "../../src/engine/detect/context";
import { normalizeText } from "../../src/engine/text/normalize";
import type { Finding } from "../../src/engine/types";

const run = (r: Recognizer, text: string): Finding[] =>
  r({ norm: normalizeText(text), where: "body", senderNameParts: [] });

describe("iban", () => {
  test("mod-97 check", () => {
    expect(ibanChecksumOk("NL91ABNA0417164300")).toBe(true);
    expect(ibanChecksumOk("NL91ABNA0417164301")).toBe(false);
  });
  test("grouped or together; invalid NL checksum is low confidence", () => {
    const f = run(detectIban, "Rekening NL91 ABNA 0417 1643 00 en NL20ABNA0512334470.");
    expect(f.map((x) => x.text)).toEqual(["NL91 ABNA 0417 1643 00", "NL20ABNA0512334470"]);
    expect(f[0].confidence).toBeGreaterThan(0.9);
    expect(f[1].tags).toEqual(["invalid-checksum"]);
  });
  test("not other codes", () => {
    expect(run(detectIban, "btw NL003456789B01, ref AB12 CDEF")).toEqual([]);
  });
});

describe("patient-id", () => {
  test.each([
    ["patiëntnummer 2041187", "2041187"],
    ["pt.nr. 204.118", "204.118"],
    ["Dossiernummer: ZH-88213", "ZH-88213"],
    ["cliëntnummer 55120", "55120"],
  ])("%s", (text, id) => {
    expect(run(detectPatientId, text).map((f) => f.text)).toEqual([id]);
  });
  test("label without a number, or other numbers", () => {
    expect(
      run(detectPatientId, "uw patiëntnummer staat op de brief; factuurnummer 123456")
    ).toEqual([]);
  });
});

describe("password", () => {
  test.each([
    ["Het wachtwoord is: Maaskade!2025", "Maaskade!2025"],
    ["Wachtwoord: Amersfoort#Weide25", "Amersfoort#Weide25"],
    ["The password is: Delft-Knee-2025", "Delft-Knee-2025"],
    ["ww Zomer2025", "Zomer2025"],
    ["toegangscode: 4821", "4821"],
    // a made-up password right after an everyday label, without "is" or a colon
    ["Verslag (code Zomer!2026)", "Zomer!2026"],
  ])("finds the secret in %s", (text, secret) => {
    expect(run(detectPassword, text).map((f) => f.text)).toEqual([secret]);
  });

  test.each([
    "Het is beveiligd met een wachtwoord; dat sturen wij u vandaag apart per sms.",
    "het tijdelijke wachtwoord is per sms naar haar mobiele nummer gestuurd",
    "moet zij een nieuw wachtwoord kiezen (minimaal 12 tekens)",
    "de authenticator-app geeft 'code ongeldig'",
    "de code om het te openen krijgt u per sms",
    "foutcode E07 en postcode 1234 AB",
    "een WW-uitkering aanvragen",
    "code rood voor de regio",
    "de code J45.0 staat op de declaratie",
  ])("no secret in %s", (text) => {
    expect(run(detectPassword, text)).toEqual([]);
  });

  test.each([
    [
      'Het wachtwoord is de naam van onze organisatie zonder "Thuiszorg De", met een hoofdletter, en dan het jaartal erachter, dus zonder spaties.',
    ],
    [
      "To open it, type the words harbour and light as one word, all lower case, followed by the number 42.",
    ],
  ])("a password spelled out in words is the secret, from its cue on: %s", (text) => {
    expect(run(detectPassword, text).map((f) => f.text)).toEqual([
      text.slice(text.search(/wachtwoord|To open/)),
    ]);
  });

  test.each([
    "Het wachtwoord sturen we per sms; het is hoofdlettergevoelig en zonder spaties.",
    "Kies een wachtwoord van minimaal 12 tekens met een hoofdletter.",
  ])("a rule for passwords spells out none: %s", (text) => {
    expect(run(detectPassword, text)).toEqual([]);
  });

  test("tagged as the password of an attachment when the mail talks about a protected file", () => {
    expect(
      run(detectPassword, "In de bijlage het beveiligde bestand. Wachtwoord: Tulp-88")[0].tags
    ).toEqual(["attachment-password"]);
    expect(
      run(detectPassword, "Je nieuwe wachtwoord voor het portaal: Tulp-88")[0].tags
    ).toBeUndefined();
  });
});

describe("password: found by what it is (issue 11)", () => {
  test.each([
    ["Code om te openen: 4821-77", "4821-77"],
    ["code om het bestand te openen: zonnebloem", "zonnebloem"],
    ["wachtwoord: zonnebloem", "zonnebloem"],
    ["het wachtwoord is zonnebloem", "zonnebloem"],
    ["WACHTWOORD: TULPENVELD", "TULPENVELD"],
    ["Het wachtwoord voor de bijlage is: lentezon", "lentezon"],
    ["het wachtwoord is uw geboortedatum: 12031956", "12031956"],
    ["Het wachtwoord is je geboortedatum (12-03-1956).", "12-03-1956"],
    ["wachtwoord = uw postcode: 1234 AB", "1234 AB"],
    ["The password to open the file is bluebird77", "bluebird77"],
    ["PASSWORD: riverstone", "riverstone"],
    ["ww: kerstboom", "kerstboom"],
    ["Sleutel: 8xK-22", "8xK-22"],
    ["Wachtwoord:\nMeeuw2025", "Meeuw2025"],
    ["Het wachtwoord is uw postcode en huisnummer: 1234AB12", "1234AB12"],
    ["Het wachtwoord volgt hieronder.\n\nKastanje77\n\nGroet", "Kastanje77"],
    [
      "Het wachtwoord is uw postcode met hoofdletters, direct gevolgd door uw huisnummer, dus zonder spaties: 1314AB27.",
      "1314AB27",
    ],
    [
      "Het wachtwoord is je eigen postcode, aan elkaar en met hoofdletters\n(dus 1012BK).",
      "1012BK",
    ],
    // no password label: what the value opens says what it is
    [
      "Groet, Marloes\n\nPS voor het openen heeft u nodig: Kastanje-714 (hoofdletter K)",
      "Kastanje-714",
    ],
    [
      "Om het te openen: uw geboortejaar en daarachter uw achternaam, dus 1967smulders.",
      "1967smulders",
    ],
    // an everyday label with how the value is built ("+" joins postcode and house number)
    ["De code is je postcode + huisnummer: 2511XP40", "2511XP40"],
    ["P.S. de sleutel is je geboortejaar + voornaam, dus 1984anouk", "1984anouk"],
    // the value right after "open met"
    ["Hierbij het verslag.\n\nP.S. het bestand gaat open met Zwaluw-4418", "Zwaluw-4418"],
  ])("finds the secret in %j", (text, secret) => {
    expect(run(detectPassword, text).map((f) => f.text)).toEqual([secret]);
  });

  test("a password in pieces: each labelled piece, one hidden at the bottom", () => {
    const text =
      "Ik stuur je het plan beveiligd mee. Het wachtwoord bestaat uit twee stukjes:\n\n- stukje 1 is de rivier bij ons, met een hoofdletter: Vecht\n- stukje 2 staat onderaan deze mail\n\nPlak ze aan elkaar.\n\nGroet, Anouk\n\n\n\nstukje 2: #1987";
    expect(run(detectPassword, text).map((f) => f.text)).toEqual(["Vecht", "#1987"]);
  });

  test.each([
    "Het verslag kunt u openen met DigiD in het portaal.",
    "De bijlage gaat open met Adobe Reader of een andere pdf-lezer.",
    "Het bestand kunt u openen met 7-Zip.",
  ])("a program or login to open with is no secret: %j", (text) => {
    expect(run(detectPassword, text)).toEqual([]);
  });

  test("an opening cue whose next line is a piece: the pieces, one under the signature", () => {
    const text =
      "Hierbij, versleuteld, het verslag.\n\nVoor het openen:\ndeel 1 = Berk\n(de rest onder mijn naam)\n\nGroet,\nSevda\ndeel 2 = 41-Blauw";
    expect(run(detectPassword, text).map((f) => f.text)).toEqual(["Berk", "41-Blauw"]);
  });

  test("an opening cue before a line that is no piece gives no pieces", () => {
    const text =
      "Voor het openen:\ngebruik de code uit de sms.\n\nHet verslag heeft twee delen.\ndeel 1 = anamnese";
    expect(run(detectPassword, text)).toEqual([]);
  });

  test("a password spelled in the NATO alphabet after its cue", () => {
    const text =
      "In de bijlage het verslag, versleuteld. Het wachtwoord spel ik voor de zekerheid: kilo - romeo - oscar - kilo - zeven - drie.";
    expect(run(detectPassword, text).map((f) => f.text)).toEqual([
      "kilo - romeo - oscar - kilo - zeven - drie",
    ]);
  });

  test("a password described piece by piece after its cue ('het eerste deel is Molen')", () => {
    const text =
      "Voor het openen heb je een code nodig. Omdat we die niet in een stuk mailen: het eerste deel is Zeilboot, het tweede deel is het huisnummer van de praktijk.";
    expect(run(detectPassword, text).map((f) => f.text)).toEqual(["Zeilboot"]);
  });

  test("a document's parts after a password cue are no pieces of it", () => {
    const text =
      "Het wachtwoord sturen we per sms. Het verslag heeft twee delen: het eerste deel is kort, het tweede deel is de uitslag van het onderzoek.";
    expect(run(detectPassword, text)).toEqual([]);
  });

  test("digit words alone after a password cue are no spelled password", () => {
    const text =
      "Het wachtwoord sturen we per sms. Bel ons op een - twee - drie - vier als het niet lukt.";
    expect(run(detectPassword, text)).toEqual([]);
  });

  test("pieces of something else are no password", () => {
    const text =
      "Het wachtwoord sturen we per sms. De taart bestaat uit twee stukken:\n- stuk 1 is voor de balie: appeltaart";
    expect(run(detectPassword, text)).toEqual([]);
  });

  test.each([
    "het wachtwoord is gewijzigd",
    "het wachtwoord is verstuurd per sms",
    "Het wachtwoord is uw geboortedatum.",
    "de sleutel van de praktijk ligt bij de buren",
    "Uw code is per post onderweg",
    "The password is sent separately by text message.",
    "the key points of the new policy",
    "het wachtwoord is hetzelfde als vorige keer",
    "Wachtwoord vergeten? Klik op de link.",
    "Wachtwoord: ********",
    "Het wachtwoord volgt hieronder in een aparte sms.\n\nMet vriendelijke groet,",
    "Het wachtwoord volgt hieronder per sms.\n\nGroetjes,\nAnne",
    "Bel ons voor het wachtwoord: 038-4216030.",
    "Het wachtwoord krijgt u telefonisch, bel de assistente: 06 12345678",
    "Om het bestand te openen heeft u 7-Zip nodig: gratis te downloaden.",
    "Om het bestand te openen heeft u nodig: 7-Zip (gratis).",
    "Lukt het niet om het te openen? Bel ons: 038 - 421 60 30.",
    "De code is je postcode + huisnummer, die sturen we niet mee.",
  ])("no secret in %j", (text) => {
    expect(run(detectPassword, text)).toEqual([]);
  });
});
