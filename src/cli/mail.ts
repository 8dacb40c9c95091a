/**
 * Mail files -> Drafts for the CLI: RFC 5322 messages (.eml), Outlook messages (.msg, a Compound File
 * read with @kenjiuno/msgreader) and mbox exports (many messages in one file).
 */
import PostalMime from "postal-mime";
import type { Address as PostalAddress, Email } from "postal-mime";
import type MsgReader from "@kenjiuno/msgreader";
import type { FieldsData } from "@kenjiuno/msgreader";
import type { Address, Attachment, Draft } from "../engine/draft";
import { htmlToText } from "../engine/text/html";
import type { Policy } from "../engine/policy";
import type { Client } from "../extract";

/** How attachments are read: as `client` reads them at Send, within the policy's `extraction` limits. */
export interface ReadOptions {
  client?: Client;
  policy?: Policy;
}

/** Why one mail could not be read: a message key of src/i18n/cli.ts and its reason. Never fatal for a run. */
export class MailError extends Error {
  constructor(
    readonly key: "err.empty" | "err.notMail" | "err.notMsg",
    readonly reason = ""
  ) {
    super(reason || key);
    this.name = "MailError";
  }
}

export type MailKind = "eml" | "msg" | "mbox";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** Bytes without a leading UTF-8 byte-order mark (Windows tools write one; the MIME parser would choke). */
export function stripBom(bytes: Uint8Array): Uint8Array {
  return startsWith(bytes, BOM) ? bytes.subarray(3) : bytes;
}

/** What a file holds, from its first bytes: an mbox starts with a "From " separator line. */
export function sniffKind(head: Uint8Array): MailKind {
  if (startsWith(head, CFB_MAGIC)) return "msg";
  const b = stripBom(head);
  return b.length >= 5 && String.fromCharCode(...b.subarray(0, 5)) === "From " ? "mbox" : "eml";
}

/** File names the folder walk picks up; extensionless files are sniffed (Thunderbird keeps mbox so). */
export function kindByName(name: string): MailKind | "sniff" | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".eml")) return "eml";
  if (lower.endsWith(".msg")) return "msg";
  if (lower.endsWith(".mbox") || lower.endsWith(".mbx")) return "mbox";
  return /\.[a-z0-9]{1,5}$/.test(lower) || lower.startsWith(".") ? null : "sniff";
}

/**
 * Splits an mbox file into its messages. A separator is a line starting "From " at the start of the file
 * or after a newline; ">From " lines (mboxrd quoting) get their ">" back off. Works on bytes, so any
 * charset passes through untouched.
 */
export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  const data = stripBom(bytes);
  const starts: number[] = [];
  const isFromAt = (i: number): boolean =>
    data[i] === 0x46 &&
    data[i + 1] === 0x72 &&
    data[i + 2] === 0x6f &&
    data[i + 3] === 0x6d &&
    data[i + 4] === 0x20;
  if (isFromAt(0)) starts.push(0);
  for (let i = data.indexOf(0x0a); i >= 0 && i < data.length; i = data.indexOf(0x0a, i + 1))
    if (isFromAt(i + 1)) starts.push(i + 1);
  const out: Uint8Array[] = [];
  for (let k = 0; k < starts.length; k++) {
    const lineEnd = data.indexOf(0x0a, starts[k]);
    if (lineEnd < 0) continue;
    const end = k + 1 < starts.length ? starts[k + 1] : data.length;
    out.push(unquoteFrom(data.subarray(lineEnd + 1, end)));
  }
  return out;
}

/** ">From " at a line start -> "From " (mboxrd); copies only when there is something to change. */
function unquoteFrom(msg: Uint8Array): Uint8Array {
  const needle = [0x0a, 0x3e, 0x46, 0x72, 0x6f, 0x6d, 0x20];
  let hit = startsWith(msg, needle.slice(1));
  for (let i = msg.indexOf(0x0a); !hit && i >= 0; i = msg.indexOf(0x0a, i + 1))
    hit = startsWith(msg, needle, i);
  if (!hit) return msg;
  const parts: number[] = [];
  for (let i = 0; i < msg.length; i++) {
    if ((i === 0 || msg[i - 1] === 0x0a) && msg[i] === 0x3e) {
      let j = i;
      while (msg[j] === 0x3e) j++;
      if (startsWith(msg, [0x46, 0x72, 0x6f, 0x6d, 0x20], j)) continue;
    }
    parts.push(msg[i]);
  }
  return Uint8Array.from(parts);
}

/** A parsed address list as people (group members listed, a display name split at a comma joined again). */
export function addressesOf(list: PostalAddress[] | undefined): Address[] {
  const out: Address[] = [];
  // "J. Hoekstra, huisarts <j.hoekstra@…>": an unquoted comma splits one display name in two, the first
  // part without an address; Outlook shows (and our add-in reads) the name whole, so it is joined again.
  let nameWithoutAddress = "";
  for (const a of list ?? []) {
    // Group syntax ("Patients: a@x, b@y;") arrives as a group with members.
    if ("group" in a && Array.isArray(a.group)) {
      out.push(...addressesOf(a.group));
      nameWithoutAddress = "";
    } else if ("address" in a && a.address) {
      const name = [nameWithoutAddress, a.name].filter(Boolean).join(", ");
      out.push(name ? { address: a.address, name } : { address: a.address });
      nameWithoutAddress = "";
    } else if ("name" in a && a.name && !a.name.includes("@"))
      nameWithoutAddress = nameWithoutAddress ? `${nameWithoutAddress}, ${a.name}` : a.name;
  }
  return out;
}

/** Reads each attachment's text and facts (src/extract never throws) within the policy's limits. */
async function extractAll(attachments: Attachment[], options: ReadOptions): Promise<void> {
  if (!attachments.some((a) => a.bytes)) return;
  // loaded with the first attachment: the readers (XML, zip, PDF) are a good part of a cold start
  const { clientLimits, extractAttachment, readsAttachment } = await import("../extract");
  const client = options.client ?? "cli";
  const limits = clientLimits(client, options.policy?.extraction);
  for (const a of attachments)
    if (a.bytes && readsAttachment(a))
      a.extraction = await extractAttachment(
        { name: a.name, contentType: a.contentType, bytes: a.bytes },
        client,
        limits
      );
}

/** Parse an RFC 5322 message (a saved or exported draft) into a Draft. A missing From is no reason to skip it. */
export async function draftFromEml(raw: Uint8Array, options: ReadOptions = {}): Promise<Draft> {
  const bytes = stripBom(raw);
  if (bytes.length === 0) throw new MailError("err.empty");
  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (e) {
    throw new MailError("err.notMail", e instanceof Error ? e.name : "parse error");
  }
  const from = addressesOf(email.from ? [email.from] : [])[0] ?? { address: "" };
  const to = addressesOf(email.to);
  const cc = addressesOf(email.cc);
  const bcc = addressesOf(email.bcc);
  // postal-mime reads any text as headers; a message has at least one "Name: value" header line.
  if (!email.headerLines.some((h) => /^[A-Za-z0-9-]+:/.test(h.line)))
    throw new MailError("err.notMail", "no mail headers");
  const attachments: Attachment[] = email.attachments.map((a) => {
    const content =
      typeof a.content === "string"
        ? new TextEncoder().encode(a.content)
        : new Uint8Array(a.content);
    const isMessage = a.mimeType === "message/rfc822";
    return {
      name: a.filename ?? (isMessage ? "bericht.eml" : "bijlage"),
      contentType: a.mimeType,
      size: content.byteLength,
      inline: a.disposition === "inline",
      kind: isMessage ? "item" : "file",
      bytes: content,
    };
  });
  await extractAll(attachments, options);
  return {
    subject: email.subject ?? "",
    body: bodyOf(email.text, email.html),
    from,
    to,
    cc,
    bcc,
    attachments,
  };
}

/** An Exchange address may be an X.500 path ("/O=EXCHANGELABS/..."); only SMTP addresses count. */
function smtp(...candidates: (string | undefined)[]): string {
  return candidates.find((c) => c && c.includes("@") && !c.startsWith("/")) ?? "";
}

function msgBody(f: FieldsData): string {
  if (f.body) return f.body;
  if (f.bodyHtml) return htmlToText(f.bodyHtml).text;
  if (f.html) return htmlToText(new TextDecoder().decode(f.html)).text;
  return "";
}

/** Parse an Outlook .msg (what dragging a mail out of classic Outlook gives) into a Draft. */
export async function draftFromMsg(raw: Uint8Array, options: ReadOptions = {}): Promise<Draft> {
  if (raw.length === 0) throw new MailError("err.empty");
  if (!startsWith(raw, CFB_MAGIC)) throw new MailError("err.notMsg", "no Compound File header");
  let reader: MsgReader;
  let data: FieldsData;
  // loaded on the first .msg only: most runs read .eml and mbox
  const loaded = await import("@kenjiuno/msgreader");
  // A CommonJS package: the ES module build of the CLI (bin/build-cli.cjs) gets its exports object as
  // `default`, with the class one level down; ts-jest and tsx give the class itself.
  const Reader = ((loaded.default as unknown as { default?: typeof loaded.default }).default ??
    loaded.default) as typeof loaded.default;
  try {
    reader = new Reader(new DataView(raw.buffer, raw.byteOffset, raw.byteLength));
    data = reader.getFileData();
  } catch (e) {
    throw new MailError("err.notMsg", e instanceof Error ? e.name : "parse error");
  }
  if (data.error) throw new MailError("err.notMsg", "corrupt");
  const recipients = { to: [] as Address[], cc: [] as Address[], bcc: [] as Address[] };
  for (const r of data.recipients ?? []) {
    const address = smtp(r.smtpAddress, r.email, r.name);
    if (!address) continue;
    recipients[r.recipType ?? "to"].push(
      r.name && r.name !== address ? { address, name: r.name } : { address }
    );
  }
  const fromAddress = smtp(data.senderSmtpAddress, data.senderEmail);
  const attachments: Attachment[] = [];
  for (const a of data.attachments ?? []) {
    const name = a.fileName ?? a.fileNameShort ?? a.name ?? "bijlage";
    if (a.innerMsgContent && a.innerMsgContentFields) {
      // An attached Outlook item: its subject and text are what the recipient can read.
      const inner = a.innerMsgContentFields;
      const text = `${inner.subject ?? ""}\n${msgBody(inner)}`;
      attachments.push({
        name: name.endsWith(".msg") ? name : `${name}.msg`,
        contentType: "application/vnd.ms-outlook",
        size: text.length,
        kind: "item",
        extraction: { texts: [{ source: name, text }], facts: [] },
      });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = reader.getAttachment(a).content;
    } catch {
      bytes = new Uint8Array(0);
    }
    attachments.push({
      name,
      contentType: a.attachMimeTag || "application/octet-stream",
      size: bytes.byteLength,
      inline: Boolean(a.attachmentHidden),
      kind: "file",
      bytes,
    });
  }
  await extractAll(attachments, options);
  return {
    subject: data.subject ?? "",
    body: msgBody(data),
    from: fromAddress
      ? data.senderName && data.senderName !== fromAddress
        ? { address: fromAddress, name: data.senderName }
        : { address: fromAddress }
      : { address: "" },
    ...recipients,
    attachments,
  };
}

/**
 * The body as Outlook would check it. A multipart/alternative carries a text and an HTML part; Outlook
 * composes from the HTML, so what the HTML shows and the text part lacks (a BSN, a sentence hidden from
 * plain-text readers) must be read too: when the HTML holds words the text part lacks, the HTML's text is
 * read (with the text part after it, if that adds words of its own).
 */
export function bodyOf(text: string | undefined, html: string | undefined): string {
  if (!html) return text ?? "";
  const fromHtml = htmlToText(html).text;
  if (text === undefined) return fromHtml;
  const words = (s: string) => s.toLowerCase().match(/[a-z0-9\u00c0-\u024f]{3,}/g) ?? [];
  const inText = new Set(words(text));
  if (!words(fromHtml).some((w) => !inText.has(w))) return text;
  // The HTML says more (hidden or forged parts): it is what Outlook sends and shows, read whole, so
  // that its text keeps its own salutation and signature; the text part follows only where it adds.
  const inHtml = new Set(words(fromHtml));
  return words(text).some((w) => !inHtml.has(w)) ? fromHtml + "\n\n" + text : fromHtml;
}
