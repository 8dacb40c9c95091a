import { FYSIO, mail, outcome } from "./scenarioFixtures";

// 004 Scenario 1, Chantal: forgot when and with which physiotherapist her appointment is; mails unsecured.
describe("004 Scenario 1 — Chantal asks when her appointment is", () => {
  const reply = mail({
    from: FYSIO,
    to: [{ address: "chantal.meijboom@hotmail.com", name: "Chantal Meijboom" }],
    subject: "Re: wanneer is mijn afspraak?",
    body:
      "Beste Chantal,\n\nJe volgende afspraak is op donderdag 9 oktober om 14.15 uur bij fysiotherapeut Ruben Akkerman.\n\nGroet,\nKim\n\n" +
      "> Hoi, ik ben vergeten wanneer en bij wie mijn volgende afspraak is. Groetjes, Chantal",
  });

  it("must be answered through the secure channel: when and with whom is personal care information", () => {
    expect(outcome(reply)).toMatchObject({ action: "secure", rules: ["secure-channel-required"] });
  });

  it("her consent to plain mail does not change that (002: ook al geeft de patiënt expliciet toestemming)", () => {
    const consent = mail({
      ...reply,
      body: reply.body.replace(
        "Groet,",
        "Zoals je vroeg sturen we dit gewoon per mail, je gaf daar toestemming voor.\n\nGroet,"
      ),
    });
    expect(outcome(consent)).toMatchObject({
      action: "secure",
      rules: ["secure-channel-required"],
    });
  });
});
