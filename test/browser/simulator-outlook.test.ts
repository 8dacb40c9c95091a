import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromiumPath, launchChromium, serveStatic, type StaticServer } from "../helpers/browser";
import { ensureBuild } from "../helpers/build";

/**
 * Issue 13 in the compose simulator around the REAL built add-in (launchevent.js and the task pane, the
 * simulator's one Office mock): Outlook's Smart Alerts dialog as documented, the pane sending through
 * item.sendAsync after a fix and after an override, and the pane following the alert's button while
 * open. Built with test/browser/taskpane-policy.json, which lets dr.jansen override. Fictitious data.
 */

const POLICY = path.join(__dirname, "taskpane-policy.json");
const executablePath = chromiumPath();
const maybe = executablePath ? describe : describe.skip;

let server: StaticServer;
let baseUrl = "";
let browser: Browser;

beforeAll(async () => {
  const dist = ensureBuild({
    name: "simulator-policy",
    // a training build: production builds no longer publish the simulator (issue 15)
    args: ["--simulator", "--policy", POLICY],
    inputs: [POLICY],
    marker: "simulator.js",
  });
  server = await serveStatic(dist);
  baseUrl = server.baseUrl;
  if (executablePath) browser = await launchChromium(executablePath);
}, 300_000);

afterAll(async () => {
  if (browser) await browser.close();
  await server.close();
});

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
  await page.route("**/*", (route) =>
    route.request().url().startsWith(baseUrl) ? route.continue() : route.abort()
  );
  await page.goto(`${baseUrl}/simulator.html`);
  await page.waitForFunction(
    () =>
      (window as unknown as { __zvSim: { handlers: Map<string, unknown> } }).__zvSim.handlers
        .size >= 3
  );
  return page;
}

/** A BSN and a diagnosis to a private address, from the doctor the policy lets override. */
async function compose(page: Page): Promise<void> {
  await page.selectOption("#from", "dr.jansen@praktijkdekroon.nl");
  await page.fill("#to", "j.devries.1980@gmail.com");
  await page.dispatchEvent("#to", "change");
  await page.fill("#subject", "Uitslag bloedonderzoek");
  await page.fill(
    "#body",
    "Beste meneer De Vries,\n\nUw HbA1c is verhoogd; we passen de metformine aan. BSN 111222333.\n\nDr. Jansen"
  );
  await page.dispatchEvent("#body", "input");
}

const sentCount = (page: Page) => page.locator("#sent li").count();
const calls = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __zvSim: { host: { record: { calls: string[] } } } }).__zvSim.host
        .record.calls
  );

async function stoppedWithAlert(page: Page): Promise<void> {
  await page.click("#send");
  await page.waitForSelector("#alert[open]", { timeout: 15_000 });
  // the documented dialog for a stop with a task pane command: Don't Send, Take Action, no Send Anyway
  expect(await page.locator("#alert-cancel").textContent()).toBe("Niet verzenden");
  expect(await page.locator("#alert-action").isVisible()).toBe(true);
  expect(await page.locator("#alert-action").textContent()).toBe("Veilig verzenden");
  expect(await page.locator("#alert-send-anyway").isHidden()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("alert-cancel");
}

maybe("compose simulator: Outlook's dialog, and the pane sending with sendAsync", () => {
  it("Don't Send only cancels; Take Action opens the pane", async () => {
    const page = await open();
    await compose(page);
    await stoppedWithAlert(page);
    await page.click("#alert-cancel");
    expect(await page.locator("#pane.open").count()).toBe(0);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  it("sends after the fix ('Veilig verzenden' in the pane)", async () => {
    const page = await open();
    await compose(page);
    await stoppedWithAlert(page);
    await page.click("#alert-action");
    const pane = page.frameLocator("#pane-frame");
    await pane.getByRole("button", { name: "Veilig verzenden" }).click();
    await page.waitForSelector("#sent li", { timeout: 15_000 });
    expect(await sentCount(page)).toBe(1);
    expect(await page.textContent("#sent li")).toContain("[veilig] Uitslag bloedonderzoek");
    expect(await calls(page)).toContain("sendAsync");
    await page.close();
  });

  it("sends after an override with a reason; the send handler accepts the marker for this draft", async () => {
    const page = await open();
    await compose(page);
    await stoppedWithAlert(page);
    await page.click("#alert-action");
    const pane = page.frameLocator("#pane-frame");
    await pane.getByRole("radio", { name: /Vitaal belang/ }).check();
    await pane
      .getByRole("textbox", { name: /Uitleg/ })
      .fill("De patiënt moet vandaag starten en heeft geen beveiligde mail.");
    await pane.getByRole("button", { name: "Vastleggen en verzenden" }).click();
    await page.waitForSelector("#sent li", { timeout: 15_000 });
    expect(await sentCount(page)).toBe(1);
    const headers = (await page.textContent("#sent li .headers")) || "";
    expect(headers).toMatch(/X-Zorgvuldig-Override: reason=vital-interest/);
    expect(await calls(page)).toContain("sendAsync");
    await page.close();
  });

  it("the open pane follows the alert when its button is pressed again", async () => {
    const page = await open();
    await compose(page);
    await page.click("#open-pane");
    const pane = page.frameLocator("#pane-frame");
    await pane.getByText("Deze mail mag alleen via de beveiligde mail weg.").waitFor({
      timeout: 15_000,
    });
    expect(
      await pane.getByText("Zorgvuldig hield deze mail tegen bij het verzenden.").count()
    ).toBe(0);
    await stoppedWithAlert(page);
    await page.click("#alert-action");
    await pane.getByText("Zorgvuldig hield deze mail tegen bij het verzenden.").waitFor({
      timeout: 15_000,
    });
    await page.close();
  });
});
