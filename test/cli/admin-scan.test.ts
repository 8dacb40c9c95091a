import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { buildEml } from "../helpers/eml";
import { createProgress } from "../../src/cli/summary";

const BIN = path.join(__dirname, "../../bin/zorgvuldig.cjs");

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SECRET_BSN = "111222333";
const MEDICAL = `Beste mevrouw Janssen,\n\nUw BSN ${SECRET_BSN} staat genoteerd; de uitslag van uw bloedonderzoek laat een verhoogd cholesterol zien.\n\nGroet,\nSanne`;
const GROUP =
  "Beste patiënten,\n\nOnze praktijk verhuist per 1 juni naar de Stationsweg 4.\n\nGroet,\nSanne";
const OPENING =
  "Beste mevrouw Janssen,\n\nWij zijn op maandag tot en met vrijdag open van 8.00 tot 17.00 uur.\n\nGroet,\nSanne";

describe("zorgvuldig scan --policy: the admin's dry run", () => {
  let dir: string;
  let policy: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "zv-admin-"));
    writeFileSync(path.join(dir, "a-uitslag.eml"), buildEml({ body: MEDICAL }));
    writeFileSync(
      path.join(dir, "b-verhuizing.eml"),
      buildEml({
        to: "a.een@gmail.com, b.twee@hotmail.com, c.drie@ziggo.nl",
        body: GROUP,
        subject: "Verhuizing",
      })
    );
    writeFileSync(
      path.join(dir, "c-openingstijden.eml"),
      buildEml({ body: OPENING, subject: "Openingstijden" })
    );
    writeFileSync(
      path.join(dir, "d-typo.eml"),
      buildEml({ to: "Ans Janssen <ans.janssen@gmial.com>", body: OPENING })
    );
    policy = path.join(dir, "policy.json");
    writeFileSync(policy, JSON.stringify({ practiceDomains: ["praktijk-test.nl"] }));
  });

  it("ends the text output with a summary: mails per action and per rule", () => {
    const r = run(["scan", "--policy", policy, dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Summary: 4 mails checked/);
    expect(r.stdout).toMatch(/^block +1 +25\.0%$/m);
    expect(r.stdout).toMatch(/^secure +1 +25\.0%$/m);
    expect(r.stdout).toMatch(/^warn +1 +25\.0%$/m);
    expect(r.stdout).toMatch(/^allow +1 +25\.0%$/m);
    expect(r.stdout).toMatch(/^secure-channel-required +1 +secure$/m);
    expect(r.stdout).toMatch(/^visible-group-recipients +1 +block$/m);
    expect(r.stdout).toMatch(/^lookalike-domain +1 +warn$/m);
    expect(r.stdout).toMatch(/^password-in-mail +0 +-$/m);
    expect(r.stdout).not.toContain(SECRET_BSN);
  });

  it("keeps --format json machine-readable: one object per line, no summary", () => {
    const r = run(["scan", "--format", "json", "--policy", policy, dir]);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });

  it("draws no progress bar when stderr is not a terminal", () => {
    const r = run(["scan", "--policy", policy, dir]);
    expect(r.stderr).not.toMatch(/\r|\[#/);
  });

  it("--report writes a self-contained HTML report: chart per rule, stopped mails with rule and explanation, no content", () => {
    const report = path.join(dir, "rapport.html");
    const r = run(["scan", "--policy", policy, "--report", report, "--language", "en", dir]);
    expect(r.code).toBe(0);
    expect(existsSync(report)).toBe(true);
    const html = readFileSync(report, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toMatch(/<svg[^>]*aria-label="Mails per rule"/);
    expect(html).toMatch(/<title>Secure mail required: 1<\/title>/);
    expect(html).toMatch(/Mails that would be stopped \(secure or block\): 2/);
    // the stopped mails with their rule and explanation
    expect(html).toContain("a-uitslag.eml");
    expect(html).toContain("b-verhuizing.eml");
    expect(html).toMatch(
      /<td>Patients see each other&#39;s address<\/td><td>Several patients can see each other/
    );
    expect(html).toMatch(/Send it through secure mail/);
    // the warn mail is listed apart; the allowed one not at all
    expect(html).toContain("d-typo.eml");
    expect(html).not.toContain("c-openingstijden.eml");
    // self-contained and without content
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    for (const secret of [SECRET_BSN, "cholesterol", "Janssen", "Stationsweg", "a.een@gmail.com"])
      expect(html).not.toContain(secret);
  });

  it("escapes file names in the report", () => {
    const odd = mkdtempSync(path.join(tmpdir(), "zv-odd-"));
    writeFileSync(path.join(odd, "<b>mail&co.eml"), buildEml({ body: MEDICAL }));
    const report = path.join(odd, "r.html");
    run(["scan", "--report", report, odd]);
    const html = readFileSync(report, "utf8");
    expect(html).toContain("&lt;b&gt;mail&amp;co.eml");
    expect(html).not.toContain("<b>mail");
  });
});

describe("progress bar", () => {
  function fakeStream(isTTY: boolean) {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, columns: 80, write: (c: string) => chunks.push(c) } };
  }

  it("draws on a terminal for long runs, and clears its line at the end", () => {
    let t = 0;
    const { chunks, stream } = fakeStream(true);
    const p = createProgress(50, stream, { now: () => (t += 200) });
    for (let i = 0; i < 50; i++) p.tick();
    p.done();
    expect(chunks.some((c) => /\r\[#+-*\] \d+\/50 mails/.test(c))).toBe(true);
    expect(chunks.some((c) => c.includes("50/50 mails"))).toBe(true);
    expect(chunks[chunks.length - 1]).toMatch(/^\r +\r$/);
  });

  it("stays silent when not a terminal, or for short runs", () => {
    let t = 0;
    const pipe = fakeStream(false);
    const p1 = createProgress(50, pipe.stream, { now: () => (t += 200) });
    for (let i = 0; i < 50; i++) p1.tick();
    p1.done();
    expect(pipe.chunks).toEqual([]);
    const short = fakeStream(true);
    const p2 = createProgress(3, short.stream, { now: () => (t += 200) });
    for (let i = 0; i < 3; i++) p2.tick();
    p2.done();
    expect(short.chunks).toEqual([]);
  });
});
