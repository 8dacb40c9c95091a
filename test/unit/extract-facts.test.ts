/**
 * Issue 12: encryption is a fact (never a name or a declared flag), content that contradicts its name
 * is a mismatch kept back like an unreadable file, and pictures get the facts that can be decided on
 * the device (no OCR). All data fictitious; 111222333 passes the 11-proef.
 */
import { gzipSync, zipSync } from "fflate";
import { extractAttachment } from "../../src/extract";
import { extractAttachmentLight } from "../../src/extract/light";
import { check } from "../../src/engine";
import { emptyDraft, type Attachment } from "../../src/engine/draft";
import { parsePolicy } from "../../src/engine/policy";
import * as build from "../fixtures/attachments/build";
import { usePdfjsInJest } from "../fixtures/attachments/pdfjs-for-jest";

beforeAll(() => usePdfjsInJest());

const BSN = "111222333";
type Extraction = Awaited<ReturnType<typeof extractAttachment>>;

const extract = (name: string, bytes: Uint8Array, contentType = "application/octet-stream") =>
  extractAttachment({ name, contentType, bytes }).then(build.contentOnly);
const facts = (r: Extraction) => r.facts.map((f) => [f.type, f.tags]);
const textOf = (r: Extraction) => r.texts.map((t) => t.text).join("\n");

async function verdict(
  name: string,
  contentType: string,
  bytes: Uint8Array,
  options: { body?: string; images?: "allow" | "warn" | "secure"; inline?: boolean } = {}
) {
  const extraction = await extractAttachment({ name, contentType, bytes });
  const attachment: Attachment = {
    name,
    contentType,
    size: bytes.length,
    kind: "file",
    inline: options.inline,
    extraction,
  };
  const draft = emptyDraft({
    subject: "Bestand",
    body: options.body ?? "Hoi,\n\nZie bijlage.\n\nGroet, Sanne",
    from: { address: "s.voorbeeld@praktijk-test.nl" },
    to: [{ address: "leverancier@bedrijf-voorbeeld.nl" }],
    attachments: [attachment],
  });
  const policy = parsePolicy({ extraction: { images: options.images ?? "warn" } });
  return check(draft, { policy }).verdict.action;
}

describe("PDF encryption: opening needs a user password", () => {
  test("an owner-password-only PDF opens for anyone: read, unencrypted, and kept back with its BSN", async () => {
    const bytes = build.pdf([["Verwijzing mw. Testpersoon", `BSN ${BSN}`, "diagnose: COPD"]], {
      ownerPasswordOnly: true,
    });
    const r = await extract("verwijzing.pdf", bytes, "application/pdf");
    expect(textOf(r)).toContain(`BSN ${BSN}`);
    expect(facts(r)).toEqual([["unencrypted", ["pdf", "owner-password-only"]]]);
    expect(await verdict("verwijzing.pdf", "application/pdf", bytes)).toBe("secure");
  });

  test("a PDF that needs a user password is encrypted; the light build does not guess", async () => {
    const locked = build.pdf([["geheim"]], { encrypt: true });
    expect(facts(await extract("o.pdf", locked))).toEqual([["encrypted", ["pdf"]]]);
    const light = await extractAttachmentLight({ name: "o.pdf", contentType: "", bytes: locked });
    expect(facts(light)).toEqual([["unreadable", ["unsupported", "pdf"]]]);
  });

  test("a text or CSV file starting with %PDF- is text, not a PDF", async () => {
    const csv = build.enc(`%PDF-export;naam;bsn\nregel;Testpersoon;${BSN}\n`);
    const r = await extract("lijst.csv", csv, "text/csv");
    expect(facts(r)).toEqual([["unencrypted", ["text"]]]);
    expect(textOf(r)).toContain(BSN);
  });

  test("names never decide: 'beveiligd' in a name changes nothing", async () => {
    const r = await extract("uitslag_beveiligd.pdf", build.pdf([[`BSN ${BSN}`]]));
    expect(facts(r)).toEqual([["unencrypted", ["pdf"]]]);
  });
});

describe("zip encryption: the data, not the flag", () => {
  const plain = build.enc(`Uitslag mw. Testpersoon, BSN ${BSN}`);

  test.each([
    ["stored", 0],
    ["deflated", 8],
  ])("an entry flagged ZipCrypto over plain %s data is read as plain", async (_label, method) => {
    const z = build.rawZip([{ name: "uitslag.txt", data: plain, method, flags: 1, crc: true }]);
    const r = await extract("uitslag.zip", z);
    expect(r.facts.map((f) => f.type)).toEqual(["unencrypted"]);
    expect(textOf(r)).toContain(BSN);
  });

  test("real ZipCrypto data (12-byte header, data that does not match its CRC) stays encrypted", async () => {
    const z = build.rawZip([
      {
        name: "uitslag.txt",
        data: plain,
        method: 0,
        flags: 1,
        crc: true,
        header: build.noise(12, 7),
      },
      { name: "b.txt", data: plain, method: 8, flags: 1, crc: false },
    ]);
    expect(facts(await extract("a.zip", z))).toEqual([["encrypted", ["zip", "zip-zipcrypto"]]]);
  });
});

describe("content that contradicts its name or type", () => {
  test("a PNG named brief.docx: read as an image, reported, and kept back outside", async () => {
    const png = build.png(1200, 900);
    const r = await extract("brief.docx", png);
    expect(r.facts[0]).toMatchObject({
      type: "unreadable",
      tags: ["type-mismatch", "image", "name:docx"],
    });
    expect(r.facts[1]).toMatchObject({
      type: "unencrypted",
      tags: ["image", "png", "size:1200x900"],
    });
    expect(await verdict("brief.docx", "application/octet-stream", png, { images: "allow" })).toBe(
      "secure"
    );
  });

  test("text declared as a JPEG: its text is read and the mismatch is reported", async () => {
    const r = await extract("foto.jpg", build.enc(`BSN ${BSN}`), "image/jpeg");
    expect(textOf(r)).toBe(`BSN ${BSN}`);
    expect(r.facts.map((f) => f.tags?.[0])).toEqual(["type-mismatch", "text"]);
    expect(
      await verdict("foto.jpg", "image/jpeg", build.enc("Kantoorinventaris"), { images: "allow" })
    ).toBe("secure");
  });

  test("a gzip's inner name drops .gz; a matching name and type report nothing", async () => {
    const r = await extract("notitie.txt", build.enc("bel terug"), "text/plain");
    expect(r.facts.map((f) => f.type)).toEqual(["unencrypted"]);
    const gz = await extract("notitie.txt.gz", gzipSync(build.enc("bel terug")));
    expect(gz.facts.map((f) => [f.type, f.where])).toEqual([
      ["unencrypted", "attachment:notitie.txt.gz/notitie.txt"],
    ]);
    expect((await extract("brief.docx", build.docx(["x"]))).facts.map((f) => f.type)).toEqual([
      "unencrypted",
    ]);
  });
});

describe("pictures: what the device can tell without OCR", () => {
  test("a phone photo: size, EXIF and camera", async () => {
    const r = await extract(
      "IMG_2041.jpg",
      build.jpeg(4032, 3024, { make: "Apple" }),
      "image/jpeg"
    );
    expect(facts(r)).toEqual([
      ["unencrypted", ["image", "jpeg", "size:4032x3024", "exif", "camera"]],
    ]);
  });

  test("a page-shaped picture (scan), a WebP's size, a small logo", async () => {
    const scan = await extract("IMG_0001.png", build.png(1240, 1754));
    expect(scan.facts[0].tags).toEqual(["image", "png", "size:1240x1754", "page-shaped"]);
    expect(scan.facts[1]).toMatchObject({
      type: "medical-document",
      tags: ["page-shaped", "image"],
    });
    expect((await extract("a.webp", build.webp(800, 600))).facts[0].tags).toEqual([
      "image",
      "webp",
      "size:800x600",
    ]);
    expect((await extract("logo.png", build.png(200, 60))).facts[0].tags).toContain("small");
  });

  test("images policy: a phone photo in a neutral mail to a supplier", async () => {
    const photo = build.jpeg(4032, 3024, { make: "Apple" });
    expect(await verdict("IMG_2041.jpg", "image/jpeg", photo, { images: "allow" })).toBe("allow");
    expect(await verdict("IMG_2041.jpg", "image/jpeg", photo, { images: "warn" })).toBe("warn");
    expect(await verdict("IMG_2041.jpg", "image/jpeg", photo, { images: "secure" })).toBe("secure");
  });

  test("images policy warn: a screenshot without camera data or page shape goes; secure stops it", async () => {
    const shot = build.png(1920, 1080);
    expect(await verdict("Schermafbeelding.png", "image/png", shot, { images: "warn" })).toBe(
      "allow"
    );
    expect(await verdict("Schermafbeelding.png", "image/png", shot, { images: "secure" })).toBe(
      "secure"
    );
  });

  test("an inline picture is an attachment like any other; a small inline logo is not", async () => {
    const shot = build.png(1920, 1080);
    expect(
      await verdict("image001.png", "image/png", shot, { images: "secure", inline: true })
    ).toBe("secure");
    const logo = build.png(180, 60);
    expect(
      await verdict("image002.png", "image/png", logo, { images: "secure", inline: true })
    ).toBe("allow");
  });

  test("a zip of a docx stays one office document (no mismatch inside)", async () => {
    const r = await extract("map.zip", zipSync({ "brief.docx": build.docx(["hallo"]) }));
    expect(r.facts.map((f) => f.type)).toEqual(["unencrypted"]);
  });
});
