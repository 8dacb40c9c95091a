import type { Browser, Page } from "playwright-core";
import { chromiumPath, launchChromium, serveStatic, type StaticServer } from "../helpers/browser";
import { ensureBuild } from "../helpers/build";

/**
 * The compose simulator (/simulator.html) in headless chromium, around the REAL built add-in: the
 * production launchevent.js and task pane from scripts/build.cjs, with the simulator's mock Office host.
 * All fictitious data. Nothing may leave the page for another host (office.js is replaced by the mock).
 */

let DIST = "";

const executablePath = chromiumPath();
const maybe = executablePath ? describe : describe.skip;

let server: StaticServer;
let baseUrl = "";
let browser: Browser;

beforeAll(async () => {
  DIST = ensureBuild({ name: "simulator", args: ["--simulator"], marker: "simulator.js" });
  server = await serveStatic(DIST);
  baseUrl = server.baseUrl;
  if (executablePath) browser = await launchChromium(executablePath);
}, 300_000);

afterAll(async () => {
  if (browser) await browser.close();
  await server.close();
});

interface Opened {
  page: Page;
  foreign: string[];
  errors: string[];
}

/** Opens the simulator; requests to any other host are refused and recorded. */
async function open(options: { withoutEventScript?: boolean } = {}): Promise<Opened> {
  const page = await browser.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (!url.startsWith(baseUrl) && !url.startsWith("about:") && !url.startsWith("data:")) {
      foreign.push(url);
      return route.abort();
    }
    if (options.withoutEventScript && url.endsWith("/launchevent.js")) return route.abort();
    return route.continue();
  });
  await page.goto(`${baseUrl}/simulator.html`);
  if (!options.withoutEventScript)
    await page.waitForFunction(
      () =>
        (window as unknown as { __zvSim: { handlers: Map<string, unknown> } }).__zvSim.handlers
          .size >= 3
    );
  return { page, foreign, errors };
}

async function pickExample(page: Page, label: RegExp): Promise<void> {
  const options = await page.locator("#example option").allTextContents();
  const index = options.findIndex((o) => label.test(o));
  expect(index).toBeGreaterThan(0);
  await page.selectOption("#example", { index });
}

const sentCount = (page: Page) => page.locator("#sent li").count();

maybe("compose simulator", () => {
  it("loads the real event handlers and lets a harmless mail go", async () => {
    const { page, foreign, errors } = await open();
    const names = await page.evaluate(() =>
      [
        ...(
          window as unknown as { __zvSim: { handlers: Map<string, unknown> } }
        ).__zvSim.handlers.keys(),
      ].sort()
    );
    expect(names).toEqual([
      "onMessageAttachmentsChangedHandler",
      "onMessageRecipientsChangedHandler",
      "onMessageSendHandler",
    ]);

    await pickExample(page, /Openingstijden/);
    await page.click("#send");
    await page.waitForSelector("#sent li", { timeout: 10_000 });
    expect(await sentCount(page)).toBe(1);
    expect(await page.locator("#alert").evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.inputValue("#subject")).toBe("");
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stops health data to a private address with a Smart Alert, and its button opens the task pane", async () => {
    const { page, foreign } = await open();
    await pickExample(page, /BSN/);
    await page.click("#send");
    await page.waitForSelector("#alert[open]", { timeout: 10_000 });
    expect(await sentCount(page)).toBe(0);
    const message = (await page.textContent("#alert-message")) || "";
    expect(message.length).toBeGreaterThan(20);
    expect(message.length).toBeLessThanOrEqual(500);
    // the alert names no patient data: not the BSN, not the diagnosis
    expect(message).not.toContain("111222333");
    expect(message.toLowerCase()).not.toContain("hba1c");

    // Outlook's Take Action button (commandId + cancelLabel) opens the pane; Don't Send only cancels
    expect(await page.textContent("#alert-action")).toBe("Veilig verzenden");
    expect(await page.textContent("#alert-cancel")).toBe("Niet verzenden");
    await page.click("#alert-action");
    await page.waitForSelector("#pane.open");
    // the real task pane renders into #container inside its frame
    const pane = page.frameLocator("#pane-frame");
    await pane.locator("#container *").first().waitFor({ timeout: 15_000 });
    expect(((await pane.locator("#container").textContent()) || "").trim().length).toBeGreaterThan(
      20
    );
    expect(await sentCount(page)).toBe(0);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("blocks a group mail in which patients see each other", async () => {
    const { page } = await open();
    await pickExample(page, /Groepsmail/);
    await page.click("#send");
    await page.waitForSelector("#alert[open]", { timeout: 10_000 });
    expect(await page.locator("#alert-send-anyway").isHidden()).toBe(true);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  it("does not send at all when the add-in cannot load (SendMode Block)", async () => {
    const { page } = await open({ withoutEventScript: true });
    await pickExample(page, /Openingstijden/);
    await page.click("#send");
    await page.waitForSelector("#alert[open]");
    expect(await page.textContent("#alert-message")).toMatch(/niet beschikbaar/);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  it("taskpane.html opened on its own, outside Outlook, says what it is instead of a blank page", async () => {
    const page = await browser.newPage();
    // offline, as on a practice PC without Outlook: office.js from Microsoft's CDN does not load
    await page.route("**/*", (route) =>
      route.request().url().startsWith(baseUrl) ? route.continue() : route.abort()
    );
    await page.goto(`${baseUrl}/taskpane.html`);
    await page.waitForSelector("#standalone:not([hidden])", { timeout: 10_000 });
    expect(await page.textContent("#standalone")).toMatch(/Zorgvuldig werkt in Outlook/);
    // and with office.js present but no mail item (the page opened in a browser tab)
    const page2 = await browser.newPage();
    await page2.route("**/*", (route) => {
      const url = route.request().url();
      if (url.includes("appsforoffice"))
        return route.fulfill({
          contentType: "text/javascript",
          body: "window.Office = { onReady: (cb) => setTimeout(() => cb({ host: null }), 0), context: {} };",
        });
      return url.startsWith(baseUrl) ? route.continue() : route.abort();
    });
    await page2.goto(`${baseUrl}/taskpane.html`);
    await page2.waitForSelector("#standalone:not([hidden])", { timeout: 10_000 });
    await page.close();
    await page2.close();
  });
});
