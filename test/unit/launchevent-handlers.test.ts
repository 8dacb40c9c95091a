/**
 * The handlers at source level (src/launchevent/handlers.ts) with an injected policy fetch: the work
 * before Send (recipient classes, attachment cache, policy refresh) and what Send does with it.
 */
import { createHandlers } from "../../src/launchevent/handlers";
import { plainTextExtractor, type Extractor } from "../../src/outlook/extraction";
import type { OfficeLike } from "../../src/outlook/office";
import { STORAGE_KEY } from "../../src/outlook/policyStore";
import { KEY_ATTACHMENTS, KEY_OVERRIDE, KEY_RECIPIENTS } from "../../src/outlook/session";
import type { StoredOverrideMarker } from "../../src/outlook/override";
import type { RuleId } from "../../src/engine/types";
import { Budget } from "../../src/outlook/office";
import { readDraft } from "../../src/outlook/readDraft";
import { draftFingerprint } from "../../src/outlook/fingerprint";
import type { ComposeItemLike } from "../../src/outlook/item";
import { ASSISTANT, b64, mockEvent, mockOutlook, type MockDraft } from "../sandbox/mockOutlook";

const URL = "https://localhost:3000/policy.json";

function setup(d: MockDraft, fetched?: object, extract: Extractor = plainTextExtractor) {
  const m = mockOutlook(d);
  const fetchText = jest.fn(() =>
    fetched ? Promise.resolve(JSON.stringify(fetched)) : Promise.reject(new Error("offline"))
  );
  const handlers = createHandlers({
    office: m.Office as unknown as OfficeLike,
    extract,
    storage: m.OfficeRuntime.storage,
    fetchText,
    policyUrl: URL,
  });
  return { ...m, handlers, fetchText };
}

describe("OnMessageRecipientsChanged", () => {
  it("stores the recipient classes (no addresses) and refreshes the policy from the add-in's origin", async () => {
    const s = setup(
      {
        to: [{ emailAddress: "p@gmail.com" }, { emailAddress: "dokter@praktijk-delinde.nl" }],
        cc: [{ emailAddress: "info@lms.lifeline.nl" }],
      },
      { secureChannel: { trigger: { kind: "subjectTag", tag: "[veilig]" }, routing: "automatic" } }
    );
    const e = mockEvent();
    await s.handlers.onMessageRecipientsChanged(e.event);
    expect(e.completions).toEqual([undefined]);
    const summary = JSON.parse(s.record.sessionData[KEY_RECIPIENTS]);
    expect(summary.classes).toEqual({ private: 1, internal: 1, "secure-network": 1 });
    expect(s.record.sessionData[KEY_RECIPIENTS]).not.toMatch(/p@gmail/);
    expect(s.fetchText).toHaveBeenCalledWith(URL);
    expect(JSON.parse(s.record.storage[STORAGE_KEY]).policy.secureChannel.routing).toBe(
      "automatic"
    );

    // the refreshed policy is what Send applies next
    const send = setup({
      subject: "Gegevens",
      body: "BSN 111222333",
      to: [{ emailAddress: "p@gmail.com" }],
      storage: s.record.storage,
    });
    const e2 = mockEvent();
    await expect(send.handlers.onMessageSend(e2.event)).resolves.toBe("routed");
    expect(send.record.subjectSet).toEqual(["[veilig] Gegevens"]);
  });

  it("an unreachable policy URL changes nothing and still completes once", async () => {
    const s = setup({ to: [{ emailAddress: "p@gmail.com" }] });
    const e = mockEvent();
    await s.handlers.onMessageRecipientsChanged(e.event);
    expect(e.completions).toHaveLength(1);
    expect(s.record.storage[STORAGE_KEY]).toBeUndefined();
  });
});

describe("OnMessageAttachmentsChanged -> OnMessageSend", () => {
  it("scans new attachments once, caches them by id and size, and Send uses the cache (after checking the content hash)", async () => {
    const d: MockDraft = {
      subject: "Verslag",
      body: "Zie bijlage.",
      to: [{ emailAddress: "p@gmail.com" }],
      attachments: [
        {
          id: "a1",
          name: "verslag.txt",
          contentType: "text/plain",
          size: 40,
          content: b64("Patiënt met BSN 111222333."),
        },
      ],
    };
    const extract = jest.fn(plainTextExtractor);
    const s = setup(d, undefined, extract);
    await s.handlers.onMessageAttachmentsChanged(mockEvent().event);
    await s.handlers.onMessageAttachmentsChanged(mockEvent().event);
    expect(s.record.calls.filter((c) => c === "getAttachmentContentAsync")).toHaveLength(1);
    expect(Object.keys(JSON.parse(s.record.sessionData[KEY_ATTACHMENTS]))).toEqual(["a1|40"]);

    s.record.calls.length = 0;
    const e = mockEvent();
    await expect(s.handlers.onMessageSend(e.event)).resolves.toBe("alert");
    // read once more for the hash, not extracted again
    expect(s.record.calls.filter((c) => c === "getAttachmentContentAsync")).toHaveLength(1);
    expect(extract).toHaveBeenCalledTimes(1);
    expect(
      JSON.parse(String((e.completions[0] as { contextData: string }).contextData)).action
    ).toBe("secure");
  });

  it("a harmless draft is allowed and exactly one completed is sent", async () => {
    const s = setup({
      subject: "Afspraak",
      body: "Tot dinsdag.",
      to: [{ emailAddress: "collega@praktijk-delinde.nl" }],
    });
    const e = mockEvent();
    await expect(s.handlers.onMessageSend(e.event)).resolves.toBe("allow");
    expect(e.completions).toEqual([{ allowEvent: true }]);
  });
});

describe("OnMessageSend: a mail already routed, and what an override marker covers", () => {
  const gp = (policy: object) => ({
    [STORAGE_KEY]: JSON.stringify({ fetchedAt: Date.now(), url: URL, policy }),
  });
  const bsnMail: MockDraft = {
    subject: "Gegevens",
    body: "Uw BSN is 111222333. De uitslag van het bloedonderzoek is binnen.",
    to: [{ emailAddress: "p.voorbeeld@gmail.com" }],
  };
  // a typo domain of gmail.com: secure-channel-required and lookalike-domain both fire
  const typoMail: MockDraft = { ...bsnMail, to: [{ emailAddress: "p.voorbeeld@gmial.com" }] };

  const message = (options: unknown) => String((options as { errorMessage: string }).errorMessage);

  async function send(d: MockDraft) {
    const s = setup(d);
    const e = mockEvent();
    const outcome = await s.handlers.onMessageSend(e.event);
    return { outcome, completions: e.completions, s };
  }

  async function markerFor(d: MockDraft, rules: RuleId[]): Promise<string> {
    const budget = new Budget(2000);
    const { draft } = await readDraft(mockOutlook(d).item as unknown as ComposeItemLike, budget);
    budget.dispose();
    const marker: StoredOverrideMarker = {
      v: 1,
      fingerprint: draftFingerprint(draft),
      rules,
      user: ASSISTANT.emailAddress,
      auditId: "a-1",
      exp: Math.floor(Date.now() / 1000) + 600,
      reason: "vital-interest",
    };
    return JSON.stringify(marker);
  }

  it("subject tag already present: the mail goes without a marker; without the tag it is stopped", async () => {
    const tagged = await send({ ...bsnMail, subject: "[Veilig] Gegevens" });
    expect(tagged.outcome).toBe("already-routed");
    expect(tagged.completions).toEqual([{ allowEvent: true }]);
    expect(tagged.s.record.subjectSet).toEqual([]);
    const plain = await send(bsnMail);
    expect(plain.outcome).toBe("alert");
    expect(plain.completions[0]).toMatchObject({ allowEvent: false });
  });

  it("header trigger: the header with the policy's value lets it go, another value does not", async () => {
    const storage = gp({
      secureChannel: { trigger: { kind: "header", name: "X-Secure-Route", value: "zivver" } },
    });
    const routed = await send({ ...bsnMail, storage, headers: { "X-Secure-Route": "Zivver" } });
    expect(routed.outcome).toBe("already-routed");
    expect(routed.s.record.calls).toContain("internetHeaders.getAsync");
    const other = await send({ ...bsnMail, storage, headers: { "X-Secure-Route": "none" } });
    expect(other.outcome).toBe("alert");
  });

  it("label trigger: the policy's label on the draft lets it go, another label does not", async () => {
    const labelId = "6f1c2a4e-8b3d-4c5a-9e7f-1a2b3c4d5e6f";
    const storage = gp({ secureChannel: { trigger: { kind: "sensitivityLabel", labelId } } });
    expect((await send({ ...bsnMail, storage, label: labelId.toUpperCase() })).outcome).toBe(
      "already-routed"
    );
    expect(
      (await send({ ...bsnMail, storage, label: "00000000-0000-0000-0000-000000000000" })).outcome
    ).toBe("alert");
  });

  it("routing meets only the secure hits: a typo domain is still asked about (Send Anyway)", async () => {
    const r = await send({ ...typoMail, subject: "[veilig] Gegevens" });
    expect(r.outcome).toBe("alert");
    expect(r.completions[0]).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(message(r.completions[0])).toMatch(/gmial\.com/);
    expect(message(r.completions[0])).not.toMatch(/beveiligd/i);
  });

  it("a marker covers only the rules it was recorded for", async () => {
    // this assistant may override the secure channel (a grant by address)
    const storage = gp({
      overrides: {
        grants: [{ rules: ["secure-channel-required"], addresses: [ASSISTANT.emailAddress] }],
      },
    });
    const both = await markerFor(typoMail, ["secure-channel-required", "lookalike-domain"]);
    const covered = await send({ ...typoMail, storage, sessionData: { [KEY_OVERRIDE]: both } });
    expect(covered.outcome).toBe("override");
    expect(covered.completions).toEqual([{ allowEvent: true }]);

    const one = await markerFor(typoMail, ["secure-channel-required"]);
    const partly = await send({ ...typoMail, storage, sessionData: { [KEY_OVERRIDE]: one } });
    expect(partly.outcome).toBe("alert");
    expect(partly.completions[0]).toMatchObject({ sendModeOverride: "promptUser" });
    expect(message(partly.completions[0])).toMatch(/gmial\.com/);

    // a marker for another rule altogether covers nothing here
    const other = await markerFor(bsnMail, ["visible-group-recipients"]);
    const r = await send({ ...bsnMail, storage, sessionData: { [KEY_OVERRIDE]: other } });
    expect(r.outcome).toBe("alert");
    expect(r.completions[0]).toMatchObject({ allowEvent: false, cancelLabel: "Veilig verzenden" });
  });
});
