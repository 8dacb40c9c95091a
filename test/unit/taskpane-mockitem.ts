import { OfficeMockObject } from "office-addin-mock";

/** A compose item with state, built on office-addin-mock, for the task pane and override tests. */

type Result<T> = { status: "succeeded" | "failed"; value: T; error?: { code: string } | null };
type Cb<T> = (r: Result<T>) => void;
const ok = <T>(value: T): Result<T> => ({ status: "succeeded", value, error: null });

export interface Person {
  emailAddress: string;
  displayName?: string;
}

export interface MockState {
  subject: string;
  body: string;
  bodyType: "text" | "html";
  from: Person;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  headers: Record<string, string>;
  session: Record<string, string>;
  sent: number;
  initContext: string | null;
  sensitivityLabel?: string;
  /** set false to model clients before Mailbox 1.15 */
  canSend: boolean;
  contextHandlers: Array<(e: { type: string; contextData?: string }) => void>;
  calls: string[];
}

function toPeople(list: Array<string | Person>): Person[] {
  return list.map((p) => (typeof p === "string" ? { emailAddress: p, displayName: p } : p));
}

export function mockState(partial: Partial<MockState> = {}): MockState {
  return {
    subject: "",
    body: "",
    bodyType: "text",
    from: { emailAddress: "dr.jansen@praktijkdekroon.nl", displayName: "Dr. Jansen" },
    to: [],
    cc: [],
    bcc: [],
    headers: {},
    session: {},
    sent: 0,
    initContext: null,
    canSend: true,
    contextHandlers: [],
    calls: [],
    ...partial,
  };
}

function recipients(state: MockState, field: "to" | "cc" | "bcc") {
  return {
    getAsync: (cb: Cb<Person[]>) => cb(ok(state[field].map((p) => ({ ...p })))),
    setAsync: (list: Array<string | Person>, cb: Cb<void>) => {
      state.calls.push(`${field}.setAsync`);
      state[field] = toPeople(list);
      cb(ok(undefined));
    },
  };
}

function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/\n+$/, "");
}

/** The item as the pane sees it (a mock object), plus the Office global around it. */
export function mockOffice(state: MockState, displayLanguage = "nl-NL") {
  const item = {
    itemType: "message",
    subject: {
      getAsync: (cb: Cb<string>) => cb(ok(state.subject)),
      setAsync: (s: string, cb: Cb<void>) => {
        state.calls.push("subject.setAsync");
        state.subject = s;
        cb(ok(undefined));
      },
    },
    body: {
      getAsync: (type: string, cb: Cb<string>) =>
        cb(ok(type === "html" || state.bodyType === "text" ? state.body : stripHtml(state.body))),
      getTypeAsync: (cb: Cb<string>) => cb(ok(state.bodyType)),
      setAsync: (data: string, options: { coercionType: string }, cb: Cb<void>) => {
        state.calls.push(`body.setAsync:${options.coercionType}`);
        state.body = data;
        cb(ok(undefined));
      },
    },
    from: { getAsync: (cb: Cb<Person>) => cb(ok(state.from)) },
    to: recipients(state, "to"),
    cc: recipients(state, "cc"),
    bcc: recipients(state, "bcc"),
    getAttachmentsAsync: (cb: Cb<unknown[]>) => cb(ok([])),
    sessionData: {
      getAsync: (name: string, cb: Cb<string>) => cb(ok(state.session[name] ?? "")),
      setAsync: (name: string, value: string, cb: Cb<void>) => {
        state.calls.push(`sessionData.setAsync:${name}`);
        state.session[name] = value;
        cb(ok(undefined));
      },
    },
    internetHeaders: {
      setAsync: (h: Record<string, string>, cb: Cb<void>) => {
        state.calls.push("internetHeaders.setAsync");
        Object.assign(state.headers, h);
        cb(ok(undefined));
      },
    },
    sensitivityLabel: {
      setAsync: (label: string, cb: Cb<void>) => {
        state.sensitivityLabel = label;
        cb(ok(undefined));
      },
    },
    getInitializationContextAsync: (cb: Cb<string>) =>
      state.initContext === null
        ? cb({ status: "failed", value: "", error: { code: "9999" } })
        : cb(ok(state.initContext)),
    sendAsync: (cb?: Cb<void>) => {
      state.calls.push("sendAsync");
      state.sent++;
      if (cb) cb(ok(undefined));
    },
  };
  if (!state.canSend) delete (item as Partial<typeof item>).sendAsync;
  const office = new OfficeMockObject({
    host: "outlook",
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (_n: string, v?: string) =>
          state.canSend || (v !== undefined && Number(v.split(".")[1]) < 15),
      },
      mailbox: {
        item,
        userProfile: {
          emailAddress: state.from.emailAddress,
          displayName: state.from.displayName ?? "",
        },
        addHandlerAsync: (
          type: string,
          handler: (e: { type: string; contextData?: string }) => void,
          cb?: Cb<void>
        ) => {
          if (type === "initializationContextChanged") state.contextHandlers.push(handler);
          if (cb) cb(ok(undefined));
        },
      },
    },
    EventType: { InitializationContextChanged: "initializationContextChanged" },
    CoercionType: { Text: "text", Html: "html" },
  });
  return { office, item: office.context.mailbox.item };
}

/** In-memory OfficeRuntime.storage. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data: Record<string, string> = { ...initial };
  return {
    data,
    getItem: (k: string) => Promise.resolve(k in data ? data[k] : null),
    setItem: (k: string, v: string) => {
      data[k] = v;
      return Promise.resolve();
    },
  };
}
