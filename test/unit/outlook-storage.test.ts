/** src/outlook/storage.ts chooses storage per runtime; recordOverride asks the service to sign when the policy names one. */
import { emptyDraft } from "../../src/engine/draft";
import { parsePolicy } from "../../src/engine/policy";
import type { RuleHit } from "../../src/engine/types";
import { AuditQueue } from "../../src/outlook/audit";
import type { ComposeItemLike } from "../../src/outlook/item";
import { Budget } from "../../src/outlook/office";
import {
  OverrideRefused,
  recordOverride,
  type StoredOverrideMarker,
} from "../../src/outlook/override";
import { KEY_OVERRIDE } from "../../src/outlook/session";
import { chooseStores, localStore, roamingStore } from "../../src/outlook/storage";
import { memoryStorage, mockOffice, mockState } from "./taskpane-mockitem";

describe("storage by runtime", () => {
  const ls = () => {
    const data: Record<string, string> = {};
    return {
      data,
      getItem: (k: string) => (k in data ? data[k] : null),
      setItem: (k: string, v: string) => void (data[k] = v),
    };
  };
  it("a browser page uses localStorage, even where OfficeRuntime.storage exists", async () => {
    const page = ls();
    const r = localStore({ localStorage: page, OfficeRuntime: { storage: memoryStorage() } });
    expect(r.kind).toBe("localStorage");
    await r.storage!.setItem("k", "v");
    expect(page.data.k).toBe("v");
  });
  it("classic's JavaScript-only runtime (no localStorage) uses OfficeRuntime.storage; none: null", () => {
    expect(localStore({ OfficeRuntime: { storage: memoryStorage() } }).kind).toBe(
      "OfficeRuntime.storage"
    );
    expect(localStore({}).storage).toBeNull();
    const broken = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceeded");
      },
    };
    expect(localStore({ localStorage: broken }).kind).toBe("none");
  });
  it("the mailbox store is the roaming settings, saved before a write resolves", async () => {
    const state = mockState();
    const { office, host } = mockOffice(state);
    const stores = chooseStores({}, office);
    await stores.mailbox!.setItem("zv:x", "1");
    expect(host.roaming["zv:x"]).toBe("1");
    expect(state.calls).toContain("roamingSettings.saveAsync");
    await expect(stores.mailbox!.getItem("zv:x")).resolves.toBe("1");
    expect(roamingStore(undefined)).toBeNull();
  });
});

describe("recordOverride with the practice service", () => {
  const DR = "dr.jansen@praktijkdekroon.nl";
  const policy = parsePolicy({
    overrides: {
      grants: [{ rules: ["secure-channel-required"], addresses: [DR] }],
      signature: {
        publicKey: { kty: "EC", crv: "P-256", x: "A".repeat(43), y: "B".repeat(43) },
        url: "https://zorgvuldig.praktijkdekroon.nl/api/override",
      },
    },
  });
  const hit: RuleHit = {
    rule: "secure-channel-required",
    action: "secure",
    findings: [],
    explanation: "x",
    source: { file: "002.txt", section: "Toolkit" },
  };
  const request = {
    draft: emptyDraft({
      subject: "Uitslag",
      from: { address: DR },
      to: [{ address: "p@gmail.com" }],
    }),
    action: "secure" as const,
    hits: [hit],
    recipients: [],
    user: { address: DR },
    reasonCode: "vital-interest",
    reasonText: "De patiënt heeft deze uitslag vandaag nodig.",
  };

  it("stores the service's JWS with the marker; the payload it signed is the marker's claims", async () => {
    const state = mockState();
    const { item } = mockOffice(state);
    const queue = new AuditQueue(memoryStorage());
    const sign = jest.fn(() => Promise.resolve("h.p.s"));
    const budget = new Budget(5000);
    const record = await recordOverride(
      item as unknown as ComposeItemLike,
      policy,
      request,
      queue,
      budget,
      sign
    );
    budget.dispose();
    const marker = JSON.parse(state.session[KEY_OVERRIDE]) as StoredOverrideMarker;
    expect(marker.jws).toBe("h.p.s");
    expect(sign).toHaveBeenCalledWith({
      payload: {
        v: 1,
        fingerprint: marker.fingerprint,
        rules: ["secure-channel-required"],
        user: DR,
        auditId: record.id,
        exp: marker.exp,
      },
      record,
    });
  });

  it("without the service's signature nothing is written and the override is refused", async () => {
    const state = mockState();
    const { item } = mockOffice(state);
    const queue = new AuditQueue(memoryStorage());
    const budget = new Budget(5000);
    await expect(
      recordOverride(item as unknown as ComposeItemLike, policy, request, queue, budget, () =>
        Promise.reject(new Error("offline"))
      )
    ).rejects.toEqual(new OverrideRefused("not-signed"));
    await expect(
      recordOverride(item as unknown as ComposeItemLike, policy, request, queue, budget)
    ).rejects.toEqual(new OverrideRefused("not-signed"));
    budget.dispose();
    expect(state.session[KEY_OVERRIDE]).toBeUndefined();
    expect(state.headers).toEqual({});
    expect(await queue.pending()).toEqual([]);
  });
});
