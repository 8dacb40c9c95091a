/**
 * The sandbox's view of THE Office mock (src/simulator/mockOffice.ts): a compose draft described in a few
 * fields, turned into that host's state, for the sandbox tests (which hand it to the built
 * launchevent.js in a bare vm context), the unit tests and the bench. Test data is fictitious.
 */
import {
  createMockHost,
  runtimeStorage,
  type ComposeState,
  type Fault,
  type HostRecord,
  type Person,
  type SimAttachment,
} from "../../src/simulator/mockOffice";

export { textToHtml, type Fault } from "../../src/simulator/mockOffice";

export type MockRecipient = Person;
export type MockAttachment = SimAttachment;

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
  /** OfficeRuntime.storage (classic Outlook's JavaScript-only runtime) */
  storage?: Record<string, string>;
  /** OfficeRuntime.storage.getItem never answers */
  storageHangs?: boolean;
  /** roaming settings of the mailbox */
  roaming?: Record<string, unknown>;
  /** the signed-in mailbox (default: the practice assistant) */
  user?: MockRecipient;
  faults?: Record<string, Fault>;
  /** delay of every callback in ms (default: next tick) */
  latencyMs?: number;
}

export interface MockRecord extends HostRecord {
  headers: Record<string, string>;
  sessionData: Record<string, string>;
  storage: Record<string, string>;
  roaming: Record<string, unknown>;
}

export const ASSISTANT: MockRecipient = {
  emailAddress: "assistent@praktijk-delinde.nl",
  displayName: "Assistent De Linde",
};

export function mockOutlook(d: MockDraft = {}) {
  const state: ComposeState = {
    from: d.from || ASSISTANT,
    to: d.to || [],
    cc: d.cc || [],
    bcc: d.bcc || [],
    subject: d.subject ?? "",
    body: d.body ?? "",
    html: d.html,
    attachments: d.attachments || [],
    headers: { ...(d.headers || {}) },
    session: { ...(d.sessionData || {}) },
    appendOnSend: "",
    sensitivityLabel: d.label ?? "",
    initContext: null,
  };
  const host = createMockHost(
    () => state,
    {},
    {
      mailbox: d.mailbox,
      displayLanguage: d.displayLanguage,
      faults: d.faults,
      latencyMs: d.latencyMs,
      userProfile: d.user || ASSISTANT,
      roaming: d.roaming,
    }
  );
  const storage = runtimeStorage({ ...(d.storage || {}) }, !!d.storageHangs);
  const record = host.record as MockRecord;
  record.headers = state.headers;
  record.sessionData = state.session;
  record.storage = storage.data;
  record.roaming = host.roaming;
  const Office = host.officeFor("events");
  const OfficeRuntime = { storage };
  return { Office, OfficeRuntime, item: host.item, record, associations: host.associations, state };
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
