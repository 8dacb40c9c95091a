import { spawnSync } from "child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { buildEml } from "../helpers/eml";

const BIN = path.join(__dirname, "../../bin/zorgvuldig.cjs");

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BSN_BODY =
  "Beste collega,\n\nHierbij de gegevens van de patiënt, BSN 111222333.\n\nGroet,\nSanne";
const INVOICE_BODY =
  "Beste leverancier,\n\nFactuurnummer 123456789 is dubbel betaald.\n\nGroet,\nSanne";

describe("zorgvuldig scan", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "zv-scan-"));
    writeFileSync(path.join(dir, "bsn-gmail.eml"), buildEml({ body: BSN_BODY }));
    writeFileSync(
      path.join(dir, "bsn-intern.eml"),
      buildEml({ to: "Wouter <w.zijlstra@praktijk-test.nl>", body: BSN_BODY })
    );
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(
      path.join(dir, "sub", "factuur.eml"),
      buildEml({ to: "info@leverancier-test.nl", body: INVOICE_BODY })
    );
    writeFileSync(path.join(dir, "sub", "notes.txt"), "not a mail, not scanned in a folder");
  });

  it("prints one JSON object per file: a valid BSN to gmail.com must go securely", () => {
    const r = run(["scan", "--format", "json", path.join(dir, "bsn-gmail.eml")]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]);
    expect(rec.file).toBe(path.join(dir, "bsn-gmail.eml"));
    expect(rec.verdict).toEqual({ action: "secure", rules: ["secure-channel-required"] });
    expect(rec.findings).toContainEqual({ type: "bsn", text: "111222333", where: "body" });
    expect(["medical", "logistic", "general", "none"]).toContain(rec.category);
  });

  it("allows the same BSN to a colleague inside the practice", () => {
    const rec = JSON.parse(
      run(["scan", "--format", "json", path.join(dir, "bsn-intern.eml")]).stdout
    );
    expect(rec.verdict).toEqual({ action: "allow", rules: [] });
  });

  it("allows a 9-digit invoice number that fails the 11-proef and reports no BSN", () => {
    const rec = JSON.parse(
      run(["scan", "--format", "json", path.join(dir, "sub", "factuur.eml")]).stdout
    );
    expect(rec.verdict.action).toBe("allow");
    expect(rec.findings.filter((f: { type: string }) => f.type === "bsn")).toEqual([]);
  });

  it("scans folders recursively for .eml files only, in a stable order", () => {
    const r = run(["scan", "--format", "json", dir]);
    expect(r.code).toBe(0);
    const files = r.stdout
      .trim()
      .split("\n")
      .map((l) => path.relative(dir, JSON.parse(l).file));
    expect(files).toEqual(["bsn-gmail.eml", "bsn-intern.eml", path.join("sub", "factuur.eml")]);
  });

  it("prints a readable line per file in text format", () => {
    const r = run(["scan", path.join(dir, "bsn-gmail.eml")]);
    expect(r.stdout).toMatch(/bsn-gmail\.eml: SECURE \[secure-channel-required\] .*bsn×1/);
    // text output names the kind of finding, not the number itself
    expect(r.stdout).not.toContain("111222333");
  });

  it("reports a malformed file on stderr, still scans the others, and exits 2", () => {
    const bad = mkdtempSync(path.join(tmpdir(), "zv-bad-"));
    writeFileSync(path.join(bad, "a-empty.eml"), "");
    writeFileSync(path.join(bad, "b-garbage.eml"), "\u0000\u0001 this is not a message at all");
    writeFileSync(path.join(bad, "c-good.eml"), buildEml({ body: BSN_BODY }));
    const r = run(["scan", "--format", "json", bad, path.join(bad, "missing.eml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a-empty\.eml: error: empty file/);
    expect(r.stderr).toMatch(/b-garbage\.eml: error: /);
    expect(r.stderr).toMatch(/missing\.eml: error: no such file/);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).verdict.action).toBe("secure");
  });

  it("rejects an invalid policy with the field named, and exit 1", () => {
    const policy = path.join(dir, "policy.json");
    writeFileSync(policy, JSON.stringify({ practiceDomains: ["not a domain"] }));
    const r = run(["scan", "--policy", policy, path.join(dir, "bsn-gmail.eml")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/policy field "practiceDomains\.0"/);
    expect(r.stdout).toBe("");
  });

  it("uses the policy's practice domains instead of the From domain", () => {
    const policy = path.join(dir, "policy-ok.json");
    writeFileSync(policy, JSON.stringify({ practiceDomains: ["praktijk-test.nl", "gmail.com"] }));
    const rec = JSON.parse(
      run(["scan", "--format", "json", "--policy", policy, path.join(dir, "bsn-gmail.eml")]).stdout
    );
    expect(rec.verdict.action).toBe("allow");
  });

  it("explains its usage on a bad command", () => {
    const r = run(["frobnicate"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
    expect(r.stderr).toMatch(/Usage:/);
  });
});

describe("zorgvuldig eval", () => {
  it("scores a labelled corpus and lists the mistakes", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zv-eval-"));
    writeFileSync(path.join(dir, "x001-bsn.eml"), buildEml({ body: BSN_BODY }));
    writeFileSync(
      path.join(dir, "x001-bsn.json"),
      JSON.stringify({
        id: "x001-bsn",
        category: "medical",
        expect: { action: "secure", rules: ["secure-channel-required"] },
        entities: [{ type: "bsn", text: "111222333" }],
      })
    );
    writeFileSync(
      path.join(dir, "x002-factuur.eml"),
      buildEml({ to: "info@leverancier-test.nl", body: INVOICE_BODY })
    );
    writeFileSync(
      path.join(dir, "x002-factuur.json"),
      JSON.stringify({
        id: "x002-factuur",
        category: "none",
        expect: { action: "warn", rules: ["lookalike-domain"] },
        entities: [],
      })
    );
    const r = run(["eval", "--json", dir]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.cases).toBe(2);
    expect(report.actionAccuracy).toBe(0.5);
    expect(report.leakRecall).toBe(1);
    expect(report.entities.bsn).toMatchObject({ tp: 1, fp: 0, fn: 0, recall: 1, precision: 1 });
    expect(report.rules["lookalike-domain"]).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    // Each case with a wrong action, rule, category or entity is listed once, with what went wrong.
    expect(report.mistakes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^x002-factuur: action allow, expected warn.*missed rule lookalike-domain/
        ),
      ])
    );
    const x001 = report.mistakes
      .filter((m: string) => m.startsWith("x001-bsn:"))
      .map((m: string) => m.slice("x001-bsn:".length));
    expect(x001.join(";")).not.toMatch(/action|rule|bsn/);

    const text = run(["eval", dir]).stdout;
    expect(text).toMatch(/action accuracy: +0\.500/);
    expect(text).toMatch(/bsn +1\.000 +1\.000/);
  });
});
