/**
 * Compiles the CLI (src/cli/entry.ts and everything it imports) into JavaScript in dist-cli/, so
 * `zorgvuldig` starts without a TypeScript compiler. Run by `npm install` (the `prepare` script) and by
 * bin/zorgvuldig.cjs when a source is newer than the build.
 *
 * ES modules with code splitting, not one CommonJS file: each command's code (the engine for `scan`, the
 * service for `serve`, the .msg reader, zod for `policy schema`) is a chunk loaded when used, so
 * `zorgvuldig --help` reads and compiles some 60 KB instead of 2.6 MB (about 120 ms of a 250 ms start).
 * Chunk names carry their content hash and the entry is written last through a rename, so a process that
 * starts while another rebuilds never loads a half-written or mismatched chunk.
 *
 * Packages that only some commands need stay outside the bundle and are loaded from node_modules when
 * used: the manifest tools (`zorgvuldig manifest`) and the PDF reader (a PDF attachment).
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "dist-cli");
const OUT = path.join(OUT_DIR, "zorgvuldig.mjs");
/** What the build is made of: a newer file here means a rebuild. */
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
// CommonJS names the bundled sources and packages use (require of a computed path, __dirname, the
// worker's own file), given to every ES module chunk.
const BANNER = [
  'import { createRequire as __zvCreateRequire } from "node:module";',
  'import { fileURLToPath as __zvFileURLToPath } from "node:url";',
  'import { dirname as __zvDirname } from "node:path";',
  "const require = __zvCreateRequire(import.meta.url);",
  "const __filename = __zvFileURLToPath(import.meta.url);",
  "const __dirname = __zvDirname(__filename);",
].join("\n");

/** postal-mime's body decoders get src/cli/concatBlob.ts as their `Blob` (see there why). */
const CONCAT_BLOB = path.join(ROOT, "src/cli/concatBlob.ts");
const postalMimeBlob = {
  name: "postal-mime-blob",
  setup(build) {
    build.onLoad({ filter: /postal-mime[\\/]dist[\\/]esm[\\/][a-z0-9-]+-decoder\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, "utf8");
      if (!/new Blob\(/.test(source)) return undefined;
      return {
        contents: `import { ConcatBlob as Blob } from ${JSON.stringify(CONCAT_BLOB)};\n${source}`,
        loader: "js",
      };
    });
  },
};

/**
 * `zorgvuldig serve` is built on its own (dist-cli/serve.mjs): its classic zod would otherwise share a
 * chunk with the engine's zod/mini, and every `scan` would compile some 600 KB of schema code it never uses.
 */
const SERVE = path.join(ROOT, "src/server/main.ts");
const serveApart = {
  name: "serve-apart",
  setup(build) {
    build.onResolve({ filter: /[\\/]server[\\/]main$/ }, (args) =>
      path.resolve(args.resolveDir, `${args.path}.ts`) === SERVE
        ? { path: "./serve.mjs", external: true }
        : undefined
    );
  },
};

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

/** True when the build is missing or older than a source (a git pull, an edit). */
function isStale() {
  let built;
  try {
    built = fs.statSync(OUT).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

/** Builds: chunks first (content-named), then the entry through a temporary file. */
async function buildCli() {
  const esbuild = require("esbuild");
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const common = {
    absWorkingDir: ROOT,
    outdir: OUT_DIR,
    outExtension: { ".js": ".mjs" },
    chunkNames: "[name]-[hash]",
    entryNames: "[name]-[hash]",
    write: false,
    bundle: true,
    splitting: true,
    platform: "node",
    target: "node20",
    format: "esm",
    external: EXTERNAL,
    banner: { js: BANNER },
    legalComments: "none",
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
  };
  const [cliBuild, serveBuild] = await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { zorgvuldig: path.join(ROOT, "src/cli/entry.ts") },
      entryNames: "[name]",
      plugins: [postalMimeBlob, serveApart],
    }),
    esbuild.build({ ...common, entryPoints: { serve: SERVE }, entryNames: "[name]" }),
  ]);
  const written = new Set();
  let entry;
  for (const file of [...serveBuild.outputFiles, ...cliBuild.outputFiles]) {
    written.add(path.basename(file.path));
    if (file.path === OUT) entry = file;
    // content-named chunks never change; serve.mjs (an entry) is replaced whole
    else if (path.basename(file.path) === "serve.mjs" || !fs.existsSync(file.path)) {
      const tmp = `${file.path}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, file.contents);
      fs.renameSync(tmp, file.path);
    }
  }
  const tmp = `${OUT}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, entry.contents);
  fs.renameSync(tmp, OUT);
  // Chunks of earlier builds: removed once no process started from them can still be loading them.
  const hour = Date.now() - 3600_000;
  for (const name of fs.readdirSync(OUT_DIR)) {
    const full = path.join(OUT_DIR, name);
    if (written.has(name) || !/^([\w.-]+-[A-Z0-9]{8}\.mjs|zorgvuldig\.cjs)$/.test(name)) continue;
    try {
      if (name === "zorgvuldig.cjs" || fs.statSync(full).mtimeMs < hour) fs.rmSync(full);
    } catch {
      // another build removed it first
    }
  }
  return OUT;
}

module.exports = { buildCli, isStale, OUT };

if (require.main === module) {
  const t0 = Date.now();
  buildCli().then(
    () => console.log(`built ${path.relative(ROOT, OUT)} in ${Date.now() - t0} ms`),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    }
  );
}
