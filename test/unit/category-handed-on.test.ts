/**
 * A reply to one patient that hands on published text ("Hieronder de informatie van onze website:")
 * is practice information: the leaflet's "u" and "je", its times and its "U krijgt dan een afspraak"
 * are for any reader (issue 11). The writer's own lines still count: a word about the addressee's body
 * or health before the hand-over keeps the mail back. Leaflet passages adapted from thuisarts.nl,
 * detandenfee.nl and huisartsgarnier.nl; people fictitious.
 */
import { check } from "../../src/engine";
import { emptyDraft } from "../../src/engine/draft";

const mail = (body: string) =>
  check(
    emptyDraft({
      from: { address: "m.devries@huisartsenpraktijk-zonnehof.nl", name: "Marieke de Vries" },
      to: [{ address: "evabrink@kpnmail.nl", name: "Eva Brink" }],
      subject: "Re: vraag via de website",
      body: `${body}\n\nGroet,\nMarieke\nHuisartsenpraktijk Zonnehof\n`,
    })
  );

const SHOULDER =
  "Bij schouderklachten is het belangrijk om uw schouder te blijven bewegen. Zo voorkomt u dat uw " +
  "schouder stijf wordt.\n- Oefen 3 keer per dag (in de ochtend, middag en avond).\n- Doe elke " +
  "oefening 5 keer achter elkaar.\n- Het mag wel wat gevoelig zijn maar stop bij pijn.";
const EXTRACTION =
  "Pijn na het trekken is normaal. U kunt deze bestrijden met paracetamol.\n\nHechtingen: indien " +
  "nodig wordt de wond gehecht. U krijgt dan een afspraak om de hechtingen eruit te laten halen.";
const REPEAT =
  "Herhaalrecepten die 's morgens voor 11 uur worden aangevraagd, kunnen 's middags na 16.00 uur " +
  "bij de apotheek afgehaald worden. Chronische medicatie wordt voor maximaal 3 maanden " +
  "voorgeschreven en de anticonceptiepil voor maximaal 6 maanden.";
const HAND_OVER =
  "Dank voor je vraag via de website. Hieronder de informatie die we daarover op onze site hebben staan:";

test.each([
  ["shoulder exercises in the u-form", SHOULDER],
  ["after-care of an extraction, with its 'U krijgt dan een afspraak'", EXTRACTION],
  ["the repeat-prescription procedure, with its times", REPEAT],
])("published text handed on to one patient goes: %s", (_kind, passage) => {
  const r = mail(`Beste Eva,\n\n${HAND_OVER}\n\n${passage}`);
  expect(r.category).toBe("general");
  expect(r.verdict.action).toBe("allow");
});

test("the addressee's question names a topic, not their health", () => {
  const r = mail(
    `Beste Eva,\n\nDank voor je vraag over schouderpijn. Hieronder de tekst van onze website:\n\n${SHOULDER}`
  );
  expect(r.verdict.action).toBe("allow");
});

test.each([
  ["without a hand-over the u-form text is read as hers", `Beste Eva,\n\n${SHOULDER}`],
  [
    "her body named before the hand-over",
    `Beste Eva,\n\nJe wond ziet er goed uit. Hieronder de informatie van onze website:\n\n${EXTRACTION}`,
  ],
  [
    "her health beside 'je' before the hand-over",
    `Beste Eva,\n\nJe bent nu 8 weken zwanger. Hieronder de uitleg van de website:\n\nMisselijkheid komt in de eerste weken veel voor.`,
  ],
  [
    "her appointment after the passage is the writer's own line",
    `Beste Eva,\n\nHieronder de informatie van onze website over nabloeden:\n\n${EXTRACTION}\n\nJe hechtingen gaan er vrijdag uit, tot dan!`,
  ],
  [
    "a pointer to the website is not a hand-over",
    `Beste Eva,\n\nJe schouder mag weer bewegen. Oefen 3 keer per dag. Meer informatie vind je op onze website.`,
  ],
])("a personal note is kept back: %s", (_kind, body) => {
  expect(mail(body).verdict.action).toBe("secure");
});
