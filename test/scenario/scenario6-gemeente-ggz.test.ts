import { parsePolicy } from "../../src/engine/policy";
import { PSYCHOLOOG, mail, outcome } from "./scenarioFixtures";

// 004 Scenario 6: the municipality and a GGZ institution about a crisis admission. NTA 7516 covers personal
// health information in every professional chain, municipalities included (002 Toolkit).
describe("004 Scenario 6 — the municipality and GGZ", () => {
  const body =
    "Beste Ramona,\n\nNaar aanleiding van ons telefoongesprek: bij de heer Kees Veenstra is sprake van een psychose met suïcidale uitingen. " +
    "Wij adviseren een crisisopname.\n\nMet vriendelijke groet,\nNoor Psycholoog";

  it("to the municipal officer's ordinary address it must go securely", () => {
    const draft = mail({
      from: PSYCHOLOOG,
      to: [{ address: "r.tjon@gemeente-waterdam.nl", name: "Ramona Tjon" }],
      subject: "Crisisopname",
      body,
    });
    expect(outcome(draft)).toMatchObject({ action: "secure", rules: ["secure-channel-required"] });
  });

  it("through a secure network it may go (allow)", () => {
    const draft = mail({
      from: PSYCHOLOOG,
      to: [{ address: "r.tjon@ezorg.nl", name: "Ramona Tjon" }],
      subject: "Crisisopname",
      body,
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });

  it("for a GGZ practice even a general practice mail to one client is sensitive (002 context van het werkveld)", () => {
    const draft = mail({
      from: PSYCHOLOOG,
      to: [{ address: "kees.veenstra@hotmail.com", name: "Kees Veenstra" }],
      subject: "Bereikbaarheid",
      body: "Beste meneer Veenstra,\n\nDe praktijk is in de kerstweek gesloten. Bij spoed kunt u de huisartsenpost bellen.\n\nMet vriendelijke groet,\nNoor",
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
    const ggz = outcome(draft, { policy: parsePolicy({ careType: "GGZ" }) });
    expect(ggz).toMatchObject({ action: "secure", rules: ["secure-channel-required"] });
  });
});
