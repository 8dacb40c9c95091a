/**
 * The sent-recipient history (src/outlook/history.ts) and how the send handler and the task pane use it
 * for the new-recipient rule: salted hashes only, bounded, quiet until built, read at Send without storage.
 */
import { createHandlers } from "../../src/launchevent/handlers";
import { plainTextExtractor } from "../../src/outlook/extraction";
import {
  HISTORY_MAX,
  HISTORY_MIN_ENTRIES,
  RecipientHistory,
  hashAddress,
  historyKey,
  knownFromSnapshot,
  loadHistory,
  saveHistory,
  snapshotFor,
} from "../../src/outlook/history";
import type { OfficeLike } from "../../src/outlook/office";
import { KEY_KNOWN } from "../../src/outlook/session";
import { roamingStore } from "../../src/outlook/storage";
import { mockEvent, mockOutlook, type MockDraft } from "../sandbox/mockOutlook";

const MAILBOX = "assistent@praktijk-delinde.nl"; // the mock's userProfile
const ZORGMAIL = "dokter.devries@lms.lifeline.nl"; // secure network: only new-recipient can fire
const others = (n: number) =>
  Array.from({ length: n }, (_, i) => `collega${i}@ziekenhuis-voorbeeld.nl`);

function memory(): {
  data: Record<string, string>;
  getItem(k: string): Promise<string | null>;
  setItem(k: string, v: string): Promise<void>;
} {
  const data: Record<string, string> = {};
  return {
    data,
    getItem: (k) => Promise.resolve(k in data ? data[k] : null),
    setItem: (k, v) => Promise.resolve(void (data[k] = v)),
  };
}

describe("RecipientHistory", () => {
  it("hashes lower-cased addresses with the mailbox's salt; another salt gives another hash", () => {
    expect(hashAddress("s1", " Dokter@Praktijk.NL ")).toBe(hashAddress("s1", "dokter@praktijk.nl"));
    expect(hashAddress("s1", "dokter@praktijk.nl")).not.toBe(
      hashAddress("s2", "dokter@praktijk.nl")
    );
    expect(hashAddress("s1", "dokter@praktijk.nl")).not.toBe(
      hashAddress("s1", "dokter@praktijk.nk")
    );
    expect(hashAddress("s1", "a@b.nl")).toMatch(/^[0-9a-f]{16}$/);
  });

  it("stores no address in clear, and a fresh mailbox gets its own random salt", async () => {
    const storage = memory();
    const h = await loadHistory(storage, MAILBOX);
    h.record([ZORGMAIL, "p.voorbeeld@gmail.com"]);
    await saveHistory(storage, MAILBOX, h);
    const stored = storage.data[historyKey(MAILBOX)];
    expect(stored).toBeDefined();
    expect(stored).not.toMatch(/@|devries|voorbeeld|delinde/);
    expect(historyKey(MAILBOX)).not.toMatch(/assistent|delinde/);
    const again = await loadHistory(storage, MAILBOX);
    expect(again.has(ZORGMAIL)).toBe(true);
    expect(again.has("iemand@anders.nl")).toBe(false);
    const other = await loadHistory(storage, "dokter@praktijk-delinde.nl");
    expect(other.size).toBe(0);
    expect(other.salt).not.toBe(again.salt);
  });

  it("keeps the most recent HISTORY_MAX addresses; sending again makes an address recent", () => {
    const h = new RecipientHistory("salt");
    h.record(["eerste@voorbeeld.nl"]);
    h.record(others(HISTORY_MAX - 1));
    h.record(["eerste@voorbeeld.nl"]); // recent again
    h.record(["nieuw@voorbeeld.nl"]);
    expect(h.size).toBe(HISTORY_MAX);
    expect(h.has("eerste@voorbeeld.nl")).toBe(true);
    expect(h.has("nieuw@voorbeeld.nl")).toBe(true);
    expect(h.has(others(1)[0])).toBe(false); // the oldest went
    expect(h.toJSON().hashes).toHaveLength(HISTORY_MAX);
  });

  it("gives check() no history until it has HISTORY_MIN_ENTRIES addresses", () => {
    const h = new RecipientHistory("salt");
    h.record(others(HISTORY_MIN_ENTRIES - 1));
    expect(h.knownRecipient()).toBeUndefined();
    h.record(["nog-een@voorbeeld.nl"]);
    const known = h.knownRecipient()!;
    expect(known("NOG-EEN@voorbeeld.nl")).toBe(true);
    expect(known(ZORGMAIL)).toBe(false);
    // the sessionData snapshot answers the same for the draft's recipients, and holds no address
    const snap = snapshotFor(h, [ZORGMAIL, "nog-een@voorbeeld.nl"]);
    expect(JSON.stringify(snap)).not.toMatch(/@/);
    expect(knownFromSnapshot(snap)!("nog-een@voorbeeld.nl")).toBe(true);
    expect(knownFromSnapshot(snap)!(ZORGMAIL)).toBe(false);
    expect(knownFromSnapshot({ ...snap, size: HISTORY_MIN_ENTRIES - 1 })).toBeUndefined();
  });
});

describe("new-recipient in the send handler", () => {
  const phiTo = (to: string): MockDraft => ({
    subject: "Verwijzing",
    body: "Geachte collega,\n\nDhr. P. Voorbeeld, geboren 12-03-1950, BSN 111222333, heeft diabetes en een hartinfarct gehad.\n\nMet vriendelijke groet,\nAssistent De Linde",
    to: [{ emailAddress: to }],
  });

  async function roamingWith(addresses: string[]): Promise<Record<string, string>> {
    const s = memory();
    const h = await loadHistory(s, MAILBOX);
    h.record(addresses);
    await saveHistory(s, MAILBOX, h);
    return s.data;
  }

  function handlersFor(d: MockDraft) {
    const m = mockOutlook(d);
    const handlers = createHandlers({
      office: m.Office as unknown as OfficeLike,
      extract: plainTextExtractor,
      storage: m.OfficeRuntime.storage,
      // the mailbox's roaming settings, as storage.ts chooses for the history
      history: roamingStore(m.Office.context.roamingSettings) ?? undefined,
      policyUrl: "",
    });
    return { ...m, handlers };
  }

  async function send(d: MockDraft, recipientsChangedFirst = true) {
    const m = handlersFor(d);
    if (recipientsChangedFirst) await m.handlers.onMessageRecipientsChanged(mockEvent().event);
    const e = mockEvent();
    const outcome = await m.handlers.onMessageSend(e.event);
    return { outcome, options: e.completions[0] as { errorMessage?: string }, m };
  }

  it("warns for PHI to an address the built history does not know, not to one it knows", async () => {
    const roaming = await roamingWith(others(40));
    const unknown = await send({ ...phiTo(ZORGMAIL), roaming });
    expect(unknown.outcome).toBe("alert");
    expect(unknown.options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(unknown.options.errorMessage).toMatch(/nog niet eerder/);

    const known = await send({
      ...phiTo(ZORGMAIL),
      roaming: await roamingWith([...others(40), ZORGMAIL]),
    });
    expect(known.outcome).toBe("allow");
  });

  it("stays quiet while the history is being built (first use)", async () => {
    const r = await send({ ...phiTo(ZORGMAIL), roaming: await roamingWith(others(3)) });
    expect(r.outcome).toBe("allow");
    const empty = await send(phiTo(ZORGMAIL));
    expect(empty.outcome).toBe("allow");
  });

  it("a mail that goes adds its recipients to the history (hashes only); a stopped one does not", async () => {
    const r = await send(phiTo(ZORGMAIL));
    expect(r.outcome).toBe("allow");
    await new Promise((res) => setTimeout(res, 0));
    const stored = r.m.record.roaming[historyKey(MAILBOX)] as string;
    expect(stored).not.toMatch(/@/);
    expect(r.m.record.calls).toContain("roamingSettings.saveAsync");
    const h = await loadHistory(
      {
        getItem: (k) => Promise.resolve((r.m.record.roaming[k] as string) ?? null),
        setItem: () => Promise.resolve(),
      },
      MAILBOX
    );
    expect(h.has(ZORGMAIL)).toBe(true);

    const stopped = await send({
      ...phiTo("p.voorbeeld@gmail.com"),
      roaming: r.m.record.roaming,
    });
    expect(stopped.outcome).toBe("alert");
    await new Promise((res) => setTimeout(res, 0));
    const after = await loadHistory(
      {
        getItem: (k) => Promise.resolve((stopped.m.record.roaming[k] as string) ?? null),
        setItem: () => Promise.resolve(),
      },
      MAILBOX
    );
    expect(after.has("p.voorbeeld@gmail.com")).toBe(false);
  });

  it("Send uses the snapshot the recipients event left in sessionData, without reading storage", async () => {
    const roaming = await roamingWith(others(40));
    const first = handlersFor({ ...phiTo(ZORGMAIL), roaming });
    await first.handlers.onMessageRecipientsChanged(mockEvent().event);
    const snapshot = first.record.sessionData[KEY_KNOWN];
    expect(snapshot).toBeDefined();
    expect(snapshot).not.toMatch(/@/);
    // a fresh runtime at Send that has not loaded the history (another client's roaming copy): the
    // snapshot alone decides
    const r = await send({ ...phiTo(ZORGMAIL), sessionData: { [KEY_KNOWN]: snapshot } }, false);
    expect(r.outcome).toBe("alert");
    expect(r.options.errorMessage).toMatch(/nog niet eerder/);
  });
});
