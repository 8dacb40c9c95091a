import { zipSync } from "fflate";
import { extractAttachment } from "../../src/extract";
import { extractAttachmentLight } from "../../src/extract/light";
import { analyse } from "../../src/engine/classify";
import { emptyDraft } from "../../src/engine/draft";
import * as build from "../fixtures/attachments/build";
import { usePdfjsInJest } from "../fixtures/attachments/pdfjs-for-jest";

beforeAll(() => usePdfjsInJest());

const BSN = "111222333"; // fictitious, passes the 11-proef

async function extract(name: string, bytes: Uint8Array, contentType = "application/octet-stream") {
  return extractAttachment({ name, contentType, bytes }).then(build.contentOnly);
}

const types = (r: { facts: { type: string }[] }) => r.facts.map((f) => f.type).sort();
const textOf = (r: { texts: { text: string }[] }) => r.texts.map((t) => t.text).join("\n");

describe("text out of documents", () => {
  test("docx: paragraphs in order, source is the attachment name, fact unencrypted", async () => {
    const r = await extract(
      "brief.docx",
      build.docx([
        "Betreft: mw. J. Testpersoon",
        `BSN ${BSN}`,
        "Diagnose: diabetes mellitus type 2",
      ])
    );
    expect(r.texts).toHaveLength(1);
    expect(r.texts[0].source).toBe("brief.docx");
    expect(r.texts[0].text).toBe(
      `Betreft: mw. J. Testpersoon\nBSN ${BSN}\nDiagnose: diabetes mellitus type 2`
    );
    expect(r.facts).toEqual([
      {
        type: "unencrypted",
        text: "brief.docx",
        where: "attachment:brief.docx",
        start: 0,
        end: 0,
        confidence: 1,
        tags: ["ooxml"],
      },
    ]);
  });

  test("xlsx: shared strings and numeric cells (a BSN typed as a number)", async () => {
    const r = await extract(
      "lijst.xlsx",
      build.xlsx([
        ["Naam", "BSN"],
        ["Testpersoon", 111222333],
      ])
    );
    expect(textOf(r)).toBe("Naam\tBSN\nTestpersoon\t111222333");
  });

  test("pptx: slide text in slide order", async () => {
    const r = await extract("p.pptx", build.pptx(["eerste dia", "tweede dia"]));
    expect(textOf(r)).toBe("eerste dia\n\ntweede dia");
  });

  test("odt: text, and a password-protected odt is encrypted with no text", async () => {
    const open = await extract("verslag.odt", build.odt(["Uitslag: negatief"]));
    expect(textOf(open)).toBe("Uitslag: negatief");
    expect(types(open)).toEqual(["unencrypted"]);
    const locked = await extract("verslag.odt", build.odt(["geheim"], true));
    expect(locked.texts).toEqual([]);
    expect(locked.facts.map((f) => [f.type, f.tags])).toEqual([["encrypted", ["odf"]]]);
  });

  test("pdf: text of every page; a PDF needing a password is encrypted", async () => {
    const r = await extract(
      "document1.pdf",
      build.pdf([["Patient: J. Testpersoon", `BSN ${BSN}`], ["Tweede pagina"]])
    );
    expect(textOf(r)).toContain(`BSN ${BSN}`);
    expect(textOf(r)).toContain("Tweede pagina");
    expect(types(r)).toEqual(["unencrypted"]);
    const locked = await extract("overzicht.pdf", build.pdf([["geheim"]], { encrypt: true }));
    expect(locked.texts).toEqual([]);
    expect(locked.facts.map((f) => [f.type, f.tags])).toEqual([["encrypted", ["pdf"]]]);
  });

  // Issue 12: without a PDF library a declared /Encrypt is a guess (owner-password-only PDFs open for
  // anyone), so it is no longer reported as encrypted (the old expectation was the guess).
  test("light build (no PDF library): every PDF is unreadable (unsupported), /Encrypt or not", async () => {
    const locked = build.contentOnly(
      await extractAttachmentLight({
        name: "o.pdf",
        contentType: "application/pdf",
        bytes: build.pdf([["x"]], { encrypt: true }),
      })
    );
    expect(locked.facts.map((f) => [f.type, f.tags?.[0]])).toEqual([["unreadable", "unsupported"]]);
    const plain = await extractAttachmentLight({
      name: "o.pdf",
      contentType: "application/pdf",
      bytes: build.pdf([["x"]]),
    });
    expect(plain.facts.map((f) => [f.type, f.tags?.[0]])).toEqual([["unreadable", "unsupported"]]);
  });

  test("txt (Windows-1252), csv, html and rtf", async () => {
    const cp1252 = Uint8Array.from([0x43, 0x6c, 0x69, 0xeb, 0x6e, 0x74]); // "Cliënt"
    expect(textOf(await extract("a.txt", cp1252))).toBe("Cliënt");
    expect(textOf(await extract("a.csv", build.enc("naam;bsn\nTestpersoon;111222333")))).toContain(
      "Testpersoon;111222333"
    );
    const html = await extract(
      "a.html",
      build.enc(
        "<html><head><style>p{}</style></head><body><p>Uitslag &amp; advies</p><script>x()</script></body></html>"
      )
    );
    expect(textOf(html)).toBe("Uitslag & advies");
    const rtf = await extract(
      "a.rtf",
      build.enc(
        "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Cli\\'ebnt: Testpersoon\\par Diagnose\\u233?\\par}"
      )
    );
    expect(textOf(rtf)).toBe("Cliënt: Testpersoon\nDiagnoseé");
  });

  test("attached .eml: its own text and, recursively, its attachments", async () => {
    const inner = build.eml({
      subject: "Doorgestuurd",
      body: "Zie de brief.",
      attachments: [
        { name: "brief.docx", type: "application/octet-stream", bytes: build.docx([`BSN ${BSN}`]) },
      ],
    });
    const outer = build.eml({
      subject: "Fw",
      body: "Hierbij",
      attachments: [{ name: "bericht.eml", type: "message/rfc822", bytes: inner }],
    });
    const r = await extract("mail.eml", outer);
    const sources = r.texts.map((t) => t.source);
    expect(sources).toEqual([
      "mail.eml",
      "mail.eml/bericht.eml",
      "mail.eml/bericht.eml/brief.docx",
    ]);
    expect(r.texts[2].text).toBe(`BSN ${BSN}`);
  });

  test("zip: unencrypted entries read recursively with nested sources", async () => {
    const z = zipSync({
      "map/brief.docx": build.docx(["Verwijzing cardiologie"]),
      "notitie.txt": build.enc("bel terug"),
    });
    const r = await extract("archief.zip", z);
    expect(r.texts.map((t) => [t.source, t.text])).toEqual([
      ["archief.zip/map/brief.docx", "Verwijzing cardiologie"],
      ["archief.zip/notitie.txt", "bel terug"],
    ]);
    expect(r.facts.every((f) => f.type === "unencrypted")).toBe(true);
  });

  test("the engine finds a BSN inside an attachment with where = attachment:<source>", async () => {
    const extraction = await extract(
      "archief.zip",
      zipSync({ "brief.docx": build.docx([`BSN ${BSN}`]) })
    );
    const draft = emptyDraft({
      attachments: [
        { name: "archief.zip", contentType: "application/zip", size: 1, kind: "file", extraction },
      ],
    });
    const bsn = analyse(draft).findings.filter((f) => f.type === "bsn");
    expect(bsn.map((f) => f.where)).toEqual(["attachment:archief.zip/brief.docx"]);
    const none = await extract(
      "archief.zip",
      zipSync({ "brief.docx": build.docx(["Factuur 123456789"]) })
    );
    const draft2 = emptyDraft({
      attachments: [
        {
          name: "archief.zip",
          contentType: "application/zip",
          size: 1,
          kind: "file",
          extraction: none,
        },
      ],
    });
    expect(analyse(draft2).findings.filter((f) => f.type === "bsn")).toEqual([]);
  });
});

describe("encryption facts", () => {
  test("zip with ZipCrypto entries and with AES entries", async () => {
    const crypto = build.rawZip([
      { name: "uitslag.pdf", data: build.noise(300), method: 8, flags: 1 },
    ]);
    expect((await extract("a.zip", crypto)).facts.map((f) => [f.type, f.tags])).toEqual([
      ["encrypted", ["zip", "zip-zipcrypto"]],
    ]);
    const aes = build.rawZip([
      { name: "uitslag.pdf", data: build.noise(300), method: 99, flags: 1 },
    ]);
    expect((await extract("a.zip", aes)).facts.map((f) => [f.type, f.tags])).toEqual([
      ["encrypted", ["zip", "zip-aes"]],
    ]);
  });

  test("zip with one encrypted and one plain entry: encrypted fact on the entry, text of the other", async () => {
    const z = build.rawZip([
      { name: "geheim.pdf", data: build.noise(100), method: 0, flags: 1 },
      { name: "leesmij.txt", data: build.enc("wachtwoord volgt per sms"), method: 8 },
    ]);
    const r = await extract("a.zip", z);
    expect(r.facts.map((f) => [f.type, f.where])).toEqual([
      ["encrypted", "attachment:a.zip/geheim.pdf"],
      ["unencrypted", "attachment:a.zip/leesmij.txt"],
    ]);
    expect(textOf(r)).toBe("wachtwoord volgt per sms");
  });

  test("7z: encrypted headers, encrypted content, and an unencrypted 7z we cannot look into", async () => {
    expect(
      (await extract("d.7z", build.sevenZip("encrypted-headers"))).facts.map((f) => [
        f.type,
        f.tags,
      ])
    ).toEqual([["encrypted", ["7z", "encrypted-headers"]]]);
    expect(
      (await extract("d.7z", build.sevenZip("encrypted-content"))).facts.map((f) => [
        f.type,
        f.tags,
      ])
    ).toEqual([["encrypted", ["7z", "encrypted-content"]]]);
    expect(
      (await extract("d.7z", build.sevenZip("plain"))).facts.map((f) => [f.type, f.tags])
    ).toEqual([["unreadable", ["unsupported", "7z"]]]);
  });

  test("password-protected OOXML (CFB EncryptedPackage) is encrypted", async () => {
    const r = await extract("brief.docx", build.encryptedOoxml());
    expect(r.facts.map((f) => [f.type, f.tags])).toEqual([["encrypted", ["ooxml"]]]);
  });
});

describe("medical documents", () => {
  test("DICOM, HL7 and EDIFACT MED* messages", async () => {
    const dicom = new Uint8Array(300);
    dicom.set(build.enc("DICM"), 128);
    expect(types(await extract("beeld.bin", dicom))).toEqual(["medical-document", "unencrypted"]);
    const hl7 = await extract(
      "bericht.txt",
      build.enc(
        "MSH|^~\\&|LAB|X|HIS|Y|202503110812||ORU^R01|1|P|2.5\rPID|1||111222333^^^NLMINBIZA^NNNLD||Testpersoon^J\r"
      )
    );
    expect(types(hl7)).toEqual(["medical-document", "unencrypted"]);
    expect(textOf(hl7)).toContain("111222333");
    const medrpt = await extract(
      "x.edi",
      build.enc("UNB+UNOA:1+A+B+250311:0812+1'UNH+1+MEDRPT:D:93A:UN'BGM+X'UNT+3+1'UNZ+1+1'")
    );
    expect(types(medrpt)).toEqual(["medical-document", "unencrypted"]);
    const invoice = await extract(
      "x.edi",
      build.enc("UNB+UNOA:1+A+B+250311:0812+1'UNH+1+INVOIC:D:96A:UN'UNT+2+1'UNZ+1+1'")
    );
    expect(types(invoice)).toEqual(["unencrypted"]);
  });

  test("images: a medical name or a page-shaped scan is a medical document; a holiday photo is not", async () => {
    const scanned = await extract("scan_brief.png", build.png(800, 600));
    expect(scanned.facts.find((f) => f.type === "medical-document")?.tags).toEqual([
      "name",
      "image",
    ]);
    const page = await extract("IMG_0001.png", build.png(900, 1270));
    expect(page.facts.find((f) => f.type === "medical-document")?.tags).toEqual([
      "page-shaped",
      "image",
    ]);
    const holiday = await extract("IMG_0002.png", build.png(4000, 3000));
    expect(types(holiday)).toEqual(["unencrypted"]);
  });

  test("readable documents are judged by content, not by a medical-sounding name", async () => {
    const r = await extract("uitslag.docx", build.docx(["Routebeschrijving naar de praktijk"]));
    expect(types(r)).toEqual(["unencrypted"]);
  });
});
