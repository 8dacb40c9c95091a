/**
 * docs/office-apis.md against manifest.xml and src/: every Office.js API the code uses has a row, every
 * file that uses it is named, and every API above the manifest's Mailbox requirement set is guarded by a
 * requirement-set check in the files named.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const TABLE = readFileSync(path.join(ROOT, "docs", "office-apis.md"), "utf8");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

interface Row {
  apis: string[];
  set: string;
  permission: string;
  guards: string[];
  where: string[];
  fallback: string;
  reference: string;
}

const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

function rows(): Row[] {
  const start = TABLE.indexOf("| API | Requirement set |");
  const lines = TABLE.slice(start).split("\n");
  const out: Row[] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith("|")) break;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
    expect(cells).toHaveLength(8);
    const [api, set, , permission, guard, where, fallback, reference] = cells;
    out.push({
      apis: ticks(api),
      set,
      permission,
      guards: ticks(guard),
      where: ticks(where),
      fallback,
      reference,
    });
  }
  return out;
}

/** Source files that talk to Office (the simulator's mock host implements Office, it does not use it). */
function sources(dir = path.join(ROOT, "src")): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const full = path.join(dir, e);
    if (statSync(full).isDirectory()) {
      if (!["simulator", "engine", "extract", "i18n", "server", "cli"].includes(e))
        out.push(...sources(full));
    } else if (/\.tsx?$/.test(e)) out.push(full);
  }
  return out;
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join("/");
const withoutComments = (s: string) =>
  s.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/**
 * What a file uses: Office method names (`.xxxAsync`, and "xxx.yyyAsync" names given to officeCall),
 * and the non-method members and globals listed here.
 */
const MEMBERS: Array<[RegExp, string]> = [
  [/\bsessionData\b/, "sessionData"],
  [/\binternetHeaders\b/, "internetHeaders"],
  [/\bsensitivityLabel\b/, "sensitivityLabel"],
  [/\bsensitivityLabelsCatalog\b/, "sensitivityLabelsCatalog"],
  [/\broamingSettings\b/, "roamingSettings"],
  [/\bOfficeRuntime\b(?![^\n]*\bauth\b)/, "OfficeRuntime.storage"],
  [/\bOfficeRuntime\b[^\n]*\bauth\b/, "OfficeRuntime.auth.getAccessToken"],
  [/\{ auth\?: OfficeAuthLike \}\)\.auth\b/, "Office.auth.getAccessToken"],
  [/\.getAccessToken\(/, "getAccessToken"],
  [/\bcreateNestablePublicClientApplication\b/, "createNestablePublicClientApplication"],
  [/\buserProfile\b/, "userProfile"],
  [/\bdisplayLanguage\b/, "displayLanguage"],
  [/\bisSetSupported\b/, "isSetSupported"],
  [/\.associate\(/, "Office.actions.associate"],
  [/\bOffice\.onReady\b/, "Office.onReady"],
  [/\bevent\.completed\(/, "event.completed"],
  [/\berrorMessageMarkdown\b/, "errorMessageMarkdown"],
  [/\bcancelLabel\b/, "cancelLabel"],
  [/\bcommandId\b/, "commandId"],
  [/\bcontextData\b/, "contextData"],
  [/\bsendModeOverride\b/, "sendModeOverride"],
  [/\bInitializationContextChanged\b/, "InitializationContextChanged"],
  [/\binitializationContextData\b/, "initializationContextData"],
];

function uses(file: string): Set<string> {
  const code = withoutComments(readFileSync(file, "utf8"));
  const found = new Set<string>();
  for (const m of code.matchAll(/\.([a-zA-Z]+Async)\b/g)) found.add(m[1]);
  for (const m of code.matchAll(/["'`]([a-zA-Z]+\.)?([a-zA-Z]+Async)["'`]/g)) found.add(m[2]);
  for (const [re, name] of MEMBERS) if (re.test(code)) found.add(name);
  return found;
}

/** Rows whose API names this member: as a whole identifier segment. */
function rowsFor(table: Row[], name: string): Row[] {
  const seg = new RegExp(`(^|[.\\s(])${name.replace(/\./g, "\\.")}($|[.\\s,()])`);
  return table.filter((r) => r.apis.some((a) => seg.test(a)));
}

const version = (s: string): number[] | null => {
  const m = /Mailbox (\d+)\.(\d+)/.exec(s);
  return m ? [Number(m[1]), Number(m[2])] : null;
};
const above = (a: number[], b: number[]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

describe("docs/office-apis.md", () => {
  const table = rows();
  const files = sources();
  const manifestMin = /<Set Name="Mailbox" MinVersion="(\d+\.\d+)"/.exec(MANIFEST)![1];
  const min = manifestMin.split(".").map(Number);

  it("has a row for every Office API, each with a requirement set, permission, fallback and a Microsoft reference", () => {
    expect(table.length).toBeGreaterThan(15);
    for (const r of table) {
      expect(r.apis.length).toBeGreaterThan(0);
      expect(r.set).toMatch(/Mailbox \d+\.\d+|Office common API/);
      expect(r.permission).toMatch(/restricted|read item|read\/write item|read\/write mailbox/);
      expect(r.fallback.length).toBeGreaterThan(3);
      expect(r.reference).toMatch(/\[[^\]]+\]\[[a-z-]+\]/);
      for (const ref of r.reference.match(/\]\[([a-z-]+)\]/g) || [])
        expect(TABLE).toMatch(
          new RegExp(`^\\[${ref.slice(2, -1)}\\]: https://learn\\.microsoft\\.com/`, "m")
        );
    }
  });

  it("names every API the code uses, and every file that uses it", () => {
    const missing: string[] = [];
    const unlisted: string[] = [];
    for (const f of files)
      for (const name of uses(f)) {
        const found = rowsFor(table, name);
        if (!found.length) missing.push(`${name} (${rel(f)})`);
        else if (!found.some((r) => r.where.includes(rel(f))))
          unlisted.push(`${name} in ${rel(f)}`);
      }
    expect(missing).toEqual([]);
    expect(unlisted).toEqual([]);
  });

  it("guards every API above the manifest's Mailbox set with a requirement-set check where it is used", () => {
    const unguarded: string[] = [];
    for (const r of table) {
      const v = version(r.set);
      if (!v || !above(v, min)) continue;
      // a guard names supportsMailbox with a version at least the API's, and appears in a file named
      const checks = r.guards.filter((g) => /supportsMailbox\("\d+\.\d+"/.test(g));
      const enough = checks.some(
        (g) => !above(v, version(`Mailbox ${/"(\d+\.\d+)"/.exec(g)![1]}`)!)
      );
      const present = r.guards.every((g) =>
        r.where.some((w) => readFileSync(path.join(ROOT, w), "utf8").includes(g))
      );
      if (!enough || !present) unguarded.push(r.apis.join(", "));
    }
    expect(unguarded).toEqual([]);
  });

  it("the manifest declares what the table says the code needs", () => {
    expect(MANIFEST).toMatch(/<Permissions>ReadWriteMailbox<\/Permissions>/);
    expect(MANIFEST).toMatch(/<ExtendedPermission>AppendOnSend<\/ExtendedPermission>/);
    expect(manifestMin).toBe("1.12");
  });

  it("fails for an API the table lacks (the check itself)", () => {
    const withoutSend = table.filter((r) => !r.apis.some((a) => a.includes("sendAsync")));
    expect(rowsFor(withoutSend, "sendAsync")).toEqual([]);
    expect(rowsFor(table, "sendAsync").length).toBe(1);
    expect(uses(path.join(ROOT, "src/taskpane/controller.ts")).has("sendAsync")).toBe(true);
  });
});
