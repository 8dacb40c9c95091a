import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import * as fsSync from "fs";
import type * as Production from "../../scripts/production.cjs";
import type { Io } from "./main";

export const MANIFEST_USAGE = `  zorgvuldig manifest --url URL --out FILE [--manifest manifest.xml]`;

/** The project folder: this file runs from src/cli (tests) or bundled from dist-cli. */
function findRoot(): string {
  let dir = __dirname;
  while (!fsSync.existsSync(path.join(dir, "manifest.xml")) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

const ROOT = findRoot();
// Loaded from the project at run time, not bundled: it pulls in the (large) manifest validators.
const production = require(path.join(ROOT, "scripts", "production.cjs")) as typeof Production;
const {
  parseBaseUrl,
  productionManifestXml,
  ProductionBuildError,
  writeUnifiedManifest,
  xmlVersion,
} = production;

async function packageVersion(): Promise<string> {
  return (
    JSON.parse(await fs.readFile(path.join(ROOT, "package.json"), "utf8")) as { version: string }
  ).version;
}

/** `zorgvuldig manifest`: write the production manifest for one host without building the add-in. */
export async function manifestCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      url: { type: "string" },
      out: { type: "string" },
      manifest: { type: "string", default: path.join(ROOT, "manifest.xml") },
    },
  });
  if (!values.url || !values.out) {
    io.err(`manifest: give --url and --out\n\n${MANIFEST_USAGE}`);
    return 1;
  }
  const kind = path.extname(values.out).toLowerCase();
  if (![".xml", ".json", ".zip"].includes(kind)) {
    io.err("manifest: --out must end in .xml, .json or .zip");
    return 1;
  }
  try {
    const target = parseBaseUrl(values.url);
    const version = await packageVersion();
    const xml = productionManifestXml(await fs.readFile(values.manifest, "utf8"), {
      ...target,
      version,
    });
    if (kind === ".xml") {
      await fs.writeFile(values.out, xml);
    } else {
      // The unified manifest needs its icons beside it; build in a scratch folder, keep what was asked for.
      const scratch = await fs.mkdtemp(path.join(os.tmpdir(), "zorgvuldig-manifest-"));
      try {
        const zip = path.join(scratch, "app.zip");
        await writeUnifiedManifest(xml, scratch, zip);
        await fs.copyFile(kind === ".zip" ? zip : path.join(scratch, "manifest.json"), values.out);
      } finally {
        await fs.rm(scratch, { recursive: true, force: true });
      }
    }
    for (const w of target.warnings) io.err(`warning: ${w}`);
    io.out(`${values.out}: manifest for ${target.baseUrl}, version ${xmlVersion(version)}`);
    return 0;
  } catch (e) {
    if (e instanceof ProductionBuildError) {
      io.err(`manifest: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
