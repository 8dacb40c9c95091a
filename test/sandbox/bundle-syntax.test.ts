/**
 * The send-time bundle must load in classic Outlook's JavaScript-only runtime: ONE file, ES2016 syntax
 * (builds before 2403), no import/chunk loading, no DOM, storage or Node APIs.
 */
import * as acorn from "acorn";
import * as fs from "node:fs";
import * as zlib from "node:zlib";
import { ensureBuilt, loadBundle } from "./bundle";

const source = fs.readFileSync(ensureBuilt(), "utf8");

describe("dist/launchevent.js", () => {
  it("parses as ES2016 (acorn, ecmaVersion 2016, script)", () => {
    expect(() => acorn.parse(source, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it("the ES2016 check really rejects newer syntax", () => {
    for (const newer of [
      "async function f() { await 1; }",
      "const o = a?.b;",
      "const o = { ...a };",
      "const r = /(?<y>\\d{4})/;",
      "const n = a ?? b;",
    ])
      expect(() => acorn.parse(newer, { ecmaVersion: 2016, sourceType: "script" })).toThrow();
  });

  it("is one self-contained file: no import, require, dynamic import or chunk loading", () => {
    expect(source).not.toMatch(
      /\bimport\s*\(|^\s*import\s|\brequire\(|importScripts|__webpack_require__\.e\b|\.chunk\.js/m
    );
  });

  it("touches no DOM, web storage, cookies or Node APIs", () => {
    // (zod reads `navigator` only behind a typeof guard; the vm tests prove nothing unguarded is touched)
    // Code only: the XML parser's error messages say "... start of the document." in string literals.
    const code = [...acorn.tokenizer(source, { ecmaVersion: "latest" })]
      .filter((t) => t.type !== acorn.tokTypes.string && t.type !== acorn.tokTypes.template)
      .map((t) => source.slice(t.start, t.end))
      .join(" ");
    expect(code).not.toMatch(/\b(document|window|localStorage|sessionStorage) \./);
    expect(source).not.toMatch(
      /document\.cookie|\bprocess\.(env|versions)|\bBuffer\.from\(|require\("(fs|path|crypto)"\)/
    );
  });

  it("runs in a bare vm context and associates exactly the three manifest handlers", () => {
    const b = loadBundle();
    expect(Object.keys(b.associations).sort()).toEqual([
      "onMessageAttachmentsChangedHandler",
      "onMessageRecipientsChangedHandler",
      "onMessageSendHandler",
    ]);
    expect(b.timers.pending()).toBe(0);
  });

  it("is under 300 KB gzipped", () => {
    expect(zlib.gzipSync(Buffer.from(source)).length).toBeLessThan(300 * 1024);
  });
});
