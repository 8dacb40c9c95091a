/**
 * Short personal care replies in everyday words, and general answers to a patient's question, one to one
 * to a private address (issue 11). Written for this test by the engineer (fictitious), as kinds of mail:
 * the corpora measure generalisation, this file keeps each kind from coming back.
 */
import { check } from "../../src/engine";
import { emptyDraft } from "../../src/engine/draft";

const FROM = { address: "s.verhoef@huisartsdebrug.nl", name: "Sanne Verhoef" };
const send = (body: string) =>
  check(
    emptyDraft({
      from: FROM,
      to: [{ address: "ans.janssen@gmail.com", name: "Ans Janssen" }],
      subject: "Re: vraagje",
      body,
    })
  );

const PERSONAL = [
  "Hoi Ans,\n\nFijn dat het plekje op je arm al kleiner wordt. Blijf er nog een week die zalf op smeren.\n\nSanne",
  "Beste mevrouw Janssen,\n\nDe foto van uw pols laat geen breuk zien. U mag de brace na twee weken afdoen.\n\nGroet, Sanne",
  "Hoi Ans,\n\nGoed dat je even mailde. Die duizeligheid komt waarschijnlijk door de nieuwe pillen, halveer ze maar tot vrijdag.\n\nSanne",
  "Dag Ans,\n\nJe suiker was vanochtend te hoog, 14,2. Wil je morgen nuchter nog een keer prikken?\n\nGroet, Sanne",
  "Hoi Ans,\n\nDe kuur mag je gewoon afmaken, ook al voel je je al beter. Na het weekend hoor ik graag hoe het gaat met het hoesten.\n\nSanne",
  "Beste Ans,\n\nHet uitstrijkje was goed, u hoeft pas over vijf jaar weer.\n\nMet vriendelijke groet,\nSanne",
  "Hoi Ans,\n\nNog last van je buik gehad na het eten? Zo niet, dan kunnen we de afspraak van donderdag laten vervallen.\n\nSanne",
  "Beste Ans,\n\nZoals beloofd: de zwangerschapstest was positief! Gefeliciteerd. De verloskundige neemt contact met je op.\n\nSanne",
  "Hi Ans,\n\nYour scan looked fine, nothing to worry about. The headaches should settle in a few weeks.\n\nSanne",
  "Hoi Ans,\n\nIk heb het recept voor de antibiotica naar de apotheek gestuurd. Drie keer per dag innemen, bij het eten.\n\nSanne",
  "Beste meneer Janssen,\n\nUw vrouw mag morgen naar huis. De wond ziet er goed uit.\n\nGroet,\nSanne",
  "Hoi Ans,\n\nDe tandarts heeft gekeken: het gaatje wordt volgende week gevuld. Tot die tijd niet op die kant kauwen.\n\nSanne",
  "Beste Ans,\n\nUit het gesprek van gisteren: we gaan verder met de slaaptraining en bouwen de oxazepam af.\n\nSanne",
  "Hoi Ans,\n\nNoor mag weer naar de opvang als ze 24 uur geen koorts meer heeft. Beterschap!\n\nSanne",
  "Hallo Ans,\n\nJe bloeddruk was 150/95, dat is te hoog. We gaan starten met een plaspil.\n\nSanne",
];

const GENERAL = [
  "Beste Ans,\n\nDank voor uw vraag. Een griepprik krijgt u als u 60 jaar of ouder bent of een chronische ziekte heeft. De uitnodiging komt in oktober.\n\nGroet, Sanne",
  "Hoi Ans,\n\nJa hoor, je kunt je kind vanaf 2 jaar meenemen naar de tandarts. Kinderen tot 18 jaar zijn gratis verzekerd.\n\nSanne",
  "Beste Ans,\n\nHerhaalrecepten kunt u aanvragen via de receptenlijn of de app. Voor 10.00 uur aangevraagd, de volgende dag na 16.00 uur af te halen.\n\nGroet",
  "Beste Ans,\n\nBij een verstuikte enkel is het advies: rust, ijs, zwachtel en hoog leggen. Kunt u na een paar dagen nog niet op de voet staan, bel dan de praktijk.\n\nGroet",
  "Beste Ans,\n\nDe fysiotherapeut zit op dinsdag en donderdag in ons gebouw. U heeft geen verwijzing nodig; de eerste afspraak maakt u zelf.\n\nGroet",
  "Hoi Ans,\n\nLeuk dat je wilt helpen bij de informatieavond over diabetes op 12 maart. Wil je om 19.00 uur bij de ingang staan?\n\nSanne",
  "Beste Ans,\n\nDe praktijk is met kerst gesloten. Bij spoed belt u de huisartsenpost.\n\nGroet",
  "Beste Ans,\n\nIn de bijlage vindt u onze folder over de overgang. Veel vrouwen krijgen opvliegers; dat is normaal.\n\nGroet",
  "Dear Ans,\n\nThank you for asking. Antibiotics do not help against a cold; most colds clear up within two weeks.\n\nKind regards",
  "Beste Ans,\n\nOp uw vraag over de kosten: een consult bij de huisarts valt niet onder het eigen risico. Een bloedonderzoek via het lab wel.\n\nGroet",
];

test.each(PERSONAL)("a personal care reply is kept back: %s", (body) => {
  const r = send(body);
  expect(r.verdict.action).toBe("secure");
  expect(r.category).toBe("medical");
});

test.each(GENERAL)("a general answer goes: %s", (body) => {
  expect(send(body).verdict.action).toBe("allow");
});
