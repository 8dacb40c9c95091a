import {
  AuditQueue,
  buildOverrideRecord,
  KEY_QUEUE,
  type AuditRecord,
  type Poster,
} from "../../src/outlook/audit";
import type { ClassifiedRecipient, RuleHit } from "../../src/engine/types";
import { memoryStorage } from "./taskpane-mockitem";

const SOURCE = { file: "000.txt", section: "test" };
const hits: RuleHit[] = [
  {
    rule: "secure-channel-required",
    action: "secure",
    explanation: "x",
    source: SOURCE,
    findings: [
      { type: "bsn", text: "111222333", where: "body", start: 10, end: 19, confidence: 1 },
      { type: "medical", text: "diabetes", where: "body", start: 30, end: 38, confidence: 0.9 },
      { type: "medical", text: "insuline", where: "body", start: 50, end: 58, confidence: 0.9 },
    ],
  },
  {
    rule: "unencrypted-attachment",
    action: "secure",
    explanation: "y",
    source: SOURCE,
    // the same BSN again: counted once
    findings: [
      { type: "bsn", text: "111222333", where: "body", start: 10, end: 19, confidence: 1 },
    ],
  },
];
const recipients: ClassifiedRecipient[] = [
  {
    address: "Piet.Pieters@Gmail.com",
    name: "Piet Pieters",
    field: "to",
    domain: "gmail.com",
    class: "private",
  },
  { address: "a@gmail.com", field: "cc", domain: "gmail.com", class: "private" },
  { address: "x@ziekenhuis-oost.nl", field: "cc", domain: "ziekenhuis-oost.nl", class: "external" },
];

function record(id = "rec-1"): AuditRecord {
  return buildOverrideRecord({
    hits,
    action: "secure",
    recipients,
    user: "Dr.Jansen@praktijkdekroon.nl",
    reasonCode: "vital-interest",
    reasonText: "Spoed: de patiënt moet vandaag nog deze uitslag hebben.",
    at: new Date("2026-11-22T08:00:00Z"),
    id,
  });
}

describe("audit record", () => {
  it("holds rule ids, finding types with counts, domains, user, time and reason", () => {
    const r = record();
    expect(r).toEqual({
      v: 1,
      id: "rec-1",
      kind: "override",
      at: "2026-11-22T08:00:00.000Z",
      user: "dr.jansen@praktijkdekroon.nl",
      action: "secure",
      rules: ["secure-channel-required", "unencrypted-attachment"],
      findings: { bsn: 1, medical: 2 },
      recipientDomains: ["gmail.com", "ziekenhuis-oost.nl"],
      recipientClasses: { private: 2, external: 1 },
      reason: {
        code: "vital-interest",
        text: "Spoed: de patiënt moet vandaag nog deze uitslag hebben.",
      },
    });
  });

  it("carries no message content, no recipient names and no local parts", () => {
    const text = JSON.stringify(record());
    for (const secret of [
      "111222333",
      "diabetes",
      "insuline",
      "Piet",
      "piet.pieters",
      "a@gmail.com",
    ])
      expect(text).not.toContain(secret);
  });

  it("gets a fresh unique id when none is given", () => {
    const a = buildOverrideRecord({
      hits,
      action: "secure",
      recipients,
      user: "u@p.nl",
      reasonCode: "c",
      reasonText: "t",
    });
    const b = buildOverrideRecord({
      hits,
      action: "secure",
      recipients,
      user: "u@p.nl",
      reasonCode: "c",
      reasonText: "t",
    });
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
  });
});

describe("audit queue", () => {
  const noSleep = () => Promise.resolve();

  it("keeps records locally when the policy names no endpoint", async () => {
    const storage = memoryStorage();
    const post = jest.fn<ReturnType<Poster>, Parameters<Poster>>();
    const q = new AuditQueue(storage, { post });
    await q.append(record("a"));
    expect(await q.flush()).toEqual({ delivered: 0, pending: 1 });
    expect(post).not.toHaveBeenCalled();
    expect(JSON.parse(storage.data[KEY_QUEUE])).toHaveLength(1);
  });

  it("appending the same record twice stores it once", async () => {
    const q = new AuditQueue(memoryStorage());
    await q.append(record("a"));
    await q.append(record("a"));
    expect((await q.pending()).map((r) => r.id)).toEqual(["a"]);
    expect((await q.recent("dr.jansen@praktijkdekroon.nl")).map((r) => r.id)).toEqual(["a"]);
  });

  it("posts with the record id as idempotency key and empties the queue", async () => {
    const seen: Array<{ url: string; id: string; key: string }> = [];
    const post: Poster = async (url, body, headers) => {
      seen.push({ url, id: (JSON.parse(body) as AuditRecord).id, key: headers["Idempotency-Key"] });
      return { ok: true, status: 201 };
    };
    const q = new AuditQueue(memoryStorage(), {
      endpoint: "https://audit.praktijk.nl/zv",
      post,
      sleep: noSleep,
    });
    await q.append(record("a"));
    await q.append(record("b"));
    expect(await q.flush()).toEqual({ delivered: 2, pending: 0 });
    expect(seen).toEqual([
      { url: "https://audit.praktijk.nl/zv", id: "a", key: "a" },
      { url: "https://audit.praktijk.nl/zv", id: "b", key: "b" },
    ]);
    expect(await q.pending()).toEqual([]);
    // a second flush sends nothing again
    await q.flush();
    expect(seen).toHaveLength(2);
  });

  it("retries a failing post and delivers each record exactly once", async () => {
    let calls = 0;
    const post: Poster = async () => {
      calls++;
      if (calls === 1) throw new TypeError("Failed to fetch");
      if (calls === 2) return { ok: false, status: 503 };
      return { ok: true, status: 200 };
    };
    const sleeps: number[] = [];
    const q = new AuditQueue(memoryStorage(), {
      endpoint: "https://audit.praktijk.nl/zv",
      post,
      sleep: async (ms) => void sleeps.push(ms),
    });
    await q.append(record("a"));
    expect(await q.flush()).toEqual({ delivered: 1, pending: 0 });
    expect(calls).toBe(3);
    expect(sleeps).toEqual([500, 2000]);
  });

  it("loses nothing offline: records survive failed flushes and go out later, in order", async () => {
    const storage = memoryStorage();
    let online = false;
    const delivered: string[] = [];
    const post: Poster = async (_u, body) => {
      if (!online) throw new TypeError("offline");
      delivered.push((JSON.parse(body) as AuditRecord).id);
      return { ok: true, status: 200 };
    };
    const options = { endpoint: "https://audit.praktijk.nl/zv", post, sleep: noSleep };
    const q1 = new AuditQueue(storage, options);
    await q1.append(record("a"));
    await q1.append(record("b"));
    expect(await q1.flush()).toEqual({ delivered: 0, pending: 2, stopped: "unreachable" });
    // the pane is closed and opened again later (a new queue over the same storage)
    online = true;
    const q2 = new AuditQueue(storage, options);
    expect(await q2.flush()).toEqual({ delivered: 2, pending: 0 });
    expect(delivered).toEqual(["a", "b"]);
  });

  it("treats 409 (already stored) as delivered and sets malformed records (400) aside without holding up the rest", async () => {
    const post409: Poster = async () => ({ ok: false, status: 409 });
    const q = new AuditQueue(memoryStorage(), {
      endpoint: "https://a.nl/x",
      post: post409,
      sleep: noSleep,
    });
    await q.append(record("a"));
    expect(await q.flush()).toEqual({ delivered: 1, pending: 0 });

    const post400: Poster = jest.fn(async () => ({ ok: false, status: 400 }));
    const q2 = new AuditQueue(memoryStorage(), {
      endpoint: "https://a.nl/x",
      post: post400,
      sleep: noSleep,
    });
    await q2.append(record("b"));
    expect(await q2.flush()).toEqual({ delivered: 0, pending: 0, refused: 1 });
    expect(post400).toHaveBeenCalledTimes(1);
    expect((await q2.refused()).map((r) => r.id)).toEqual(["b"]);
  });

  it("sends the access token; a 401, with a token or without one, keeps every record for a later flush", async () => {
    const storage = memoryStorage();
    const seen: (string | undefined)[] = [];
    let status = 401;
    const post: Poster = async (_u, _b, headers) => {
      seen.push(headers.Authorization);
      return { ok: status < 300, status };
    };
    let token: string | null = null;
    const source = () => (token ? Promise.resolve(token) : Promise.reject(new Error("no token")));
    const q = new AuditQueue(storage, {
      endpoint: "https://a.nl/api/audit",
      post,
      sleep: noSleep,
      token: source,
    });
    await q.append(record("a"));
    await q.append(record("b"));
    // no token to be had: posted without one (an endpoint may need none); the service's 401 keeps it
    expect(await q.flush()).toEqual({ delivered: 0, pending: 2, stopped: "no-token" });
    expect(seen).toEqual([undefined]);
    token = "h.p.s";
    expect(await q.flush()).toEqual({ delivered: 0, pending: 2, stopped: "unauthorized" });
    expect(seen.slice(1)).toEqual(["Bearer h.p.s"]);
    status = 201;
    expect(await q.flush()).toEqual({ delivered: 2, pending: 0 });
    expect(seen.slice(2)).toEqual(["Bearer h.p.s", "Bearer h.p.s"]);
  });

  it("refuses a non-https endpoint", () => {
    expect(() => new AuditQueue(memoryStorage(), { endpoint: "http://audit.praktijk.nl" })).toThrow(
      /https/
    );
  });

  it("shows only the user's own recent overrides, newest first, up to the limit", async () => {
    const q = new AuditQueue(memoryStorage(), { recentLimit: 2 });
    await q.append(record("a"));
    await q.append({ ...record("other"), user: "assistent@praktijkdekroon.nl" });
    await q.append(record("b"));
    await q.append(record("c"));
    expect((await q.recent("DR.JANSEN@praktijkdekroon.nl")).map((r) => r.id)).toEqual(["c", "b"]);
    expect((await q.recent("assistent@praktijkdekroon.nl")).map((r) => r.id)).toEqual([]);
  });

  it("survives concurrent appends without losing one", async () => {
    const q = new AuditQueue(memoryStorage());
    await Promise.all(["a", "b", "c", "d"].map((id) => q.append(record(id))));
    expect((await q.pending()).map((r) => r.id).sort()).toEqual(["a", "b", "c", "d"]);
  });
});
