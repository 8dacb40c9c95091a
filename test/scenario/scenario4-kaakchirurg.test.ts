import { TANDARTS, mail, outcome } from "./scenarioFixtures";

// 004 Scenario 4: the dentist and the jaw surgeon. A colleague writing to you unsecured is answered securely.
describe("004 Scenario 4 — the dentist and the jaw surgeon", () => {
  const body =
    "Geachte collega Kamphuis,\n\nGraag verwijs ik mevrouw Lotte Brandsma (geb. 12-06-1979) naar u voor extractie van de 38 wegens recidiverende pericoronitis.\n\n" +
    "Met collegiale groet,\nTandarts Zonnehof\n\n> Van: W. Kamphuis\n> Kunt u mij de gegevens van de patiënte sturen?";

  it("answered to the jaw surgeon's KPN secure address it may go (allow)", () => {
    const draft = mail({
      from: TANDARTS,
      to: [{ address: "w.kamphuis@ezorg.nl", name: "W. Kamphuis, kaakchirurg" }],
      subject: "Re: verwijzing",
      body,
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });

  it("answered to his ordinary hospital address after his unsecured mail, it must go securely", () => {
    const draft = mail({
      from: TANDARTS,
      to: [{ address: "w.kamphuis@mkazorg-oost.nl", name: "W. Kamphuis" }],
      subject: "Re: verwijzing",
      body,
    });
    expect(outcome(draft)).toMatchObject({ action: "secure", rules: ["secure-channel-required"] });
  });

  it("greeting a different colleague than the one addressed is a wrong-recipient warning", () => {
    const draft = mail({
      from: TANDARTS,
      to: [{ address: "e.smit@ezorg.nl", name: "E. Smit, kaakchirurg" }],
      subject: "Re: verwijzing",
      body,
    });
    expect(outcome(draft)).toMatchObject({ action: "warn", rules: ["recipient-mismatch"] });
  });
});
