/**
 * Signs one override marker with the service's own signer and prints `{jws, jwk}` as JSON: the cross
 * test (marker-cross.test.ts) runs it with tsx, because jose is ESM-only and jest runs CommonJS.
 * Usage: tsx sign-marker.ts KEYFILE
 */
import { loadSigner, writeNewSigningKey } from "../../../src/server/signer";

async function main(): Promise<void> {
  const keyFile = process.argv[2];
  await writeNewSigningKey(keyFile);
  const signer = await loadSigner(keyFile);
  const jws = await signer.sign({
    fingerprint: "f".repeat(64),
    rules: ["secure-channel-required"],
    user: "dokter@huisartsen-lindehof.nl",
    auditId: "0b7c6f9e-3f7a-4c1e-9d55-6a1e2b3c4d5e",
  });
  process.stdout.write(JSON.stringify({ jws, jwk: signer.publicJwk }));
}

void main();
