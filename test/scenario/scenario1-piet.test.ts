import { TANDARTS, mail, outcome } from "./scenarioFixtures";

// 004 Scenario 1, Piet: asks his dentist about opening hours from his own plain mailbox.
describe("004 Scenario 1 — Piet asks for opening hours", () => {
  const reply = mail({
    from: TANDARTS,
    to: [{ address: "piet.hoekstra@ziggo.nl", name: "Piet Hoekstra" }],
    subject: "Re: openingstijden",
    body:
      "Beste meneer Hoekstra,\n\nOnze praktijk is open van maandag tot en met vrijdag van 8.00 tot 17.00 uur. " +
      "Op woensdagavond hebben wij avondspreekuur tot 20.00 uur.\n\nMet vriendelijke groet,\nBalie Zonnehof",
  });

  it("lets the answer go by plain mail: opening hours are not medical (allow)", () => {
    expect(outcome(reply)).toMatchObject({ action: "allow", rules: [] });
  });

  it("but had Piet asked when and with whom his appointment is, the answer must go securely", () => {
    const appointment = mail({
      ...reply,
      subject: "Re: mijn afspraak",
      body: "Beste meneer Hoekstra,\n\nU heeft uw controleafspraak bij tandarts Verbeek op dinsdag 14 oktober om 10.30 uur.\n\nMet vriendelijke groet,\nBalie Zonnehof",
    });
    expect(outcome(appointment)).toMatchObject({
      action: "secure",
      rules: ["secure-channel-required"],
    });
  });
});
