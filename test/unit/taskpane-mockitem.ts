/**
 * The task pane's view of THE Office mock (src/simulator/mockOffice.ts): the draft's state and what the
 * host recorded live in one object the tests read and change.
 */
import {
  createMockHost,
  runtimeStorage,
  type ComposeState,
  type HostRecord,
  type Person,
} from "../../src/simulator/mockOffice";

export type { Person } from "../../src/simulator/mockOffice";

export interface MockState extends ComposeState, HostRecord {
  /** set false to model clients before Mailbox 1.15 (no sendAsync, no InitializationContextChanged) */
  canSend: boolean;
}

export function mockState(partial: Partial<MockState> = {}): MockState {
  const from: Person = { emailAddress: "dr.jansen@praktijkdekroon.nl", displayName: "Dr. Jansen" };
  return {
    subject: "",
    body: "",
    bodyType: "text",
    from,
    to: [],
    cc: [],
    bcc: [],
    attachments: [],
    headers: {},
    session: {},
    appendOnSend: "",
    sensitivityLabel: "",
    initContext: null,
    sent: 0,
    canSend: true,
    contextHandlers: [],
    calls: [],
    subjectSet: [],
    labelSet: [],
    appended: [],
    ...partial,
  };
}

/** The item as the pane sees it, plus the Office global around it. */
export function mockOffice(state: MockState, displayLanguage = "nl-NL") {
  const host = createMockHost(
    () => state,
    {},
    { displayLanguage, mailbox: state.canSend ? "1.15" : "1.14", record: state }
  );
  const office = host.officeFor("taskpane");
  return { office, item: host.item, host };
}

/** In-memory OfficeRuntime.storage. */
export function memoryStorage(initial: Record<string, string> = {}) {
  return runtimeStorage({ ...initial });
}
