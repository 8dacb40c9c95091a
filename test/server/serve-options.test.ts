/**
 * `zorgvuldig serve` through the CLI: usage, refusing plain HTTP on a public address, the signing key.
 * HTTPS with a certificate is tested in service.test.ts (the restart runs with TLS).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "./helpers/service";

jest.setTimeout(180000);

const cli = (args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, "bin/zorgvuldig.cjs"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60000,
  });

describe("zorgvuldig serve (CLI)", () => {
  it("prints its usage", () => {
    const r = cli(["serve", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/zorgvuldig serve \[--port N\]/);
  });

  it("refuses plain HTTP on a public address, and half-given options, before opening anything", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zv-serve-opt-"));
    try {
      for (const [args, message] of [
        [["--host", "0.0.0.0"], /plain HTTP only on this machine/],
        [["--database", "mysql://x"], /postgres:\/\//],
      ] as const) {
        const r = cli(["serve", "--port", "0", "--data", dir, ...args]);
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(message);
      }
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes a new signing key once, never over an existing one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zv-serve-key-"));
    try {
      const file = path.join(dir, "k.pem");
      expect(cli(["serve", "--new-signing-key", file]).status).toBe(0);
      expect(fs.readFileSync(file, "utf8")).toMatch(/BEGIN PRIVATE KEY/);
      expect(fs.statSync(file).mode & 0o077).toBe(0);
      expect(cli(["serve", "--new-signing-key", file]).status).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
