/**
 * Issue 2, first slice through every layer: the BUILT launchevent.js, in a bare vm context, stops a
 * valid BSN going to a gmail.com recipient and lets the same draft go to a colleague; an invoice number
 * that fails the 11-proef is no BSN.
 */
import { fire, loadBundle } from "./bundle";

const colleague = { emailAddress: "dokter@praktijk-delinde.nl", displayName: "Dokter De Linde" };
const patient = { emailAddress: "j.jansen1961@gmail.com", displayName: "J. Jansen" };
const bsnDraft = {
  subject: "Uw gegevens",
  body: "Goedemiddag,\n\nHierbij de gegevens: BSN 111222333.\n\nMet vriendelijke groet,\nPraktijk De Linde",
};

describe("built launchevent.js, OnMessageSend: the BSN slice", () => {
  it("stops a valid BSN to a gmail.com recipient with a Dutch message that names the finding, not the number", async () => {
    const b = loadBundle({ ...bsnDraft, to: [patient] });
    const { options, completions } = await fire(b.associations, "onMessageSendHandler");
    expect(completions).toHaveLength(1);
    expect(options).toMatchObject({ allowEvent: false });
    const msg = String(options!.errorMessage);
    expect(msg).toMatch(/BSN/);
    expect(msg).toMatch(/beveiligd/i);
    expect(msg).not.toMatch(/111222333|111\.222\.333/);
    expect(msg.length).toBeLessThanOrEqual(500);
    expect(b.timers.pending()).toBe(0);
  });

  it("speaks English when Outlook's display language is English", async () => {
    const b = loadBundle({ ...bsnDraft, to: [patient], displayLanguage: "en-US" });
    const { options } = await fire(b.associations, "onMessageSendHandler");
    expect(options).toMatchObject({ allowEvent: false });
    expect(String(options!.errorMessage)).toMatch(/secure/i);
    expect(String(options!.errorMessage)).not.toMatch(/beveiligd/i);
  });

  it("lets the same draft go to a colleague inside the practice", async () => {
    const b = loadBundle({ ...bsnDraft, to: [colleague] });
    const { options, completions } = await fire(b.associations, "onMessageSendHandler");
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(options).toEqual({ allowEvent: true });
  });

  it("lets a 9-digit invoice number that fails the 11-proef go to gmail.com", async () => {
    const b = loadBundle({
      subject: "Factuur",
      body: "Goedemiddag,\n\nFactuurnummer 123456789, te betalen binnen 30 dagen.",
      to: [patient],
    });
    const { options } = await fire(b.associations, "onMessageSendHandler");
    expect(options).toEqual({ allowEvent: true });
  });
});
