/**
 * Office.js adapters (src/outlook) against a compose item mocked with office-addin-mock: the callback
 * wrapper and budget, reading a Draft, the sessionData cache and override marker, secure routing,
 * the alert text, and the run-time policy store.
 */
import { OfficeMockObject } from "office-addin-mock";
import { DEFAULT_POLICY, parsePolicy } from "../../src/engine/policy";
import type { CheckResult } from "../../src/engine";
import { alertFor, errorAlert, MAX_ALERT_CHARS } from "../../src/outlook/alert";
import { base64ToBytes } from "../../src/outlook/base64";
import { draftFingerprint } from "../../src/outlook/fingerprint";
import type { ComposeItemLike } from "../../src/outlook/item";
import { Budget, OfficeCallError, officeCall } from "../../src/outlook/office";
import {
  loadPolicy,
  refreshPolicy,
  STORAGE_KEY,
  type StorageLike,
} from "../../src/outlook/policyStore";
import { readDraft } from "../../src/outlook/readDraft";
import { applySecureRoute, taggedSubject } from "../../src/outlook/route";
import {
  KEY_ATTACHMENTS,
  MAX_ATTACHMENT_CACHE_CHARS,
  readOverrideMarker,
  readAttachmentCache,
  type AttachmentCache,
  type CachedAttachment,
  writeAttachmentCache,
  writeOverrideMarker,
} from "../../src/outlook/session";
import { mockOutlook, type MockDraft } from "../sandbox/mockOutlook";

/** The shared compose-item mock, wrapped by office-addin-mock as the Office docs recommend. */
function officeItem(d: MockDraft) {
  const m = mockOutlook(d);
  const item = new OfficeMockObject(
    m.item as unknown as Record<string, unknown>
  ) as unknown as ComposeItemLike;
  return { item, record: m.record };
}

function withBudget<T>(ms: number, fn: (b: Budget) => Promise<T>): Promise<T> {
  const b = new Budget(ms);
  return fn(b).finally(() => b.dispose());
}

describe("officeCall + Budget", () => {
  it("resolves a succeeded callback and turns failed / thrown / silent ones into typed failures", async () => {
    const { item } = officeItem({
      subject: "Hallo",
      faults: { "body.getAsync": "fail", "to.getAsync": "throw" },
    });
    await withBudget(200, async (b) => {
      await expect(
        officeCall<string>("subject", (cb) => item.subject.getAsync(cb), b)
      ).resolves.toBe("Hallo");
      await expect(
        officeCall<string>("body", (cb) => item.body.getAsync("text", cb), b)
      ).rejects.toMatchObject({ kind: "failed", code: 9002 });
      await expect(officeCall("to", (cb) => item.to.getAsync(cb), b)).rejects.toMatchObject({
        kind: "threw",
      });
    });
    await withBudget(50, async (b) => {
      const never = officeCall("never", () => undefined, b);
      await expect(never).rejects.toBeInstanceOf(OfficeCallError);
      await expect(never).rejects.toMatchObject({ kind: "timeout" });
      expect(b.exceeded).toBe(true);
    });
  });

  it("disposing the budget clears its one timer: nothing fires afterwards", async () => {
    jest.useFakeTimers();
    try {
      const b = new Budget(1000);
      expect(jest.getTimerCount()).toBe(1);
      b.dispose();
      expect(jest.getTimerCount()).toBe(0);
      jest.advanceTimersByTime(2000);
      expect(b.exceeded).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("readDraft", () => {
  it("reads subject, the HTML body as text (hidden text kept), From, To/Cc/Bcc with names and the attachment list", async () => {
    const { item } = officeItem({
      subject: "Uitslag",
      html: '<html><body><p>Beste Piet,</p><div style="display:none">BSN 111222333</div><p>Groet</p></body></html>',
      from: { emailAddress: "assistent@praktijk-delinde.nl", displayName: "Assistent" },
      to: [{ emailAddress: "p.pieters@gmail.com", displayName: "Piet Pieters" }],
      cc: [{ emailAddress: "dokter@praktijk-delinde.nl" }],
      bcc: [{ emailAddress: "archief@praktijk-delinde.nl" }],
      attachments: [
        { id: "a1", name: "brief.pdf", contentType: "application/pdf", size: 1200 },
        {
          id: "a2",
          name: "Doorverwijzing",
          contentType: "message/rfc822",
          size: 900,
          attachmentType: "item",
        },
        { id: "a3", name: "scan.docx", contentType: "", size: 0, attachmentType: "cloud" },
        { id: "a4", name: "logo.png", contentType: "image/png", size: 300, isInline: true },
      ],
    });
    const { draft } = await withBudget(1000, (b) => readDraft(item, b));
    expect(draft.subject).toBe("Uitslag");
    expect(draft.body).toMatch(/Beste Piet,[\s\S]*BSN 111222333[\s\S]*Groet/);
    expect(draft.body).not.toMatch(/<p>|display:none/);
    expect(draft.from).toEqual({ address: "assistent@praktijk-delinde.nl", name: "Assistent" });
    expect(draft.to).toEqual([{ address: "p.pieters@gmail.com", name: "Piet Pieters" }]);
    expect(draft.cc).toEqual([{ address: "dokter@praktijk-delinde.nl" }]);
    expect(draft.bcc).toHaveLength(1);
    expect(draft.attachments.map((a) => [a.id, a.kind, !!a.inline])).toEqual([
      ["a1", "file", false],
      ["a2", "item", false],
      ["a3", "cloud", false],
      ["a4", "file", true],
    ]);
  });

  it("falls back to the text body when HTML cannot be read", async () => {
    const m = mockOutlook({ body: "Alleen tekst" });
    const item = m.item as unknown as ComposeItemLike;
    const original = item.body.getAsync;
    item.body.getAsync = (type, cb) =>
      type === "html"
        ? cb({ status: "failed", value: "", error: { code: 1 } })
        : original(type, cb);
    const { draft } = await withBudget(1000, (b) => readDraft(item, b));
    expect(draft.body).toBe("Alleen tekst");
  });
});

describe("sessionData: override marker and attachment cache", () => {
  it("stores and reads back the override marker; rejects a malformed one", async () => {
    const { item, record } = officeItem({});
    const marker = {
      v: 1 as const,
      fingerprint: "v1.abc.def",
      rules: ["secure-channel-required" as const],
      user: "dr.jansen@praktijkdekroon.nl",
      auditId: "a1",
      exp: 1767225600,
    };
    await withBudget(1000, (b) => writeOverrideMarker(item, marker, b));
    await expect(withBudget(1000, (b) => readOverrideMarker(item, b))).resolves.toEqual(marker);
    record.sessionData["zv:override"] = "{not json";
    await expect(withBudget(1000, (b) => readOverrideMarker(item, b))).resolves.toBeNull();
  });

  it("keeps only attachments still present, with their extraction and content hash, under the sessionData limit", async () => {
    const { item, record } = officeItem({});
    const entry = (text: string): CachedAttachment => ({
      hash: "c1.x.y",
      extraction: { texts: [{ source: "a.txt", text }], facts: [] },
    });
    const cache: AttachmentCache = { "gone|1": entry("weg") };
    for (let i = 0; i < 400; i++) cache[`att-${i}|100`] = entry(`tekst ${i} `.repeat(20));
    const present = Object.keys(cache).filter((k) => k !== "gone|1");
    await withBudget(1000, (b) => writeAttachmentCache(item, cache, present, b));
    const stored = record.sessionData[KEY_ATTACHMENTS];
    expect(stored.length).toBeLessThanOrEqual(MAX_ATTACHMENT_CACHE_CHARS);
    expect(JSON.parse(stored)["gone|1"]).toBeUndefined();
    expect(JSON.parse(stored)["att-399|100"]).toEqual(entry("tekst 399 ".repeat(20)));
  });

  it("reads back only well-formed entries (anything else is read anew at Send)", async () => {
    const { item, record } = officeItem({});
    record.sessionData[KEY_ATTACHMENTS] = JSON.stringify({
      "a|1": { hash: "c1.x.y", extraction: { texts: [], facts: [] } },
      "b|1": { findings: [] },
      "c|1": { hash: "", extraction: { texts: [], facts: [] } },
      "d|1": { hash: "h", extraction: { texts: [{ text: 1 }], facts: [] } },
    });
    const cache = await withBudget(1000, (b) => readAttachmentCache(item, b));
    expect(Object.keys(cache)).toEqual(["a|1"]);
  });
});

describe("draftFingerprint", () => {
  const base = {
    subject: "S",
    body: "B",
    from: { address: "a@x.nl" },
    to: [{ address: "P@gmail.com" }],
    cc: [],
    bcc: [],
    attachments: [],
  };
  it("ignores recipient order, case and line-ending style; changes with any content, recipient or attachment edit", () => {
    const f = draftFingerprint(base);
    expect(draftFingerprint({ ...base, to: [{ address: "p@GMAIL.com" }], body: "B\r\n" })).toBe(f);
    expect(draftFingerprint({ ...base, body: "B." })).not.toBe(f);
    expect(draftFingerprint({ ...base, subject: "S2" })).not.toBe(f);
    expect(draftFingerprint({ ...base, bcc: [{ address: "q@gmail.com" }] })).not.toBe(f);
    expect(
      draftFingerprint({
        ...base,
        attachments: [{ id: "x", name: "n", contentType: "", size: 1, kind: "file" as const }],
      })
    ).not.toBe(f);
  });
});

describe("secure routing", () => {
  const privateRecipient = [
    {
      address: "p@gmail.com",
      field: "to" as const,
      domain: "gmail.com",
      class: "private" as const,
    },
  ];
  const externalRecipient = [
    {
      address: "info@ziekenhuis.nl",
      field: "to" as const,
      domain: "ziekenhuis.nl",
      class: "external" as const,
    },
  ];

  it("header trigger sets the internet header and appends the patient notice for a private recipient", async () => {
    const { item, record } = officeItem({});
    const policy = parsePolicy({
      secureChannel: {
        trigger: { kind: "header", name: "x-veilig", value: "1" },
        routing: "automatic",
      },
    });
    const r = await withBudget(1000, (b) =>
      applySecureRoute(item, policy, "Uitslag", privateRecipient, "nl", b)
    );
    expect(r).toEqual({ trigger: "header", notice: true });
    expect(record.headers).toEqual({ "x-veilig": "1" });
    expect(record.appended[0]).toContain(DEFAULT_POLICY.patientNotice.text.nl);
  });

  it("subject tag is added once; no notice for an organisation", async () => {
    const { item, record } = officeItem({ subject: "Uitslag" });
    const policy = parsePolicy({
      secureChannel: { trigger: { kind: "subjectTag", tag: "[veilig]" }, routing: "automatic" },
    });
    const r = await withBudget(1000, (b) =>
      applySecureRoute(item, policy, "Uitslag", externalRecipient, "nl", b)
    );
    expect(r.notice).toBe(false);
    expect(record.subjectSet).toEqual(["[veilig] Uitslag"]);
    expect(taggedSubject("[Veilig] Uitslag", "[veilig]")).toBe("[Veilig] Uitslag");
  });

  it("sensitivity label trigger sets the label", async () => {
    const { item, record } = officeItem({});
    const labelId = "2f1c0a9e-6b1d-4f3e-9c2a-1d2e3f4a5b6c";
    const policy = parsePolicy({
      secureChannel: { trigger: { kind: "sensitivityLabel", labelId }, routing: "automatic" },
      patientNotice: { enabled: false },
    });
    await withBudget(1000, (b) =>
      applySecureRoute(item, policy, "Uitslag", privateRecipient, "nl", b)
    );
    expect(record.labelSet).toEqual([labelId]);
    expect(record.appended).toEqual([]);
  });
});

describe("alert text", () => {
  const hit = (n: number) => ({
    rule: "secure-channel-required" as const,
    action: "secure" as const,
    findings: [
      {
        type: "bsn" as const,
        text: "111222333",
        where: "body" as const,
        start: 0,
        end: 9,
        confidence: 1,
      },
    ],
    explanation: `Punt ${n}: ` + "uitleg ".repeat(20) + "[link](x) *vet*",
    source: { file: "f", section: "s" },
  });
  const result = (hits: ReturnType<typeof hit>[]): CheckResult => ({
    verdict: { action: "secure", hits },
    category: "medical",
    findings: [],
    recipients: [],
  });

  it("stays within 500 characters, says how many points were left out, and escapes Markdown", () => {
    const o = alertFor(result([1, 2, 3, 4, 5].map(hit)), "nl", {
      mailbox114: true,
      mailbox115: true,
    });
    expect(o.errorMessage!.length).toBeLessThanOrEqual(MAX_ALERT_CHARS);
    expect(o.errorMessageMarkdown!.length).toBeLessThanOrEqual(MAX_ALERT_CHARS);
    expect(o.errorMessage).toMatch(/Meer punten \(\d+\) staan in het Zorgvuldig-venster/);
    expect(o.errorMessageMarkdown).toContain("\\[link\\](x) \\*vet\\*");
    expect(o.errorMessage).not.toContain("111222333");
    expect(o.cancelLabel!.length).toBeLessThanOrEqual(20);
  });

  it("English labels when the language is English; error alert offers no Send Anyway when onError is block", () => {
    const o = alertFor(result([hit(1)]), "en", { mailbox114: true, mailbox115: false });
    expect(o.cancelLabel).toBe("Send securely");
    expect(o.errorMessageMarkdown).toBeUndefined();
    const e = errorAlert("block", "timeout", "nl", { mailbox114: true, mailbox115: true });
    expect(e.sendModeOverride).toBeUndefined();
    expect(e.errorMessage).toMatch(/niet controleren/);
    expect(
      errorAlert("warn", "timeout", "en", { mailbox114: true, mailbox115: true }).sendModeOverride
    ).toBe("promptUser");
  });
});

describe("run-time policy store", () => {
  const URL = "https://localhost:3000/policy.json";
  function memoryStorage(
    initial: Record<string, string> = {}
  ): StorageLike & { data: Record<string, string> } {
    const data = { ...initial };
    return {
      data,
      getItem: (k) => Promise.resolve(data[k] ?? null),
      setItem: (k, v) => Promise.resolve(void (data[k] = v)),
    };
  }

  it("caches a valid fetched policy, which then applies; never caches an invalid one", async () => {
    const storage = memoryStorage();
    const good = { practiceDomains: ["praktijk-delinde.nl"], onError: "warn" };
    await expect(
      refreshPolicy(storage, URL, () => Promise.resolve(JSON.stringify(good)))
    ).resolves.toBe(true);
    expect((await loadPolicy(storage, URL)).onError).toBe("warn");
    const other = memoryStorage();
    await expect(
      refreshPolicy(other, URL, () => Promise.resolve('{"onError":"maybe"}'))
    ).resolves.toBe(false);
    expect(other.data[STORAGE_KEY]).toBeUndefined();
    await expect(
      refreshPolicy(other, URL, () => Promise.reject(new Error("offline")))
    ).resolves.toBe(false);
  });

  it("does not fetch again within the refresh interval; a stale or foreign-URL cache falls back to the built-in policy", async () => {
    const storage = memoryStorage();
    const fetchText = jest.fn(() => Promise.resolve(JSON.stringify({ onError: "warn" })));
    await refreshPolicy(storage, URL, fetchText);
    await refreshPolicy(storage, URL, fetchText);
    expect(fetchText).toHaveBeenCalledTimes(1);
    expect((await loadPolicy(storage, URL, Date.now() + 8 * 24 * 3600 * 1000)).onError).toBe(
      "block"
    );
    expect((await loadPolicy(storage, "https://localhost:3000/other.json")).onError).toBe("block");
  });
});

describe("base64ToBytes", () => {
  it("decodes standard and URL-safe base64, ignoring whitespace and padding", () => {
    const bytes = Buffer.from("Zorgvuldig ✓ 123", "utf8");
    expect(Buffer.from(base64ToBytes(bytes.toString("base64"))).equals(bytes)).toBe(true);
    expect(Buffer.from(base64ToBytes(bytes.toString("base64url"))).equals(bytes)).toBe(true);
    expect(Buffer.from(base64ToBytes("Wm9y\nZ3Z1\r\nbGRpZw==")).toString()).toBe("Zorgvuldig");
  });
});
