/**
 * Attachment extraction: time and throughput per format, peak memory for a 25 MB attachment set, and
 * the gzipped size the extractors add to a bundle. Inputs are generated (fictitious), never real mail.
 */
import { build as esbuild } from "esbuild";
import { zipSync } from "fflate";
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import { extractAttachment } from "../src/extract";
import * as fixtures from "../test/fixtures/attachments/build";
import { mbPerSecond, measure, type BenchRow } from "./lib";

const WORDS =
  "patiënt huisarts uitslag controle bloeddruk medicatie verwijzing afspraak praktijk klachten sinds week behandeling advies oefeningen fysiotherapie röntgenfoto knie schouder".split(
    " "
  );

/** Paragraphs of pseudo-random Dutch words: compresses like real prose (about 3:1), not like repeats. */
function prose(paragraphs: number, seed: number): string[] {
  const rnd = fixtures.noise(paragraphs * 60, seed);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const words: string[] = [];
    for (let w = 0; w < 60; w++) {
      const r = rnd[p * 60 + w];
      words.push(r % 7 === 0 ? String(1000 + r * 37) : WORDS[r % WORDS.length]);
    }
    out.push(words.join(" "));
  }
  return out;
}

/** A .docx of about `mb` megabytes (compressed) holding nothing but text: the worst case. */
function docxOf(mb: number): Uint8Array {
  let n = 2000;
  let d = fixtures.docx(prose(n, 7));
  n = Math.round((n * mb * 1e6) / d.length);
  d = fixtures.docx(prose(n, 7));
  return d;
}

/** A 1 MB .docx as letters usually are: some 40 pages of text plus a picture (logo, scan, signature). */
function letterDocx(): Uint8Array {
  const text = fixtures.docx(prose(600, 13));
  return fixtures.docx(prose(600, 13), {
    "word/media/image1.png": [fixtures.noise(Math.max(0, 1e6 - text.length), 3), { level: 0 }],
  });
}

function pdfOf(pages: number, linesPerPage: number, padBytes: number): Uint8Array {
  const text = prose(pages * linesPerPage, 11).map((l) => l.slice(0, 95));
  const p: string[][] = [];
  for (let i = 0; i < pages; i++) p.push(text.slice(i * linesPerPage, (i + 1) * linesPerPage));
  return fixtures.pdf(p, { padBytes });
}

async function timed(
  name: string,
  fileName: string,
  bytes: Uint8Array,
  runs: number,
  budgetMs?: number
): Promise<BenchRow> {
  const input = { name: fileName, contentType: "application/octet-stream", bytes };
  const r0 = await extractAttachment(input);
  const unreadable = r0.facts.filter((f) => f.type === "unreadable").map((f) => f.tags?.[0]);
  const t = await measure(() => extractAttachment(input), runs, 2);
  return {
    name: `extract ${name} (${(bytes.length / 1e6).toFixed(2)} MB)`,
    medianMs: t.medianMs,
    p95Ms: t.p95Ms,
    mbPerS: mbPerSecond(bytes.length, t.medianMs),
    budget: budgetMs ? `< ${budgetMs} ms median` : undefined,
    ok: budgetMs ? t.medianMs < budgetMs : undefined,
    note: unreadable.length
      ? `unreadable: ${unreadable.join(",")}`
      : `${r0.texts.reduce((n, x) => n + x.text.length, 0)} chars`,
  };
}

/**
 * Peak memory of a fresh process that reads the set from disk and extracts it attachment by attachment
 * (as the add-in does): its maximum resident set size, which counts everything (Node itself included).
 */
function peakMemory(dir: string): { peakRss: number; baseRss: number } {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, __filename, "--memory-child", dir],
    { encoding: "utf8" }
  );
  return JSON.parse(out.trim().split("\n").pop() ?? "{}");
}

async function memoryChild(dir: string): Promise<void> {
  const files = readdirSync(dir).map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(path.join(dir, name))),
  }));
  const baseRss = process.memoryUsage().rss;
  for (const f of files) {
    await extractAttachment({ name: f.name, contentType: "", bytes: f.bytes });
    if (process.env.BENCH_DEBUG)
      console.error(f.name, f.bytes.length, process.resourceUsage().maxRSS / 1024);
  }
  process.stdout.write(
    JSON.stringify({ peakRss: process.resourceUsage().maxRSS * 1024, baseRss }) + "\n"
  );
}

async function bundleSize(name: string, contents: string): Promise<BenchRow> {
  const root = path.resolve(__dirname, "..");
  const out = await esbuild({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    target: "es2016",
    platform: "browser",
    logLevel: "silent",
  });
  const js = out.outputFiles[0].contents;
  return {
    name: `bundle ${name} (min+gzip, es2016)`,
    bytes: gzipSync(js, { level: 9 }).length,
    note: `${(js.length / 1024).toFixed(0)} KB minified`,
  };
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const docx1 = letterDocx();
  const docxText = docxOf(1);
  const pdfHis = pdfOf(12, 45, 2e6 - 60_000); // 12 pages of text plus embedded image/font bytes
  const pdfText = pdfOf(316, 48, 0); // 2 MB of nothing but text (316 pages, 1.4 M chars): the worst case
  const xlsx = fixtures.xlsx(
    prose(4000, 5).map((p, i) => [p.slice(0, 40), 100000000 + i, p.slice(40, 120)])
  );
  const zip = zipSync({
    "a.docx": docxOf(0.3),
    "b.txt": fixtures.enc(prose(3000, 3).join("\n")),
    "c/d.pdf": pdfOf(5, 40, 0),
  });
  const txt = fixtures.enc(prose(15000, 9).join("\n"));
  const rtf = fixtures.enc(
    `{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 ${prose(4000, 4).join("\\par ")}\\par}`
  );
  const eml = fixtures.eml({
    subject: "Fw",
    body: prose(50, 1).join("\n"),
    attachments: [{ name: "a.docx", type: "application/octet-stream", bytes: docxOf(0.5) }],
  });
  const sevenZ = fixtures.sevenZip("encrypted-headers");

  rows.push(await timed(".docx 1 MB, 40 pages + picture", "a.docx", docx1, 10, 300));
  rows.push(await timed(".docx 1 MB of nothing but text", "t.docx", docxText, 5));
  rows.push(await timed(".pdf 2 MB, 12 pages + embedded bytes", "a.pdf", pdfHis, 10, 300));
  rows.push(
    await timed(".pdf 2 MB, 316 pages of nothing but text (worst case)", "b.pdf", pdfText, 3)
  );
  rows.push(await timed(".xlsx", "a.xlsx", xlsx, 10));
  rows.push(await timed(".zip (docx+txt+pdf)", "a.zip", zip, 10));
  rows.push(await timed(".eml with .docx", "a.eml", eml, 10));
  rows.push(await timed(".txt", "a.txt", txt, 10));
  rows.push(await timed(".rtf", "a.rtf", rtf, 10));
  rows.push(await timed(".7z encrypted (header only)", "a.7z", sevenZ, 50));

  // 25 MB set: what one mail could carry at most in practice (Exchange's default limit is 25-35 MB).
  const set = [
    { name: "a.pdf", bytes: pdfHis },
    { name: "b.pdf", bytes: pdfOf(60, 45, 4e6) },
    { name: "c.docx", bytes: docx1 },
    { name: "d.docx", bytes: docxOf(3) },
    {
      name: "e.zip",
      bytes: zipSync(
        { "x.docx": docxOf(2), "y.txt": txt, "z.bin": fixtures.noise(3e6) },
        { level: 1 }
      ),
    },
    {
      name: "scan.png",
      bytes: new Uint8Array([...fixtures.png(2480, 3508), ...fixtures.noise(6e6)]),
    },
  ];
  const soFar = set.reduce((n, a) => n + a.bytes.length, 0);
  set.push({ name: "random.bin", bytes: fixtures.noise(Math.max(0, 25e6 - soFar)) });
  const dir = mkdtempSync(path.join(tmpdir(), "zorgvuldig-bench-"));
  for (const a of set) writeFileSync(path.join(dir, a.name), a.bytes);
  try {
    const mem = peakMemory(dir);
    const total = set.reduce((n, a) => n + a.bytes.length, 0);
    const extra = mem.peakRss - mem.baseRss;
    rows.push({
      name: `peak memory, ${(total / 1e6).toFixed(1)} MB attachment set (${set.length} files)`,
      bytes: extra,
      budget: "< 200 MB",
      ok: extra < 200e6,
      note: `peak RSS above the process before extracting (Node, loader and the 25 MB input: ${(mem.baseRss / 1e6).toFixed(0)} MB); whole process peak ${(mem.peakRss / 1e6).toFixed(0)} MB`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const src = (p: string) => JSON.stringify(path.resolve(__dirname, "..", p));
  rows.push(
    await bundleSize(
      "extractor light (no PDF text)",
      `import { extractAttachmentLight } from ${src("src/extract/light")}; (globalThis as any).x = extractAttachmentLight;`
    )
  );
  rows.push(
    await bundleSize(
      "extractor full (with unpdf)",
      `import { extractAttachment } from ${src("src/extract")}; (globalThis as any).x = extractAttachment;`
    )
  );
  rows.push(
    await bundleSize(
      "  of which zip reader + inflate (fflate)",
      `import { readZipEntry } from ${src("src/extract/zip")}; (globalThis as any).x = readZipEntry;`
    )
  );
  rows.push(
    await bundleSize(
      "  of which office XML text",
      `import * as o from ${src("src/extract/office")}; (globalThis as any).x = o;`
    )
  );
  rows.push(
    await bundleSize(
      "  of which eml (postal-mime)",
      `import P from "postal-mime"; (globalThis as any).x = P;`
    )
  );
  rows.push(
    await bundleSize(
      "  of which PDF text (unpdf / pdf.js)",
      `import { unpdfBackend } from ${src("src/extract/pdf-unpdf")}; (globalThis as any).x = unpdfBackend;`
    )
  );
  return rows;
}

if (require.main === module && process.argv[2] === "--memory-child") {
  memoryChild(process.argv[3]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else if (require.main === module) {
  bench().then(
    (rows) => console.table(rows),
    (e) => {
      console.error(e);
      process.exit(1);
    }
  );
}
