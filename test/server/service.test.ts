/**
 * `zorgvuldig serve` end to end: a real service process on a free loopback port, Entra ID tokens signed
 * by a local key served as a JWKS, the FG's login through a real local OpenID provider in Debian's
 * chromium, a restart, and a search of the whole database for the fictitious values the payloads used.
 * With ZV_PG_URL set (as .ci/run does) the same tests run against a real PostgreSQL server.
 */
import {
  createPublicKey,
  createVerify,
  generateKeyPairSync,
  randomUUID,
  type JsonWebKey,
} from "node:crypto";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { chromiumPath, launchChromium } from "../helpers/browser";
import {
  AUDIENCE,
  dumpDatabase,
  event,
  OTHER_TENANT,
  post,
  ROOT,
  startIssuer,
  startOidcProvider,
  startService,
  testDatabase,
  type OidcProvider,
  type Service,
  type TestDatabase,
  type TokenIssuer,
} from "./helpers/service";

jest.setTimeout(240000);

/** Every fictitious value any payload below carries; none may reach storage. */
const FICTITIOUS = [
  "Johanna",
  "de Vries",
  "111222333",
  "12-03-1956",
  "longkanker",
  "0612345678",
  "06-12345678",
  "uitslag_bloedonderzoek.pdf",
  "Uitslag bloedonderzoek",
  "Beste mevrouw",
  "Kerkstraat",
  "j.devries@",
];

const FG = "fg@praktijk.example";
/** the exactly-once check here is small; bench/service-load.ts sends 20 000 */
const CONCURRENT_EVENTS = 120;
const browserPath = chromiumPath();

let tmp: string;
let db: TestDatabase;
let issuer: TokenIssuer;
let oidc: OidcProvider;
let service: Service;
let args: string[];
let browser: Browser | null = null;
const env = { ZV_OIDC_CLIENT_SECRET: "test-secret-not-for-production" };
const refusedIds: string[] = [];
let storedOverride: Record<string, unknown>;
const consentHash = "c2FsdGVkLWhhc2gtb2YtYW4tYWRkcmVzcw";
const oldId = randomUUID();

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zv-serve-test-"));
  const dist = path.join(tmp, "dist");
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html><title>zv-test-pane</title>");
  const policy = JSON.parse(
    fs.readFileSync(path.join(ROOT, "examples/policy/huisarts.json"), "utf8")
  );
  delete policy.$schema;
  fs.writeFileSync(
    path.join(tmp, "policy.json"),
    JSON.stringify({ ...policy, auditRetentionDays: 30 })
  );
  const key = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
  fs.writeFileSync(path.join(tmp, "signing.pem"), key.export({ type: "pkcs8", format: "pem" }));
  [db, issuer, oidc] = await Promise.all([testDatabase(), startIssuer(), startOidcProvider()]);
  args = [
    ...db.args,
    "--policy",
    path.join(tmp, "policy.json"),
    "--dist",
    dist,
    "--tenant",
    "11111111-2222-4333-8444-555555555555",
    "--audience",
    AUDIENCE,
    "--jwks-url",
    issuer.jwksUrl,
    "--signing-key",
    path.join(tmp, "signing.pem"),
    "--oidc-issuer",
    oidc.issuer,
    "--oidc-client-id",
    "zv-fg",
    "--allow-http-oidc",
    "--fg-user",
    FG,
  ];
  service = await startService([...args, "--port", "0"], env);
  // the restart below runs with TLS on the same port: both callbacks are registered
  await oidc.ready(
    `${service.url}/fg/callback ${service.url.replace("http:", "https:")}/fg/callback`
  );
  const cert = spawnSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-keyout",
      path.join(tmp, "tls-key.pem"),
      "-out",
      path.join(tmp, "tls-cert.pem"),
    ],
    { encoding: "utf8" }
  );
  if (cert.status !== 0) throw new Error(`openssl: ${cert.stderr}`);
  if (browserPath) browser = await launchChromium(browserPath);
});

afterAll(async () => {
  await browser?.close();
  await service?.stop();
  await Promise.all([oidc?.stop(), issuer?.close()]);
  await db?.drop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const audit = (body: unknown, token: string | null, headers?: Record<string, string>) =>
  post(`${service.url}/api/audit`, body, token, headers);

describe("serving", () => {
  it("answers /healthz, the policy, and the add-in's files; nothing outside dist", async () => {
    const h = await fetch(`${service.url}/healthz`);
    expect(await h.json()).toEqual({ ok: true, database: db.kind });
    const p = await fetch(`${service.url}/policy.json`);
    expect(p.headers.get("content-type")).toMatch(/application\/json/);
    expect((await p.json()).auditRetentionDays).toBe(30);
    expect(await (await fetch(`${service.url}/taskpane.html`)).text()).toContain("zv-test-pane");
    expect((await fetch(`${service.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${service.url}/..%2fsigning.pem`)).status).toBe(404);
  });
});

describe("POST /api/audit", () => {
  it.each([
    ["no token", () => null],
    ["another audience", () => issuer.token({ aud: "api://someone-else" })],
    [
      "another tenant",
      () =>
        issuer.token({
          tid: OTHER_TENANT,
          iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
        }),
    ],
    ["the right issuer but another tid", () => issuer.token({ tid: OTHER_TENANT })],
    ["an expired token", () => issuer.token({ exp: Math.floor(Date.now() / 1000) - 600 })],
    ["a token not yet valid", () => issuer.token({ nbf: Math.floor(Date.now() / 1000) + 600 })],
    ["a bad signature", () => issuer.token({}, { key: issuer.otherKey })],
    ["no scope for the API", () => issuer.token({ scp: "User.Read" })],
  ])("refuses %s with 401 and stores nothing", async (_what, token) => {
    const e = event();
    refusedIds.push(e.id as string);
    const r = await audit(e, token());
    expect(r.status).toBe(401);
    expect(JSON.stringify(r.json)).not.toMatch(/eyJ/);
  });

  it("stores a record once: a retry is acknowledged, other content under the same id is a conflict", async () => {
    storedOverride = event();
    const t = issuer.token();
    const first = await audit(storedOverride, t, {
      "Idempotency-Key": storedOverride.id as string,
    });
    expect(first).toEqual({ status: 201, json: { id: storedOverride.id, stored: "new" } });
    const again = await audit(storedOverride, t, {
      "Idempotency-Key": storedOverride.id as string,
    });
    expect(again).toEqual({ status: 200, json: { id: storedOverride.id, stored: "duplicate" } });
    const other = await audit({ ...storedOverride, rules: ["new-recipient"] }, t);
    expect(other.status).toBe(409);
    expect((await audit(event(), t, { "Idempotency-Key": randomUUID() })).status).toBe(400);
  });

  it("refuses a record for another user than the token's", async () => {
    const e = event({ user: "assistent@praktijk.example" });
    refusedIds.push(e.id as string);
    expect((await audit(e, issuer.token())).status).toBe(403);
  });

  it.each([
    ["an unknown field", { extra: "x" }],
    ["the subject", { subject: "Uitslag bloedonderzoek Johanna de Vries" }],
    ["the body", { body: "Beste mevrouw de Vries, uw BSN 111222333" }],
    ["an attachment name", { attachments: ["uitslag_bloedonderzoek.pdf"] }],
    ["a recipient address", { recipientDomains: ["j.devries@gmail.com"] }],
    ["a phone number as a count", { findings: { phone: "0612345678" } }],
    [
      "a reason with a name",
      { reason: { code: "vital-interest", text: "Mevrouw Johanna de Vries heeft geen DigiD" } },
    ],
    [
      "a reason with a BSN",
      { reason: { code: "vital-interest", text: "BSN 111222333 staat verkeerd" } },
    ],
    [
      "a reason with a date of birth",
      { reason: { code: "vital-interest", text: "Patiënt geboren 12-03-1956 wil het zo" } },
    ],
    [
      "a reason with a diagnosis",
      { reason: { code: "vital-interest", text: "Patiënt met longkanker wacht op uitslag" } },
    ],
    [
      "a reason with a phone number",
      { reason: { code: "vital-interest", text: "Bel haar op tel. 06-12345678 terug" } },
    ],
    [
      "a reason with an address",
      { reason: { code: "vital-interest", text: "Woont op de Kerkstraat 12 in Ede" } },
    ],
  ])("refuses %s with 400, naming the problem, not the value", async (_what, over) => {
    const e = event(over);
    refusedIds.push(e.id as string);
    const r = await audit(e, issuer.token());
    expect(r.status).toBe(400);
    const text = JSON.stringify(r.json);
    for (const v of FICTITIOUS) expect(text).not.toContain(v);
  });

  it("refuses what is not one JSON object", async () => {
    expect((await audit("{not json", issuer.token())).status).toBe(400);
    expect((await audit([event()], issuer.token())).status).toBe(400);
    const r = await fetch(`${service.url}/api/audit`, {
      method: "POST",
      headers: { Authorization: `Bearer ${issuer.token()}`, "Content-Type": "text/plain" },
      body: "x",
    });
    expect(r.status).toBe(415);
    expect((await audit({ ...event(), pad: "x".repeat(20000) }, issuer.token())).status).toBe(413);
  });

  it("keeps every event exactly once under concurrent retries and duplicates", async () => {
    const events = Array.from({ length: CONCURRENT_EVENTS }, (_, i) =>
      event({
        kind: i % 3 === 0 ? "stop" : i % 3 === 1 ? "route" : "override",
        rules: ["secure-channel-required"],
      })
    );
    // each event is sent 1-3 times, the copies spread over 10 clients
    const sends = events.flatMap((e, i) => Array.from({ length: 1 + (i % 3) }, () => e));
    sends.sort(() => Math.random() - 0.5);
    const t = issuer.token();
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, c) => {
        for (let i = c; i < sends.length; i += 10) statuses.push((await audit(sends[i], t)).status);
      })
    );
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    expect(statuses.filter((s) => s === 201)).toHaveLength(events.length);
  });

  it("accepts consent and false-alarm events; answers whether a consent holds", async () => {
    const t = issuer.token();
    const consent = event({
      kind: "consent",
      category: "logistic",
      reason: undefined,
      recipientHash: consentHash,
    });
    expect((await audit(consent, t)).status).toBe(201);
    const fa = event({
      kind: "false-alarm",
      category: "general",
      reason: { code: "not-patient-info" },
    });
    expect((await audit(fa, t)).status).toBe(201);
    const r = await fetch(`${service.url}/api/consent/${consentHash}`, {
      headers: { Authorization: `Bearer ${t}` },
    });
    expect(await r.json()).toEqual({ recipientHash: consentHash, active: true });
    expect((await fetch(`${service.url}/api/consent/${consentHash}`)).status).toBe(401);
    // older than the policy's 30 days: stored now, deleted when the service starts again
    expect(
      (await audit(event({ id: oldId, at: new Date(Date.now() - 40 * 86400000).toISOString() }), t))
        .status
    ).toBe(201);
  });
});

describe("override marker", () => {
  it("records the override and signs {v, fingerprint, rules, user, auditId, exp} with the key at /api/keys", async () => {
    const e = event({ rules: ["unencrypted-attachment", "secure-channel-required"] });
    const r = await post(
      `${service.url}/api/override`,
      { ...e, fingerprint: "sha256:draft-fingerprint-1" },
      issuer.token()
    );
    expect(r.status).toBe(201);
    expect(r.json.auditId).toBe(e.id);
    const [h, p, s] = String(r.json.marker).split(".");
    const header = JSON.parse(Buffer.from(h, "base64url").toString());
    const payload = JSON.parse(Buffer.from(p, "base64url").toString());
    expect(header).toMatchObject({ alg: "ES256", typ: "zv-override+jws" });
    expect(Object.keys(payload).sort()).toEqual([
      "auditId",
      "exp",
      "fingerprint",
      "rules",
      "user",
      "v",
    ]);
    expect(payload).toMatchObject({
      v: 1,
      fingerprint: "sha256:draft-fingerprint-1",
      rules: ["secure-channel-required", "unencrypted-attachment"],
      user: "dokter@praktijk.example",
      auditId: e.id,
    });
    expect(payload.exp).toBeGreaterThan(Date.now() / 1000);
    const keys = (await (await fetch(`${service.url}/api/keys`)).json()) as {
      keys: (JsonWebKey & { kid: string })[];
    };
    expect(keys.keys[0].kid).toBe(header.kid);
    expect(keys.keys[0]).not.toHaveProperty("d");
    const pub = createPublicKey({ key: keys.keys[0], format: "jwk" });
    const ok = createVerify("SHA256")
      .update(`${h}.${p}`)
      .verify({ key: pub, dsaEncoding: "ieee-p1363" }, Buffer.from(s, "base64url"));
    expect(ok).toBe(true);
    expect(
      (await post(`${service.url}/api/override`, { ...e, fingerprint: "sha256:x1234567" }, null))
        .status
    ).toBe(401);
  });
});

describe("FG dashboard", () => {
  it("without a login: a redirect to the login, and no data", async () => {
    for (const p of ["/fg/", "/fg/export.csv", "/fg/?from=2020-01-01"]) {
      const r = await fetch(`${service.url}${p}`, { redirect: "manual" });
      expect(r.status).toBe(302);
      expect(r.headers.get("location")).toMatch(/^\/fg\/login/);
      expect(await r.text()).toBe("");
    }
    const w = await fetch(`${service.url}/fg/consents/withdraw`, {
      method: "POST",
      redirect: "manual",
      body: `hash=${consentHash}`,
    });
    expect(w.status).toBe(302);
  });

  const login = async (base: string) => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/fg/`);
    await page.fill('input[name="login"]', FG);
    await page.fill('input[name="password"]', "any");
    await page.click('button[type="submit"]');
    // the provider's consent screen
    await page.click('button[type="submit"]');
    await page.waitForURL(`${base}/fg/**`);
    return { context, page };
  };

  (browserPath ? it : it.skip)(
    "after login shows the override with its reason, switches to English, exports CSV and withdraws a consent",
    async () => {
      const { context, page } = await login(service.url);
      const row = page.locator(`#overrides tr[data-id="${storedOverride.id}"]`);
      await expect(row.count()).resolves.toBe(1);
      expect(await row.innerText()).toContain("Spoed, beveiligde mail werkt vandaag niet.");
      expect(await page.locator("h1").innerText()).toMatch(/functionaris gegevensbescherming/);
      expect(await page.locator("svg").count()).toBeGreaterThan(1);
      expect(Number(await page.locator('[data-kind="override"]').innerText())).toBeGreaterThan(0);
      await page.click("#lang");
      expect(await page.locator("h1").innerText()).toMatch(/data protection officer/);
      const csv = await page.request.get(`${service.url}/fg/export.csv`);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain(String(storedOverride.id));
      await page.locator("#consents button").first().click();
      await page.waitForLoadState();
      expect(await page.locator("#consents").innerText()).toMatch(/withdrawn/);
      const r = await fetch(`${service.url}/api/consent/${consentHash}`, {
        headers: { Authorization: `Bearer ${issuer.token()}` },
      });
      expect(await r.json()).toEqual({ recipientHash: consentHash, active: false });
      await context.close();
    }
  );
});

describe("FG dashboard access", () => {
  (browserPath ? it : it.skip)("refuses an account that is not listed with --fg-user", async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await page.goto(`${service.url}/fg/`);
    await page.fill('input[name="login"]', "assistent@praktijk.example");
    await page.fill('input[name="password"]', "any");
    await page.click('button[type="submit"]');
    await page.click('button[type="submit"]');
    await page.waitForURL(`${service.url}/fg/callback**`);
    expect(await page.locator("body").innerText()).toMatch(/may not see the dashboard/);
    const r = await page.request.get(`${service.url}/fg/`, { maxRedirects: 0 });
    expect(r.status()).toBe(302);
    await context.close();
  });
});

describe("after a restart (with TLS)", () => {
  it("keeps the records, deletes those past retention, and holds none of the fictitious values", async () => {
    const port = new URL(service.url).port;
    await service.stop();
    const rows = dumpDatabase(db.target);
    const all = rows.join("\n");
    expect(all).toContain(String(storedOverride.id));
    expect(all).toContain(oldId);
    for (const v of FICTITIOUS) expect(all).not.toContain(v);
    for (const id of refusedIds) expect(all).not.toContain(id);
    // exactly once: every stored id appears in one row of audit_events
    const ids = rows.filter((r) => /^\([0-9a-f-]{36},/.test(r)).map((r) => r.slice(1, 37));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(CONCURRENT_EVENTS + 1 + 2 + 1 + 1 + 1); // concurrent + first + consent/false-alarm + old + override + withdrawal

    // the practice's certificate this time: HTTPS on the same port
    service = await startService(
      [
        ...args,
        "--port",
        port,
        "--host",
        "127.0.0.1",
        "--cert",
        path.join(tmp, "tls-cert.pem"),
        "--key",
        path.join(tmp, "tls-key.pem"),
      ],
      env
    );
    expect(service.url).toMatch(/^https:\/\//);
    expect(service.stderr()).toMatch(/deleted 1 records older than 30 days/);
    const health = await new Promise<string>((resolve, reject) => {
      https
        .get(
          `${service.url}/healthz`,
          {
            ca: fs.readFileSync(path.join(tmp, "tls-cert.pem")),
            checkServerIdentity: () => undefined,
          },
          (res) => {
            let text = "";
            res.on("data", (d: Buffer) => (text += d.toString()));
            res.on("end", () => resolve(text));
          }
        )
        .on("error", reject);
    });
    expect(JSON.parse(health)).toEqual({ ok: true, database: db.kind });
    if (browser) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      await page.goto(`${service.url}/fg/`);
      await page.fill('input[name="login"]', FG);
      await page.fill('input[name="password"]', "any");
      await page.click('button[type="submit"]');
      await page.click('button[type="submit"]');
      await page.waitForURL(`${service.url}/fg/**`);
      expect(await page.locator(`#overrides tr[data-id="${storedOverride.id}"]`).count()).toBe(1);
      // a period without events shows none
      await page.goto(`${service.url}/fg/?from=2099-01-01&to=2099-01-31`);
      expect(await page.locator("#overrides").count()).toBe(0);
      await context.close();
    }
  });
});
