/**
 * The add-in's client code against a real `zorgvuldig serve` process: the pane's controller (override with
 * the service's signature, consent, false alarm), the audit queue with access tokens, and the send
 * handler's consent check, all over HTTP to the service on loopback. One wire type on both sides
 * (src/server/types.ts); a search of the whole database for every fictitious value used.
 */
import { generateKeyPairSync } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parsePolicy, type Policy } from "../../src/engine/policy";
import { decideSend } from "../../src/engine/decide";
import { AuditQueue, KEY_QUEUE } from "../../src/outlook/audit";
import { consentService, consentHash, KEY_CONSENT, loadBook } from "../../src/outlook/consent";
import { draftFingerprint } from "../../src/outlook/fingerprint";
import { markerEvidence, reasonsFor, type StoredOverrideMarker } from "../../src/outlook/override";
import { KEY_OVERRIDE } from "../../src/outlook/session";
import { serviceSigner, SignerError } from "../../src/outlook/signer";
import { plainTextExtractor } from "../../src/outlook/extraction";
import type { OfficeLike } from "../../src/outlook/office";
import { STORAGE_KEY } from "../../src/outlook/policyStore";
import { createHandlers } from "../../src/launchevent/handlers";
import { PaneController, type PaneItem, type PaneOffice } from "../../src/taskpane/controller";
import { memoryStorage, mockOffice, mockState, type MockState } from "../unit/taskpane-mockitem";
import {
  AUDIENCE,
  dumpDatabase,
  event,
  post,
  startIssuer,
  startService,
  testDatabase,
  TENANT,
  type Service,
  type TestDatabase,
  type TokenIssuer,
} from "./helpers/service";

jest.setTimeout(180000);

const DR = "dokter@praktijk.example"; // the token issuer's preferred_username
const PATIENT = { emailAddress: "piet.pieters@gmail.com", displayName: "Piet Pieters" };
const ORIGIN = "https://addin.praktijk.example";
const APPOINTMENT =
  "Beste meneer Pieters,\n\nHierbij bevestigen wij uw afspraak bij dokter Smit op dinsdag 14 mei om 10.20 uur.\n\nMet vriendelijke groet,\nMirjam de Balie\nPraktijk";
const MEDICAL =
  "Beste meneer Pieters,\n\nUw bloeduitslag laat een verhoogd cholesterol zien; wij starten met simvastatine.\n\nMet vriendelijke groet,\nDokter Smit";
const BSN_APPOINTMENT =
  "Beste meneer Pieters,\n\nUw afspraak bij dokter Smit staat op dinsdag 14 mei om 10.20 uur. Uw BSN 111222333 staat goed.\n\nGroet,\nMirjam";
const EXPLANATION = "De patiënt heeft geen beveiligde mail en heeft dit telefonisch bevestigd.";
/** every fictitious value the drafts carry: none may reach the database */
const FICTITIOUS = [
  "Pieters",
  "piet.pieters",
  "Piet",
  "111222333",
  "cholesterol",
  "simvastatine",
  "bloeduitslag",
  "Mirjam",
  "Smit",
  "14 mei",
  "10.20",
  "Uw afspraak",
];

let tmp: string;
let db: TestDatabase;
let issuer: TokenIssuer;
let service: Service;
let policy: Policy;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zv-client-"));
  const dist = path.join(tmp, "dist");
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html><title>pane</title>");
  const key = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
  fs.writeFileSync(path.join(tmp, "signing.pem"), key.export({ type: "pkcs8", format: "pem" }));
  [db, issuer] = await Promise.all([testDatabase(), startIssuer()]);
  service = await startService([
    ...db.args,
    "--port",
    "0",
    "--dist",
    dist,
    "--tenant",
    TENANT,
    "--audience",
    AUDIENCE,
    "--jwks-url",
    issuer.jwksUrl,
    "--signing-key",
    path.join(tmp, "signing.pem"),
    "--allow-origin",
    ORIGIN,
  ]);
  const keys = (await (await fetch(`${service.url}/api/keys`)).json()) as {
    keys: Record<string, string>[];
  };
  const { kty, crv, x, y } = keys.keys[0];
  policy = parsePolicy({
    practiceDomains: ["praktijk.example"],
    overrides: {
      grants: [{ rules: ["secure-channel-required"], addresses: [DR] }],
      // the schema asks for https; the test's service listens on loopback http (the client takes it)
      signature: { publicKey: { kty, crv, x, y }, url: "https://praktijk.example/api/override" },
    },
    auditEndpoint: "https://praktijk.example/api/audit",
  });
});

afterAll(async () => {
  await service?.stop();
  await issuer?.close();
  await db?.drop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const tokenSource = () => Promise.resolve(issuer.token());

function pane(state: MockState, mailbox = memoryStorage()) {
  const { office, item, host } = mockOffice(state);
  const local = memoryStorage();
  const queue = new AuditQueue(local, {
    endpoint: `${service.url}/api/audit`,
    token: tokenSource,
    allowHttp: true,
  });
  const controller = new PaneController({
    office: office as unknown as PaneOffice,
    item: item as unknown as PaneItem,
    policy,
    queue,
    user: { address: DR, name: "Dokter Smit" },
    language: "nl",
    storage: mailbox,
    sign: serviceSigner(`${service.url}/api/override`, tokenSource),
    consent: consentService(service.url, tokenSource),
  });
  return { controller, queue, mailbox, host, state };
}

function draft(body: string): MockState {
  return mockState({
    subject: "Bericht van de praktijk",
    body,
    from: { emailAddress: DR, displayName: "Dokter Smit" },
    to: [PATIENT],
  });
}

describe("override: the pane's signer and the service agree on one shape", () => {
  it("the service records the override and signs the marker; the send handler's check accepts it", async () => {
    const p = pane(draft(MEDICAL));
    const current = await p.controller.check();
    expect(current.result.verdict.action).toBe("secure");
    const code = reasonsFor(policy, ["secure-channel-required"])[0].code;
    const { record } = await p.controller.override(current, code, EXPLANATION, []);
    // the marker in sessionData carries the service's JWS, which verifies with the policy's key
    const stored = JSON.parse(String(p.state.session[KEY_OVERRIDE])) as StoredOverrideMarker;
    expect(typeof stored.jws).toBe("string");
    const evidence = markerEvidence(stored, policy);
    expect(evidence).toMatchObject({ signed: true, user: DR });
    expect(evidence!.fingerprint).toBe(draftFingerprint(current.draft));
    const decision = decideSend(current.result.verdict, policy, {
      fingerprint: draftFingerprint(current.draft),
      sender: DR,
      routed: false,
      marker: evidence,
      now: Date.now(),
    });
    expect(decision.outcome).toBe("override");
    // the same record again through the audit API is the same record: acknowledged, not a second one
    const again = await post(`${service.url}/api/audit`, record, issuer.token());
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ id: record.id, stored: "duplicate" });
    expect(await p.queue.pending()).toEqual([]);
  });

  it("without a valid token the signer refuses and the service stores nothing", async () => {
    const p = pane(draft(MEDICAL));
    const current = await p.controller.check();
    const expired = () =>
      Promise.resolve(issuer.token({ exp: Math.floor(Date.now() / 1000) - 600 }));
    const sign = serviceSigner(`${service.url}/api/override`, expired);
    const payload = {
      v: 1 as const,
      fingerprint: draftFingerprint(current.draft),
      rules: ["secure-channel-required" as const],
      user: DR,
      auditId: "00000000-0000-4000-8000-0000000000aa",
      exp: Math.floor(Date.now() / 1000) + 600,
    };
    const record = { ...event({ id: payload.auditId, user: DR }) } as never;
    await expect(sign({ payload, record })).rejects.toMatchObject({ status: 401 });
    await expect(sign({ payload, record })).rejects.toBeInstanceOf(SignerError);
    const r = await post(
      `${service.url}/api/audit`,
      event({ id: payload.auditId, user: DR }),
      null
    );
    expect(r.status).toBe(401);
  });
});

describe("audit queue", () => {
  it("keeps records on 401 and delivers them once a token is good; retries never duplicate", async () => {
    let good = false;
    const token = () =>
      Promise.resolve(good ? issuer.token() : issuer.token({ aud: "api://another-app" }));
    const queue = new AuditQueue(memoryStorage(), {
      endpoint: `${service.url}/api/audit`,
      token,
      allowHttp: true,
      sleep: () => Promise.resolve(),
    });
    const a = event({ user: DR, kind: "stop", reason: undefined, client: "classic" });
    const b = event({ user: DR, kind: "route", reason: undefined, client: "web" });
    await queue.append(a as never);
    await queue.append(b as never);
    expect(await queue.flush()).toEqual({ delivered: 0, pending: 2, stopped: "unauthorized" });
    good = true;
    expect(await queue.flush()).toEqual({ delivered: 2, pending: 0 });
    // a lost answer: the same records once more are acknowledged as duplicates
    await queue.append(a as never);
    expect(await queue.flush()).toEqual({ delivered: 1, pending: 0 });
  });
});

describe("CORS for the add-in's origin", () => {
  it("answers the preflight for Authorization + JSON from the allowed origin, and only from it", async () => {
    const pre = await fetch(`${service.url}/api/audit`, {
      method: "OPTIONS",
      headers: {
        Origin: ORIGIN,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type,idempotency-key",
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(pre.headers.get("access-control-allow-methods")).toMatch(/POST/);
    expect(pre.headers.get("access-control-allow-headers")?.toLowerCase()).toEqual(
      expect.stringContaining("authorization")
    );
    expect(pre.headers.get("access-control-allow-headers")?.toLowerCase()).toEqual(
      expect.stringContaining("content-type")
    );
    const other = await fetch(`${service.url}/api/audit`, {
      method: "OPTIONS",
      headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const r = await fetch(`${service.url}/api/audit`, {
      method: "POST",
      headers: {
        Origin: ORIGIN,
        "Content-Type": "application/json",
        Authorization: `Bearer ${issuer.token()}`,
      },
      body: JSON.stringify(event({ user: DR })),
    });
    expect(r.status).toBe(201);
    expect(r.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const refused = await fetch(`${service.url}/api/audit`, {
      method: "POST",
      headers: { Origin: ORIGIN, "Content-Type": "application/json" },
      body: JSON.stringify(event({ user: DR })),
    });
    // the 401 is readable by the pane too (it keeps the record and asks for a token again)
    expect(refused.status).toBe(401);
    expect(refused.headers.get("access-control-allow-origin")).toBe(ORIGIN);
  });

  it("lists the event script for SSO in event-based activation (/.well-known)", async () => {
    const r = await fetch(`${service.url}/.well-known/microsoft-officeaddins-allowed.json`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ allowed: [`${service.url}/launchevent.js`] });
  });
});

describe("consent (handbook 002, second decision tree) end to end", () => {
  const mailbox = memoryStorage();

  it("offers consent for a logistic mail to one patient; once recorded the pane lets it go", async () => {
    const p = pane(draft(APPOINTMENT), mailbox);
    const first = await p.controller.check();
    expect(first.result.category).toBe("logistic");
    expect(first.result.verdict.action).toBe("secure");
    expect(p.controller.consentOffered(first)).toBe(true);
    const { outcome, record } = await p.controller.recordConsent(first);
    expect(outcome).toBe("sent");
    expect(record.kind).toBe("consent");
    expect(record.recipientHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(record)).not.toMatch(/pieters/i);
    // the service holds it under the hash made with its own salt
    const salt = await consentService(service.url, tokenSource).salt();
    expect(record.recipientHash).toBe(consentHash(salt, PATIENT.emailAddress));
    const state = await fetch(`${service.url}/api/consent/${record.recipientHash}`, {
      headers: { Authorization: `Bearer ${issuer.token()}` },
    });
    expect(await state.json()).toEqual({ recipientHash: record.recipientHash, active: true });
  });

  it("the second mail to that patient goes at Send without asking (the send handler reads the book)", async () => {
    const state = draft(APPOINTMENT);
    const { host } = mockOffice(state);
    const runtime = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({
        fetchedAt: Date.now(),
        url: "https://x/policy.json",
        policy,
      }),
    });
    const handlers = (history: ReturnType<typeof memoryStorage>) =>
      createHandlers({
        office: host.officeFor("event") as unknown as OfficeLike,
        extract: plainTextExtractor,
        storage: runtime,
        history,
        policyUrl: "https://x/policy.json",
        fetchText: () => Promise.reject(new Error("offline")),
      });
    // another mailbox, without the consent: stopped, and the stop is queued (no content)
    const stopped: unknown[] = [];
    expect(
      await handlers(memoryStorage()).onMessageSend({ completed: (o) => stopped.push(o) })
    ).toBe("alert");
    expect(stopped[0]).toMatchObject({ allowEvent: false });
    const queued = JSON.parse((await runtime.getItem(KEY_QUEUE)) ?? "[]") as { kind: string }[];
    expect(queued.map((r) => r.kind)).toEqual(["stop"]);
    expect(JSON.stringify(queued)).not.toMatch(/pieters|afspraak/i);
    const completed: unknown[] = [];
    expect(await handlers(mailbox).onMessageSend({ completed: (o) => completed.push(o) })).toBe(
      "allow"
    );
    expect(completed).toEqual([{ allowEvent: true }]);
  });

  it("a consent the service confirmed long ago is checked again before Send (OnMessageRecipientsChanged)", async () => {
    const book = await loadBook(mailbox);
    const hash = Object.keys(book.hashes)[0];
    const stale = memoryStorage({
      [KEY_CONSENT]: JSON.stringify({
        salt: book.salt,
        hashes: { [hash]: Date.now() - 3 * 86400000 },
      }),
    });
    const state = draft(APPOINTMENT);
    const { host } = mockOffice(state);
    const runtime = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({
        fetchedAt: Date.now(),
        url: "https://x/policy.json",
        policy,
      }),
    });
    const handlers = createHandlers({
      office: host.officeFor("event") as unknown as OfficeLike,
      extract: plainTextExtractor,
      storage: runtime,
      history: stale,
      policyUrl: "https://x/policy.json",
      fetchText: () => Promise.reject(new Error("offline")),
      token: tokenSource,
      // the queued stop stays queued here (no network beyond loopback in tests)
      post: () => Promise.reject(new Error("offline")),
      // the policy names the practice's https host; here that is the loopback service
      consentFetch: (u, init) => fetch(u.replace("https://praktijk.example", service.url), init),
    });
    // too old to count at Send on its own
    expect(await handlers.onMessageSend({ completed: () => undefined })).toBe("alert");
    await handlers.onMessageRecipientsChanged({ completed: () => undefined });
    expect(await handlers.onMessageSend({ completed: () => undefined })).toBe("allow");
  });

  it("never for medical content or a BSN to that same patient", async () => {
    for (const body of [MEDICAL, BSN_APPOINTMENT]) {
      const p = pane(draft(body), mailbox);
      const c = await p.controller.check();
      expect(c.result.verdict.action).toBe("secure");
      expect(p.controller.consentOffered(c)).toBe(false);
    }
  });

  it("never in a sensitive field (GGZ)", async () => {
    const p = pane(draft(APPOINTMENT), mailbox);
    (p.controller.deps as { policy: Policy }).policy = parsePolicy({
      ...JSON.parse(JSON.stringify(policy)),
      careType: "GGZ",
    });
    const c = await p.controller.check();
    expect(c.result.verdict.action).toBe("secure");
    expect(p.controller.consentOffered(c)).toBe(false);
  });

  it("a withdrawal (as the dashboard records it) holds in the pane at once", async () => {
    const book = await loadBook(mailbox);
    const hash = Object.keys(book.hashes)[0];
    const w = await post(
      `${service.url}/api/audit`,
      event({ kind: "consent-withdrawn", user: DR, recipientHash: hash, reason: undefined }),
      issuer.token()
    );
    expect(w.status).toBe(201);
    const p = pane(draft(APPOINTMENT), mailbox);
    const c = await p.controller.check();
    expect(c.result.verdict.action).toBe("secure");
    expect(p.controller.consentOffered(c)).toBe(true);
    expect((await loadBook(mailbox)).hashes[hash]).toBeUndefined();
  });
});

describe("false alarm: 'Dit is geen patiëntinformatie'", () => {
  it("reaches the service as rule ids, category and counts; the mail stays stopped", async () => {
    const p = pane(draft(MEDICAL));
    const c = await p.controller.check();
    const record = await p.controller.reportFalseAlarm(c);
    expect(record).toMatchObject({
      kind: "false-alarm",
      rules: ["secure-channel-required"],
      category: "medical",
      reason: { code: "no-patient-info" },
    });
    expect(await p.queue.pending()).toEqual([]);
    expect(p.state.sent).toBe(0);
  });
});

describe("privacy", () => {
  it("no fictitious name, address, number or content word reaches the database", () => {
    const rows = dumpDatabase(db.target).join("\n");
    expect(rows).toMatch(/false-alarm/);
    expect(rows).toMatch(/consent/);
    // the service's own timestamps ("18:04:10.20098") are no mail content: a time like "10.20" may be in them
    const content = rows.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?\+\d{2}/g, "<time>");
    for (const value of FICTITIOUS)
      expect(content.toLowerCase()).not.toContain(value.toLowerCase());
  });
});
