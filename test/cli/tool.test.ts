/**
 * The CLI as an admin meets it (issue 15), always through the built command (bin/zorgvuldig.cjs ->
 * dist-cli/zorgvuldig.cjs, compiled JavaScript): .msg, mbox, byte-order marks, mails without From,
 * nothing to read, unwritable report, EPIPE, --jobs, the FG report, policy warnings.
 */
import { spawn, spawnSync } from "child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import { buildEml } from "../helpers/eml";
import { buildMsg } from "./msgFixture";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin/zorgvuldig.cjs");

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, LANG: "C", LC_ALL: "", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FROM = { name: "Sanne Verhoef", address: "s.verhoef@praktijk-test.nl" };
const TO = { name: "Ans Janssen", address: "ans.janssen@gmail.com" };
const MEDICAL =
  "Beste mevrouw Janssen,\n\nDe uitslag van uw bloedonderzoek laat een verhoogd cholesterol zien; BSN 111222333.\n\nGroet,\nSanne";
const OPENING =
  "Beste mevrouw Janssen,\n\nWij zijn op maandag tot en met vrijdag open van 8.00 tot 17.00 uur.\n\nGroet,\nSanne";

function json(stdout: string) {
  return stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

describe("the built CLI", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "zv-tool-"));
  });

  it("runs compiled JavaScript: no TypeScript loader or compiler at start", () => {
    run(["--help"]); // builds the bundle if a source is newer
    const probe = path.join(dir, "probe.cjs");
    writeFileSync(
      probe,
      `process.on("exit", () => process.stderr.write("LOADED " + Object.keys(require.cache).filter((f) => /node_modules[\\\\/](tsx|typescript|esbuild|ts-node)[\\\\/]/.test(f) || /\\.tsx?$/.test(f)).length + "\\n"));`
    );
    const r = spawnSync(process.execPath, ["-r", probe, BIN, "--help"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("LOADED 0\n");
    expect(r.stdout).toMatch(/Exit codes:/);
  });

  it("documents every exit code in --help", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    for (const code of [0, 1, 2, 3, 4, 5])
      expect(r.stdout).toMatch(new RegExp(`^ +${code} +\\S`, "m"));
    expect(r.stdout).toMatch(/--jobs N/);
    expect(r.stdout).toMatch(/--no-paths/);
  });

  it("scans a .msg exactly like the same mail as .eml", () => {
    const d = path.join(dir, "msg");
    mkdirSync(d);
    writeFileSync(
      path.join(d, "uitslag.msg"),
      buildMsg({ subject: "Uitslag", body: MEDICAL, from: FROM, to: [TO] })
    );
    writeFileSync(
      path.join(d, "uitslag.eml"),
      buildEml({
        from: `${FROM.name} <${FROM.address}>`,
        to: `${TO.name} <${TO.address}>`,
        subject: "Uitslag",
        body: MEDICAL,
      })
    );
    const r = run(["scan", "--format", "json", d]);
    expect(r.code).toBe(0);
    const [eml, msg] = json(r.stdout);
    expect(msg.file).toMatch(/uitslag\.msg$/);
    expect(msg.verdict).toEqual({ action: "secure", rules: ["secure-channel-required"] });
    const strip = (x: { file: string }) => ({ ...x, file: "" });
    expect(strip(msg)).toEqual(strip(eml));
  });

  it("reads a .msg's recipients (To and Cc) and attachments", () => {
    const d = path.join(dir, "msg-group");
    mkdirSync(d);
    writeFileSync(
      path.join(d, "groep.msg"),
      buildMsg({
        subject: "Verhuizing",
        body: "Beste patiënten,\n\nOnze praktijk verhuist per 1 juni.\n\nGroet,\nSanne",
        from: FROM,
        to: [{ address: "a.een@gmail.com" }, { address: "b.twee@hotmail.com" }],
        cc: [{ address: "c.drie@ziggo.nl" }],
        attachments: [
          {
            name: "uitslag.txt",
            mime: "text/plain",
            bytes: new TextEncoder().encode(
              "Uitslag bloedonderzoek van mevrouw Janssen: HbA1c verhoogd."
            ),
          },
        ],
      })
    );
    const [rec] = json(run(["scan", "--format", "json", d]).stdout);
    expect(rec.verdict.rules).toContain("visible-group-recipients");
  });

  it("splits an mbox export into its messages, named file#N", () => {
    const mbox = path.join(dir, "export.mbox");
    const msgs = [MEDICAL, OPENING, ">From the desk, as mboxrd quotes it\n" + OPENING].map((b, i) =>
      buildEml({ body: b, subject: `Bericht ${i + 1}` }).replace(/\r\n/g, "\n")
    );
    writeFileSync(
      mbox,
      msgs.map((m) => `From MAILER-DAEMON Tue Mar  4 10:12:00 2025\n${m}\n`).join("")
    );
    const r = run(["scan", "--format", "json", mbox]);
    expect(r.code).toBe(0);
    const recs = json(r.stdout);
    expect(recs.map((x) => path.basename(x.file))).toEqual([
      "export.mbox#1",
      "export.mbox#2",
      "export.mbox#3",
    ]);
    expect(recs[0].verdict.action).toBe("secure");
    expect(recs[1].verdict.action).toBe("allow");
    expect(r.stderr).toBe("");
  });

  it("accepts a file with a UTF-8 byte-order mark, and a mail without a From line", () => {
    const d = path.join(dir, "bom");
    mkdirSync(d);
    writeFileSync(path.join(d, "bom.eml"), "\uFEFF" + buildEml({ body: MEDICAL }));
    writeFileSync(
      path.join(d, "nofrom.eml"),
      buildEml({ body: MEDICAL }).replace(/^From: .*\r\n/, "")
    );
    const r = run(["scan", "--format", "json", "--policy", policyFile(), d]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const recs = json(r.stdout);
    expect(recs).toHaveLength(2);
    for (const rec of recs) expect(rec.verdict.action).toBe("secure");
  });

  function policyFile(extra: object = {}): string {
    const p = path.join(dir, `policy-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(p, JSON.stringify({ practiceDomains: ["praktijk-test.nl"], ...extra }));
    return p;
  }

  it("fails with exit 3 when a folder holds nothing it can read", () => {
    const empty = path.join(dir, "empty");
    mkdirSync(empty);
    let r = run(["scan", empty]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Nothing checked: .*empty holds no \.eml, \.msg or mbox files/);
    writeFileSync(path.join(empty, "notes.txt"), "no mail");
    writeFileSync(path.join(empty, "kapot.eml"), "");
    r = run(["scan", empty]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/kapot\.eml: error: empty file/);
    expect(r.stderr).toMatch(/skipped 1 file/);
    expect(r.stderr).toMatch(/none of the 1 files could be read/);
  });

  it("speaks Dutch when asked", () => {
    const r = run(["scan", path.join(dir, "does-not-exist.eml")], { LANG: "nl_NL.UTF-8" });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/does-not-exist\.eml: fout: dit bestand of deze map bestaat niet\./);
  });

  it("names the report file it cannot write, exit 4", () => {
    const d = path.join(dir, "one");
    mkdirSync(d);
    writeFileSync(path.join(d, "a.eml"), buildEml({ body: OPENING }));
    const locked = path.join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const target = path.join(locked, "sub", "rapport.html");
    const r = run(["scan", "--report", target, d]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(
      /rapport\.html: error: the report cannot be written here \(ENOENT\)\./
    );
    expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  it("ends quietly when the output is cut off (| head)", async () => {
    const d = path.join(dir, "many");
    mkdirSync(d);
    for (let i = 0; i < 40; i++)
      writeFileSync(
        path.join(d, `m${String(i).padStart(2, "0")}.eml`),
        buildEml({ body: OPENING })
      );
    const child = spawn(process.execPath, [BIN, "scan", "--jobs", "1", d], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    // read one chunk, then close the pipe like `head -1`
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  });

  it("--jobs spreads the mails over worker threads with the same results in the same order", () => {
    const d = path.join(dir, "many2");
    mkdirSync(d);
    for (let i = 0; i < 30; i++)
      writeFileSync(
        path.join(d, `m${String(i).padStart(2, "0")}.eml`),
        buildEml({ body: i % 3 ? OPENING : MEDICAL, subject: `Bericht ${i}` })
      );
    const one = run(["scan", "--format", "json", "--jobs", "1", d]);
    const two = run(["scan", "--format", "json", "--jobs", "2", d], { ZV_DEBUG_THREADS: "1" });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toMatch(/2 worker threads/);
    expect(one.stderr).not.toMatch(/worker threads/);
    expect(run(["scan", "--jobs", "0", d]).code).toBe(1);
  });

  describe("the FG report", () => {
    let d: string;
    beforeAll(() => {
      d = path.join(dir, "report-in");
      mkdirSync(d);
      writeFileSync(
        path.join(d, "a-uitslag-janssen.eml"),
        buildEml({ body: MEDICAL, subject: "Uitslag" })
      );
      writeFileSync(
        path.join(d, "b-afspraak.eml"),
        buildEml({
          body: "Beste mevrouw Janssen,\n\nUw afspraak bij dokter Bakker staat op dinsdag 14 oktober om 10.30 uur.\n\nGroet,\nSanne",
          subject: "Afspraak",
        })
      );
      writeFileSync(
        path.join(d, "c-typo.eml"),
        buildEml({ to: "Ans Janssen <ans.janssen@gmial.com>", body: OPENING })
      );
    });

    it("is Dutch by default: rule names in words with their handbook source, local time, charts", () => {
      const report = path.join(dir, "rapport.html");
      const r = run(["scan", "--report", report, "--policy", policyFile(), d], {
        TZ: "Europe/Amsterdam",
      });
      expect(r.code).toBe(0);
      const html = readFileSync(report, "utf8");
      expect(html).toMatch(/<html lang="nl">/);
      expect(html).toMatch(/Mails die zouden worden tegengehouden \(beveiligd of geblokkeerd\): 2/);
      expect(html).toContain("Beveiligde mail nodig");
      expect(html).toMatch(
        /Handboek Veilig mailen: Toolkit, Wat is persoonlijke gezondheidsinformatie\?/
      );
      // charts per action, rule and category, as inline SVG
      for (const t of ["Mails per uitkomst", "Mails per regel", "Mails per soort bericht"])
        expect(html).toMatch(new RegExp(`<svg[^>]*aria-label="${t}"`));
      // local time with its zone, not an ISO UTC stamp
      expect(html).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
      expect(html).toMatch(
        /gemaakt op \d{1,2} \w+ \d{4} (om )?\d{1,2}:\d\d \((CET|CEST|GMT\+\d)\)/
      );
      // appointment mail is marked secure, and the policy summary agrees
      expect(html).toContain("b-afspraak.eml");
      expect(html).toMatch(/een afspraakbericht aan een patiënt gaat altijd beveiligd/);
      // it says it holds paths
      expect(html).toMatch(/bevat bestandsnamen en -paden/);
      for (const secret of ["111222333", "cholesterol", "Bakker"])
        expect(html).not.toContain(secret);
    });

    it("--language en and --no-paths: English, and no file names at all", () => {
      const report = path.join(dir, "report-en.html");
      const r = run(["scan", "--report", report, "--language", "en", "--no-paths", d]);
      expect(r.code).toBe(0);
      const html = readFileSync(report, "utf8");
      expect(html).toMatch(/<html lang="en">/);
      expect(html).toContain("Secure mail required");
      expect(html).toContain("mail 1");
      for (const name of ["a-uitslag-janssen", "b-afspraak", "c-typo", d])
        expect(html).not.toContain(name);
    });
  });

  describe("policy check warnings", () => {
    it("warns about public mail services as practice or secure domains, and catch-all role patterns", () => {
      const file = path.join(dir, "public.json");
      writeFileSync(
        file,
        JSON.stringify({
          practiceDomains: ["gmail.com"],
          secureDomains: ["outlook.com"],
          overrides: { roles: { zorgverlener: ["*a*@praktijk-test.nl", "dr.*@praktijk-test.nl"] } },
        })
      );
      const r = run(["policy", "check", file]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/gmail\.com is a public mail service; as a practice domain/);
      expect(r.stderr).toMatch(/outlook\.com is a public mail service, not a secure network/);
      expect(r.stderr).toMatch(
        /the pattern \*a\*@praktijk-test\.nl of role zorgverlener matches almost anyone/
      );
      expect(r.stderr).not.toMatch(/dr\.\*@/);
    });

    it("stays silent on a sound policy", () => {
      const r = run(["policy", "check", path.join(ROOT, "examples/policy/ggz.json")]);
      expect(r.stderr).toBe("");
    });
  });

  it("warns about a typo in the top-level domain (.nll, .con), not about a real one (.nu)", () => {
    const d = path.join(dir, "tld");
    mkdirSync(d);
    const to = ["info@fysio-beekdal.nll", "info@fysio-beekdal.con", "info@fysio-beekdal.nu"];
    to.forEach((t, i) =>
      writeFileSync(path.join(d, `m${i}.eml`), buildEml({ to: t, body: OPENING }))
    );
    const recs = json(run(["scan", "--format", "json", d]).stdout);
    expect(recs.map((r) => r.verdict.rules)).toEqual([
      ["lookalike-domain"],
      ["lookalike-domain"],
      [],
    ]);
  });

  it("passes the policy's extraction limits to the extractor", () => {
    const d = path.join(dir, "limits");
    mkdirSync(d);
    writeFileSync(
      path.join(d, "bijlage.msg"),
      buildMsg({
        subject: "Brief",
        body: OPENING,
        from: FROM,
        to: [{ address: "info@ziekenhuis-test.nl" }],
        attachments: [
          {
            name: "brieven.zip",
            mime: "application/zip",
            bytes: zipSync({
              "a.txt": strToU8("Brief een."),
              "b.txt": strToU8("Brief twee."),
              "c.txt": strToU8("Brief drie."),
            }),
          },
        ],
      })
    );
    const tight = policyFile({ extraction: { maxEntries: 2 } });
    const [rec] = json(run(["scan", "--format", "json", "--policy", tight, d]).stdout);
    expect(rec.findings).toContainEqual(expect.objectContaining({ type: "unreadable" }));
    const [loose] = json(run(["scan", "--format", "json", "--policy", policyFile(), d]).stdout);
    expect(loose.findings).not.toContainEqual(expect.objectContaining({ type: "unreadable" }));
  });
});
