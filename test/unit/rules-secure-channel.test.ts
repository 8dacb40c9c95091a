import { secureChannelRequired } from "../../src/engine/rules/secureChannelRequired";
import { finding, run } from "./ruleFixtures";

const patient = { address: "jan.voorbeeld@gmail.com", name: "Jan Voorbeeld" };
const colleagueInside = { address: "dokter@huisartsen-lindehof.nl" };
const zorgmail = { address: "praktijk.oost@lms.lifeline.nl" };
const hospital = { address: "poli@ziekenhuis-voorbeeld.nl" };

describe("secure-channel-required (002 Toolkit, beslisboom)", () => {
  it("fires for medical content to a private address, with the handbook source", () => {
    const hit = run(secureChannelRequired, {
      draft: { to: [patient] },
      category: "medical",
      findings: [finding("medical"), finding("name")],
    });
    expect(hit?.action).toBe("secure");
    expect(hit?.findings.map((f) => f.type).sort()).toEqual(["medical", "name"]);
    expect(hit?.source.file).toBe("002_11c1510be79ed178.txt");
    expect(hit?.explanation).toMatch(/beveiligde mail/);
  });

  it("fires for logistic content (an appointment) and for a BSN in otherwise plain mail", () => {
    expect(
      run(secureChannelRequired, { draft: { to: [patient] }, category: "logistic" })?.action
    ).toBe("secure");
    expect(
      run(secureChannelRequired, {
        draft: { to: [hospital] },
        category: "none",
        findings: [finding("bsn")],
      })?.action
    ).toBe("secure");
  });

  it("fires when one Cc leaves the secure network", () => {
    expect(
      run(secureChannelRequired, { draft: { to: [zorgmail], cc: [hospital] }, category: "medical" })
    ).not.toBeNull();
    expect(
      run(secureChannelRequired, {
        draft: { to: [colleagueInside], bcc: [patient] },
        category: "medical",
      })
    ).not.toBeNull();
  });

  it("does not fire inside the practice, on secure networks, or for general and unrelated mail", () => {
    expect(
      run(secureChannelRequired, { draft: { to: [colleagueInside] }, category: "medical" })
    ).toBeNull();
    expect(
      run(secureChannelRequired, {
        draft: { to: [zorgmail, { address: "x@ezorg.nl" }] },
        category: "medical",
      })
    ).toBeNull();
    expect(
      run(secureChannelRequired, { draft: { to: [patient] }, category: "general" })
    ).toBeNull();
    expect(
      run(secureChannelRequired, {
        draft: { to: [hospital] },
        category: "none",
        findings: [finding("name")],
      })
    ).toBeNull();
  });

  it("field context: a GGZ practice's general mail to one patient is sensitive, a group mail in Bcc is not", () => {
    const ggz = { careType: "GGZ" as const };
    const hit = run(secureChannelRequired, {
      draft: { to: [patient] },
      category: "general",
      policy: ggz,
    });
    expect(hit?.action).toBe("secure");
    expect(hit?.source.section).toMatch(/context van het werkveld/);
    expect(
      run(secureChannelRequired, {
        draft: { to: [colleagueInside], bcc: [patient, { address: "b@hotmail.com" }] },
        category: "general",
        policy: ggz,
      })
    ).toBeNull();
    expect(
      run(secureChannelRequired, { draft: { to: [patient] }, category: "general" })
    ).toBeNull();
  });

  it("an unencrypted attachment with PHI makes the mail PHI even when the body says nothing", () => {
    const draft = {
      to: [hospital],
      attachments: [
        { name: "document1.pdf", contentType: "application/pdf", size: 900, kind: "file" as const },
      ],
    };
    expect(
      run(secureChannelRequired, {
        draft,
        category: "none",
        findings: [finding("bsn", "attachment:document1.pdf")],
      })
    ).not.toBeNull();
    expect(run(secureChannelRequired, { draft, category: "none" })).toBeNull();
  });

  it("explains in English when asked, without message content", () => {
    const hit = run(secureChannelRequired, {
      draft: { to: [patient] },
      category: "medical",
      language: "en",
      findings: [{ ...finding("name"), text: "Jan Voorbeeld" }],
    });
    expect(hit?.explanation).toMatch(/secure mail/);
    expect(hit?.explanation).not.toMatch(/Voorbeeld|gmail/);
  });
});
