import type { Browser, Page } from "playwright-core";
import { chromiumPath, launchChromium, serveStatic, type StaticServer } from "../helpers/browser";
import { ensureBuild } from "../helpers/build";

/**
 * The simulator with a practice's own policy (issue 15): the trainer picks a policy file (here by URL
 * parameter), the senders follow its practice domain and roles, and the real built add-in applies it, so
 * a training can show an override. Fictitious practice and people.
 */

const executablePath = chromiumPath();
const maybe = executablePath ? describe : describe.skip;

const DOMAIN = "huisartsen-lindeboom.nl";
const DOCTOR = `dr.bakker@${DOMAIN}`;
const POLICY = {
  // a second domain of the same practice: internal only under this policy
  practiceDomains: [DOMAIN, "lindeboom-zorg.nl"],
  overrides: {
    grants: [{ rules: ["secure-channel-required"], roles: ["zorgverlener"] }],
    roles: { zorgverlener: [DOCTOR, `dr.*@${DOMAIN}`] },
  },
};

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const dist = ensureBuild({ name: "simulator", args: ["--simulator"], marker: "simulator.js" });
  server = await serveStatic(dist);
  if (executablePath) browser = await launchChromium(executablePath);
}, 300_000);

afterAll(async () => {
  if (browser) await browser.close();
  await server.close();
});

async function openWithPolicy(): Promise<{ page: Page; foreign: string[] }> {
  const page = await browser.newPage();
  const foreign: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.endsWith("/training/lindeboom.json"))
      return route.fulfill({ contentType: "application/json", body: JSON.stringify(POLICY) });
    if (!url.startsWith(server.baseUrl) && !url.startsWith("about:") && !url.startsWith("data:")) {
      foreign.push(url);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(`${server.baseUrl}/simulator.html?policy=training/lindeboom.json`);
  await page.waitForFunction(
    () =>
      (window as unknown as { __zvSim: { handlers: Map<string, unknown> } }).__zvSim.handlers
        .size >= 3
  );
  return { page, foreign };
}

async function compose(page: Page, to: string, body: string): Promise<void> {
  await page.fill("#to", to);
  await page.dispatchEvent("#to", "change");
  await page.fill("#subject", "Uitslag");
  await page.fill("#body", body);
  await page.dispatchEvent("#body", "input");
}

const PHI =
  "Beste meneer De Vries,\n\nUw HbA1c is verhoogd; we passen de metformine aan. BSN 111222333.\n\nMet vriendelijke groet,\nDr. Bakker";

maybe("simulator with a practice's policy", () => {
  it("offers the practice's own senders: the front desk and the policy's named doctor, no patterns", async () => {
    const { page, foreign } = await openWithPolicy();
    const senders = await page
      .locator("#from option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(senders).toEqual([`balie@${DOMAIN}`, DOCTOR]);
    expect(await page.textContent("#policy-name")).toContain("lindeboom.json");
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("lets a colleague at the practice's second domain receive health data (the policy applies at Send)", async () => {
    const { page } = await openWithPolicy();
    await compose(page, "s.verhoef@lindeboom-zorg.nl", PHI.replace("meneer De Vries", "collega"));
    await page.click("#send");
    await page.waitForSelector("#sent li, #alert[open]", { timeout: 15_000 });
    // under the default policy this would be a secure-channel alert: lindeboom-zorg.nl is outside
    expect(await page.locator("#alert[open]").count()).toBe(0);
    expect(await page.locator("#sent li").count()).toBe(1);
    await page.close();
  });

  it("shows the override to the doctor the policy names, and not to the front desk", async () => {
    const { page } = await openWithPolicy();
    await page.selectOption("#from", DOCTOR);
    await page.dispatchEvent("#from", "change");
    await compose(page, "j.devries.1980@gmail.com", PHI);
    await page.click("#send");
    await page.waitForSelector("#alert[open]", { timeout: 15_000 });
    // the alert's action button opens the task pane, as in Outlook
    await page.click("#alert-action");
    await page.waitForSelector("#pane.open");
    const pane = page.frameLocator("#pane-frame");
    await pane.getByRole("radio").first().waitFor({ timeout: 20_000 });
    expect(await pane.getByTestId("not-allowed").count()).toBe(0);

    await page.click("#close-pane");
    await page.selectOption("#from", `balie@${DOMAIN}`);
    await page.dispatchEvent("#from", "change");
    await page.click("#open-pane");
    const notAllowed = page.frameLocator("#pane-frame").getByTestId("not-allowed");
    await notAllowed.waitFor({ timeout: 20_000 });
    expect(await notAllowed.textContent()).toBe(
      `U mag deze mail niet zonder beveiliging versturen. Vraag het aan: een zorgverlener (${DOCTOR}).`
    );
    await page.close();
  });
});
