import { execFile, spawn } from "child_process";
import { promises as fs, readFileSync, readdirSync } from "fs";
import * as https from "https";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { NOTICE_HEADER } from "../../src/outlook/route";
import { OVERRIDE_HEADER } from "../../src/outlook/headers";
import { buildEml } from "../helpers/eml";

/**
 * docs/admin.md and docs/admin.en.md are run, not just read: every ```sh command runs here against
 * fictitious fixtures, `npm start` is started and asked for the simulator, and the PowerShell (which
 * cannot run here: no PowerShell in Debian or on npm) is checked against the parameters Microsoft
 * documents for each cmdlet. `npm ci` runs in .ci/run.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const DOCS = ["docs/admin.md", "docs/admin.en.md"].map((d) => ({
  name: d,
  text: readFileSync(path.join(ROOT, d), "utf8"),
}));
const EXCHANGE = path.join(ROOT, "docs", "exchange");
const exec = promisify(execFile);

function fencedBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)]
    .filter((m) => m[1] === language)
    .map((m) => m[2]);
}

/** The commands of the sh blocks, comments and blank lines dropped, each once, in order. */
function shellCommands(): string[] {
  const seen = new Set<string>();
  for (const doc of DOCS)
    for (const block of fencedBlocks(doc.text, "sh"))
      for (const line of block.split("\n").map((l) => l.replace(/\s+#.*$/, "").trim()))
        if (line && !line.startsWith("#")) seen.add(line);
  return [...seen];
}

describe("docs/admin: shell commands", () => {
  const commands = shellCommands();
  let sandbox: string;

  beforeAll(async () => {
    sandbox = await fs.mkdtemp(path.join(os.tmpdir(), "zv-admin-docs-"));
    await fs.symlink(path.join(ROOT, "examples"), path.join(sandbox, "examples"));
    // an export of sent mail, fictitious: one harmless, one with health data to a private address
    await fs.mkdir(path.join(sandbox, "export"));
    await fs.writeFile(
      path.join(sandbox, "export", "openingstijden.eml"),
      buildEml({
        from: "balie@huisartsen-dorpsplein.nl",
        to: "info@buurtvereniging-voorbeeld.nl",
        subject: "Openingstijden",
        body: "Op tweede kerstdag zijn wij gesloten.",
      })
    );
    await fs.writeFile(
      path.join(sandbox, "export", "uitslag.eml"),
      buildEml({
        from: "dr.jansen@huisartsen-dorpsplein.nl",
        to: "p.devries.1980@gmail.com",
        subject: "Uitslag",
        body: "Beste meneer De Vries,\n\nUw BSN 111222333: de uitslag van het bloedonderzoek (diabetes) is binnen.",
      })
    );
  });

  it("documents the whole admin flow, in both languages", () => {
    for (const doc of DOCS) {
      const all = fencedBlocks(doc.text, "sh").join("\n");
      expect(all).toContain("zorgvuldig policy check");
      expect(all).toContain("zorgvuldig scan --policy policy.json --report");
      expect(all).toMatch(/npm run build -- --url https:\/\/\S+ --policy policy\.json/);
      expect(doc.text).toMatch(/Upload custom apps|Aangepaste apps uploaden/);
    }
    expect(commands.length).toBeGreaterThanOrEqual(5);
  });

  /**
   * Each command as the admin types it, with two substitutions that keep the repository clean:
   * `npx zorgvuldig` runs the repository's bin, and the build reads the sandbox's policy and writes to the
   * sandbox instead of dist/.
   */
  it("runs every command, in order, and each succeeds", async () => {
    for (const command of commands) {
      const rewritten = command
        .replace(
          /^npx zorgvuldig /,
          `"${process.execPath}" "${path.join(ROOT, "bin", "zorgvuldig.cjs")}" `
        )
        // webpack.config.js resolves its entries from the working directory: the build runs from the repository
        .replace(
          /^npm run build -- (.*)$/,
          (_m, args: string) =>
            `cd "${ROOT}" && "${process.execPath}" scripts/build.cjs ${args.replace(/--policy (\S+)/, `--policy "${sandbox}/$1"`)} --out "${path.join(sandbox, "dist")}"`
        );
      try {
        await exec("bash", ["-euo", "pipefail", "-c", rewritten], {
          cwd: sandbox,
          maxBuffer: 32 * 1024 * 1024,
        });
      } catch (e) {
        const err = e as { stderr?: string; code?: number };
        throw new Error(
          `"${command}" failed (exit ${err.code}): ${(err.stderr || "").slice(0, 2000)}`
        );
      }
    }
    // what the steps promise to leave behind
    const report = await fs.readFile(path.join(sandbox, "rapport.html"), "utf8");
    expect(report).toMatch(/uitslag\.eml/);
    const manifest = await fs.readFile(path.join(sandbox, "dist", "manifest.xml"), "utf8");
    expect(manifest).toContain("https://addin.huisartsen-dorpsplein.nl/taskpane.html");
    await expect(
      fs.stat(path.join(sandbox, "dist", "zorgvuldig-m365-app.zip"))
    ).resolves.toBeTruthy();
    await expect(
      fs.stat(path.join(sandbox, "dist", ".well-known", "microsoft-officeaddins-allowed.json"))
    ).resolves.toBeTruthy();
    const launchevent = await fs.readFile(path.join(sandbox, "dist", "launchevent.js"), "utf8");
    expect(launchevent).toContain("huisartsen-dorpsplein.nl");
    expect(await fs.readFile(path.join(sandbox, "zorgvuldig-manifest.xml"), "utf8")).not.toMatch(
      /localhost/
    );
  }, 600_000);
});

describe("docs/admin: npm start serves the simulator", () => {
  it("answers /simulator.html over HTTPS", async () => {
    const port = 30000 + (process.pid % 20000);
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "scripts", "start.cjs"), "--port", String(port)],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      }
    );
    let output = "";
    child.stdout.on("data", (d) => (output += String(d)));
    child.stderr.on("data", (d) => (output += String(d)));
    try {
      const started = Date.now();
      while (!output.includes("Zorgvuldig is served")) {
        if (child.exitCode !== null) throw new Error(`npm start ended: ${output.slice(-2000)}`);
        if (Date.now() - started > 240_000)
          throw new Error(`npm start did not come up: ${output.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 500));
      }
      const page = await new Promise<string>((resolve, reject) => {
        // the development certificate is not trusted here; this only asks whether the page is served
        https
          .get(`https://localhost:${port}/simulator.html`, { rejectUnauthorized: false }, (res) => {
            let body = "";
            res.on("data", (d) => (body += String(d)));
            res.on("end", () =>
              res.statusCode === 200 ? resolve(body) : reject(new Error(`HTTP ${res.statusCode}`))
            );
          })
          .on("error", reject);
      });
      expect(page).toContain('<script src="simulator.js"></script>');
    } finally {
      child.kill("SIGTERM");
    }
  }, 300_000);
});

// --- PowerShell, checked without PowerShell -----------------------------------------------------------

/**
 * The parameters Microsoft documents for each cmdlet the scripts use (learn.microsoft.com/powershell/
 * module/exchangepowershell/<cmdlet>, checked 2026-11), limited to the ones a script here may use.
 * A parameter outside this list fails the test: a typo would otherwise only show up in the tenant.
 */
const DOCUMENTED: Record<string, string[]> = {
  "New-TransportRule": [
    "Name",
    "HeaderContainsMessageHeader",
    "HeaderContainsWords",
    "HeaderMatchesMessageHeader",
    "HeaderMatchesPatterns",
    "SubjectContainsWords",
    "SubjectMatchesPatterns",
    "SentToScope",
    "RouteMessageOutboundConnector",
    "RemoveHeader",
    "GenerateIncidentReport",
    "IncidentReportContent",
    "SetAuditSeverity",
    "ApplyHtmlDisclaimerText",
    "ApplyHtmlDisclaimerLocation",
    "ApplyHtmlDisclaimerFallbackAction",
    "Mode",
    "Comments",
    "Priority",
    "StopRuleProcessing",
    "Enabled",
    "WhatIf",
    "Confirm",
  ],
  "Set-OutboundConnector": [
    "Identity",
    "IsTransportRuleScoped",
    "Comment",
    "Enabled",
    "WhatIf",
    "Confirm",
  ],
  "Set-OwaMailboxPolicy": ["Identity", "OnSendAddinsEnabled", "WhatIf", "Confirm"],
  "Get-OwaMailboxPolicy": ["Identity"],
  "Get-TransportRule": ["Identity"],
  "Connect-ExchangeOnline": ["UserPrincipalName", "ShowBanner"],
};
/** IncidentReportContent values New-TransportRule accepts, minus those that would copy patient data to the report. */
const INCIDENT_CONTENT_OK = [
  "Sender",
  "Recipients",
  "CC",
  "BCC",
  "Severity",
  "RuleDetections",
  "FalsePositive",
];
const INCIDENT_CONTENT_DOCUMENTED = [
  ...INCIDENT_CONTENT_OK,
  "Subject",
  "IdMatch",
  "AttachOriginalMail",
];
/** Documented values of the enumerated parameters used. */
const ENUMS: Record<string, string[]> = {
  SentToScope: ["InOrganization", "NotInOrganization", "ExternalPartner", "ExternalNonPartner"],
  Mode: ["Audit", "AuditAndNotify", "Enforce"],
  SetAuditSeverity: ["DoNotAudit", "Low", "Medium", "High"],
  ApplyHtmlDisclaimerLocation: ["Append", "Prepend"],
  ApplyHtmlDisclaimerFallbackAction: ["Wrap", "Ignore", "Reject"],
};

interface Statement {
  file: string;
  cmdlet: string;
  params: Map<string, string>;
  text: string;
}

/** Statements: lines joined over trailing-backtick continuations. */
function statements(file: string, source: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const lines = source.split("\n");
  let current = "";
  let start = 0;
  let inComment = false;
  lines.forEach((raw, i) => {
    if (raw.trim().startsWith("<#")) inComment = true;
    if (inComment) {
      if (raw.includes("#>")) inComment = false;
      return;
    }
    if (!current) start = i + 1;
    if (/`\s+$/.test(raw))
      throw new Error(
        `${file}:${i + 1}: whitespace after a line-continuation backtick breaks the statement`
      );
    if (raw.endsWith("`")) {
      current += raw.slice(0, -1) + " ";
      return;
    }
    current += raw;
    if (current.trim()) out.push({ text: current.trim(), line: start });
    current = "";
  });
  if (current.trim()) throw new Error(`${file}: ends inside a continued statement`);
  return out;
}

/** Balanced quotes, parentheses and braces in one statement (quotes first, so "[veilig]" is not a bracket). */
function balanced(text: string): boolean {
  const stack: string[] = [];
  let quote = "";
  for (const c of text.replace(/#.*$/, "")) {
    if (quote) {
      if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if ("({[".includes(c)) stack.push(c);
    else if (")}]".includes(c)) {
      const open = stack.pop();
      if (open !== { ")": "(", "}": "{", "]": "[" }[c]) return false;
    }
  }
  return !quote && stack.length === 0;
}

function cmdletCalls(file: string, source: string): Statement[] {
  if (!balanced(source.replace(/<#[\s\S]*?#>/g, "").replace(/#.*$/gm, "")))
    throw new Error(`${file}: unbalanced quotes or brackets`);
  return statements(file, source).flatMap(({ text, line }) => {
    // a statement that starts with a cmdlet is complete on its own (blocks like param( ) span lines)
    if (/^[A-Z][a-z]+-[A-Za-z]+\b/.test(text) && !balanced(text))
      throw new Error(`${file}:${line}: unbalanced quotes or brackets`);
    return [...text.matchAll(/(?:^|[|;{]\s*)([A-Z][a-z]+-[A-Za-z]+)\b([^|;{}]*)/g)]
      .filter((m) => m[1] in DOCUMENTED || /^(New|Set|Get|Remove|Connect)-/.test(m[1]))
      .filter((m) => !["Where-Object", "Format-Table", "Format-List"].includes(m[1]))
      .map((m) => {
        const params = new Map<string, string>();
        // -Name value, outside quotes: split the argument text on parameter markers
        for (const p of m[2].matchAll(
          /\s-([A-Za-z]+)(?::\S+)?((?:\s+(?!-[A-Za-z])(?:"[^"]*"|'[^']*'|\([^)]*\)|[^\s"'(]+)(?:\s*,\s*(?:"[^"]*"|'[^']*'|[^\s,]+))*)?)/g
        ))
          params.set(p[1], p[2].trim());
        return { file, cmdlet: m[1], params, text };
      });
  });
}

const scripts = readdirSync(EXCHANGE)
  .filter((f) => f.endsWith(".ps1"))
  .map((f) => ({
    file: `docs/exchange/${f}`,
    source: readFileSync(path.join(EXCHANGE, f), "utf8"),
  }));

describe("docs/exchange PowerShell (checked against Microsoft's documented parameters)", () => {
  const calls = scripts.flatMap((s) => cmdletCalls(s.file, s.source));

  it("finds the four scripts and their cmdlets", () => {
    expect(scripts.map((s) => s.file).sort()).toEqual([
      "docs/exchange/01-route-secure-mail.ps1",
      "docs/exchange/02-override-incident-report.ps1",
      "docs/exchange/03-outlook-web-onsend.ps1",
      "docs/exchange/05-remove-headers-external.ps1",
    ]);
    expect(calls.filter((c) => c.cmdlet === "New-TransportRule")).toHaveLength(5);
  });

  it("removes every X-Zorgvuldig header the add-in writes, only for recipients outside the organization, after the other rules", () => {
    const script = scripts.find((x) => x.file.endsWith("05-remove-headers-external.ps1"))!;
    const rule = calls.find((c) => c.file === script.file && c.cmdlet === "New-TransportRule")!;
    expect(rule.params.get("SentToScope")).toBe('"NotInOrganization"');
    expect(rule.params.get("RemoveHeader")).toBe("$header");
    expect(rule.params.get("Priority")).toBe("$last");
    const written = new Set<string>();
    for (const f of ["src/outlook/headers.ts", "src/outlook/route.ts"])
      for (const m of readFileSync(path.join(ROOT, f), "utf8").matchAll(/X-Zorgvuldig-[A-Za-z-]+/g))
        written.add(m[0]);
    expect(written.size).toBeGreaterThanOrEqual(3);
    for (const h of written) expect(script.source).toContain(`"${h}"`);
  });

  it("makes Smart Alerts mandatory per client: OnSendAddinsEnabled for web and new Outlook, OnSendAddinsWaitForLoad on Mac", () => {
    const owa = calls.find((c) => c.cmdlet === "Set-OwaMailboxPolicy")!;
    expect(owa.params.get("OnSendAddinsEnabled")).toBe("$true");
    const mac = readFileSync(
      path.join(EXCHANGE, "04-mac-onsend-wait-for-load.mobileconfig"),
      "utf8"
    );
    expect(mac).toMatch(/<string>com\.microsoft\.outlook<\/string>/);
    expect(mac).toMatch(/<key>OnSendAddinsWaitForLoad<\/key>\s*<true\/>/);
    const readme = readFileSync(path.join(EXCHANGE, "README.md"), "utf8");
    for (const s of ["OnSendAddinsEnabled", "OnSendAddinsWaitForLoad", 'SendMode="Block"'])
      expect(readme).toContain(s);
  });

  it("appends the patient notice on the header the send handler sets", () => {
    const notice = calls.find((c) => c.params.has("ApplyHtmlDisclaimerText"))!;
    expect(notice.params.get("HeaderContainsMessageHeader")).toBe(`"${NOTICE_HEADER}"`);
  });

  it("uses only documented cmdlets and parameters", () => {
    for (const c of calls) {
      expect({ cmdlet: c.cmdlet, known: c.cmdlet in DOCUMENTED }).toEqual({
        cmdlet: c.cmdlet,
        known: true,
      });
      for (const p of c.params.keys())
        expect({
          cmdlet: c.cmdlet,
          param: p,
          documented: DOCUMENTED[c.cmdlet].includes(p),
        }).toEqual({ cmdlet: c.cmdlet, param: p, documented: true });
    }
  });

  it("the checker itself catches an undocumented parameter and a broken continuation", () => {
    const typo = cmdletCalls("x.ps1", 'New-TransportRule -Name "a" `\n  -HeaderContainsWord "x"');
    expect(DOCUMENTED["New-TransportRule"].includes([...typo[0].params.keys()][1])).toBe(false);
    expect(() => cmdletCalls("x.ps1", 'New-TransportRule -Name "a" ` \n  -Mode "Enforce"')).toThrow(
      /backtick/
    );
    expect(() => cmdletCalls("x.ps1", 'New-TransportRule -Name "a')).toThrow(/unbalanced/);
  });

  it("uses documented values for the enumerated parameters", () => {
    for (const c of calls)
      for (const [p, values] of Object.entries(ENUMS))
        if (c.params.has(p)) expect(values).toContain(c.params.get(p)!.replace(/^"|"$/g, ""));
  });

  it("pairs each header condition with its header name, and routes only mail leaving the practice", () => {
    for (const c of calls.filter((x) => x.cmdlet === "New-TransportRule")) {
      expect(c.params.has("HeaderContainsWords")).toBe(c.params.has("HeaderContainsMessageHeader"));
      expect(c.params.has("HeaderMatchesPatterns")).toBe(
        c.params.has("HeaderMatchesMessageHeader")
      );
      if (c.params.has("RouteMessageOutboundConnector"))
        expect(c.params.get("SentToScope")).toBe('"NotInOrganization"');
      expect(c.params.get("Mode")).toBe('"Enforce"');
    }
  });

  it("reports overrides to the FG on the header the add-in writes, without patient data", () => {
    const report = calls.find((c) => c.params.has("GenerateIncidentReport"))!;
    expect(report.params.get("HeaderMatchesMessageHeader")).toBe(`"${OVERRIDE_HEADER}"`);
    const content = report.params
      .get("IncidentReportContent")!
      .split(",")
      .map((v) => v.trim().replace(/^"|"$/g, ""));
    for (const v of content) expect(INCIDENT_CONTENT_DOCUMENTED).toContain(v);
    for (const v of content) expect(INCIDENT_CONTENT_OK).toContain(v);
  });

  it("makes the connector usable by rules before routing through it", () => {
    const route = scripts.find((s) => s.file.includes("01-"))!.source;
    expect(route.indexOf("Set-OutboundConnector")).toBeLessThan(route.indexOf("New-TransportRule"));
    expect(
      calls.find((c) => c.cmdlet === "Set-OutboundConnector")!.params.get("IsTransportRuleScoped")
    ).toBe("$true");
  });

  it("the docs call the scripts only with parameters the scripts declare, mandatory ones included", () => {
    for (const doc of DOCS)
      for (const block of fencedBlocks(doc.text, "powershell"))
        for (const line of block.split("\n").filter((l) => l.trim() && !l.trim().startsWith("#"))) {
          const script = /^\.\\docs\\exchange\\([\w-]+\.ps1)(.*)$/.exec(line.trim());
          if (!script) {
            for (const c of cmdletCalls(doc.name, line))
              for (const p of c.params.keys()) expect(DOCUMENTED[c.cmdlet]).toContain(p);
            continue;
          }
          const source = readFileSync(path.join(EXCHANGE, script[1]), "utf8");
          const paramBlock = /param\(([\s\S]*?)\n\)/.exec(source)![1];
          const declared = [...paramBlock.matchAll(/\$(\w+)/g)].map((m) => m[1]);
          const mandatory = [...paramBlock.matchAll(/Mandatory = \$true\)\]\[\w+\]\$(\w+)/g)].map(
            (m) => m[1]
          );
          const given = [...script[2].matchAll(/\s-(\w+)/g)].map((m) => m[1]);
          for (const g of given) expect(declared).toContain(g);
          for (const m of mandatory) expect(given).toContain(m);
        }
  });
});
