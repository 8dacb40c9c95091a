import type { Attachment } from "../../src/engine/draft";
import { HUISARTS, mail, outcome } from "./scenarioFixtures";

// 004 Scenario 5, Tessa: shares her blood results with her sister (informal carer). The NTA binds the care
// provider, who must not send them unsecured, also not to the carer.
describe("004 Scenario 5 — Tessa and her sister, the informal carer", () => {
  it("a screenshot of the results to the sister's plain mailbox must go securely", () => {
    const screenshot: Attachment = {
      name: "IMG_4821.png",
      contentType: "image/png",
      size: 120000,
      kind: "file",
    };
    const draft = mail({
      from: HUISARTS,
      to: [{ address: "ilse.devries@gmail.com", name: "Ilse de Vries" }],
      subject: "Uitslagen bloedonderzoek Tessa",
      body: "Beste Ilse,\n\nZoals Tessa vroeg stuur ik je als mantelzorger een foto van haar bloeduitslagen: het TSH is verhoogd en de huisarts start levothyroxine.\n\nGroet,\nEls",
      attachments: [screenshot],
    });
    expect(outcome(draft)).toMatchObject({
      action: "secure",
      rules: ["secure-channel-required", "unencrypted-attachment"],
    });
  });

  it("a pointer to the patient portal, where the carer may log in, may go by plain mail (allow)", () => {
    const draft = mail({
      from: HUISARTS,
      to: [{ address: "ilse.devries@gmail.com", name: "Ilse de Vries" }],
      subject: "Machtiging portaal",
      body: "Beste Ilse,\n\nAls mantelzorger kun je met een machtiging inloggen op het patiëntenportaal. Het formulier vind je op onze website.\n\nGroet,\nEls",
    });
    expect(outcome(draft)).toMatchObject({ action: "allow", rules: [] });
  });
});
