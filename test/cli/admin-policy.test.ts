import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin/zorgvuldig.cjs");

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("zorgvuldig policy check", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "zv-policy-"));

  it("validates a policy file and prints the effective policy with the defaults filled in", () => {
    const r = run(["policy", "check", path.join(ROOT, "examples/policy/ggz.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ggz\.json: valid policy/);
    // Appointment mail always goes securely (decision tree); GGZ adds general mail to one patient.
    expect(r.stdout).toMatch(
      /care type: +GGZ \(appointment mail to a patient always goes securely; in this field of care so does a general practice mail to one patient\)/
    );
    expect(r.stdout).toMatch(/secure channel: +header X-Secure-Route: zivver, routing automatic/);
    const json = JSON.parse(r.stdout.slice(r.stdout.indexOf("{")));
    expect(json.careType).toBe("GGZ");
    expect(json.rules["recipient-mismatch"]).toEqual({ enabled: true, action: "block" });
    // defaults the file did not set
    expect(json.extraction.maxEntries).toBe(1000);
    expect(json.onError).toBe("block");
    expect(json.$schema).toBeUndefined();
  });

  it("shows the defaults for an empty policy: the sender's domain, subject tag [veilig], stop on error", () => {
    const file = path.join(dir, "empty.json");
    writeFileSync(file, "{}");
    const r = run(["policy", "check", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/practice domains: +\(the sender's domain\)/);
    expect(r.stdout).toMatch(/subject tag \[veilig\], routing click/);
    expect(r.stdout).toMatch(/on internal error: +block/);
  });

  it("rejects an invalid policy with a message naming the field, exit 1", () => {
    const file = path.join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        careType: "huisarts",
        secureChannel: { trigger: { kind: "subjectTag", tag: "" } },
      })
    );
    const r = run(["policy", "check", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/policy error: policy field "secureChannel\.trigger\.tag"/);
    expect(r.stdout).toBe("");
  });

  it("rejects a file that is not JSON, or missing, exit 1", () => {
    const file = path.join(dir, "broken.json");
    writeFileSync(file, "{ careType: huisarts");
    expect(run(["policy", "check", file])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/not valid JSON/),
    });
    expect(run(["policy", "check", path.join(dir, "missing.json")])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /missing\.json: error: the policy file cannot be read \(ENOENT\)\./
      ),
    });
  });

  it("prints the JSON Schema that docs/policy.schema.json holds", () => {
    const r = run(["policy", "schema"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, "docs/policy.schema.json"), "utf8"));
  });

  it("explains its usage on a wrong subcommand", () => {
    const r = run(["policy", "validate"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/zorgvuldig policy check FILE/);
  });
});
