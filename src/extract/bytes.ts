/** Small byte helpers shared by the format readers. */

export function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}

export function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

/** Little-endian 64-bit as a Number (no BigInt: the send-time runtime is ES2016). Exact below 2^53. */
export function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

export function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

export function ascii(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff);
  return out;
}

export function utf16le(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  return out;
}

/** Index of `needle` in `hay` from `from` to `to` (exclusive end of match start), or -1. */
export function indexOfBytes(
  hay: Uint8Array,
  needle: readonly number[],
  from = 0,
  to = hay.length
): number {
  const first = needle[0];
  const last = Math.min(to, hay.length - needle.length + 1);
  outer: for (let i = Math.max(0, from); i < last; i++) {
    if (hay[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function lastIndexOfBytes(
  hay: Uint8Array,
  needle: readonly number[],
  from = hay.length - needle.length,
  to = 0
): number {
  for (let i = Math.min(from, hay.length - needle.length); i >= Math.max(0, to); i--) {
    let ok = true;
    for (let j = 0; j < needle.length; j++)
      if (hay[i + j] !== needle[j]) {
        ok = false;
        break;
      }
    if (ok) return i;
  }
  return -1;
}

// Windows-1252 code points for 0x80..0x9f; the rest of the byte range maps to itself (Latin-1).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeCp1252(b: Uint8Array, start = 0, end = b.length): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = start; i < end; i += CHUNK) {
    const codes: number[] = [];
    for (let j = i; j < Math.min(end, i + CHUNK); j++) {
      const c = b[j];
      codes.push(c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80] : c);
    }
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

function decodeUtf16(b: Uint8Array, start: number, littleEndian: boolean): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = start; i + 1 < b.length; i += CHUNK * 2) {
    const codes: number[] = [];
    for (let j = i; j + 1 < b.length && j < i + CHUNK * 2; j += 2)
      codes.push(littleEndian ? b[j] | (b[j + 1] << 8) : (b[j] << 8) | b[j + 1]);
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

/**
 * Strict UTF-8 decoding by hand: TextDecoder is not guaranteed in classic Outlook's JavaScript-only
 * runtime, and we need to know whether bytes are valid UTF-8 to fall back to Windows-1252.
 * Returns null on the first invalid sequence.
 */
export function decodeUtf8Strict(b: Uint8Array, start = 0, end = b.length): string | null {
  let out = "";
  let codes: number[] = [];
  let i = start;
  while (i < end) {
    const c = b[i];
    let cp: number;
    if (c < 0x80) {
      cp = c;
      i += 1;
    } else if (c >= 0xc2 && c < 0xe0) {
      if (i + 1 >= end || (b[i + 1] & 0xc0) !== 0x80) return null;
      cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      i += 2;
    } else if (c >= 0xe0 && c < 0xf0) {
      if (i + 2 >= end || (b[i + 1] & 0xc0) !== 0x80 || (b[i + 2] & 0xc0) !== 0x80) return null;
      cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000)) return null;
      i += 3;
    } else if (c >= 0xf0 && c < 0xf5) {
      if (
        i + 3 >= end ||
        (b[i + 1] & 0xc0) !== 0x80 ||
        (b[i + 2] & 0xc0) !== 0x80 ||
        (b[i + 3] & 0xc0) !== 0x80
      )
        return null;
      cp =
        ((c & 0x07) << 18) |
        ((b[i + 1] & 0x3f) << 12) |
        ((b[i + 2] & 0x3f) << 6) |
        (b[i + 3] & 0x3f);
      if (cp < 0x10000 || cp > 0x10ffff) return null;
      i += 4;
      cp -= 0x10000;
      codes.push(0xd800 + (cp >> 10));
      cp = 0xdc00 + (cp & 0x3ff);
    } else return null;
    codes.push(cp);
    if (codes.length >= 8192) {
      out += String.fromCharCode.apply(null, codes);
      codes = [];
    }
  }
  return out + String.fromCharCode.apply(null, codes);
}

/** Native strict UTF-8 decoding where the runtime has it (much faster); null when it has not. */
function nativeUtf8(): { decode(b: Uint8Array): string } | null {
  try {
    return typeof TextDecoder === "function"
      ? new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
      : null;
  } catch {
    return null;
  }
}
const NATIVE_UTF8 = nativeUtf8();

function utf8OrNull(b: Uint8Array, start: number): string | null {
  if (!NATIVE_UTF8) return decodeUtf8Strict(b, start);
  try {
    return NATIVE_UTF8.decode(start ? b.subarray(start) : b);
  } catch {
    return null;
  }
}

/** Text of unknown encoding: BOM first, then strict UTF-8, else Windows-1252 (what Dutch Windows writes). */
export function decodeText(b: Uint8Array): string {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return utf8OrNull(b, 3) ?? decodeCp1252(b, 3);
  if (startsWith(b, [0xff, 0xfe])) return decodeUtf16(b, 2, true);
  if (startsWith(b, [0xfe, 0xff])) return decodeUtf16(b, 2, false);
  return utf8OrNull(b, 0) ?? decodeCp1252(b);
}

export function decodeUtf16le(b: Uint8Array): string {
  return decodeUtf16(b, 0, true);
}
