import { HUISARTS, mail, outcome } from "./scenarioFixtures";

// 004 Scenario 1, Rani: asks his GP about his lab results via a secure mail service. The answer must be secure too.
describe("004 Scenario 1 — Rani asks about his lab results securely", () => {
  const body =
    "Beste meneer Sharma,\n\nUw cholesterol is licht verhoogd (LDL 3,9 mmol/l); de huisarts adviseert geen medicatie en een controle over een jaar.\n\nMet vriendelijke groet,\nEls";

  it("answered to his ZorgMail address it is already secure (allow)", () => {
    const draft = mail({
      from: HUISARTS,
      to: [{ address: "r.sharma@lms.lifeline.nl", name: "Rani Sharma" }],
      subject: "Re: uitslag",
      body,
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });

  it("answered to his ordinary mailbox it must go through the secure channel", () => {
    const draft = mail({
      from: HUISARTS,
      to: [{ address: "rani.sharma@gmail.com", name: "Rani Sharma" }],
      subject: "Re: uitslag",
      body,
    });
    expect(outcome(draft)).toMatchObject({ action: "secure", rules: ["secure-channel-required"] });
  });
});
