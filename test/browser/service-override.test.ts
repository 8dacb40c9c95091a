/**
 * Issue 14, done when: a fresh `zorgvuldig serve` with the embedded database serves the built simulator
 * and the policy; in Debian's chromium the simulator composes a mail with health data, the doctor
 * overrides it with a reason in the real task pane (the service records it and signs the marker, with an
 * Entra-style token from Office SSO), reports a false alarm on another mail, and the FG finds both on the
 * dashboard after logging in through a real local OpenID provider; after a restart nothing is lost. The
 * database is searched for every fictitious value the mails carried.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { chromiumPath, launchChromium } from "../helpers/browser";
import { ensureBuild } from "../helpers/build";
import {
  AUDIENCE,
  dumpDatabase,
  startIssuer,
  startOidcProvider,
  startService,
  TENANT,
  type OidcProvider,
  type Service,
  type TokenIssuer,
} from "../server/helpers/service";

jest.setTimeout(600_000);

const executablePath = chromiumPath();
const maybe = executablePath ? describe : describe.skip;

const DOMAIN = "huisartsen-lindeboom.nl";
const DOCTOR = `dr.bakker@${DOMAIN}`;
const FG = `fg@${DOMAIN}`;
const PATIENT = "j.devries.1980@gmail.com";
const PHI =
  "Beste meneer De Vries,\n\nUw HbA1c is verhoogd; we passen de metformine aan. BSN 111222333.\n\nMet vriendelijke groet,\nDr. Bakker";
const EXPLANATION = "De patiënt heeft geen beveiligde mail en heeft dit telefonisch bevestigd.";
const FICTITIOUS = ["De Vries", "devries", "HbA1c", "metformine", "111222333", "Uitslag"];

let tmp: string;
let issuer: TokenIssuer;
let oidc: OidcProvider;
let service: Service;
let browser: Browser;
let args: string[];
let url: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const env = { ZV_OIDC_CLIENT_SECRET: "test-secret-not-for-production" };

beforeAll(async () => {
  if (!executablePath) return;
  const dist = ensureBuild({ name: "simulator", args: ["--simulator"], marker: "simulator.js" });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zv-done-when-"));
  // the practice's certificate (the policy accepts only https endpoints)
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
  const signing = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
  const pem = signing.export({ type: "pkcs8", format: "pem" }) as string;
  fs.writeFileSync(path.join(tmp, "signing.pem"), pem);
  const { kty, crv, x, y } = createPublicKey(createPrivateKey(pem)).export({ format: "jwk" });
  const port = await freePort();
  url = `https://127.0.0.1:${port}`;
  fs.writeFileSync(
    path.join(tmp, "policy.json"),
    JSON.stringify({
      practiceDomains: [DOMAIN],
      overrides: {
        grants: [{ rules: ["secure-channel-required"], addresses: [DOCTOR] }],
        signature: { publicKey: { kty, crv, x, y }, url: `${url}/api/override` },
      },
      auditEndpoint: `${url}/api/audit`,
    })
  );
  [issuer, oidc] = await Promise.all([startIssuer(), startOidcProvider()]);
  await oidc.ready(`${url}/fg/callback`);
  args = [
    "--port",
    String(port),
    "--host",
    "127.0.0.1",
    "--data",
    path.join(tmp, "data"),
    "--dist",
    dist,
    "--policy",
    path.join(tmp, "policy.json"),
    "--cert",
    path.join(tmp, "tls-cert.pem"),
    "--key",
    path.join(tmp, "tls-key.pem"),
    "--tenant",
    TENANT,
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
  service = await startService(args, env);
  browser = await launchChromium(executablePath);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
  await Promise.all([oidc?.stop(), issuer?.close()]);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function simulator(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/simulator.html?policy=policy.json`);
  await page.waitForFunction(
    () =>
      (window as unknown as { __zvSim: { handlers: Map<string, unknown> } }).__zvSim.handlers
        .size >= 3
  );
  // Office SSO in the pane hands out the doctor's token for the add-in's API
  const token = issuer.token({ preferred_username: DOCTOR });
  await page.evaluate(
    (t) =>
      (
        window as unknown as { __zvSim: { setAccessToken(t: string): void } }
      ).__zvSim.setAccessToken(t),
    token
  );
  await page.selectOption("#from", DOCTOR);
  await page.dispatchEvent("#from", "change");
  return page;
}

async function composeAndStop(page: Page, subject: string): Promise<void> {
  await page.fill("#to", PATIENT);
  await page.dispatchEvent("#to", "change");
  await page.fill("#subject", subject);
  await page.fill("#body", PHI);
  await page.dispatchEvent("#body", "input");
  await page.click("#send");
  await page.waitForSelector("#alert[open]", { timeout: 30_000 });
  await page.click("#alert-action");
  await page.waitForSelector("#pane.open");
}

async function fgLogin(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/fg/`);
  await page.fill('input[name="login"]', FG);
  await page.fill('input[name="password"]', "any");
  await page.click('button[type="submit"]');
  await page.click('button[type="submit"]');
  await page.waitForURL(`${url}/fg/**`);
  return page;
}

maybe(
  "done when: simulator -> override with a reason -> the FG's dashboard, across a restart",
  () => {
    it("records the override through the service and shows it to the FG, with the false alarm", async () => {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await simulator(context);

      await composeAndStop(page, "Uitslag");
      const pane = page.frameLocator("#pane-frame");
      await pane.getByRole("radio").first().click({ timeout: 30_000 });
      await pane.getByRole("textbox", { name: /Uitleg/ }).fill(EXPLANATION);
      await pane.getByRole("button", { name: "Vastleggen en verzenden" }).click();
      // the service recorded and signed it; sendAsync sent this exact draft
      await page.waitForSelector("#sent li", { timeout: 30_000 });
      expect(await page.locator("#sent li").count()).toBe(1);

      // a second mail: the doctor says the alert is wrong
      await page.click("#close-pane").catch(() => undefined);
      await composeAndStop(page, "Controle");
      await pane.getByTestId("false-alarm").click({ timeout: 30_000 });
      await pane.getByTestId("notice").waitFor();
      expect(await pane.getByTestId("notice").innerText()).toMatch(/FG/);

      const fg = await fgLogin(context);
      const overrides = await fg.locator("#overrides").innerText();
      expect(overrides).toContain(EXPLANATION);
      expect(overrides).toContain(DOCTOR);
      expect(await fg.locator("#false-alarms").innerText()).toContain("secure-channel-required");
      const csv = await (await fg.request.get(`${url}/fg/export.csv`)).text();
      expect(csv).toContain("override");
      expect(csv).toContain("false-alarm");
      await context.close();
    });

    it("loses nothing when the service restarts, and stores none of the mail's content", async () => {
      await service.stop();
      const rows = dumpDatabase(path.join(tmp, "data")).join("\n");
      expect(rows).toContain(EXPLANATION);
      for (const v of FICTITIOUS) expect(rows.toLowerCase()).not.toContain(v.toLowerCase());
      service = await startService(args, env);
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const fg = await fgLogin(context);
      expect(await fg.locator("#overrides").innerText()).toContain(EXPLANATION);
      expect(await fg.locator("#false-alarms tbody tr").count()).toBe(1);
      await context.close();
    });
  }
);
