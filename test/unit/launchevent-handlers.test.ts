/**
 * The handlers at source level (src/launchevent/handlers.ts) with an injected policy fetch: the work
 * before Send (recipient classes, attachment cache, policy refresh) and what Send does with it.
 */
import { createHandlers } from "../../src/launchevent/handlers";
import { plainTextExtractor } from "../../src/outlook/extraction";
import type { OfficeLike } from "../../src/outlook/office";
import { STORAGE_KEY } from "../../src/outlook/policyStore";
import { KEY_ATTACHMENTS, KEY_RECIPIENTS } from "../../src/outlook/session";
import { b64, mockEvent, mockOutlook, type MockDraft } from "../sandbox/mockOutlook";

const URL = "https://localhost:3000/policy.json";

function setup(d: MockDraft, fetched?: object) {
  const m = mockOutlook(d);
  const fetchText = jest.fn(() =>
    fetched ? Promise.resolve(JSON.stringify(fetched)) : Promise.reject(new Error("offline"))
  );
  const handlers = createHandlers({
    office: m.Office as unknown as OfficeLike,
    extract: plainTextExtractor,
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
  it("scans new attachments once, caches them by id and size, and Send uses the cache", async () => {
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
    const s = setup(d);
    await s.handlers.onMessageAttachmentsChanged(mockEvent().event);
    await s.handlers.onMessageAttachmentsChanged(mockEvent().event);
    expect(s.record.calls.filter((c) => c === "getAttachmentContentAsync")).toHaveLength(1);
    expect(Object.keys(JSON.parse(s.record.sessionData[KEY_ATTACHMENTS]))).toEqual(["a1|40"]);

    s.record.calls.length = 0;
    const e = mockEvent();
    await expect(s.handlers.onMessageSend(e.event)).resolves.toBe("alert");
    expect(s.record.calls).not.toContain("getAttachmentContentAsync");
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
