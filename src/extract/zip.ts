import { Inflate } from "fflate";
import { decodeCp1252, decodeUtf8Strict, lastIndexOfBytes, u16, u32, u64 } from "./bytes";
import { Budget, LimitError } from "./limits";

/**
 * ZIP central directory, read by hand: fflate inflates but neither reports the encryption flag or
 * AES method of an entry nor lets us refuse an entry by its declared size before inflating. The
 * inflating itself is fflate's streaming Inflate, capped as it goes.
 */

export interface ZipEntry {
  /** the name as stored (raw, unsanitised) */
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** CRC-32 of the uncompressed data, from the central directory (0 for WinZip AES AE-2) */
  crc: number;
  /** the real compression method of a WinZip AES entry (from its 0x9901 extra field); null when absent */
  aesMethod?: number | null;
  /** ZipCrypto (flag bit 0) or WinZip AES (method 99) or strong encryption (flag bit 6) */
  encryption: "none" | "zipcrypto" | "aes" | "strong";
  isDirectory: boolean;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const EOCD = [0x50, 0x4b, 0x05, 0x06];
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;

/** Lists the entries. Throws ZipFormatError on a structure that does not hold together. */
export function readZipDirectory(b: Uint8Array): ZipEntry[] {
  // The end record is in the last 22 + 65535 (max comment) bytes.
  const eocd = lastIndexOfBytes(b, EOCD, b.length - 22, Math.max(0, b.length - 22 - 0xffff));
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== EOCD64_LOCATOR)
      throw new ZipFormatError("zip64 locator missing");
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== EOCD64)
      throw new ZipFormatError("zip64 record missing");
    count = u64(b, rec + 32);
    cdSize = u64(b, rec + 40);
    cdOffset = u64(b, rec + 48);
  }
  if (cdOffset + cdSize > b.length) throw new ZipFormatError("central directory outside the file");
  // Each central header is at least 46 bytes: a count larger than that allows is a lie.
  if (count * 46 > cdSize) throw new ZipFormatError("entry count does not fit");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== CDH) throw new ZipFormatError("bad central header");
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const crc = u32(b, p + 16);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localOffset = u32(b, p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen + commentLen > b.length)
      throw new ZipFormatError("central header overruns");
    const name =
      (flags & 0x800 ? decodeUtf8Strict(b, p + 46, nameEnd) : null) ??
      decodeCp1252(b, p + 46, nameEnd);
    // ZIP64 extra field: the 64-bit values, in this order, for the fields that are 0xffffffff.
    let e = nameEnd;
    const extraEnd = nameEnd + extraLen;
    let aesMethod: number | null = null;
    while (e + 4 <= extraEnd) {
      const id = u16(b, e);
      const size = u16(b, e + 2);
      // WinZip AES: version, "AE", strength, then the real compression method.
      if (id === 0x9901 && size >= 7 && e + 11 <= extraEnd) aesMethod = u16(b, e + 9);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + size)
          ((uncompressedSize = u64(b, q)), (q += 8));
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + size)
          ((compressedSize = u64(b, q)), (q += 8));
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + size) localOffset = u64(b, q);
      }
      e += 4 + size;
    }
    if (localOffset + 30 > b.length) throw new ZipFormatError("local header outside the file");
    const encryption =
      method === 99 ? "aes" : flags & 0x40 ? "strong" : flags & 0x1 ? "zipcrypto" : "none";
    entries.push({
      name,
      flags,
      method,
      compressedSize,
      uncompressedSize,
      localOffset,
      crc,
      aesMethod: method === 99 ? aesMethod : undefined,
      encryption,
      isDirectory: /[\\/]$/.test(name),
    });
    p = extraEnd + commentLen;
  }
  return entries;
}

/** Where the entry's data starts, from its local header. */
function dataRange(b: Uint8Array, entry: ZipEntry): [number, number] {
  const h = entry.localOffset;
  if (h + 30 > b.length || u32(b, h) !== LFH) throw new ZipFormatError("bad local header");
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  const end = start + entry.compressedSize;
  if (end > b.length) throw new ZipFormatError("entry data truncated");
  return [start, end];
}

/**
 * The limits an entry must meet before any byte is inflated: declared ratio and declared size against
 * what is left of the budget. Declared sizes can lie, so readZipEntry caps the real output too.
 */
export function checkDeclared(entry: ZipEntry, budget: Budget): void {
  const { maxRatio, ratioMinBytes } = budget.limits;
  if (
    entry.uncompressedSize > ratioMinBytes &&
    entry.uncompressedSize > maxRatio * Math.max(1, entry.compressedSize)
  )
    throw new LimitError("limit:ratio");
  if (entry.uncompressedSize > budget.bytesLeft()) throw new LimitError("limit:bytes");
}

const CHUNK = 8 * 1024; // deflate expands at most ~1032x: one push makes at most ~8 MB

/**
 * Inflates one unencrypted entry piece by piece, the declared size as the cap, charging the budget as
 * bytes come out. `onData` returns false to stop early (enough text collected): the rest is never inflated.
 */
export function streamZipEntry(
  b: Uint8Array,
  entry: ZipEntry,
  budget: Budget,
  onData: (chunk: Uint8Array) => boolean
): void {
  checkDeclared(entry, budget);
  const [start, end] = dataRange(b, entry);
  if (entry.method === 0) {
    for (let p = start; p < end; p += 1 << 20) {
      const piece = b.subarray(p, Math.min(end, p + (1 << 20)));
      budget.addBytes(piece.length);
      if (!onData(piece)) return;
    }
    return;
  }
  if (entry.method !== 8) throw new ZipFormatError("unsupported compression method");
  const cap = entry.uncompressedSize;
  let written = 0;
  let more = true;
  const inflater = new Inflate((chunk) => {
    // More output than declared: a lying entry, the classic bomb trick.
    if (written + chunk.length > cap) throw new LimitError("limit:ratio");
    written += chunk.length;
    budget.addBytes(chunk.length);
    if (more && chunk.length) more = onData(chunk);
  });
  for (let p = start; p < end && more; p += CHUNK) {
    budget.checkTime();
    inflater.push(b.subarray(p, Math.min(end, p + CHUNK)), p + CHUNK >= end);
  }
  if (start === end) inflater.push(new Uint8Array(0), true);
}

/** Inflates one unencrypted entry whole (capped and charged to the budget). */
export function readZipEntry(b: Uint8Array, entry: ZipEntry, budget: Budget): Uint8Array {
  checkDeclared(entry, budget);
  if (entry.method === 0) {
    const [start, end] = dataRange(b, entry);
    budget.addBytes(end - start);
    return b.subarray(start, end);
  }
  const out = new Uint8Array(entry.uncompressedSize);
  let written = 0;
  streamZipEntry(b, entry, budget, (chunk) => {
    out.set(chunk, written);
    written += chunk.length;
    return true;
  });
  return written === out.length ? out : out.subarray(0, written);
}

/**
 * Is the data of an entry that claims encryption really encrypted? The flag alone is a claim: a zip
 * whose entries set it over plain data opens in any tool that ignores the flag. The entry's data is
 * read as if it were plain: when it inflates (or, stored, is copied) to exactly the declared size with
 * the declared CRC-32, it is not encrypted (encrypted data matches by chance with odds of 1 in 2^32).
 * ZipCrypto adds a 12-byte header and AES a salt and MAC, so stored encrypted data is never the size
 * of the plain data. Bounded by the entry's declared size and the budget like any read.
 */
export function reallyEncrypted(b: Uint8Array, entry: ZipEntry, budget: Budget): boolean {
  if (entry.encryption === "none") return false;
  const method = entry.method === 99 ? entry.aesMethod : entry.method;
  if (method !== 0 && method !== 8) return true;
  const plain: ZipEntry = { ...entry, method, encryption: "none" };
  try {
    if (method === 0 && entry.compressedSize !== entry.uncompressedSize) return true;
    let crc = CRC_INIT;
    let size = 0;
    streamZipEntry(b, plain, budget, (chunk) => {
      crc = crc32Update(crc, chunk);
      size += chunk.length;
      return true;
    });
    return !(size === entry.uncompressedSize && (crc ^ CRC_INIT) >>> 0 === entry.crc);
  } catch (e) {
    if (e instanceof LimitError && e.reason !== "limit:ratio") throw e;
    return true;
  }
}

const CRC_INIT = 0xffffffff;
let crcTable: Int32Array | null = null;

/** CRC-32 (IEEE), the zip checksum. Hand-written: fflate computes it but does not export it. */
function crc32Update(crc: number, data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = crc;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return c;
}
