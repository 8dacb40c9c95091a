/**
 * The practice service signs override markers (src/server/signer.ts, jose) and the send handler verifies
 * them (src/outlook/jws.ts, hand-written for the ES2016 bundle): the two must agree on one payload.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { verifyCompactES256, type EcPublicJwk } from "../../src/outlook/jws";

function signWithService(dir: string, name: string): { jws: string; jwk: EcPublicJwk } {
  const tsx = require.resolve("tsx/cli");
  const out = execFileSync(
    process.execPath,
    [tsx, path.join(__dirname, "helpers/sign-marker.ts"), path.join(dir, name)],
    { encoding: "utf8" }
  );
  return JSON.parse(out) as { jws: string; jwk: EcPublicJwk };
}

describe("override marker: the service's signature, the send handler's verification", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zv-marker-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("verifies with the service's published key and yields the signed claims", () => {
    const { jws, jwk } = signWithService(dir, "a.pem");
    expect(verifyCompactES256(jws, jwk)).toMatchObject({
      v: 1,
      fingerprint: "f".repeat(64),
      rules: ["secure-channel-required"],
      user: "dokter@huisartsen-lindehof.nl",
    });
  });

  it("does not verify with another key, or after one changed character", () => {
    const { jws, jwk } = signWithService(dir, "b.pem");
    const other = signWithService(dir, "c.pem");
    expect(verifyCompactES256(jws, other.jwk)).toBeNull();
    const at = jws.lastIndexOf(".") + 5;
    const tampered = jws.slice(0, at) + (jws[at] === "A" ? "B" : "A") + jws.slice(at + 1);
    expect(verifyCompactES256(tampered, jwk)).toBeNull();
  });
});
