import { FYSIO, mail, outcome } from "./scenarioFixtures";

// 004 Scenario 7: Chantal mails her physiotherapist about her knee after surgery. She may mail unsecured;
// the care provider must answer through a secure service.
describe("004 Scenario 7 — Chantal and her physiotherapist", () => {
  const answer = mail({
    from: FYSIO,
    to: [{ address: "chantal.meijboom@hotmail.com", name: "Chantal Meijboom" }],
    subject: "Re: knie na operatie",
    body:
      "Hoi Chantal,\n\nFijn dat de zwelling na de operatie afneemt. Ga door met de buig- en strekoefeningen, drie keer per dag, en bouw het fietsen rustig op.\n\nGroet,\nKim\n\n" +
      "> Hoi Kim, twee weken na de operatie aan mijn knie kan ik weer traplopen, maar hij is nog dik.",
  });

  it("the answer must go securely", () => {
    expect(outcome(answer)).toMatchObject({ action: "secure", rules: ["secure-channel-required"] });
  });

  it("passing her mail on to a colleague inside the practice is fine (allow)", () => {
    const internal = mail({
      ...answer,
      to: [{ address: "ruben@fysio-kastanjelaan.nl", name: "Ruben Akkerman" }],
      body: answer.body.replace("Hoi Chantal", "Hoi Ruben"),
    });
    expect(outcome(internal)).toMatchObject({ action: "allow", rules: [] });
  });
});
