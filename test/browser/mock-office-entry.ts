/**
 * Installs THE Office mock (src/simulator/mockOffice.ts) in a browser page in place of office.js, for
 * the task pane browser test. The test sets window.__zvSetup = { displayLanguage, mailbox, state }
 * before the page loads and reads window.__zv (the draft and what the host recorded) afterwards;
 * window.__zvHost.pressAlertButton(contextData) is the alert's button pressed with the pane open.
 */
import {
  createMockHost,
  emptyDraft,
  runtimeStorage,
  type ComposeState,
  type HostRecord,
} from "../../src/simulator/mockOffice";

interface Setup {
  displayLanguage?: string;
  mailbox?: string;
  state?: Partial<ComposeState>;
}

const w = window as unknown as {
  __zvSetup?: Setup;
  __zv: ComposeState & HostRecord;
  __zvHost: ReturnType<typeof createMockHost>;
  Office: unknown;
  OfficeRuntime: unknown;
};
const setup = w.__zvSetup || {};
const state = Object.assign(
  emptyDraft({ emailAddress: "dr.jansen@praktijkdekroon.nl", displayName: "Dr. Jansen" }),
  setup.state || {}
) as ComposeState & HostRecord;
const host = createMockHost(
  () => state,
  {},
  { displayLanguage: setup.displayLanguage, mailbox: setup.mailbox, record: state }
);
w.__zv = state;
w.__zvHost = host;
w.Office = host.officeFor("taskpane");
w.OfficeRuntime = { storage: runtimeStorage() };
