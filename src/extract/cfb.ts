import { indexOfBytes, utf16le } from "./bytes";

/**
 * Compound File Binary (OLE2) containers: a password-protected .docx/.xlsx/.pptx is an OLE2 file with
 * the streams "EncryptionInfo" and "EncryptedPackage". The directory names are UTF-16LE, so a search
 * for them is enough; a full CFB reader would only be needed for legacy .doc/.xls text.
 */
const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");
const ENCRYPTION_INFO = utf16le("EncryptionInfo");

export function isEncryptedOoxml(b: Uint8Array): boolean {
  return indexOfBytes(b, ENCRYPTED_PACKAGE) >= 0 || indexOfBytes(b, ENCRYPTION_INFO) >= 0;
}

/**
 * Best-effort text of a legacy Office file (.doc/.xls/.msg): runs of printable UTF-16LE and 8-bit text.
 * Word 97-2003 stores the document text as one of the two, Outlook .msg stores bodies as UTF-16.
 */
export function legacyStrings(b: Uint8Array, minRun = 6): string {
  const runs: string[] = [];
  const printable = (c: number) =>
    (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0x24f) || c === 0x2019 || c === 0x20ac;
  // UTF-16LE runs
  let cur: number[] = [];
  const flush = () => {
    if (cur.length >= minRun) runs.push(String.fromCharCode.apply(null, cur));
    cur = [];
  };
  for (let i = 0; i + 1 < b.length; i += 2) {
    const c = b[i] | (b[i + 1] << 8);
    if (printable(c) || c === 0x0d) cur.push(c === 0x0d ? 0x0a : c);
    else flush();
    if (cur.length > 4096) flush();
  }
  flush();
  // 8-bit runs
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if ((c >= 0x20 && c < 0x7f) || c >= 0xc0 || c === 0x0d) cur.push(c === 0x0d ? 0x0a : c);
    else flush();
    if (cur.length > 4096) flush();
  }
  flush();
  return runs.join("\n");
}
