/**
 * Base64 -> bytes. Hand-written because classic Outlook's JavaScript-only runtime guarantees neither
 * `atob` nor `Buffer`; a table-driven loop decodes 10 MB well inside the send budget.
 */
const LOOKUP = (() => {
  const table = new Uint8Array(256).fill(255);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table["-".charCodeAt(0)] = 62; // base64url
  table["_".charCodeAt(0)] = 63;
  return table;
})();

export function base64ToBytes(input: string): Uint8Array {
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const v = LOOKUP[input.charCodeAt(i) & 0xff];
    if (v === 255) continue; // whitespace, padding
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}
