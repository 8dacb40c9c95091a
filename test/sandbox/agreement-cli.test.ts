/**
 * Issue 12: `zorgvuldig scan --client` reads attachments as that Outlook client does at Send. With pdf.js
 * (web, new, mac) a harmless PDF invoice to a supplier is allowed and a PDF referral to a patient kept
 * back; without `--client` the dry run reports the strictest client, classic (no PDF text), which keeps
 * both back. The browser test runs the same fixtures through the built commands.html.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { ROOT } from "../helpers/build";
import { cliActions, invoiceEml, referralEml } from "./agreement-mail";

jest.setTimeout(120000);

const OUT = path.join(ROOT, "test-output", "agreement-cli");

beforeAll(() => {
  invoiceEml(OUT);
  referralEml(OUT);
});

it.each(["web", "new", "mac"])("--client %s reads the PDFs", (client) => {
  const actions = cliActions(OUT, client);
  expect(actions.get("factuur-leverancier.eml")).toBe("allow");
  expect(actions.get("verwijzing-patient.eml")).toBe("secure");
});

it("--client classic, and no --client at all, cannot read them: both kept back", () => {
  for (const actions of [cliActions(OUT, "classic"), cliActions(OUT, "")]) {
    expect(actions.get("factuur-leverancier.eml")).toBe("secure");
    expect(actions.get("verwijzing-patient.eml")).toBe("secure");
  }
});

it("an unknown client is a usage error", () => {
  let code = 0;
  let err = "";
  try {
    execFileSync(
      process.execPath,
      [path.join(ROOT, "bin/zorgvuldig.cjs"), "scan", "--client", "ios", OUT],
      { cwd: ROOT, stdio: "pipe" }
    );
  } catch (e) {
    code = (e as { status: number }).status;
    err = String((e as { stderr: Buffer }).stderr);
  }
  expect(code).toBe(1);
  expect(err).toMatch(/--client must be classic, web, new or mac/);
});
