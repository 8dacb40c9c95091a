import { Gunzip, strToU8 } from "fflate";
import type { AttachmentExtraction, AttachmentText } from "../engine/draft";
import type { Finding, FindingType } from "../engine/types";
import { decodeText } from "./bytes";
import { isEncryptedOoxml, legacyStrings } from "./cfb";
import {
  Budget,
  LimitError,
  mergeLimits,
  type ExtractLimits,
  type UnreadableReason,
} from "./limits";
import {
  exifFacts,
  hasMedicalName,
  imageSize,
  isMedicalEdifact,
  isPageShaped,
  isSmallImage,
} from "./media";
import { childSource, sanitizeSegment } from "./names";
import {
  odfEmbeddedEntries,
  odfEncrypted,
  odfText,
  officeKind,
  ooxmlParts,
  ooxmlText,
} from "./office";
import { declaresEncryption, PdfPasswordError, type PdfTextBackend } from "./pdf";
import { sevenZipInfo } from "./sevenzip";
import { typeMismatch } from "./mismatch";
import { imageKind, sniff } from "./sniff";
import { htmlText, rtfText } from "./text";
import { xmlText } from "./xml";
import {
  readZipDirectory,
  readZipEntry,
  reallyEncrypted,
  streamZipEntry,
  ZipFormatError,
  type ZipEntry,
} from "./zip";

export interface ExtractInput {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface ExtractorBackends {
  /** PDF text; without it a PDF gets its encryption fact or `unreadable` (unsupported) */
  pdfText?: PdfTextBackend;
}

export type Extractor = (
  input: ExtractInput,
  limits?: Partial<ExtractLimits>
) => Promise<AttachmentExtraction>;

/** More facts than this for one attachment add nothing for the rules and only cost memory. */
const MAX_FACTS = 300;

/** Limits that stop the whole attachment, not only the part that hit them. */
function isGlobal(reason: UnreadableReason): boolean {
  return reason === "limit:bytes" || reason === "limit:entries" || reason === "timeout";
}

class Run {
  readonly texts: AttachmentText[] = [];
  readonly facts: Finding[] = [];

  constructor(
    private readonly budget: Budget,
    private readonly backends: ExtractorBackends,
    /** the declared type of the attachment itself (nested parts have only a name) */
    private readonly contentType = ""
  ) {}

  fact(
    type: FindingType,
    rawName: string,
    source: string,
    confidence: number,
    tags: string[]
  ): void {
    if (this.facts.length >= MAX_FACTS) return;
    this.facts.push({
      type,
      text: rawName,
      where: `attachment:${source}`,
      start: 0,
      end: 0,
      confidence,
      tags,
    });
  }

  unreadable(
    rawName: string,
    source: string,
    reason: UnreadableReason | "no-text",
    format: string
  ): void {
    this.fact("unreadable", rawName, source, 1, [reason, format]);
    // Content we cannot see is judged by its name, as a person would.
    if (hasMedicalName(rawName))
      this.fact("medical-document", rawName, source, 0.7, ["name", format]);
  }

  text(rawName: string, source: string, text: string): void {
    const t = text.trim();
    if (!t) return;
    const kept = this.budget.takeChars(t.length);
    if (kept > 0) this.texts.push({ source, text: kept < t.length ? t.slice(0, kept) : t });
    if (kept < t.length) this.fact("unreadable", rawName, source, 1, ["limit:text"]);
  }

  /**
   * The part's file name as text of its own ("Uitslag_Jansen_111222333.pdf" names a patient whatever
   * the file holds), marked `fromName` so that the rules never take it for readable content.
   */
  name(rawName: string, source: string): void {
    const t = rawName
      .slice(rawName.lastIndexOf("/") + 1)
      .replace(/[_+]/g, " ")
      .trim();
    if (!t) return;
    const kept = this.budget.takeChars(t.length);
    if (kept === t.length) this.texts.push({ source, text: t, fromName: true });
  }

  /** One part (the attachment or something inside it). Never throws. */
  async part(bytes: Uint8Array, rawName: string, source: string, depth: number): Promise<void> {
    let format = "unknown";
    try {
      this.budget.checkTime();
      if (depth > this.budget.limits.maxDepth) throw new LimitError("limit:depth");
      this.name(rawName, source);
      const sniffed = sniff(bytes);
      format = sniffed;
      const expected = typeMismatch(rawName, depth === 0 ? this.contentType : "", sniffed);
      if (expected)
        this.fact("unreadable", rawName, source, 1, ["type-mismatch", format, expected]);
      await this.byFormat(format, bytes, rawName, source, depth);
    } catch (e) {
      const reason: UnreadableReason = e instanceof LimitError ? e.reason : "corrupt";
      this.unreadable(rawName, source, reason, format);
      if (e instanceof LimitError && isGlobal(reason) && depth > 0) throw e;
    }
  }

  private async byFormat(
    format: string,
    b: Uint8Array,
    rawName: string,
    source: string,
    depth: number
  ): Promise<void> {
    switch (format) {
      case "zip":
        return this.zip(b, rawName, source, depth);
      case "pdf":
        return this.pdf(b, rawName, source);
      case "cfb":
        if (isEncryptedOoxml(b)) return this.fact("encrypted", rawName, source, 1, ["ooxml"]);
        this.text(rawName, source, legacyStrings(b));
        return this.fact("unencrypted", rawName, source, 0.9, ["legacy-office"]);
      case "7z": {
        const info = sevenZipInfo(b);
        if (info === "encrypted-headers" || info === "encrypted-content")
          return this.fact("encrypted", rawName, source, 1, ["7z", info]);
        return this.unreadable(
          rawName,
          source,
          info === "corrupt" ? "corrupt" : "unsupported",
          "7z"
        );
      }
      case "rar":
        return this.unreadable(rawName, source, "unsupported", "rar");
      case "gzip": {
        const inner = rawName.replace(/\.t?gz$/i, "");
        return this.part(this.gunzip(b), inner, `${source}/${sanitizeSegment(inner)}`, depth + 1);
      }
      case "image":
        return this.image(b, rawName, source);
      case "media":
        this.fact("unencrypted", rawName, source, 1, ["media"]);
        if (hasMedicalName(rawName))
          this.fact("medical-document", rawName, source, 0.7, ["name", "media"]);
        return;
      case "dicom":
        this.fact("unencrypted", rawName, source, 1, ["dicom"]);
        return this.fact("medical-document", rawName, source, 1, ["dicom"]);
      case "hl7":
        this.text(rawName, source, decodeText(b).replace(/\r\n?/g, "\n").replace(/[|^~]/g, " "));
        this.fact("unencrypted", rawName, source, 1, ["hl7"]);
        return this.fact("medical-document", rawName, source, 1, ["hl7"]);
      case "edifact": {
        const t = decodeText(b);
        this.text(rawName, source, t.replace(/'\s*/g, "\n").replace(/[+:]/g, " "));
        this.fact("unencrypted", rawName, source, 1, ["edifact"]);
        if (isMedicalEdifact(t)) this.fact("medical-document", rawName, source, 1, ["edifact"]);
        return;
      }
      case "rtf":
        return this.readable(rawName, source, rtfText(decodeText(b)), "rtf");
      case "html":
        return this.readable(rawName, source, htmlText(decodeText(b)), "html");
      case "xml":
        return this.readable(rawName, source, xmlText(decodeText(b)), "xml");
      case "text":
        return this.readable(rawName, source, decodeText(b), "text");
      case "eml":
        return this.eml(b, rawName, source, depth);
      case "empty":
        return this.fact("unencrypted", rawName, source, 1, ["empty"]);
      default:
        return this.unreadable(rawName, source, "unsupported", format);
    }
  }

  private readable(rawName: string, source: string, text: string, format: string): void {
    this.text(rawName, source, text);
    this.fact("unencrypted", rawName, source, 1, [format]);
  }

  /**
   * What can be told of a picture on the device, without OCR: its size, whether it is page-shaped (a
   * scan or a photo of a letter), whether a camera made it (EXIF Make/Model/GPS: a phone photo), or
   * whether it is small enough to be a logo. Tags on the `unencrypted` fact, after ["image", kind]:
   * `size:WxH`, `page-shaped`, `exif`, `camera`, `small`. The policy's `extraction.images` decides.
   */
  private image(b: Uint8Array, rawName: string, source: string): void {
    const kind = imageKind(b);
    const tags = ["image", kind ?? "image"];
    const size = kind ? imageSize(b, kind) : null;
    if (size) tags.push(`size:${size.width}x${size.height}`);
    const pageShaped = !!size && isPageShaped(size);
    if (pageShaped) tags.push("page-shaped");
    const exif = kind ? exifFacts(b, kind) : { exif: false, camera: false };
    if (exif.exif) tags.push("exif");
    if (exif.camera) tags.push("camera");
    if (size && isSmallImage(size)) tags.push("small");
    this.fact("unencrypted", rawName, source, 1, tags);
    if (hasMedicalName(rawName))
      return this.fact("medical-document", rawName, source, 0.8, ["name", "image"]);
    if (pageShaped) this.fact("medical-document", rawName, source, 0.6, ["page-shaped", "image"]);
  }

  private gunzip(b: Uint8Array): Uint8Array {
    const { maxRatio, ratioMinBytes } = this.budget.limits;
    const cap = Math.min(this.budget.bytesLeft(), Math.max(ratioMinBytes, b.length * maxRatio));
    const chunks: Uint8Array[] = [];
    let total = 0;
    const g = new Gunzip((chunk) => {
      total += chunk.length;
      if (total > cap)
        throw new LimitError(cap === this.budget.bytesLeft() ? "limit:bytes" : "limit:ratio");
      chunks.push(chunk);
    });
    for (let p = 0; p < b.length; p += 8192) {
      this.budget.checkTime();
      g.push(b.subarray(p, Math.min(b.length, p + 8192)), p + 8192 >= b.length);
    }
    this.budget.addBytes(total);
    const out = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) out.set(c, (o += c.length) - c.length);
    return out;
  }

  private async zip(b: Uint8Array, rawName: string, source: string, depth: number): Promise<void> {
    let entries: ZipEntry[];
    try {
      entries = readZipDirectory(b);
    } catch (e) {
      if (e instanceof ZipFormatError) return this.unreadable(rawName, source, "corrupt", "zip");
      throw e;
    }
    this.budget.addEntries(entries.length);
    const files = entries.filter((e) => !e.isDirectory);
    // The encryption flag is a claim: an entry whose data reads as plain is plain.
    for (const e of files)
      if (e.encryption !== "none" && !reallyEncrypted(b, e, this.budget)) {
        e.encryption = "none";
        if (e.method === 99) e.method = e.aesMethod ?? e.method;
      }
    const read = (e: ZipEntry) => {
      if (e.encryption !== "none") throw new ZipFormatError("encrypted entry");
      return readZipEntry(b, e, this.budget);
    };
    const stream = (e: ZipEntry, onData: (chunk: Uint8Array) => boolean) => {
      if (e.encryption !== "none") throw new ZipFormatError("encrypted entry");
      streamZipEntry(b, e, this.budget, onData);
    };
    const byName = new Map<string, ZipEntry>();
    for (const e of files) byName.set(e.name.replace(/^\/+/, ""), e);

    const encrypted = files.filter((e) => e.encryption !== "none");
    const kinds = Array.from(new Set(encrypted.map((e) => `zip-${e.encryption}`)));
    if (files.length > 0 && encrypted.length === files.length)
      return this.fact("encrypted", rawName, source, 1, ["zip", ...kinds]);

    const office = encrypted.length ? null : officeKind(byName, read);
    if (office === "ooxml") {
      const parts = ooxmlParts(byName, read);
      this.readable(rawName, source, ooxmlText(parts, stream, this.budget.charsLeft()), "ooxml");
      for (const e of parts.embedded) await this.entry(b, e, source, depth);
      return;
    }
    if (office === "odf") {
      if (odfEncrypted(byName, read)) return this.fact("encrypted", rawName, source, 1, ["odf"]);
      this.readable(rawName, source, odfText(byName, stream, this.budget.charsLeft()), "odf");
      for (const e of odfEmbeddedEntries(files)) await this.entry(b, e, source, depth);
      return;
    }
    if (files.length === 0) return this.fact("unencrypted", rawName, source, 1, ["zip", "empty"]);
    for (const e of files) await this.entry(b, e, source, depth);
  }

  /** One archive entry as a part of its own. */
  private async entry(zip: Uint8Array, e: ZipEntry, parent: string, depth: number): Promise<void> {
    const source = childSource(parent, e.name);
    if (e.encryption !== "none")
      return this.fact("encrypted", e.name, source, 1, ["zip", `zip-${e.encryption}`]);
    let bytes: Uint8Array;
    try {
      this.budget.checkTime();
      if (depth + 1 > this.budget.limits.maxDepth) throw new LimitError("limit:depth");
      bytes = readZipEntry(zip, e, this.budget);
    } catch (err) {
      const reason: UnreadableReason = err instanceof LimitError ? err.reason : "corrupt";
      this.unreadable(e.name, source, reason, "zip-entry");
      if (isGlobal(reason)) throw err;
      return;
    }
    await this.part(bytes, e.name, source, depth + 1);
  }

  private async pdf(b: Uint8Array, rawName: string, source: string): Promise<void> {
    const declared = declaresEncryption(b);
    const backend = this.backends.pdfText;
    // Without a PDF library nothing tells a user password (encrypted) from an owner password only
    // (anyone can open it): a declared /Encrypt is not a fact, so the PDF is unreadable like any other.
    if (!backend) return this.unreadable(rawName, source, "unsupported", "pdf");
    let result;
    try {
      result = await withDeadline(backend(b, this.budget), this.budget);
    } catch (e) {
      if (e instanceof PdfPasswordError) return this.fact("encrypted", rawName, source, 1, ["pdf"]);
      throw e;
    }
    this.text(rawName, source, result.text);
    // /Encrypt with an empty user password (owner password only) opens for anyone: not protected.
    this.fact(
      "unencrypted",
      rawName,
      source,
      1,
      declared ? ["pdf", "owner-password-only"] : ["pdf"]
    );
    if (result.stoppedBy) this.fact("unreadable", rawName, source, 1, [result.stoppedBy, "pdf"]);
    else if (!result.text.trim() && result.pages > 0)
      this.unreadable(rawName, source, "no-text", "pdf");
  }

  private async eml(b: Uint8Array, rawName: string, source: string, depth: number): Promise<void> {
    // postal-mime needs TextDecoder, which classic Outlook's JavaScript-only runtime may lack; it is
    // imported lazily so that loading the send-time bundle never depends on it.
    if (typeof TextDecoder === "undefined")
      return this.unreadable(rawName, source, "unsupported", "eml");
    const { default: PostalMime } = await import("postal-mime");
    // Inline message/rfc822 parts come back as attachments (depth 0): we recurse ourselves, within our limits.
    const email = await PostalMime.parse(b, {
      rfc822Attachments: true,
      maxRfc822NestingDepth: 0,
      maxNestingDepth: 50,
    });
    const body = bodyText(email.text, email.html);
    this.readable(rawName, source, `${email.subject ?? ""}\n${body}`, "eml");
    for (const a of email.attachments) {
      const content =
        typeof a.content === "string" ? strToU8(a.content) : new Uint8Array(a.content);
      const name = a.filename ?? (a.mimeType === "message/rfc822" ? "bericht.eml" : "bijlage");
      this.budget.addBytes(content.length);
      await this.part(content, name, childSource(source, name), depth + 1);
    }
  }
}

/**
 * The body of an attached message: its plain text, plus the lines of its HTML alternative that the plain
 * text lacks (in multipart/alternative the two parts may differ, and a reader sees the HTML).
 */
function bodyText(text: string | undefined, html: string | undefined): string {
  if (!html) return text ?? "";
  const fromHtml = htmlText(html);
  if (text === undefined) return fromHtml;
  const collapse = (line: string) => line.replace(/\s+/g, " ").trim();
  const plain = new Set(text.split("\n").map(collapse));
  const extra = fromHtml.split("\n").filter((line) => {
    const c = collapse(line);
    return c !== "" && !plain.has(c);
  });
  return extra.length ? `${text}\n${extra.join("\n")}` : text;
}

/** Races async work (PDF parsing yields between steps) against what is left of the time budget. */
function withDeadline<T>(work: Promise<T>, budget: Budget): Promise<T> {
  if (typeof setTimeout !== "function") return work;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new LimitError("timeout")),
      Math.max(0, budget.timeLeft())
    );
    work.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e))
    );
  });
}

/** Builds `extractAttachment` around the given backends. */
export function createExtractor(backends: ExtractorBackends): Extractor {
  return async function extractAttachment(input, limits) {
    const run = new Run(new Budget(mergeLimits(limits)), backends, input.contentType || "");
    const source = sanitizeSegment(input.name || "bijlage");
    try {
      await run.part(input.bytes, input.name, source, 0);
    } catch (e) {
      // part() only rethrows global limits from nested parts; they are recorded already.
      if (!(e instanceof LimitError)) run.unreadable(input.name, source, "corrupt", "unknown");
    }
    return { texts: run.texts, facts: run.facts };
  };
}
