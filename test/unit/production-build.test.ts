import { execFile, spawnSync } from "child_process";
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { unzipSync } from "fflate";
import {
  findLoopbackReferences,
  finishProductionBuild,
  iconPng,
  parseBaseUrl,
  ProductionBuildError,
  productionManifestXml,
  validateUnifiedManifest,
  wellKnownAllowed,
  type UnifiedManifest,
} from "../../scripts/production.cjs";
import { unifiedManifestFromXml } from "../../scripts/manifest-json.cjs";
import { main } from "../../src/cli/main";

const ROOT = path.resolve(__dirname, "..", "..");
const ORIGIN = "https://addin.example-praktijk.nl";
const SOURCE_XML = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const LOOPBACK = /localhost|127\.0\.0\.1/i;

/** Every absolute URL in a manifest (attribute values and element text). */
const urlsIn = (xml: string) => [...xml.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);

function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `zv-${prefix}-`));
}

/** Validation must not touch the network: any fetch fails the test. */
async function offline<T>(fn: () => Promise<T>): Promise<T> {
  const saved = globalThis.fetch;
  globalThis.fetch = (() => {
    throw new Error("network access during validation");
  }) as typeof fetch;
  try {
    return await fn();
  } finally {
    globalThis.fetch = saved;
  }
}

describe("parseBaseUrl", () => {
  it("accepts an https host and drops a trailing slash", () => {
    const t = parseBaseUrl(`${ORIGIN}/`);
    expect(t.baseUrl).toBe(ORIGIN);
    expect(t.origin).toBe(ORIGIN);
    expect(t.warnings).toEqual([]);
  });

  it("accepts a path under the origin but warns that the well-known file belongs at the root", () => {
    const t = parseBaseUrl("https://www.praktijk.nl/zorgvuldig/");
    expect(t.baseUrl).toBe("https://www.praktijk.nl/zorgvuldig");
    expect(t.warnings.join(" ")).toContain(
      "https://www.praktijk.nl/.well-known/microsoft-officeaddins-allowed.json"
    );
  });

  it.each([
    "http://addin.praktijk.nl",
    "https://localhost:3000",
    "https://127.0.0.1",
    "https://intranet",
    `${ORIGIN}/?x=1`,
    "addin.praktijk.nl",
    "",
  ])("refuses %p", (url) => {
    expect(() => parseBaseUrl(url)).toThrow(ProductionBuildError);
  });
});

describe("production manifest.xml", () => {
  const xml = productionManifestXml(SOURCE_XML, { ...parseBaseUrl(ORIGIN), version: "2.3.4" });

  it("moves every URL to the production origin and leaves no development address", () => {
    expect(xml).not.toMatch(LOOPBACK);
    const urls = urlsIn(xml);
    expect(urls.length).toBe(urlsIn(SOURCE_XML.replace(/<!--[\s\S]*?-->/g, "")).length);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(`${ORIGIN}/`) || u === ORIGIN).toBe(true);
    expect(xml).toContain(`<AppDomain>${ORIGIN}</AppDomain>`);
    expect(xml).toContain(`DefaultValue="${ORIGIN}/launchevent.js"`);
  });

  it("takes the version from package.json in four parts", () => {
    expect(xml).toMatch(/<Version>2\.3\.4\.0<\/Version>/);
    expect(xml.match(/<Version>/g)).toHaveLength(1);
  });

  it("keeps the path of a base URL below the origin, but the app domain is the origin", () => {
    const sub = productionManifestXml(SOURCE_XML, {
      ...parseBaseUrl("https://www.praktijk.nl/zv"),
      version: "1.0.0",
    });
    expect(sub).toContain('DefaultValue="https://www.praktijk.nl/zv/taskpane.html"');
    expect(sub).toContain("<AppDomain>https://www.praktijk.nl</AppDomain>");
  });

  it("keeps the block send mode: if the add-in cannot load, the mail does not go", () => {
    expect(xml).toMatch(/<LaunchEvent Type="OnMessageSend"[^>]*SendMode="Block"/);
  });
});

describe("unified manifest for Microsoft 365", () => {
  let manifest: UnifiedManifest;
  let dir: string;

  beforeAll(async () => {
    const xml = productionManifestXml(SOURCE_XML, { ...parseBaseUrl(ORIGIN), version: "2.3.4" });
    manifest = (await unifiedManifestFromXml(xml)) as UnifiedManifest;
    dir = await tempDir("json");
  });

  it("carries the same id, version, handlers and send mode as the XML manifest", () => {
    expect(manifest.id).toBe(/<Id>([^<]+)<\/Id>/.exec(SOURCE_XML)![1]);
    expect(manifest.version).toBe("2.3.4");
    const events = manifest.extensions[0].autoRunEvents[0].events;
    const xmlHandlers = [
      ...SOURCE_XML.matchAll(/<LaunchEvent Type="(\w+)" FunctionName="(\w+)"/g),
    ].map((m) => m[2]);
    expect(events.map((e) => e.actionId)).toEqual(xmlHandlers);
    expect(events.find((e) => e.type === "messageSending")?.options).toEqual({ sendMode: "block" });
    expect(
      events.filter((e) => e.type !== "messageSending").every((e) => e.options === undefined)
    ).toBe(true);
  });

  it("points the event runtime at commands.html and, for classic Outlook on Windows, launchevent.js", () => {
    const runtime = manifest.extensions[0].runtimes.find((r) =>
      r.actions.some((a) => a.type === "executeFunction")
    )!;
    expect(runtime.code).toEqual({
      page: `${ORIGIN}/commands.html`,
      script: `${ORIGIN}/launchevent.js`,
    });
    expect(manifest.validDomains).toEqual(["addin.example-praktijk.nl"]);
    expect(JSON.stringify(manifest)).not.toMatch(LOOPBACK);
  });

  it("validates offline against the schema office-addin-manifest ships", async () => {
    const file = path.join(dir, "manifest.json");
    await fs.writeFile(file, JSON.stringify(manifest));
    expect(await offline(() => validateUnifiedManifest(file))).toEqual([]);
  });

  it("and the same validation rejects an unknown send mode or a too long short description", async () => {
    const badMode = JSON.parse(JSON.stringify(manifest)) as UnifiedManifest;
    badMode.extensions[0].autoRunEvents[0].events[0].options = { sendMode: "hardBlock" };
    const badText = JSON.parse(JSON.stringify(manifest)) as UnifiedManifest & {
      description: { short: string };
    };
    badText.description.short = "x".repeat(81);
    for (const [name, broken, expected] of [
      ["mode.json", badMode, /extensions/],
      ["text.json", badText, /description\/short/],
    ] as const) {
      const file = path.join(dir, name);
      await fs.writeFile(file, JSON.stringify(broken));
      const errors = await offline(() => validateUnifiedManifest(file));
      expect(errors.join("\n")).toMatch(expected);
    }
  });
});

describe("loopback scan", () => {
  it("finds a development address in any file, text or not, and nothing in clean files", async () => {
    const dir = await tempDir("scan");
    await fs.mkdir(path.join(dir, "assets"));
    await fs.writeFile(
      path.join(dir, "taskpane.js"),
      'fetch("https://addin.example-praktijk.nl/policy.json")'
    );
    await fs.writeFile(path.join(dir, "assets", "icon.png"), iconPng(16, "tile"));
    expect(findLoopbackReferences(dir)).toEqual([]);
    await fs.writeFile(
      path.join(dir, "assets", "x.map"),
      '{"sources":["https://localhost:3000/a.ts","http://127.0.0.1/b"]}'
    );
    expect(findLoopbackReferences(dir)).toEqual([{ file: "assets/x.map", count: 2 }]);
  });
});

describe("finishProductionBuild on a built dist/", () => {
  const quiet = () => undefined;

  async function fakeDist(): Promise<string> {
    const dist = await tempDir("dist");
    await fs.writeFile(
      path.join(dist, "launchevent.js"),
      "Office.actions.associate('onMessageSendHandler', function () {});"
    );
    await fs.writeFile(path.join(dist, "manifest.xml"), SOURCE_XML);
    return dist;
  }

  it("writes the upload files, the well-known file and the app package", async () => {
    const dist = await fakeDist();
    const result = await offline(() =>
      finishProductionBuild({ distDir: dist, url: ORIGIN, version: "1.2.0", log: quiet })
    );
    expect(result.version).toBe("1.2.0.0");

    const xml = await fs.readFile(path.join(dist, "manifest.xml"), "utf8");
    expect(xml).toContain(`${ORIGIN}/taskpane.html`);
    expect(xml).not.toMatch(LOOPBACK);

    const wellKnown = JSON.parse(
      await fs.readFile(
        path.join(dist, ".well-known", "microsoft-officeaddins-allowed.json"),
        "utf8"
      )
    );
    expect(wellKnown).toEqual(wellKnownAllowed(ORIGIN));
    expect(wellKnown.allowed).toEqual([`${ORIGIN}/launchevent.js`]);

    const zip = unzipSync(await fs.readFile(result.packagePath));
    expect(Object.keys(zip).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    expect(pngSize(zip["color.png"])).toEqual([192, 192]);
    expect(pngSize(zip["outline.png"])).toEqual([32, 32]);
    expect(JSON.parse(Buffer.from(zip["manifest.json"]).toString("utf8")).version).toBe("1.2.0");
  });

  it("refuses the output when a bundle still points at localhost", async () => {
    const dist = await fakeDist();
    await fs.writeFile(path.join(dist, "taskpane.js"), 'const api = "https://localhost:3000/api";');
    await expect(
      offline(() =>
        finishProductionBuild({ distDir: dist, url: ORIGIN, version: "1.2.0", log: quiet })
      )
    ).rejects.toThrow(/taskpane\.js \(1×\)/);
  });

  it("refuses a dist/ that was not built", async () => {
    const dist = await tempDir("empty");
    await expect(finishProductionBuild({ distDir: dist, url: ORIGIN, log: quiet })).rejects.toThrow(
      /launchevent\.js is missing/
    );
  });
});

describe("zorgvuldig manifest", () => {
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await offline(() =>
      main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
    );
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  it("writes the unified manifest, the app package or the XML for a host", async () => {
    const dir = await tempDir("cli");
    const json = await run("manifest", "--url", ORIGIN, "--out", path.join(dir, "m.json"));
    expect(json.code).toBe(0);
    const manifest = JSON.parse(
      await fs.readFile(path.join(dir, "m.json"), "utf8")
    ) as UnifiedManifest;
    expect(
      manifest.extensions[0].runtimes.some((r) => r.code.script === `${ORIGIN}/launchevent.js`)
    ).toBe(true);

    expect((await run("manifest", "--url", ORIGIN, "--out", path.join(dir, "m.zip"))).code).toBe(0);
    expect(Object.keys(unzipSync(await fs.readFile(path.join(dir, "m.zip"))))).toContain(
      "manifest.json"
    );

    expect((await run("manifest", "--url", ORIGIN, "--out", path.join(dir, "m.xml"))).code).toBe(0);
    expect(await fs.readFile(path.join(dir, "m.xml"), "utf8")).not.toMatch(LOOPBACK);
  }, 120_000);

  it("refuses a development URL or an unknown output type, writing nothing", async () => {
    const dir = await tempDir("cli-bad");
    const bad = await run(
      "manifest",
      "--url",
      "https://localhost:3000",
      "--out",
      path.join(dir, "m.json")
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/public host name/);
    expect((await run("manifest", "--url", ORIGIN, "--out", path.join(dir, "m.txt"))).code).toBe(1);
    expect(await fs.readdir(dir)).toEqual([]);
  });
});

// The real build (webpack, both bundles) for a fake production origin, into a scratch folder.
describe("npm run build -- --url --policy", () => {
  const exec = promisify(execFile);
  let out: string;
  let policyDomain: string;

  beforeAll(async () => {
    out = await tempDir("build");
    // left over from an earlier build: a full build starts from an empty folder
    await fs.mkdir(path.join(out, ".well-known"), { recursive: true });
    await fs.writeFile(path.join(out, "stale-from-earlier-build.txt"), "old");
    policyDomain = "huisartsen-proefdorp.nl";
    const policyFile = path.join(out, "..", `zv-policy-${process.pid}.json`);
    await fs.writeFile(
      policyFile,
      JSON.stringify({
        practiceDomains: [policyDomain],
        secureChannel: { trigger: { kind: "header", name: "X-Veilig-Versturen", value: "ja" } },
      })
    );
    await exec(
      process.execPath,
      [
        path.join(ROOT, "scripts", "build.cjs"),
        "--url",
        ORIGIN,
        "--policy",
        policyFile,
        "--out",
        out,
      ],
      {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      }
    );
  }, 300_000);

  it("empties the output folder first and publishes neither the simulator nor source maps", async () => {
    await expect(fs.stat(path.join(out, "stale-from-earlier-build.txt"))).rejects.toThrow();
    const all: string[] = [];
    const walk = async (d: string): Promise<void> => {
      for (const e of await fs.readdir(d, { withFileTypes: true }))
        if (e.isDirectory()) await walk(path.join(d, e.name));
        else all.push(e.name);
    };
    await walk(out);
    expect(all).toContain("taskpane.html");
    expect(all.filter((f) => f.endsWith(".map") || f.startsWith("simulator."))).toEqual([]);
  });

  it("leaves no development address anywhere in the output", () => {
    expect(findLoopbackReferences(out)).toEqual([]);
  });

  it("rewrites the manifest to the origin, with the package.json version", async () => {
    const xml = await fs.readFile(path.join(out, "manifest.xml"), "utf8");
    const version = (
      JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
    ).version;
    expect(xml).toContain(`<Version>${version}.0</Version>`);
    for (const u of urlsIn(xml)) expect(u.startsWith(ORIGIN)).toBe(true);
  });

  it("builds the practice's policy into the send-time bundle", async () => {
    const bundle = await fs.readFile(path.join(out, "launchevent.js"), "utf8");
    expect(bundle).toContain(policyDomain);
    expect(bundle).toContain("X-Veilig-Versturen");
  });

  it("serves every file the manifests name and a valid unified manifest", async () => {
    const xml = await fs.readFile(path.join(out, "manifest.xml"), "utf8");
    for (const u of urlsIn(xml).filter((x) => x !== ORIGIN)) {
      const file = path.join(out, new URL(u).pathname);
      await expect(fs.stat(file)).resolves.toBeTruthy();
    }
    expect(
      await offline(() => validateUnifiedManifest(path.join(out, "m365", "manifest.json")))
    ).toEqual([]);
    await expect(
      fs.stat(path.join(out, ".well-known", "microsoft-officeaddins-allowed.json"))
    ).resolves.toBeTruthy();
  });
});

describe("npm run build without --url", () => {
  it("says loudly that it makes a development build, and never empties a project folder", async () => {
    const project = await tempDir("not-an-output");
    await fs.writeFile(path.join(project, "package.json"), "{}");
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "scripts", "build.cjs"), "--out", project],
      {
        encoding: "utf8",
      }
    );
    expect(r.stderr).toMatch(/DEVELOPMENT BUILD: no --url given/);
    expect(r.stderr).toMatch(/refusing to empty/);
    expect(r.status).toBe(1);
    await expect(fs.stat(path.join(project, "package.json"))).resolves.toBeTruthy();
  });
});
