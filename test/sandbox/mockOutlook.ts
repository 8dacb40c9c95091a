/**
 * A mocked Outlook compose item and Office global, shared by the sandbox tests (which hand it to the
 * built launchevent.js in a bare vm context), the unit tests (wrapped in office-addin-mock) and the bench.
 * Callbacks arrive asynchronously, as in Outlook. Test data is fictitious.
 */
import type { AttachmentDetailsLike } from "../../src/outlook/item";

export interface MockRecipient {
  emailAddress: string;
  displayName?: string;
  recipientType?: string;
}

export interface MockAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  attachmentType?: "file" | "item" | "cloud";
  isInline?: boolean;
  /** base64 for files, .eml text for items, a URL for cloud files */
  content?: string;
  format?: "base64" | "eml" | "url";
}

/** How a named Office call misbehaves: fails, throws synchronously, or never calls back. */
export type Fault = "fail" | "throw" | "hang";

export interface MockDraft {
  subject?: string;
  body?: string;
  /** the HTML body; by default the text body as simple HTML paragraphs */
  html?: string;
  from?: MockRecipient;
  to?: MockRecipient[];
  cc?: MockRecipient[];
  bcc?: MockRecipient[];
  attachments?: MockAttachment[];
  displayLanguage?: string;
  /** highest Mailbox requirement set the client supports, e.g. "1.15" */
  mailbox?: string;
  sessionData?: Record<string, string>;
  /** internet headers already set on the draft */
  headers?: Record<string, string>;
  /** sensitivity label id already on the draft */
  label?: string;
  storage?: Record<string, string>;
  /** OfficeRuntime.storage.getItem never answers */
  storageHangs?: boolean;
  faults?: Record<string, Fault>;
  /** delay of every callback in ms (default: next tick) */
  latencyMs?: number;
}

export interface MockRecord {
  headers: Record<string, string>;
  subjectSet: string[];
  labelSet: string[];
  appended: string[];
  sessionData: Record<string, string>;
  storage: Record<string, string>;
  /** Office calls made, by name */
  calls: string[];
}

type Cb<T> = (r: { status: string; value: T; error?: { code: number; message: string } }) => void;

function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

/** How Outlook hands a plain body out as HTML: escaped lines in paragraphs. */
export function textToHtml(text: string): string {
  const esc = (l: string) => l.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return (
    "<html><body>" +
    text
      .split("\n")
      .map((l) => `<p>${esc(l) || "&nbsp;"}</p>`)
      .join("") +
    "</body></html>"
  );
}

export function mockOutlook(d: MockDraft = {}) {
  const record: MockRecord = {
    headers: { ...(d.headers || {}) },
    subjectSet: [],
    labelSet: [],
    appended: [],
    sessionData: { ...(d.sessionData || {}) },
    storage: { ...(d.storage || {}) },
    calls: [],
  };
  let subject = d.subject ?? "";
  const faults = d.faults || {};
  const later = (fn: () => void) => {
    if (d.latencyMs) setTimeout(fn, d.latencyMs);
    else Promise.resolve().then(fn);
  };

  /** Runs an Office call the way Outlook would, or misbehaves as the test asked. */
  function call<T>(name: string, cb: Cb<T> | undefined, value: () => T): void {
    record.calls.push(name);
    const fault = faults[name];
    if (fault === "throw") throw new Error(`mock: ${name} threw`);
    if (fault === "hang" || !cb) return;
    if (fault === "fail") {
      later(() =>
        cb({
          status: "failed",
          value: undefined as T,
          error: { code: 9002, message: "mock failure" },
        })
      );
      return;
    }
    later(() => {
      let v: T;
      try {
        v = value();
      } catch {
        cb({
          status: "failed",
          value: undefined as T,
          error: { code: 9041, message: "mock failure" },
        });
        return;
      }
      cb({ status: "succeeded", value: v });
    });
  }

  const recipients = (name: string, list: MockRecipient[] | undefined) => ({
    getAsync: (cb: Cb<MockRecipient[]>) =>
      call(name, cb, () =>
        (list || []).map((r) => ({
          recipientType: "externalUser",
          displayName: r.emailAddress,
          ...r,
        }))
      ),
  });
  const atts = d.attachments || [];

  const item = {
    itemType: "message",
    subject: {
      getAsync: (cb: Cb<string>) => call("subject.getAsync", cb, () => subject),
      setAsync: (s: string, cb: Cb<void>) =>
        call("subject.setAsync", cb, () => {
          subject = s;
          record.subjectSet.push(s);
        }),
    },
    body: {
      getAsync: (type: string, cb: Cb<string>) =>
        call("body.getAsync", cb, () =>
          type === "html" ? (d.html ?? textToHtml(d.body ?? "")) : (d.body ?? "")
        ),
      appendOnSendAsync: (data: string, _o: unknown, cb: Cb<void>) =>
        call("body.appendOnSendAsync", cb, () => {
          record.appended.push(data);
        }),
    },
    from: {
      getAsync: (cb: Cb<MockRecipient>) =>
        call(
          "from.getAsync",
          cb,
          () =>
            d.from || {
              emailAddress: "assistent@praktijk-delinde.nl",
              displayName: "Assistent De Linde",
            }
        ),
    },
    to: recipients("to.getAsync", d.to),
    cc: recipients("cc.getAsync", d.cc),
    bcc: recipients("bcc.getAsync", d.bcc),
    getAttachmentsAsync: (cb: Cb<AttachmentDetailsLike[]>) =>
      call("getAttachmentsAsync", cb, () =>
        atts.map((a) => ({
          id: a.id,
          name: a.name,
          contentType: a.contentType,
          size: a.size,
          attachmentType: a.attachmentType || "file",
          isInline: !!a.isInline,
        }))
      ),
    getAttachmentContentAsync: (id: string, cb: Cb<{ content: string; format: string }>) =>
      call("getAttachmentContentAsync", cb, () => {
        const a = atts.find((x) => x.id === id);
        if (!a) throw new Error("no such attachment");
        return {
          content: a.content || "",
          format:
            a.format ||
            (a.attachmentType === "item" ? "eml" : a.attachmentType === "cloud" ? "url" : "base64"),
        };
      }),
    sessionData: {
      getAsync: (key: string, cb: Cb<string>) =>
        call("sessionData.getAsync", cb, () => record.sessionData[key] ?? ""),
      setAsync: (key: string, value: string, cb: Cb<void>) =>
        call("sessionData.setAsync", cb, () => {
          record.sessionData[key] = value;
        }),
    },
    internetHeaders: {
      setAsync: (headers: Record<string, string>, cb: Cb<void>) =>
        call("internetHeaders.setAsync", cb, () => {
          Object.assign(record.headers, headers);
        }),
      getAsync: (names: string[], cb: Cb<Record<string, string>>) =>
        call("internetHeaders.getAsync", cb, () => {
          const out: Record<string, string> = {};
          for (const n of names) if (n in record.headers) out[n] = record.headers[n];
          return out;
        }),
    },
    sensitivityLabel: {
      setAsync: (label: string, cb: Cb<void>) =>
        call("sensitivityLabel.setAsync", cb, () => {
          record.labelSet.push(label);
        }),
      getAsync: (cb: Cb<string>) =>
        call(
          "sensitivityLabel.getAsync",
          cb,
          () => record.labelSet[record.labelSet.length - 1] ?? d.label ?? ""
        ),
    },
  };

  const associations: Record<string, (event: unknown) => void> = {};
  const mailbox = d.mailbox || "1.15";
  const Office = {
    context: {
      displayLanguage: d.displayLanguage || "nl-NL",
      requirements: {
        isSetSupported: (name: string, v?: string) =>
          name === "Mailbox" && versionAtLeast(mailbox, v || "1.1"),
      },
      mailbox: {
        item,
        userProfile: {
          emailAddress: "assistent@praktijk-delinde.nl",
          displayName: "Assistent De Linde",
        },
      },
    },
    actions: {
      associate: (name: string, fn: (event: unknown) => void) => {
        associations[name] = fn;
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
  };
  const OfficeRuntime = {
    storage: {
      getItem: (k: string) =>
        d.storageHangs
          ? new Promise<string | null>(() => undefined)
          : Promise.resolve(k in record.storage ? record.storage[k] : null),
      setItem: (k: string, v: string) => {
        record.storage[k] = v;
        return Promise.resolve();
      },
    },
  };
  return { Office, OfficeRuntime, item, record, associations };
}

/** An event whose `completed` calls are recorded; `done` resolves at the first call. */
export function mockEvent() {
  const completions: unknown[] = [];
  let resolveDone: (options: unknown) => void = () => undefined;
  const done = new Promise<unknown>((r) => (resolveDone = r));
  const event = {
    completed: (options?: unknown) => {
      completions.push(options);
      resolveDone(options);
    },
  };
  return { event, completions, done };
}

/** base64 of UTF-8 text (test attachments). */
export function b64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}
