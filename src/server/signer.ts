/**
 * Signs override markers (compact JWS, ES256) so the send handler can tell that the service recorded the
 * override. The private key stays on the service; the public key is served as a JWK at /api/keys for the
 * admin to put into the policy.
 */
import { promises as fs } from "node:fs";
import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  SignJWT,
  type JWK,
} from "jose";
import { createPrivateKey, createPublicKey } from "node:crypto";
import { OVERRIDE_MARKER_TYP, type OverrideMarkerPayload } from "./types";

/** How long a marker is valid: the send follows the override within moments. */
export const MARKER_TTL_S = 15 * 60;

export interface MarkerSigner {
  publicJwk: JWK;
  sign(payload: Omit<OverrideMarkerPayload, "v" | "exp">, now?: number): Promise<string>;
}

export async function loadSigner(pemFile: string): Promise<MarkerSigner> {
  const pem = await fs.readFile(pemFile, "utf8");
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1")
    throw new Error(`signing key ${pemFile} is not a P-256 (ES256) private key`);
  const jwk = await exportJWK(createPublicKey(key));
  const kid = await calculateJwkThumbprint(jwk);
  const publicJwk: JWK = { ...jwk, kid, alg: "ES256", use: "sig" };
  return {
    publicJwk,
    async sign(p, now = Date.now()) {
      const payload: OverrideMarkerPayload = {
        v: 1,
        fingerprint: p.fingerprint,
        rules: [...p.rules].sort(),
        user: p.user,
        auditId: p.auditId,
        exp: Math.floor(now / 1000) + MARKER_TTL_S,
      };
      // SignJWT would add nothing here; the payload is exactly OverrideMarkerPayload
      return new SignJWT({ ...payload })
        .setProtectedHeader({ alg: "ES256", kid, typ: OVERRIDE_MARKER_TYP })
        .sign(key);
    },
  };
}

/** Writes a new P-256 private key (PKCS#8 PEM, mode 600) for `serve --signing-key`. */
export async function writeNewSigningKey(file: string): Promise<void> {
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  await fs.writeFile(file, await exportPKCS8(privateKey), { mode: 0o600, flag: "wx" });
}
