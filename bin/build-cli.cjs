/**
 * Compiles the CLI (src/cli/entry.ts and everything it imports) into one JavaScript file,
 * dist-cli/zorgvuldig.cjs, so `zorgvuldig` starts without a TypeScript compiler. Run by `npm install`
 * (the `prepare` script) and by bin/zorgvuldig.cjs when a source is newer than the bundle.
 *
 * Packages that only some commands need stay outside the bundle and are loaded from node_modules when
 * used: the manifest tools (`zorgvuldig manifest`) and the PDF reader (a PDF attachment).
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "dist-cli");
const OUT = path.join(OUT_DIR, "zorgvuldig.cjs");
/** What the bundle is made of: a newer file here means a rebuild. */
const SOURCES = ["src", "scripts/production.cjs", "scripts/manifest-json.cjs", "package-lock.json"];
// The service's database and login packages load their own files (wasm, native bindings) from node_modules.
const EXTERNAL = [
  "unpdf",
  "office-addin-manifest",
  "@microsoft/app-manifest",
  "xml2js",
  "@electric-sql/pglite",
  "pg",
  "oidc-provider",
  "openid-client",
];

function newestMtime(full) {
  let st;
  try {
    st = fs.statSync(full);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(full, e)));
  return newest;
}

/** True when the bundle is missing or older than a source (a git pull, an edit). */
function isStale() {
  let built;
  try {
    built = fs.statSync(OUT).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

/** Builds synchronously; writes to a temporary file first, so parallel starts never see half a file. */
function buildCli() {
  const esbuild = require("esbuild");
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${OUT}.${process.pid}.tmp`;
  esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, "src/cli/entry.ts")],
    outfile: tmp,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: EXTERNAL,
    legalComments: "none",
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  fs.renameSync(tmp, OUT);
  return OUT;
}

module.exports = { buildCli, isStale, OUT };

if (require.main === module) {
  const t0 = Date.now();
  buildCli();
  console.log(`built ${path.relative(ROOT, OUT)} in ${Date.now() - t0} ms`);
}
