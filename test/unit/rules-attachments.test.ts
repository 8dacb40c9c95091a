import { unencryptedAttachment } from "../../src/engine/rules/unencryptedAttachment";
import { internalAttachment } from "../../src/engine/rules/internalAttachment";
import { passwordInMail } from "../../src/engine/rules/passwordInMail";
import type { Attachment } from "../../src/engine/draft";
import { finding, run } from "./ruleFixtures";

const patient = { address: "p.voorbeeld@ziggo.nl" };
const colleague = { address: "dokter@huisartsen-lindehof.nl" };
const file = (
  name: string,
  contentType = "application/pdf",
  extra: Partial<Attachment> = {}
): Attachment => ({ name, contentType, size: 4000, kind: "file", ...extra });
const readable = (name: string, text: string): Attachment =>
  file(name, "application/pdf", { extraction: { texts: [{ source: name, text }], facts: [] } });

describe("unencrypted-attachment (000: geen bijlagen met gevoelige persoonsgegevens; versleutel het bestand)", () => {
  it("fires for an attachment named as a medical document (uitslag, verwijsbrief, .dcm)", () => {
    for (const name of [
      "Labuitslag_20250311.pdf",
      "Verwijsbrief_neurologie.docx",
      "knie.dcm",
      "Medisch_dossier.pdf",
    ]) {
      const hit = run(unencryptedAttachment, {
        draft: { to: [patient], attachments: [file(name)] },
        category: "none",
      });
      expect(hit?.action).toBe("secure");
    }
  });

  it("fires on PHI found in the content or a medical-document fact, whatever the name", () => {
    const where = "attachment:document1.pdf" as const;
    const draft = { to: [patient], attachments: [file("document1.pdf")] };
    const diagnosis = finding("medical", where, ["condition"]);
    expect(
      run(unencryptedAttachment, { draft, findings: [diagnosis, finding("name", where)] })
    ).not.toBeNull();
    expect(run(unencryptedAttachment, { draft, findings: [finding("bsn", where)] })).not.toBeNull();
    expect(
      run(unencryptedAttachment, { draft, findings: [finding("medical-document", where)] })
    ).not.toBeNull();
    // a diagnosis word without anyone it is about, or staff names next to a care-provider word, is not PHI
    expect(
      run(unencryptedAttachment, { draft, category: "general", findings: [diagnosis] })
    ).toBeNull();
    expect(
      run(unencryptedAttachment, {
        draft,
        findings: [finding("medical", where, ["provider"]), finding("name", where)],
      })
    ).toBeNull();
  });

  it("presumes PHI in a photo or scan attached to a mail about care (fail closed), not in a general mail", () => {
    const draft = { to: [patient], attachments: [file("IMG_0001.jpg", "image/jpeg")] };
    expect(run(unencryptedAttachment, { draft, category: "medical" })).not.toBeNull();
    expect(run(unencryptedAttachment, { draft, category: "general" })).toBeNull();
  });

  it("does not fire for encrypted files, readable files without PHI, inline images or inside the practice", () => {
    const enc = file("verslag.7z", "application/x-7z-compressed", {
      extraction: { texts: [], facts: [finding("encrypted", "attachment:verslag.7z")] },
    });
    expect(
      run(unencryptedAttachment, {
        draft: { to: [patient], attachments: [enc] },
        category: "medical",
      })
    ).toBeNull();
    // Issue 12: a name never decides encryption ("versleuteld" in the name used to pass as encrypted).
    expect(
      run(unencryptedAttachment, {
        draft: { to: [patient], attachments: [file("uitslag_versleuteld.pdf")] },
        category: "medical",
      })?.action
    ).toBe("secure");
    const route = readable(
      "Routebeschrijving.pdf",
      "Neem afslag 12 en volg de borden naar het gezondheidscentrum."
    );
    expect(
      run(unencryptedAttachment, {
        draft: { to: [patient], attachments: [route] },
        category: "medical",
      })
    ).toBeNull();
    const logo = file("logo.png", "image/png", { inline: true });
    expect(
      run(unencryptedAttachment, {
        draft: { to: [patient], attachments: [logo] },
        category: "medical",
      })
    ).toBeNull();
    expect(
      run(unencryptedAttachment, {
        draft: { to: [colleague], attachments: [file("Labuitslag.pdf")] },
      })
    ).toBeNull();
  });
});

describe("internal-attachment (000: binnen de praktijk een link naar het bestand)", () => {
  it("warns for PHI inside the practice as an attachment", () => {
    const hit = run(internalAttachment, {
      draft: { to: [colleague], attachments: [file("Labuitslag_Bakker.pdf")] },
      category: "medical",
    });
    expect(hit?.action).toBe("warn");
    expect(hit?.source.file).toBe("000_dc9636fa2b61503c.txt");
  });

  it("stays quiet for a link, an attachment without PHI, or mail that also leaves the practice", () => {
    expect(run(internalAttachment, { draft: { to: [colleague] }, category: "medical" })).toBeNull();
    const rota = readable(
      "Werkrooster_mei.pdf",
      "Maandag: Sanne en Esra, dinsdag: Petra. Woensdag: iedereen."
    );
    expect(
      run(internalAttachment, { draft: { to: [colleague], attachments: [rota] }, category: "none" })
    ).toBeNull();
    const cloud: Attachment = {
      name: "ontslagbrief.pdf",
      contentType: "application/pdf",
      size: 0,
      kind: "cloud",
    };
    expect(
      run(internalAttachment, {
        draft: { to: [colleague], attachments: [cloud] },
        category: "medical",
      })
    ).toBeNull();
    expect(
      run(internalAttachment, {
        draft: { to: [colleague], cc: [patient], attachments: [file("Labuitslag.pdf")] },
      })
    ).toBeNull();
  });
});

describe("password-in-mail (000: wachtwoord via een ander platform, niet per e-mail)", () => {
  const archive = file("verslag.7z", "application/x-7z-compressed", {
    extraction: { texts: [], facts: [finding("encrypted", "attachment:verslag.7z")] },
  });

  it("blocks an encrypted attachment with its password in the body", () => {
    const hit = run(passwordInMail, {
      draft: {
        to: [patient],
        attachments: [archive],
        body: "Beste mevrouw,\n\nHet wachtwoord is: Maaskade!2025\n",
      },
    });
    expect(hit?.action).toBe("block");
    expect(hit?.explanation).not.toMatch(/Maaskade/);
    expect(hit?.findings.some((f) => f.type === "password")).toBe(true);
  });

  it("uses the analysis's password findings, also for a zip without extraction facts", () => {
    const zip = file("gegevens.zip", "application/zip");
    expect(
      run(passwordInMail, {
        draft: { to: [patient], attachments: [zip] },
        findings: [finding("password")],
      })?.action
    ).toBe("block");
  });

  it("blocks a password given as the birth date that the mail itself states", () => {
    const body =
      "Het verslag van mw. Bos, geboren 12-03-1956. Het wachtwoord is de geboortedatum zonder streepjes.";
    const hint = { draft: { to: [patient], attachments: [archive], body } };
    expect(run(passwordInMail, hint)).toBeNull();
    const withDate = { ...hint, findings: [{ ...finding("birthdate"), text: "12-03-1956" }] };
    expect(run(passwordInMail, withDate)?.action).toBe("block");
  });

  it("lets the mail go when the password is sent by SMS, or there is no encrypted attachment", () => {
    expect(
      run(passwordInMail, {
        draft: {
          to: [patient],
          attachments: [archive],
          body: "Het wachtwoord sturen wij u apart per sms.",
        },
      })
    ).toBeNull();
    expect(
      run(passwordInMail, {
        draft: {
          to: [patient],
          attachments: [archive],
          body: "The password is sent by text message.",
        },
      })
    ).toBeNull();
    expect(
      run(passwordInMail, {
        draft: { to: [patient], body: "Uw tijdelijke wachtwoord is: Welkom!2025" },
      })
    ).toBeNull();
  });
});

describe("attachment names that src/extract sanitises (slashes, controls, bidi, ..) still get their facts", () => {
  const { check } = require("../../src/engine") as typeof import("../../src/engine");
  const { extractAttachmentLight } =
    require("../../src/extract/light") as typeof import("../../src/extract/light");
  const { attachmentWhere } =
    require("../../src/engine/rules/attachments") as typeof import("../../src/engine/rules/attachments");
  const text = "Notitie: dhr. Voorbeeld, BSN 111222333, bloeddruk te hoog, metoprolol gestart.";
  const bytes = new TextEncoder().encode(text);

  async function verdictFor(name: string) {
    const extraction = await extractAttachmentLight({ name, contentType: "text/plain", bytes });
    const attachment: Attachment = { ...file(name, "text/plain"), extraction };
    return check(
      {
        subject: "Notitie",
        body: "Zie bijlage.",
        from: colleague,
        to: [patient],
        cc: [],
        bcc: [],
        attachments: [attachment],
      },
      {}
    ).verdict;
  }

  it.each([
    ["plain", "notitie.txt"],
    ["traversal", "../../notitie.txt"],
    ["backslash path", "C:\\map\\notitie.txt"],
    ["right-to-left override", "notitie\u202etxt.exe.txt"],
    ["control and zero-width", "noti\u0007tie\u200b.txt"],
  ])("%s name: the BSN inside makes unencrypted-attachment fire", async (_, name) => {
    const v = await verdictFor(name);
    const hit = v.hits.find((h) => h.rule === "unencrypted-attachment");
    expect(hit).toBeDefined();
    expect(hit!.findings.some((f) => f.type === "bsn" && f.where === attachmentWhere(name))).toBe(
      true
    );
  });

  it("facts under one sanitised name do not belong to another attachment", () => {
    const where = attachmentWhere("../verslag\u202e.pdf");
    expect(where).toBe("attachment:verslag.pdf");
    const draft = { to: [patient], attachments: [file("notitie.pdf")] };
    expect(run(unencryptedAttachment, { draft, findings: [finding("bsn", where)] })).toBeNull();
    const same = { to: [patient], attachments: [file("../verslag\u202e.pdf")] };
    expect(
      run(unencryptedAttachment, { draft: same, findings: [finding("bsn", where)] })
    ).not.toBeNull();
  });
});
