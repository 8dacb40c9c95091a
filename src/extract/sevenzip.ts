import { startsWith, u64, indexOfBytes } from "./bytes";

/**
 * 7z: only whether it is encrypted. Hand-written because no maintained 7z reader is small enough for
 * the add-in; the answer sits in the header: with encrypted headers (-mhe, names hidden) the "next
 * header" is an encoded header whose coder is 7zAES; with encrypted content only, the plain header
 * lists 7zAES among the folder coders. A compressed (LZMA) header cannot be read without LZMA.
 */
export type SevenZipInfo =
  "encrypted-headers" | "encrypted-content" | "compressed-header" | "plain" | "corrupt";

const AES_CODER = [0x06, 0xf1, 0x07, 0x01];
const K_HEADER = 0x01;
const K_ENCODED_HEADER = 0x17;

export function sevenZipInfo(b: Uint8Array): SevenZipInfo {
  if (!startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) || b.length < 32) return "corrupt";
  const offset = u64(b, 12);
  const size = u64(b, 20);
  const start = 32 + offset;
  if (size === 0 || start + size > b.length) return "corrupt";
  const kind = b[start];
  const hasAes = indexOfBytes(b, AES_CODER, start, start + size) >= 0;
  if (kind === K_ENCODED_HEADER) return hasAes ? "encrypted-headers" : "compressed-header";
  if (kind === K_HEADER) return hasAes ? "encrypted-content" : "plain";
  return "corrupt";
}
