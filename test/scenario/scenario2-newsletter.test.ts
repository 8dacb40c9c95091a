import { HUISARTS, mail, outcome } from "./scenarioFixtures";

// 004 Scenario 2, Martijn's newsletter: a new GP and a new location, by plain mail, is no problem - as long as it
// carries no medical content, and (002 practice rules) the recipients cannot see each other.
describe("004 Scenario 2 — the practice newsletter", () => {
  const readers = [
    "martijn.dekker@gmail.com",
    "w.jansen@hotmail.com",
    "fam.bos@ziggo.nl",
    "anouk.p@kpnmail.nl",
  ].map((address) => ({ address }));
  const body =
    "Beste patiënten,\n\nPer 1 november versterkt huisarts Yara Haddou ons team. Ook openen wij een nieuwe vestiging aan de Stationsweg. " +
    "De openingstijden blijven gelijk: maandag tot en met vrijdag van 8.00 tot 17.00 uur.\n\nMet vriendelijke groet,\nHuisartsen Dorpsplein";

  it("in Bcc it may go by plain mail (allow)", () => {
    const draft = mail({
      from: HUISARTS,
      to: [HUISARTS],
      bcc: readers,
      subject: "Nieuwsbrief najaar",
      body,
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });

  it("with the readers visible to each other in To it must not go (block)", () => {
    const draft = mail({ from: HUISARTS, to: readers, subject: "Nieuwsbrief najaar", body });
    expect(outcome(draft)).toMatchObject({ action: "block", rules: ["visible-group-recipients"] });
  });

  it("an exact appointment reminder to one patient is personal (004: 'kan je ... niet de exacte afspraak mailen')", () => {
    const draft = mail({
      from: HUISARTS,
      to: [readers[0]],
      subject: "Herinnering afspraak",
      body: "Beste Martijn,\n\nU wordt morgen, dinsdag 4 november, om 10.40 uur verwacht bij de huisarts.\n\nMet vriendelijke groet,\nHuisartsen Dorpsplein",
    });
    expect(outcome(draft)).toMatchObject({ action: "secure", rules: ["secure-channel-required"] });
  });
});
