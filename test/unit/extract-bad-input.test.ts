import { zipSync } from "fflate";
import { DEFAULT_EXTRACT_LIMITS, extractAttachment } from "../../src/extract";
import * as build from "../fixtures/attachments/build";
import { usePdfjsInJest } from "../fixtures/attachments/pdfjs-for-jest";

beforeAll(() => usePdfjsInJest());

type Extraction = Awaited<ReturnType<typeof extractAttachment>>;

const reasons = (r: Extraction) =>
  r.facts.filter((f) => f.type === "unreadable").map((f) => f.tags?.[0]);
const types = (r: Extraction) => r.facts.map((f) => f.type).sort();

function extract(
  name: string,
  bytes: Uint8Array,
  limits?: Parameters<typeof extractAttachment>[1]
) {
  return extractAttachment({ name, contentType: "application/octet-stream", bytes }, limits).then(
    build.contentOnly
  );
}

describe("truncated and corrupt files end in an unreadable finding", () => {
  const docx = build.docx(["Patiënt J. Testpersoon, BSN 111222333"]);

  test.each([
    ["zip cut in half", "a.zip", zipSync({ "a.txt": build.enc("x".repeat(500)) }).slice(0, 60)],
    ["docx cut in half", "a.docx", docx.slice(0, Math.floor(docx.length / 2))],
    ["docx without its last byte", "a.docx", docx.slice(0, docx.length - 1)],
  ])("%s", async (_label, name, bytes) => {
    const r = await extract(name, bytes);
    expect(r.texts).toEqual([]);
    expect(reasons(r)).toEqual(["corrupt"]);
  });

  test("docx whose deflate data is garbage", async () => {
    const z = build.rawZip([
      { name: "[Content_Types].xml", data: build.enc("<Types/>"), method: 0 },
      { name: "word/document.xml", data: build.enc("<w:p><w:t>x</w:t></w:p>".repeat(50)) },
    ]);
    const corrupt = z.slice();
    const at = 30 + "[Content_Types].xml".length + 8 + 30 + "word/document.xml".length;
    for (let i = at; i < at + 12; i++) corrupt[i] = 0xff;
    const r = await extract("a.docx", corrupt);
    expect(r.texts).toEqual([]);
    expect(reasons(r)).toEqual(["corrupt"]);
  });

  test("truncated PDF: a finding, never an exception", async () => {
    const pdf = build.pdf([["Uitslag: HbA1c 53 mmol/mol"]]);
    for (const cut of [20, Math.floor(pdf.length / 2), pdf.length - 30]) {
      const r = await extract("u.pdf", pdf.slice(0, cut));
      expect(r.facts.length).toBeGreaterThan(0);
    }
  });

  test("a PDF whose body is noise is corrupt or text-less, not readable", async () => {
    const bytes = new Uint8Array([...build.enc("%PDF-1.7\n"), ...build.noise(5000)]);
    const r = await extract("u.pdf", bytes);
    expect(r.texts).toEqual([]);
    expect(reasons(r).length).toBeGreaterThan(0);
  });
});

describe("zip bombs", () => {
  test("10 GB declared from 10 KB: refused on the declared size, before inflating", async () => {
    const bomb = build.rawZip([
      {
        name: "nullen.bin",
        data: build.noise(10 * 1024),
        method: 0,
        declaredSize: 10 * 1024 ** 3,
        zip64: true,
      },
    ]);
    const t0 = Date.now();
    const r = await extract("bom.zip", bomb);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(reasons(r)).toEqual(["limit:ratio"]);
    expect(r.facts.find((f) => f.type === "unreadable")?.where).toBe(
      "attachment:bom.zip/nullen.bin"
    );
  });

  test("a real 1000:1 deflate entry (10 MB of zeros in ~10 KB) hits the ratio limit", async () => {
    const bomb = build.rawZip([{ name: "nullen.txt", data: new Uint8Array(10 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(20 * 1024);
    expect(reasons(await extract("bom.zip", bomb))).toEqual(["limit:ratio"]);
  });

  test("an entry that lies small about its size is stopped while inflating", async () => {
    const liar = build.rawZip([
      { name: "klein.txt", data: new Uint8Array(5 * 1024 * 1024).fill(65), declaredSize: 100 },
    ]);
    expect(reasons(await extract("a.zip", liar))).toEqual(["limit:ratio"]);
  });

  test("total decompressed bytes are capped across entries", async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 8; i++) files[`deel${i}.txt`] = build.noise(200 * 1024, i + 1);
    const r = await extract("a.zip", zipSync(files), { maxTotalBytes: 1024 * 1024 });
    expect(reasons(r)).toContain("limit:bytes");
  });

  test("42-level nested zip stops at the depth limit", async () => {
    const z = build.nestedZip(42, build.enc("BSN 111222333"));
    const r = await extract("42.zip", z);
    expect(r.texts).toEqual([]);
    expect(reasons(r)).toEqual(["limit:depth"]);
    const deepest = r.facts.find((f) => f.type === "unreadable")!;
    expect(deepest.where.split("/").length).toBe(DEFAULT_EXTRACT_LIMITS.maxDepth + 2);
  });

  test("a 3-level nested zip within the limit is read to the bottom", async () => {
    const r = await extract("3.zip", build.nestedZip(3, build.enc("BSN 111222333")));
    expect(r.texts.map((t) => t.source)).toEqual(["3.zip/laag2.zip/laag1.zip/brief.txt"]);
  });

  test("too many entries", async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.txt`] = build.enc("x");
    expect(reasons(await extract("a.zip", zipSync(files), { maxEntries: 10 }))).toEqual([
      "limit:entries",
    ]);
  });
});

describe("PDF limits", () => {
  test("5,000 empty pages: the page limit is a finding, and it stays in time", async () => {
    const pages = Array.from({ length: 5000 }, () => [] as string[]);
    const t0 = Date.now();
    const r = await extract("leeg.pdf", build.pdf(pages));
    expect(Date.now() - t0).toBeLessThan(DEFAULT_EXTRACT_LIMITS.timeBudgetMs + 2000);
    expect(reasons(r)).toContain(
      DEFAULT_EXTRACT_LIMITS.maxPages < 5000 ? "limit:pages" : "no-text"
    );
  });

  test("time budget: an exhausted budget is a timeout finding", async () => {
    const r = await extract("a.docx", build.docx(["x"]), { timeBudgetMs: 0 });
    expect(reasons(r)).toEqual(["timeout"]);
  });
});

describe("extension lies: the bytes decide", () => {
  test("a .pdf that is a zip with a docx inside", async () => {
    const r = await extract(
      "uitslag.pdf",
      zipSync({ "brief.docx": build.docx(["BSN 111222333"]) })
    );
    expect(r.texts.map((t) => [t.source, t.text])).toEqual([
      ["uitslag.pdf/brief.docx", "BSN 111222333"],
    ]);
  });

  // Issue 12: read as what it is AND reported as a mismatch (the old expectations lacked the mismatch).
  test("a .docx that is a PNG is an image, and a type mismatch", async () => {
    const r = await extract("brief.docx", build.png(1200, 900));
    expect(r.facts.map((f) => [f.type, f.tags])).toEqual([
      ["unreadable", ["type-mismatch", "image", "name:docx"]],
      ["unencrypted", ["image", "png", "size:1200x900"]],
    ]);
  });

  test("a .txt that is an encrypted 7z: encrypted, and a type mismatch", async () => {
    expect(types(await extract("notities.txt", build.sevenZip("encrypted-headers")))).toEqual([
      "encrypted",
      "unreadable",
    ]);
  });
});

describe("hostile file names", () => {
  test("path traversal, control characters and RTL override are removed from sources; facts keep the raw name", async () => {
    const rlo = "\u202e";
    const z = build.rawZip([
      { name: "../../../etc/passwd.txt", data: build.enc("een"), method: 0 },
      { name: "C:\\Windows\\..\\brief.txt", data: build.enc("twee"), method: 0 },
      { name: `uitslag${rlo}fdp.exe`, data: build.enc("drie"), method: 0 },
      { name: "bel\u0007\u0000\u001b[31mrood.txt", data: build.enc("vier"), method: 0 },
    ]);
    const r = await extract(`..\\archief${rlo}piz.zip`, z);
    expect(r.texts.map((t) => t.source)).toEqual([
      "archiefpiz.zip/etc/passwd.txt",
      "archiefpiz.zip/Windows/brief.txt",
      "archiefpiz.zip/uitslagfdp.exe",
      "archiefpiz.zip/bel[31mrood.txt",
    ]);
    for (const s of r.texts.map((t) => t.source))
      expect(s).not.toMatch(/[\u0000-\u001f\u202a-\u202e]|\.\.|^\//);
    expect(r.facts[2].text).toBe(`uitslag${rlo}fdp.exe`);
  });
});

describe("noise", () => {
  test("20 MB of random bytes: unreadable (unsupported), quickly, no text", async () => {
    const bytes = build.noise(20 * 1024 * 1024, 99);
    const t0 = Date.now();
    const r = await extract("bestand.pdf", bytes);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r.texts).toEqual([]);
    expect(reasons(r)).toEqual(["type-mismatch", "unsupported"]);
  });

  test("empty file", async () => {
    const r = await extract("leeg.txt", new Uint8Array(0));
    expect(r.facts.map((f) => [f.type, f.tags])).toEqual([["unencrypted", ["empty"]]]);
  });

  test("limits that make no sense fall back to the defaults instead of switching limits off", async () => {
    const bomb = build.rawZip([{ name: "nullen.txt", data: new Uint8Array(10 * 1024 * 1024) }]);
    const r = await extract("bom.zip", bomb, { maxRatio: NaN, maxTotalBytes: -1 });
    expect(reasons(r)).toEqual(["limit:ratio"]);
  });
});
