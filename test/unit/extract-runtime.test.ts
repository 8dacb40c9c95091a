/**
 * The light extractor as classic Outlook would load it: bundled to ES2016 and run in a context that has
 * only ECMAScript globals (no TextDecoder, URL, structuredClone, DOM). It must load and read what it can.
 */
import { buildSync } from "esbuild";
import * as path from "path";
import * as vm from "vm";
import * as build from "../fixtures/attachments/build";

type Facts = { facts: { type: string; tags?: string[] }[]; texts: { text: string }[] };

let extract: (name: string, bytes: number[]) => Promise<Facts>;

beforeAll(() => {
  const out = buildSync({
    stdin: {
      contents: `import { extractAttachmentLight } from "./src/extract/light"; (globalThis as any).extract = extractAttachmentLight;`,
      resolveDir: path.resolve(__dirname, "../.."),
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "iife",
    target: "es2016",
    logLevel: "silent",
  });
  const code = out.outputFiles[0].text;
  expect(code).not.toMatch(/\basync function\b|\bawait\s/);
  const ctx = vm.createContext({ setTimeout, clearTimeout });
  vm.runInContext(code, ctx);
  const call = vm.runInContext(
    "(name, arr) => extract({ name, contentType: '', bytes: new Uint8Array(arr) })",
    ctx
  );
  extract = (name, bytes) => call(name, bytes);
});

test("loads without Web APIs and reads docx, rtf, 7z encryption and images", async () => {
  const docx = await extract("a.docx", Array.from(build.docx(["BSN 111222333"])));
  expect(docx.texts.map((t) => t.text)).toEqual(["BSN 111222333"]);
  expect(
    (await extract("a.rtf", Array.from(build.enc("{\\rtf1 Cli\\'ebnt\\par}")))).texts.map(
      (t) => t.text
    )
  ).toEqual(["Cliënt"]);
  expect(
    (await extract("a.7z", Array.from(build.sevenZip("encrypted-headers")))).facts.map(
      (f) => f.type
    )
  ).toEqual(["encrypted"]);
  // the HTML tokenizer (htmlparser2 + its entity tables) loads without atob/Buffer/TextDecoder
  expect(
    (
      await extract("a.html", Array.from(build.enc("<html><title>T&eacute;st</title><p>x</p>")))
    ).texts.map((t) => t.text)
  ).toEqual(["Tést\nx"]);
  expect(
    (await extract("a.png", Array.from(build.png(900, 1270)))).facts.map((f) => f.type)
  ).toEqual(["unencrypted", "medical-document"]);
});

test("what needs a missing API is unreadable (unsupported), not a crash", async () => {
  const pdf = await extract("a.pdf", Array.from(build.pdf([["x"]])));
  expect(pdf.facts.map((f) => [f.type, f.tags])).toEqual([["unreadable", ["unsupported", "pdf"]]]);
  const eml = await extract("a.eml", Array.from(build.eml({ subject: "s", body: "b" })));
  expect(eml.facts.map((f) => [f.type, f.tags])).toEqual([["unreadable", ["unsupported", "eml"]]]);
});
