import type { Address, Attachment, Draft } from "../engine/draft";
import { htmlToText } from "../engine/text/html";
import { Budget, officeCall } from "./office";
import type {
  AttachmentDetailsLike,
  ComposeItemLike,
  EmailAddressDetailsLike,
  RecipientsLike,
} from "./item";

/** What Outlook told us besides the Draft: the raw attachment list (ids for the cache). */
export interface ReadResult {
  draft: Draft;
  attachments: AttachmentDetailsLike[];
}

export interface ReadOptions {
  /** used when the item has no `from` (older clients): the signed-in user */
  fallbackFrom?: Address;
}

function toAddress(d: EmailAddressDetailsLike): Address {
  const a: Address = { address: d.emailAddress };
  if (d.displayName && d.displayName !== d.emailAddress) a.name = d.displayName;
  return a;
}

function readRecipients(
  name: string,
  field: RecipientsLike | undefined,
  budget: Budget
): Promise<Address[]> {
  if (!field) return Promise.resolve([]);
  return officeCall<EmailAddressDetailsLike[]>(name, (cb) => field.getAsync(cb), budget).then(
    (list) => (list || []).map(toAddress)
  );
}

function kindOf(attachmentType: string): Attachment["kind"] {
  return attachmentType === "item" ? "item" : attachmentType === "cloud" ? "cloud" : "file";
}

export function toAttachment(d: AttachmentDetailsLike): Attachment {
  const a: Attachment = {
    id: d.id,
    name: d.name,
    contentType: d.contentType || "",
    size: d.size,
    kind: kindOf(d.attachmentType),
  };
  if (d.isInline) a.inline = true;
  return a;
}

/**
 * The body as text. HTML where the client gives it (converted with the engine's htmlToText, which keeps
 * hidden text, alt text and quoted replies); the client's own text rendering when HTML cannot be read.
 */
export function readBodyText(item: ComposeItemLike, budget: Budget): Promise<string> {
  return officeCall<string>("body.getAsync", (cb) => item.body.getAsync("html", cb), budget).then(
    (html) => (/<[a-z!]/i.test(html || "") ? htmlToText(html).text : html || ""),
    (e: { kind?: string }) => {
      if (e && e.kind === "timeout") throw e;
      return officeCall<string>("body.getAsync", (cb) => item.body.getAsync("text", cb), budget);
    }
  );
}

/**
 * Reads subject, body (text), From, To/Cc/Bcc and the attachment list, all calls in parallel under
 * the one budget. Attachment content is not read here (see attachments.ts).
 */
export function readDraft(
  item: ComposeItemLike,
  budget: Budget,
  options: ReadOptions = {}
): Promise<ReadResult> {
  const subject = officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb), budget);
  const body = readBodyText(item, budget);
  const from: Promise<Address> = item.from
    ? officeCall<EmailAddressDetailsLike>(
        "from.getAsync",
        (cb) => item.from!.getAsync(cb),
        budget
      ).then(toAddress)
    : Promise.resolve(options.fallbackFrom || { address: "" });
  const to = readRecipients("to.getAsync", item.to, budget);
  const cc = readRecipients("cc.getAsync", item.cc, budget);
  const bcc = readRecipients("bcc.getAsync", item.bcc, budget);
  const attachments: Promise<AttachmentDetailsLike[]> = item.getAttachmentsAsync
    ? officeCall<AttachmentDetailsLike[]>(
        "getAttachmentsAsync",
        (cb) => item.getAttachmentsAsync!(cb),
        budget
      )
    : Promise.resolve([]);
  return Promise.all([subject, body, from, to, cc, bcc, attachments]).then(
    ([s, b, f, t, c, bc, atts]) => {
      const list = atts || [];
      const draft: Draft = {
        subject: s || "",
        body: b || "",
        from: f.address ? f : options.fallbackFrom || f,
        to: t,
        cc: c,
        bcc: bc,
        attachments: list.map(toAttachment),
      };
      return { draft, attachments: list };
    }
  );
}
