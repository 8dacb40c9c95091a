import { ascii, indexOfBytes, lastIndexOfBytes } from "./bytes";
import type { Budget } from "./limits";

/** Text of a PDF, page by page, as far as the limits allow. */
export interface PdfText {
  text: string;
  /** pages in the document */
  pages: number;
  /** pages actually read (fewer when the page limit or the time budget stopped us) */
  pagesRead: number;
  /** set when not every page was read */
  stoppedBy?: "limit:pages" | "timeout";
}

/** The PDF needs a password to open (a user password): the content is encrypted. */
export class PdfPasswordError extends Error {
  constructor() {
    super("pdf needs a password");
    this.name = "PdfPasswordError";
  }
}

/** A PDF text library behind a small interface, so the send-time bundle can leave it out. */
export type PdfTextBackend = (bytes: Uint8Array, budget: Budget) => Promise<PdfText>;

const ENCRYPT = ascii("/Encrypt");

/**
 * Does the PDF declare an /Encrypt dictionary (in its trailer or cross-reference stream)? Such a PDF
 * may still open without a password (owner password only); the text backend tells the two apart.
 */
export function declaresEncryption(b: Uint8Array): boolean {
  // Trailers and xref stream dictionaries are never compressed; look at the tail first, then everywhere
  // (incrementally updated files and linearised files keep a trailer near the start too).
  const tailStart = Math.max(0, b.length - 64 * 1024);
  return (
    lastIndexOfBytes(b, ENCRYPT, b.length - ENCRYPT.length, tailStart) >= 0 ||
    indexOfBytes(b, ENCRYPT, 0, tailStart) >= 0
  );
}
