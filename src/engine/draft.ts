/**
 * The one input type of the engine. Every shell (Outlook, CLI, task pane) turns its input into a Draft.
 */

export interface Address {
  /** e-mail address as given (not lower-cased) */
  address: string;
  /** display name, when the client gives one */
  name?: string;
}

/** Text extracted from an attachment by src/extract, with where each piece came from. */
export interface AttachmentText {
  /** e.g. "uitslag.pdf" or "archief.zip/brief.docx" (used as `attachment:<source>`) */
  source: string;
  text: string;
  /** the part's file name as text (health data can be in a name only); not content of the file */
  fromName?: boolean;
}

/** What src/extract learned about one attachment. Computed outside the engine, often before Send. */
export interface AttachmentExtraction {
  texts: AttachmentText[];
  /** attachment facts: `encrypted`, `unencrypted`, `medical-document`, `unreadable` findings */
  facts: import("./types").Finding[];
}

export interface Attachment {
  /** Outlook attachment id; absent in the CLI */
  id?: string;
  name: string;
  contentType: string;
  size: number;
  inline?: boolean;
  /** `file`: bytes available; `item`: an attached message; `cloud`: a link to a cloud file */
  kind: "file" | "item" | "cloud";
  bytes?: Uint8Array;
  extraction?: AttachmentExtraction;
}

export interface Draft {
  subject: string;
  /** the body as plain text (HTML bodies are converted with offsets kept, see text/html.ts) */
  body: string;
  from: Address;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  attachments: Attachment[];
}

export function emptyDraft(partial: Partial<Draft> = {}): Draft {
  return {
    subject: "",
    body: "",
    from: { address: "" },
    to: [],
    cc: [],
    bcc: [],
    attachments: [],
    ...partial,
  };
}
