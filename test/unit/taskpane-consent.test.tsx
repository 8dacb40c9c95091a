/** @jest-environment jsdom */
/**
 * The pane's consent and false-alarm buttons (issue 14) in the rendered pane: shown only where the engine
 * offers consent, recorded as a salted hash, the mail then sent; a false alarm queued without content.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { parsePolicy } from "../../src/engine/policy";
import { AuditQueue, type AuditRecord } from "../../src/outlook/audit";
import { KEY_CONSENT } from "../../src/outlook/consent";
import { TaskPane } from "../../src/taskpane/Pane";
import { PaneController, type PaneItem, type PaneOffice } from "../../src/taskpane/controller";
import { memoryStorage, mockOffice, mockState, type MockState } from "./taskpane-mockitem";

const BALIE = "balie@praktijkdekroon.nl";
const policy = parsePolicy({ practiceDomains: ["praktijkdekroon.nl"] });
const CONSENT = "De patiënt heeft toestemming gegeven voor afspraakberichten per gewone mail";
const APPOINTMENT =
  "Beste mevrouw Vermeulen,\n\nHierbij bevestigen wij uw afspraak bij dokter Smit op dinsdag 14 mei om 10.20 uur.\n\nMet vriendelijke groet,\nBalie";
const MEDICAL =
  "Beste mevrouw Vermeulen,\n\nUw bloeduitslag laat een verhoogd cholesterol zien; wij starten met simvastatine.\n\nMet vriendelijke groet,\nDokter Smit";

beforeAll(() => {
  (window as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    onchange: null,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
});

function mount(body: string) {
  const state: MockState = mockState({
    subject: "Uw afspraak",
    body,
    from: { emailAddress: BALIE },
    to: [{ emailAddress: "t.vermeulen@gmail.com", displayName: "Tessa Vermeulen" }],
  });
  const { office, item } = mockOffice(state);
  (globalThis as { Office?: unknown }).Office = office;
  const local = memoryStorage();
  const mailbox = memoryStorage();
  const queue = new AuditQueue(local);
  const controller = new PaneController({
    office: office as unknown as PaneOffice,
    item: item as unknown as PaneItem,
    policy,
    queue,
    user: { address: BALIE },
    language: "nl",
    storage: mailbox,
  });
  render(<TaskPane controller={controller} language="nl" />);
  return { state, queue, mailbox };
}

describe("task pane: consent (handbook 002, second decision tree)", () => {
  it("offers the consent for an appointment mail to one patient; recording it stores a hash and sends", async () => {
    const { state, queue, mailbox } = mount(APPOINTMENT);
    fireEvent.click(await screen.findByRole("button", { name: CONSENT }));
    await waitFor(() => expect(state.sent).toBe(1));
    const [record] = (await queue.pending()) as AuditRecord[];
    expect(record).toMatchObject({ kind: "consent", category: "logistic", user: BALIE });
    expect(record.recipientHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = JSON.stringify(record) + ((await mailbox.getItem(KEY_CONSENT)) ?? "");
    expect(stored).not.toMatch(/vermeulen|tessa|afspraak|14 mei/i);
  });

  it("never for medical content; a false alarm is queued without content and the mail stays", async () => {
    const { state, queue } = mount(MEDICAL);
    const report = await screen.findByRole("button", { name: "Dit is geen patiëntinformatie" });
    expect(screen.queryByRole("button", { name: CONSENT })).toBeNull();
    fireEvent.click(report);
    await screen.findByText("Bedankt: uw melding staat bij de FG.");
    const [record] = (await queue.pending()) as AuditRecord[];
    expect(record).toMatchObject({ kind: "false-alarm", reason: { code: "no-patient-info" } });
    expect(JSON.stringify(record)).not.toMatch(/vermeulen|cholesterol|simvastatine/i);
    expect(state.sent).toBe(0);
  });
});
