/**
 * A mock Outlook compose host for the simulator: the state of one draft, and an `Office` global per
 * runtime (the event runtime, the task pane) that reads and writes that state, the way Outlook gives the
 * real add-in one item seen from two runtimes. Hand-written instead of office-addin-mock: that package is
 * built for node tests (it pulls office-addin-manifest), and the simulator runs in a plain browser page.
 */

export interface Person {
  emailAddress: string;
  displayName: string;
}

export interface SimAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  /** base64 */
  content: string;
}

export interface ComposeState {
  from: Person;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  subject: string;
  body: string;
  attachments: SimAttachment[];
  headers: Record<string, string>;
  session: Record<string, string>;
  appendOnSend: string;
  sensitivityLabel: string;
  /** contextData of the Smart Alert that opened the task pane */
  initContext: string;
}

export function emptyDraft(from: Person): ComposeState {
  return {
    from,
    to: [],
    cc: [],
    bcc: [],
    subject: "",
    body: "",
    attachments: [],
    headers: {},
    session: {},
    appendOnSend: "",
    sensitivityLabel: "",
    initContext: "",
  };
}

/** "Naam <a@b.nl>; c@d.nl" -> people. */
export function parseRecipients(text: string): Person[] {
  return text
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const angle = /^([^<]*)<([^>]+)>$/.exec(part);
      const emailAddress = (angle ? angle[2] : part).trim();
      const displayName = (angle ? angle[1] : "").trim().replace(/^"|"$/g, "") || emailAddress;
      return { emailAddress, displayName };
    });
}

type Result<T> = {
  status: "succeeded" | "failed";
  value: T;
  error: { code: string; message: string } | null;
};
type Cb<T> = (result: Result<T>) => void;

const ok = <T>(value: T): Result<T> => ({ status: "succeeded", value, error: null });

/** Office.js passes an optional options object before the callback; take the last function argument. */
function callbackOf<T>(args: unknown[]): Cb<T> | undefined {
  for (let i = args.length - 1; i >= 0; i--)
    if (typeof args[i] === "function") return args[i] as Cb<T>;
  return undefined;
}

/** Async like Office.js: the callback never runs inside the call. */
function reply<T>(args: unknown[], value: T): void {
  const cb = callbackOf<T>(args);
  if (cb) setTimeout(() => cb(ok(value)), 0);
}

function stripHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return doc.body.textContent || "";
}

export interface HostHooks {
  /** the user (or the pane) asked to send: runs OnMessageSend like Outlook does */
  send(): void;
  /** an add-in changed the draft (subject tag, Bcc, body): the form shows it */
  changed(): void;
}

export interface MockHost {
  /** an `Office` global for one runtime */
  officeFor(label: string): unknown;
  /** launch-event handlers registered with Office.actions.associate, by function name */
  handlers: Map<string, (event: unknown) => void>;
  /** listeners the task pane added for InitializationContextChanged */
  contextListeners: Array<(event: { type: string; contextData: string }) => void>;
}

const MAILBOX_VERSION = 1.15;

export function createMockHost(draft: () => ComposeState, hooks: HostHooks): MockHost {
  const handlers = new Map<string, (event: unknown) => void>();
  const contextListeners: MockHost["contextListeners"] = [];

  /** Reply to a setter and let the compose form show the change. */
  const changedReply = (args: unknown[]) => {
    reply(args, undefined);
    setTimeout(() => hooks.changed(), 0);
  };

  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync: (...args: unknown[]) =>
      reply(
        args,
        draft()[field].map((p) => ({ ...p, recipientType: "externalUser" }))
      ),
    setAsync: (list: Array<string | Person>, ...args: unknown[]) => {
      draft()[field] = list.map((p) =>
        typeof p === "string" ? { emailAddress: p, displayName: p } : { ...p }
      );
      changedReply(args);
    },
  });

  const item = {
    itemType: "message",
    subject: {
      getAsync: (...args: unknown[]) => reply(args, draft().subject),
      setAsync: (value: string, ...args: unknown[]) => {
        draft().subject = value;
        changedReply(args);
      },
    },
    body: {
      getAsync: (coercion: string, ...args: unknown[]) =>
        reply(args, coercion === "html" ? draft().body.replace(/\n/g, "<br>") : draft().body),
      getTypeAsync: (...args: unknown[]) => reply(args, "text"),
      setAsync: (
        value: string,
        options: { coercionType?: string } | Cb<void>,
        ...rest: unknown[]
      ) => {
        const html = typeof options === "object" && options && options.coercionType === "html";
        draft().body = html ? stripHtml(value) : value;
        changedReply([options, ...rest]);
      },
      appendOnSendAsync: (
        value: string,
        options: { coercionType?: string } | Cb<void>,
        ...rest: unknown[]
      ) => {
        const html = typeof options === "object" && options && options.coercionType === "html";
        draft().appendOnSend = html ? stripHtml(value) : value;
        changedReply([options, ...rest]);
      },
    },
    from: {
      getAsync: (...args: unknown[]) => reply(args, { ...draft().from, recipientType: "user" }),
    },
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    getAttachmentsAsync: (...args: unknown[]) =>
      reply(
        args,
        draft().attachments.map((a) => ({
          id: a.id,
          name: a.name,
          contentType: a.contentType,
          size: a.size,
          attachmentType: "file",
          isInline: false,
        }))
      ),
    getAttachmentContentAsync: (id: string, ...args: unknown[]) => {
      const found = draft().attachments.find((a) => a.id === id);
      const cb = callbackOf<{ content: string; format: string }>(args);
      if (!cb) return;
      setTimeout(() =>
        cb(
          found
            ? ok({ content: found.content, format: "base64" })
            : {
                status: "failed",
                value: { content: "", format: "base64" },
                error: { code: "9001", message: "not found" },
              }
        )
      );
    },
    sessionData: {
      getAsync: (name: string, ...args: unknown[]) => {
        const cb = callbackOf<string>(args);
        if (!cb) return;
        const value = draft().session[name];
        // Office.js fails for a key that was never set
        setTimeout(() =>
          cb(
            value === undefined
              ? { status: "failed", value: "", error: { code: "9064", message: "no such key" } }
              : ok(value)
          )
        );
      },
      setAsync: (name: string, value: string, ...args: unknown[]) => {
        draft().session[name] = value;
        reply(args, undefined);
      },
      removeAsync: (name: string, ...args: unknown[]) => {
        delete draft().session[name];
        reply(args, undefined);
      },
      getAllAsync: (...args: unknown[]) => reply(args, { ...draft().session }),
    },
    internetHeaders: {
      setAsync: (headers: Record<string, string>, ...args: unknown[]) => {
        Object.assign(draft().headers, headers);
        changedReply(args);
      },
      getAsync: (names: string[], ...args: unknown[]) =>
        reply(
          args,
          Object.fromEntries(
            names.filter((n) => n in draft().headers).map((n) => [n, draft().headers[n]])
          )
        ),
    },
    sensitivityLabel: {
      getAsync: (...args: unknown[]) => reply(args, draft().sensitivityLabel),
      setAsync: (label: string, ...args: unknown[]) => {
        draft().sensitivityLabel = label;
        changedReply(args);
      },
    },
    getInitializationContextAsync: (...args: unknown[]) => reply(args, draft().initContext),
    sendAsync: (...args: unknown[]) => {
      reply(args, undefined);
      hooks.send();
    },
  };

  function officeFor(label: string): unknown {
    return {
      __simulator: label,
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      CoercionType: { Text: "text", Html: "html" },
      EventType: {
        InitializationContextChanged: "initializationContextChanged",
        RecipientsChanged: "olkRecipientsChanged",
        AttachmentsChanged: "olkAttachmentsChanged",
      },
      HostType: { Outlook: "Outlook" },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
      MailboxEnums: {
        SendModeOverride: { PromptUser: "promptUser" },
        ItemType: { Message: "message" },
        RecipientType: { ExternalUser: "externalUser", User: "user" },
      },
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: "Outlook", platform: "OfficeOnline" };
        if (cb) setTimeout(() => cb(info), 0);
        return Promise.resolve(info);
      },
      actions: {
        associate: (name: string, handler: (event: unknown) => void) => handlers.set(name, handler),
      },
      context: {
        displayLanguage: "nl-NL",
        platform: "OfficeOnline",
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            name === "Mailbox" && Number(version || "1") <= MAILBOX_VERSION,
        },
        mailbox: {
          item,
          get userProfile() {
            return {
              emailAddress: draft().from.emailAddress,
              displayName: draft().from.displayName,
            };
          },
          addHandlerAsync: (
            type: string,
            handler: (event: { type: string; contextData: string }) => void,
            ...args: unknown[]
          ) => {
            if (type === "initializationContextChanged") contextListeners.push(handler);
            reply(args, undefined);
          },
        },
      },
    };
  }

  return { officeFor, handlers, contextListeners };
}
