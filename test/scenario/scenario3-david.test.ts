import { PSYCHOLOOG, mail, outcome } from "./scenarioFixtures";

// 004 Scenario 3, David: his psychologist refers him to a psychiatrist and stays in touch; both use a secure service.
describe("004 Scenario 3 — David's psychologist and psychiatrist", () => {
  const body =
    "Geachte collega Hendrix,\n\nZoals telefonisch besproken verwijs ik David Vermeer naar u voor medicamenteuze behandeling van een ernstige depressie. " +
    "Hij heeft twaalf sessies cognitieve gedragstherapie gehad met onvoldoende effect.\n\nMet collegiale groet,\nNoor Psycholoog";

  it("between two secure mail services (ZorgMail) it may go (allow)", () => {
    const draft = mail({
      from: PSYCHOLOOG,
      to: [{ address: "j.hendrix@lms.lifeline.nl", name: "J. Hendrix, psychiater" }],
      subject: "Verwijzing",
      body,
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });

  it("to the psychiatrist's ordinary clinic address it must go securely (NTA 7516 covers colleagues too)", () => {
    const draft = mail({
      from: PSYCHOLOOG,
      to: [{ address: "j.hendrix@ggz-rivierenland.nl", name: "J. Hendrix" }],
      subject: "Verwijzing",
      body,
    });
    expect(outcome(draft)).toMatchObject({ action: "secure", rules: ["secure-channel-required"] });
  });
});
