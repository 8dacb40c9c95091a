/**
 * Verifies a compact JWS signed with ES256 (RFC 7515, RFC 7518 3.4): the practice service's signature
 * over an override marker. Pure JavaScript through @noble/curves (P-256) and @noble/hashes (SHA-256):
 * the send handler runs in classic Outlook's JavaScript-only runtime, for which Microsoft documents no
 * WebCrypto (`crypto.subtle`), and WebCrypto is asynchronous and absent from the sandbox tests' bare
 * context; one audited library gives the same answer in every runtime.
 *
 * The library needs the `BigInt` built-in (a function, not syntax: the bundle stays ES2016). Classic
 * Outlook's older JavaScript engine may lack it, so the library is loaded on first use (a lazy require,
 * which webpack evaluates only when called) and not at bundle start: without BigInt nothing verifies,
 * overrides that need a signature do not count, and every other check still runs.
 */
import { strFromU8, strToU8 } from "fflate";
import { base64ToBytes } from "./base64";

type Verify = (sig: Uint8Array, digest: Uint8Array, key: Uint8Array) => boolean;
type Sha256 = (data: Uint8Array) => Uint8Array;

let curve: { verify: Verify; sha256: Sha256 } | null | undefined;

/** P-256 as FIPS 186-4 D.1.2.3 defines it (the parameters @noble/curves' nist module uses). */
function p256(): { verify: Verify; sha256: Sha256 } | null {
  if (curve !== undefined) return curve;
  curve = null;
  if (!hasBigInt()) return curve;
  try {
    const { createCurve } =
      require("@noble/curves/_shortw_utils") as typeof import("@noble/curves/_shortw_utils");
    const { Field } =
      require("@noble/curves/abstract/modular") as typeof import("@noble/curves/abstract/modular");
    const { sha256 } = require("@noble/hashes/sha2") as typeof import("@noble/hashes/sha2");
    const p = BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff");
    const c = createCurve(
      {
        n: BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),
        h: BigInt(1),
        a: BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),
        b: BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),
        Gx: BigInt("0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),
        Gy: BigInt("0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5"),
        Fp: Field(p),
        lowS: false,
      },
      sha256
    );
    curve = {
      sha256: (d) => sha256(d),
      // JOSE signers do not normalise s to the lower half: accept both, as RFC 7518 does
      verify: (sig, digest, key) =>
        c.verify(sig, digest, key, { lowS: false, prehash: false, format: "compact" }),
    };
  } catch {
    curve = null;
  }
  return curve;
}

export interface EcPublicJwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
}

const B64URL = /^[A-Za-z0-9_-]*$/;

function b64urlBytes(part: string): Uint8Array | null {
  return B64URL.test(part) ? base64ToBytes(part) : null;
}

/** The uncompressed SEC1 point 04 || x || y of a P-256 JWK. */
export function jwkPoint(jwk: EcPublicJwk): Uint8Array | null {
  const x = b64urlBytes(jwk.x);
  const y = b64urlBytes(jwk.y);
  if (!x || !y || x.length !== 32 || y.length !== 32) return null;
  const out = new Uint8Array(65);
  out[0] = 4;
  out.set(x, 1);
  out.set(y, 33);
  return out;
}

export function hasBigInt(): boolean {
  return typeof (globalThis as { BigInt?: unknown }).BigInt === "function";
}

/**
 * The JWS payload as parsed JSON when the signature is a valid ES256 signature of this key over header
 * and payload, and the header says ES256 (no `none`, no other algorithm); null for anything else.
 */
export function verifyCompactES256(jws: string, jwk: EcPublicJwk): unknown {
  if (typeof jws !== "string" || jws.length > 8000 || !hasBigInt()) return null;
  const parts = jws.split(".");
  if (parts.length !== 3) return null;
  const [h, p, s] = parts;
  const header = b64urlBytes(h);
  const payload = b64urlBytes(p);
  const sig = b64urlBytes(s);
  const key = jwkPoint(jwk);
  const ec = p256();
  if (!header || !payload || !sig || !key || sig.length !== 64 || !ec) return null;
  try {
    const hdr = JSON.parse(strFromU8(header)) as { alg?: unknown; crit?: unknown };
    if (!hdr || hdr.alg !== "ES256" || hdr.crit !== undefined) return null;
    if (!ec.verify(sig, ec.sha256(strToU8(`${h}.${p}`)), key)) return null;
    return JSON.parse(strFromU8(payload)) as unknown;
  } catch {
    return null;
  }
}
