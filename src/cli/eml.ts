import PostalMime from "postal-mime";
import type { Address as PostalAddress, Email } from "postal-mime";
import type { Address, Attachment, Draft } from "../engine/draft";
import type { Policy } from "../engine/policy";
import { clientLimits, extractAttachment, readsAttachment, type Client } from "../extract";

/** A malformed or unreadable .eml: reported per file, never fatal for a whole run. */
export class EmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmlError";
  }
}

function flatten(list: PostalAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const a of list ?? []) {
    // Group syntax ("Patients: a@x, b@y;") arrives as a group with members.
    if ("group" in a && Array.isArray(a.group)) out.push(...flatten(a.group));
    else if ("address" in a && a.address)
      out.push(a.name ? { address: a.address, name: a.name } : { address: a.address });
  }
  return out;
}

/** Tags stripped without keeping offsets: the CLI only needs text when a mail has no text part. */
function roughHtmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, "\n")
    .replace(/<[^<>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** How attachments are read: as `client` reads them at Send (default `cli`: no Outlook limits). */
export interface EmlOptions {
  client?: Client;
  /** the practice's policy: its `extraction` limits apply */
  policy?: Policy;
}

/** Parse an RFC 5322 message (a saved or exported draft) into a Draft. */
export async function draftFromEml(bytes: Uint8Array, options: EmlOptions = {}): Promise<Draft> {
  if (bytes.length === 0) throw new EmlError("empty file");
  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (e) {
    throw new EmlError(
      `not a readable e-mail message (${e instanceof Error ? e.name : "parse error"})`
    );
  }
  const from = flatten(email.from ? [email.from] : [])[0];
  if (!from) throw new EmlError("no From address: not an e-mail message");
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
  // Attachments are judged by what is inside them (src/extract), read as the client reads them at Send;
  // extraction never throws.
  const client = options.client ?? "cli";
  const limits = clientLimits(client, options.policy?.extraction);
  for (const a of attachments)
    if (a.bytes && readsAttachment(a))
      a.extraction = await extractAttachment(
        { name: a.name, contentType: a.contentType, bytes: a.bytes },
        client,
        limits
      );
  return {
    subject: email.subject ?? "",
    body: email.text ?? (email.html ? roughHtmlText(email.html) : ""),
    from,
    to: flatten(email.to),
    cc: flatten(email.cc),
    bcc: flatten(email.bcc),
    attachments,
  };
}
