/**
 * THE mock Outlook host: one compose item seen from every runtime (event handlers, task pane), with the
 * shapes Microsoft documents for Office.js (docs/office-apis.md cites each). The simulator runs the real
 * add-in against it in a browser page; the unit, sandbox and browser tests use the same module (the
 * sandbox through test/sandbox/mockOutlook.ts, the browser test through a bundle of
 * test/browser/mock-office-entry.ts), so a wrong assumption shows up in one place.
 *
 * Hand-written instead of office-addin-mock: that package is built for node tests (it pulls
 * office-addin-manifest), and this one must also run in a plain browser page and a bare vm context.
 *
 * Documented shapes it follows:
 * - every `...Async` call takes an optional options object before its callback, and calls back later,
 *   never inside the call, with `{ status: "succeeded" | "failed", value, error }`;
 * - `item.addHandlerAsync(Office.EventType.InitializationContextChanged, handler)` (Mailbox 1.15) calls
 *   the handler with `{ type: "olkInitializationContextChanged", initializationContextData }`;
 * - `item.sendAsync` exists from Mailbox 1.15 (task pane, read/write mailbox permission);
 * - `item.sensitivityLabel` and `Office.context.sensitivityLabelsCatalog` from Mailbox 1.13;
 * - `Office.context.roamingSettings` get/set/remove/saveAsync (Mailbox 1.1);
 * - `OfficeRuntime.storage` getItem/setItem/removeItem return promises.
 */

export interface Person {
  emailAddress: string;
  displayName?: string;
  /** Office.MailboxEnums.RecipientType: "user", "externalUser", "distributionList", "group", "other" */
  recipientType?: string;
}

export interface SimAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  /** base64 for files, .eml text for items, a URL for cloud files */
  content?: string;
  attachmentType?: "file" | "item" | "cloud";
  isInline?: boolean;
  format?: "base64" | "eml" | "url";
}

export interface ComposeState {
  from: Person;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  subject: string;
  /** the body in its own format (bodyType) */
  body: string;
  bodyType?: "text" | "html";
  /** what body.getAsync("html") returns when set; by default the text body as HTML paragraphs */
  html?: string;
  attachments: SimAttachment[];
  headers: Record<string, string>;
  session: Record<string, string>;
  appendOnSend: string;
  sensitivityLabel: string;
  /** contextData of the Smart Alert that opened the task pane; null: opened from the ribbon */
  initContext: string | null;
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
    initContext: null,
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

function stripHtml(html: string): string {
  const P = (
    globalThis as { DOMParser?: new () => { parseFromString(s: string, t: string): Document } }
  ).DOMParser;
  if (P) return new P().parseFromString(html, "text/html").body.textContent || "";
  // Only the mock's fallback outside a browser (tests of the mock itself), never the guard's reading of mail.
  /* eslint-disable regexp/no-super-linear-move */
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/\n+$/, "");
  /* eslint-enable regexp/no-super-linear-move */
}

/** How a named Office call misbehaves: fails, throws synchronously, or never calls back. */
export type Fault = "fail" | "throw" | "hang";

type Result<T> = {
  status: "succeeded" | "failed";
  value: T;
  error: { code: number | string; name?: string; message: string } | null;
};
type Cb<T> = (result: Result<T>) => void;

export const EVENT_INITIALIZATION_CONTEXT_CHANGED = "olkInitializationContextChanged";

export interface InitializationContextChangedEvent {
  type: string;
  initializationContextData: string;
}

export interface HostRecord {
  /** Office calls made, by name (setters of sessionData and body add `:key` / `:coercion`) */
  calls: string[];
  subjectSet: string[];
  labelSet: string[];
  appended: string[];
  /** item.sendAsync calls that succeeded */
  sent: number;
  /** handlers the task pane registered for InitializationContextChanged */
  contextHandlers: Array<(event: InitializationContextChangedEvent) => void>;
}

export interface HostOptions {
  /** highest Mailbox requirement set the client supports (default "1.15") */
  mailbox?: string;
  displayLanguage?: string;
  platform?: string;
  faults?: Record<string, Fault>;
  /** delay of every callback in ms; default: the next microtask */
  latencyMs?: number;
  /** the signed-in mailbox; default: the draft's From */
  userProfile?: Person;
  /** sensitivityLabelsCatalog.getIsEnabledAsync's answer (a Purview licence and labels published) */
  labelsEnabled?: boolean;
  /** initial roaming settings */
  roaming?: Record<string, unknown>;
  /** an existing object to record into (tests that read the record off their own state) */
  record?: Partial<HostRecord>;
  /**
   * Office.auth.getAccessToken / OfficeRuntime.auth.getAccessToken (IdentityAPI 1.3): resolves to the
   * access token. Without it the call rejects as Office does where SSO is not set up (code 13000).
   */
  accessToken?: (options?: { allowSignInPrompt?: boolean }) => Promise<string>;
}

export interface HostHooks {
  /** the user (or the pane) asked to send: runs OnMessageSend like Outlook does */
  send?(): void;
  /** an add-in changed the draft (subject tag, Bcc, body): the form shows it */
  changed?(): void;
}

export interface MockHost {
  /** an `Office` global for one runtime */
  officeFor(label: string): OfficeMock;
  item: MockItem;
  record: HostRecord;
  /** launch-event handlers registered with Office.actions.associate, by function name */
  handlers: Map<string, (event: unknown) => void>;
  /** the same, as a plain object */
  associations: Record<string, (event: unknown) => void>;
  /** the alert's button was pressed again with the pane open: InitializationContextChanged */
  pressAlertButton(contextData: string): void;
  roaming: Record<string, unknown>;
}

export type MockItem = ReturnType<typeof makeItem>;
export type OfficeMock = ReturnType<typeof makeOffice>;

export function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = want.split(".").map(Number);
  return a > c || (a === c && (b || 0) >= (d || 0));
}

interface Ctx {
  draft: () => ComposeState;
  hooks: HostHooks;
  options: HostOptions;
  record: HostRecord;
  mailbox: string;
}

/** Office.js passes an optional options object before the callback: take the last function argument. */
function callbackOf<T>(args: unknown[]): Cb<T> | undefined {
  for (let i = args.length - 1; i >= 0; i--)
    if (typeof args[i] === "function") return args[i] as Cb<T>;
  return undefined;
}

function makeCall(ctx: Ctx) {
  const later = (fn: () => void) => {
    if (ctx.options.latencyMs) setTimeout(fn, ctx.options.latencyMs);
    else void Promise.resolve().then(fn);
  };
  /** Runs an Office call the way Outlook would, or misbehaves as the test asked. */
  return function call<T>(name: string, args: unknown[], value: () => T, detail?: string): void {
    ctx.record.calls.push(detail ? `${name}:${detail}` : name);
    const fault = (ctx.options.faults || {})[name];
    if (fault === "throw") throw new Error(`mock: ${name} threw`);
    const cb = callbackOf<T>(args);
    if (fault === "hang") return;
    if (fault === "fail") {
      if (cb)
        later(() =>
          cb({
            status: "failed",
            value: undefined as T,
            error: { code: 9002, name: "GenericResponseError", message: "mock failure" },
          })
        );
      return;
    }
    // the value is taken when Outlook answers, after the call returned (setters apply then, too)
    later(() => {
      let v: T;
      try {
        v = value();
      } catch (e) {
        if (cb)
          cb({
            status: "failed",
            value: undefined as T,
            error: { code: 9041, name: "InvalidOperation", message: String(e) },
          });
        return;
      }
      if (cb) cb({ status: "succeeded", value: v, error: null });
    });
  };
}

function makeItem(ctx: Ctx) {
  const call = makeCall(ctx);
  const d = ctx.draft;
  const changed = () => {
    if (ctx.hooks.changed) setTimeout(() => ctx.hooks.changed!(), 0);
  };
  const has = (v: string) => versionAtLeast(ctx.mailbox, v);

  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync: (...args: unknown[]) =>
      call(`${field}.getAsync`, args, () =>
        d()[field].map((p) => ({
          emailAddress: p.emailAddress,
          displayName: p.displayName || p.emailAddress,
          recipientType: p.recipientType || "externalUser",
        }))
      ),
    setAsync: (list: Array<string | Person>, ...args: unknown[]) =>
      call(`${field}.setAsync`, args, () => {
        d()[field] = list.map((p) =>
          typeof p === "string" ? { emailAddress: p, displayName: p } : { ...p }
        );
        changed();
      }),
  });

  const bodyHtml = (s: ComposeState) =>
    s.html !== undefined ? s.html : s.bodyType === "html" ? s.body : textToHtml(s.body);
  const bodyText = (s: ComposeState) => (s.bodyType === "html" ? stripHtml(s.body) : s.body);

  const item = {
    itemType: "message",
    subject: {
      getAsync: (...args: unknown[]) => call("subject.getAsync", args, () => d().subject),
      setAsync: (value: string, ...args: unknown[]) =>
        call("subject.setAsync", args, () => {
          d().subject = value;
          ctx.record.subjectSet.push(value);
          changed();
        }),
    },
    body: {
      getAsync: (coercion: string, ...args: unknown[]) =>
        call("body.getAsync", args, () => (coercion === "html" ? bodyHtml(d()) : bodyText(d()))),
      getTypeAsync: (...args: unknown[]) =>
        call("body.getTypeAsync", args, () => d().bodyType || "text"),
      setAsync: (value: string, ...args: unknown[]) => {
        const o = args[0] as { coercionType?: string } | undefined;
        const coercion = o && typeof o === "object" && o.coercionType ? o.coercionType : "text";
        call(
          "body.setAsync",
          args,
          () => {
            const s = d();
            s.html = undefined;
            if (s.bodyType === "html") s.body = coercion === "html" ? value : textToHtml(value);
            else s.body = coercion === "html" ? stripHtml(value) : value;
            changed();
          },
          coercion
        );
      },
      /** Mailbox 1.9, AppendOnSend extended permission */
      appendOnSendAsync: (value: string, ...args: unknown[]) => {
        const o = args[0] as { coercionType?: string } | undefined;
        const html = !!o && typeof o === "object" && o.coercionType === "html";
        call("body.appendOnSendAsync", args, () => {
          d().appendOnSend = html ? stripHtml(value) : value;
          ctx.record.appended.push(value);
        });
      },
    },
    from: {
      getAsync: (...args: unknown[]) =>
        call("from.getAsync", args, () => ({
          emailAddress: d().from.emailAddress,
          displayName: d().from.displayName || d().from.emailAddress,
          recipientType: "user",
        })),
    },
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    getAttachmentsAsync: (...args: unknown[]) =>
      call("getAttachmentsAsync", args, () =>
        d().attachments.map((a) => ({
          id: a.id,
          name: a.name,
          contentType: a.contentType,
          size: a.size,
          attachmentType: a.attachmentType || "file",
          isInline: !!a.isInline,
        }))
      ),
    getAttachmentContentAsync: (id: string, ...args: unknown[]) =>
      call("getAttachmentContentAsync", args, () => {
        const a = d().attachments.find((x) => x.id === id);
        if (!a) throw new Error("InvalidAttachmentId");
        return {
          content: a.content || "",
          format:
            a.format ||
            (a.attachmentType === "item" ? "eml" : a.attachmentType === "cloud" ? "url" : "base64"),
        };
      }),
    /** Mailbox 1.11 */
    sessionData: {
      getAsync: (name: string, ...args: unknown[]) =>
        call("sessionData.getAsync", args, () => {
          const v = d().session[name];
          if (v === undefined) throw new Error("no such key");
          return v;
        }),
      setAsync: (name: string, value: string, ...args: unknown[]) =>
        call(
          "sessionData.setAsync",
          args,
          () => {
            d().session[name] = String(value);
          },
          name
        ),
      removeAsync: (name: string, ...args: unknown[]) =>
        call("sessionData.removeAsync", args, () => {
          delete d().session[name];
        }),
      getAllAsync: (...args: unknown[]) =>
        call("sessionData.getAllAsync", args, () => ({ ...d().session })),
    },
    /** Mailbox 1.8 */
    internetHeaders: {
      setAsync: (headers: Record<string, string>, ...args: unknown[]) =>
        call("internetHeaders.setAsync", args, () => {
          Object.assign(d().headers, headers);
          changed();
        }),
      getAsync: (names: string[], ...args: unknown[]) =>
        call("internetHeaders.getAsync", args, () => {
          const out: Record<string, string> = {};
          const h = d().headers;
          for (const n of names)
            for (const k of Object.keys(h)) if (k.toLowerCase() === n.toLowerCase()) out[n] = h[k];
          return out;
        }),
    },
    /** Mailbox 1.13 */
    sensitivityLabel: {
      getAsync: (...args: unknown[]) =>
        call("sensitivityLabel.getAsync", args, () => d().sensitivityLabel),
      setAsync: (label: string | { id: string }, ...args: unknown[]) =>
        call("sensitivityLabel.setAsync", args, () => {
          if (ctx.options.labelsEnabled === false) throw new Error("labels not enabled");
          const id = typeof label === "string" ? label : label.id;
          d().sensitivityLabel = id;
          ctx.record.labelSet.push(id);
          changed();
        }),
    },
    /** Mailbox 1.8 */
    getInitializationContextAsync: (...args: unknown[]) =>
      call("getInitializationContextAsync", args, () => {
        const c = d().initContext;
        if (c === null || c === undefined) throw new Error("no initialization context");
        return c;
      }),
    /** Mailbox 1.7; InitializationContextChanged from 1.15 */
    addHandlerAsync: (
      type: string,
      handler: (event: InitializationContextChangedEvent) => void,
      ...args: unknown[]
    ) =>
      call("addHandlerAsync", args, () => {
        if (type !== EVENT_INITIALIZATION_CONTEXT_CHANGED || !has("1.15"))
          throw new Error("InvalidEventType");
        ctx.record.contextHandlers.push(handler);
      }),
    /** Mailbox 1.15, read/write mailbox permission, task pane only */
    sendAsync: (...args: unknown[]) =>
      call("sendAsync", args, () => {
        ctx.record.sent++;
        if (ctx.hooks.send) setTimeout(() => ctx.hooks.send!(), 0);
      }),
  };
  const versioned = item as Partial<typeof item>;
  if (!has("1.15")) delete versioned.sendAsync;
  if (!has("1.13")) delete versioned.sensitivityLabel;
  if (!has("1.11")) delete versioned.sessionData;
  if (!has("1.8")) {
    delete versioned.internetHeaders;
    delete versioned.getInitializationContextAsync;
  }
  return item;
}

function makeOffice(
  ctx: Ctx,
  item: MockItem,
  label: string,
  handlers: Map<string, (event: unknown) => void>,
  associations: Record<string, (event: unknown) => void>,
  roaming: Record<string, unknown>
) {
  const call = makeCall(ctx);
  const platform = ctx.options.platform || "OfficeOnline";
  const profile = () => ctx.options.userProfile || ctx.draft().from;
  const has = (v: string) => versionAtLeast(ctx.mailbox, v);
  const context: Record<string, unknown> = {
    displayLanguage: ctx.options.displayLanguage || "nl-NL",
    platform,
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        name === "Mailbox" && versionAtLeast(ctx.mailbox, version || "1.1"),
    },
    mailbox: {
      item,
      get userProfile() {
        const p = profile();
        return { emailAddress: p.emailAddress, displayName: p.displayName || p.emailAddress };
      },
    },
    roamingSettings: {
      get: (name: string) => roaming[name],
      set: (name: string, value: unknown) => {
        roaming[name] = value;
      },
      remove: (name: string) => {
        delete roaming[name];
      },
      saveAsync: (...args: unknown[]) => call("roamingSettings.saveAsync", args, () => undefined),
    },
  };
  if (has("1.13"))
    context.sensitivityLabelsCatalog = {
      getIsEnabledAsync: (...args: unknown[]) =>
        call("sensitivityLabelsCatalog.getIsEnabledAsync", args, () =>
          ctx.options.labelsEnabled === undefined ? true : ctx.options.labelsEnabled
        ),
    };
  return {
    __simulator: label,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    EventType: {
      InitializationContextChanged: EVENT_INITIALIZATION_CONTEXT_CHANGED,
      RecipientsChanged: "olkRecipientsChanged",
      AttachmentsChanged: "olkAttachmentsChanged",
    },
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    MailboxEnums: {
      SendModeOverride: { PromptUser: "promptUser" },
      ItemType: { Message: "message" },
      RecipientType: { ExternalUser: "externalUser", User: "user" },
    },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Outlook", platform };
      if (cb) setTimeout(() => cb(info), 0);
      return Promise.resolve(info);
    },
    // Office.auth (IdentityAPI 1.3): getAccessToken(options) -> Promise<string>; errors carry Office's
    // numeric code (13000: the identity API is not supported for this add-in)
    auth: {
      getAccessToken: (options?: { allowSignInPrompt?: boolean }) =>
        ctx.options.accessToken
          ? ctx.options.accessToken(options)
          : Promise.reject({
              code: 13000,
              name: "API Not Supported",
              message: "The identity API is not supported for this add-in.",
            }),
    },
    actions: {
      associate: (name: string, handler: (event: unknown) => void) => {
        handlers.set(name, handler);
        associations[name] = handler;
      },
    },
    context: context as {
      displayLanguage: string;
      platform: string;
      requirements: { isSetSupported(name: string, version?: string): boolean };
      mailbox: { item: MockItem; userProfile: { emailAddress: string; displayName: string } };
      roamingSettings: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        remove(name: string): void;
        saveAsync(cb?: Cb<void>): void;
      };
    },
  };
}

export function createMockHost(
  draft: () => ComposeState,
  hooks: HostHooks = {},
  options: HostOptions = {}
): MockHost {
  const record = (options.record || {}) as HostRecord;
  record.calls = record.calls || [];
  record.subjectSet = record.subjectSet || [];
  record.labelSet = record.labelSet || [];
  record.appended = record.appended || [];
  record.sent = record.sent || 0;
  record.contextHandlers = record.contextHandlers || [];
  const ctx: Ctx = { draft, hooks, options, record, mailbox: options.mailbox || "1.15" };
  const handlers = new Map<string, (event: unknown) => void>();
  const associations: Record<string, (event: unknown) => void> = {};
  const roaming: Record<string, unknown> = { ...(options.roaming || {}) };
  const item = makeItem(ctx);
  return {
    officeFor: (label) => makeOffice(ctx, item, label, handlers, associations, roaming),
    item,
    record,
    handlers,
    associations,
    roaming,
    pressAlertButton(contextData: string) {
      draft().initContext = contextData;
      for (const h of record.contextHandlers.slice())
        h({ type: EVENT_INITIALIZATION_CONTEXT_CHANGED, initializationContextData: contextData });
    },
  };
}

/** OfficeRuntime.storage: promise-based, per device; `hangs` models a read that never answers. */
export function runtimeStorage(data: Record<string, string> = {}, hangs = false) {
  return {
    data,
    getItem: (k: string) =>
      hangs
        ? new Promise<string | null>(() => undefined)
        : Promise.resolve(Object.prototype.hasOwnProperty.call(data, k) ? data[k] : null),
    setItem: (k: string, v: string) => {
      data[k] = String(v);
      return Promise.resolve();
    },
    removeItem: (k: string) => {
      delete data[k];
      return Promise.resolve();
    },
  };
}
