import { buildSync } from "esbuild";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromiumPath, launchChromium, serveStatic, type StaticServer } from "../helpers/browser";
import { ensureBuild, ROOT } from "../helpers/build";

/**
 * The built task pane in a real browser (Debian's chromium), Office.js answered by THE Office mock
 * (src/simulator/mockOffice.ts, bundled from mock-office-entry.ts).
 * The build uses this folder's policy, which lets dr.jansen override and names an HTTPS audit endpoint.
 */

const OUT = path.join(ROOT, "test-output");
let DIST = "";
const POLICY = path.join(__dirname, "taskpane-policy.json");
const AUDIT_URL = "https://audit.praktijkdekroon.test/zorgvuldig";
const DR = "dr.jansen@praktijkdekroon.nl";
const BODY =
  "Beste Piet,\n\nUw BSN 111222333 staat in het dossier. De uitslag van het bloedonderzoek (diabetes) is binnen.\n\nGroet,\nDr. Jansen";

const executablePath = chromiumPath();
const maybe = executablePath ? describe : describe.skip;

let server: StaticServer;
let baseUrl = "";
let browser: Browser;
let mockHost = "";

beforeAll(async () => {
  DIST = ensureBuild({
    name: "taskpane-browser",
    args: ["--policy", POLICY, "--only", "taskpane"],
    inputs: [POLICY],
    marker: "taskpane.js",
  });
  fs.mkdirSync(OUT, { recursive: true });
  mockHost = buildSync({
    entryPoints: [path.join(__dirname, "mock-office-entry.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2019",
  }).outputFiles[0].text;
  server = await serveStatic(DIST);
  baseUrl = server.baseUrl;
  if (executablePath) browser = await launchChromium(executablePath);
}, 180000);

afterAll(async () => {
  if (browser) await browser.close();
  await server.close();
});

interface Opened {
  page: Page;
  posts: Array<{ body: Record<string, unknown>; key: string | undefined }>;
}

async function openPane(
  displayLanguage: string,
  state: Record<string, unknown> = {}
): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 360, height: 1000 } });
  const posts: Opened["posts"] = [];
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: mockHost })
  );
  await page.route(AUDIT_URL, async (route) => {
    const req = route.request();
    if (req.method() === "OPTIONS")
      return route.fulfill({
        status: 204,
        headers: {
          "Access-Control-Allow-Origin": "*",
          "Access-Control-Allow-Headers": "content-type, idempotency-key",
          "Access-Control-Allow-Methods": "POST",
        },
      });
    posts.push({ body: JSON.parse(req.postData() || "{}"), key: req.headers()["idempotency-key"] });
    return route.fulfill({
      status: 201,
      headers: { "Access-Control-Allow-Origin": "*" },
      body: "",
    });
  });
  await page.addInitScript(
    (setup) => {
      (window as unknown as { __zvSetup: unknown }).__zvSetup = setup;
    },
    {
      displayLanguage,
      state: {
        subject: "Uitslag",
        body: BODY,
        from: { emailAddress: DR, displayName: "Dr. Jansen" },
        to: [{ emailAddress: "piet.pieters@gmail.com", displayName: "Piet Pieters" }],
        // what the send handler hands over when it stops the mail
        initContext: JSON.stringify({
          v: 1,
          action: "secure",
          rules: ["secure-channel-required"],
          findings: { bsn: 1, medical: 1 },
        }),
        ...state,
      },
    }
  );
  await page.goto(`${baseUrl}/taskpane.html`);
  return { page, posts };
}

interface HostState {
  headers: Record<string, string>;
  session: Record<string, string>;
  sent: number;
  calls: string[];
}

async function assertRecorded(
  page: Page,
  posts: Opened["posts"],
  reason: string,
  text: string
): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __zv: HostState }).__zv.sent === 1);
  const state = await page.evaluate(() => (window as unknown as { __zv: HostState }).__zv);
  // the pane is a browser page: its audit queue is in localStorage (src/outlook/storage.ts)
  const storage = await page.evaluate(() => ({ ...window.localStorage }) as Record<string, string>);

  expect(state.headers["X-Zorgvuldig-Verdict"]).toBe("secure; rules=secure-channel-required");
  expect(state.headers["X-Zorgvuldig-Override"]).toMatch(
    new RegExp(`^reason=${reason}; id=[0-9a-f-]{36}; at=\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z$`)
  );
  const marker = JSON.parse(state.session["zv:override"]);
  expect(marker).toMatchObject({ v: 1, rules: ["secure-channel-required"], reason, user: DR });
  expect(marker.fingerprint).toMatch(/^v1\./);
  expect(state.calls).toContain("sendAsync");
  expect(marker.auditId).toBe(JSON.parse(storage["zorgvuldig.audit.recent"])[0].id);
  // marker, headers and audit record are written before the pane sends
  expect(state.calls.indexOf("sendAsync")).toBeGreaterThan(
    state.calls.indexOf("sessionData.setAsync:zv:override")
  );
  expect(state.calls.indexOf("sendAsync")).toBeGreaterThan(
    state.calls.indexOf("internetHeaders.setAsync")
  );

  const recent = JSON.parse(storage["zorgvuldig.audit.recent"]);
  expect(recent).toHaveLength(1);
  expect(recent[0]).toMatchObject({
    user: DR,
    rules: ["secure-channel-required"],
    recipientDomains: ["gmail.com"],
    reason: { code: reason, text },
  });
  // posted to the policy's endpoint once, with its id as idempotency key, and gone from the queue
  expect(posts.map((p) => p.body.id)).toEqual([recent[0].id]);
  expect(posts[0].key).toBe(recent[0].id);
  expect(JSON.parse(storage["zorgvuldig.audit.queue"])).toEqual([]);
  expect(JSON.stringify(recent) + JSON.stringify(state.headers)).not.toMatch(
    /111222333|Piet|diabetes/
  );
}

maybe("task pane in chromium", () => {
  it("opens from a stopped mail, takes a reason and an explanation, records everything and sends (Dutch)", async () => {
    const { page, posts } = await openPane("nl-NL");
    await page.getByText("Deze mail mag alleen via de beveiligde mail weg.").waitFor();
    await page.getByText("Zorgvuldig hield deze mail tegen bij het verzenden.").waitFor();
    await page.screenshot({ path: path.join(OUT, "taskpane-nl.png"), fullPage: true });

    const text = "De patiënt kan geen beveiligde mail ontvangen en is hierover gebeld.";
    await page.getByRole("radio", { name: /Ontvanger is geïnformeerd/ }).check();
    await page.getByRole("textbox", { name: /Uitleg/ }).fill(text);
    await page.getByRole("button", { name: "Vastleggen en verzenden" }).click();
    await assertRecorded(page, posts, "recipient-cannot-receive-secure", text);
    await page.getByText("De mail wordt verzonden.").waitFor();
    await page.getByTestId("recent").getByText(`“${text}”`).waitFor();
    await page.screenshot({ path: path.join(OUT, "taskpane-nl-recorded.png"), fullPage: true });
    await page.close();
  });

  it("does the same with the keyboard only, with visible focus (English)", async () => {
    const { page, posts } = await openPane("en-US");
    await page.getByText("This mail may only go through secure mail.").waitFor();
    await page.screenshot({ path: path.join(OUT, "taskpane-en.png"), fullPage: true });

    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          tag: el ? el.tagName : "",
          type: el ? el.getAttribute("type") : null,
          text: el ? (el.textContent || "").trim() : "",
          focusVisible: el ? el.matches(":focus-visible") : false,
        };
      });
    const tabUntil = async (want: (a: Awaited<ReturnType<typeof active>>) => boolean) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const a = await active();
        if (want(a)) return a;
      }
      throw new Error("not reachable with Tab");
    };

    const radio = await tabUntil((a) => a.tag === "INPUT" && a.type === "radio");
    expect(radio.focusVisible).toBe(true);
    // arrows move within the group and choose: the second reason
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Space");
    const chosen = await page.evaluate(
      () => (document.querySelector("input[type=radio]:checked") as HTMLInputElement | null)?.value
    );
    expect(chosen).toBe("legal-obligation");

    await tabUntil((a) => a.tag === "TEXTAREA");
    const text = "A court order requires this report to be sent today by plain mail.";
    await page.keyboard.type(text);
    const submit = await tabUntil((a) => a.tag === "BUTTON" && a.text === "Record and send");
    expect(submit.focusVisible).toBe(true);
    await page.keyboard.press("Enter");
    await assertRecorded(page, posts, "legal-obligation", text);
    await page.getByText("The mail is being sent.").waitFor();
    await page.screenshot({ path: path.join(OUT, "taskpane-en-recorded.png"), fullPage: true });
    await page.close();
  });
  it("the manifest grants what sendAsync needs (read/write mailbox)", () => {
    expect(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")).toMatch(
      /<Permissions>ReadWriteMailbox<\/Permissions>/
    );
  });

  it("sends after a fix: 'Veilig verzenden' tags the subject and sends through item.sendAsync", async () => {
    const { page } = await openPane("nl-NL");
    await page.getByRole("button", { name: "Veilig verzenden" }).click();
    await page.waitForFunction(() => (window as unknown as { __zv: HostState }).__zv.sent === 1);
    const state = await page.evaluate(
      () => (window as unknown as { __zv: HostState & { subject: string } }).__zv
    );
    expect(state.subject).toBe("[veilig] Uitslag");
    expect(state.calls.indexOf("sendAsync")).toBeGreaterThan(
      state.calls.indexOf("subject.setAsync")
    );
    await page.getByText("De mail wordt verzonden.").waitFor();
    await page.close();
  });

  it("refreshes when the alert's button is pressed again with the pane open (InitializationContextChanged)", async () => {
    // opened from the ribbon: no alert context yet
    const { page } = await openPane("nl-NL", { initContext: null });
    await page.getByText("Deze mail mag alleen via de beveiligde mail weg.").waitFor();
    expect(
      await page.getByText("Zorgvuldig hield deze mail tegen bij het verzenden.").count()
    ).toBe(0);
    await page.waitForFunction(
      () => (window as unknown as { __zv: HostState }).__zv.calls.indexOf("addHandlerAsync") >= 0
    );
    await page.evaluate(() =>
      (
        window as unknown as { __zvHost: { pressAlertButton(c: string): void } }
      ).__zvHost.pressAlertButton(
        JSON.stringify({ v: 1, action: "secure", rules: ["secure-channel-required"], findings: {} })
      )
    );
    await page.getByText("Zorgvuldig hield deze mail tegen bij het verzenden.").waitFor();
    await page.close();
  });
});
