#!/usr/bin/env node
/**
 * `npm run build` — production build into dist/ (taskpane.html, commands.html, launchevent.js, assets,
 * manifest.xml pointing at --url).
 *
 *   npm run build -- --url https://host/path [--policy FILE] [--policy-url /policy.json] [--dev] [--only launchevent]
 *
 * --url URL          where dist/ will be served; used in dist/manifest.xml. Without it the build is a
 *                    development build for https://localhost:3000, and the build says so loudly.
 * --policy FILE      practice policy (JSON) built into the send-time bundle; validated first
 * --policy-url PATH  refresh the policy from this path on the add-in's own origin (cached in OfficeRuntime.storage)
 * --simulator        also write the compose simulator (simulator.html); for training, never for production
 * --dev              development mode (source maps, no minifying; the simulator is included)
 *
 * The output folder is emptied first (a full build), so nothing of an earlier build (another --url's
 * manifests, .well-known) survives. A production build carries neither the simulator nor source maps.
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..");

function parseArgs(argv) {
  const opts = {
    mode: "production",
    only: undefined,
    policy: undefined,
    url: undefined,
    policyUrl: undefined,
    outDir: path.join(ROOT, "dist"),
    simulator: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) fail(`${a} needs a value`);
      return v;
    };
    if (a === "--policy") opts.policy = value();
    else if (a === "--url") opts.url = value();
    else if (a === "--policy-url") opts.policyUrl = value();
    else if (a === "--only") opts.only = value();
    else if (a === "--out") opts.outDir = path.resolve(value());
    else if (a === "--dev") opts.mode = "development";
    else if (a === "--simulator") opts.simulator = true;
    else fail(`unknown option ${a}`);
  }
  return opts;
}

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

/** Validates the policy with the engine's own schema (src/engine/policy.ts, loaded through tsx). */
function loadPolicy(file) {
  let raw;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    fail(`cannot read policy ${file}: ${e.message}`);
  }
  const { require: tsxRequire } = require("tsx/cjs/api");
  const { parsePolicy } = tsxRequire("../src/engine/policy.ts", path.join(__dirname, "build.cjs"));
  try {
    parsePolicy(raw);
  } catch (e) {
    fail(`policy ${file} is not valid: ${e.message}`);
  }
  return JSON.stringify(raw);
}

/** The refresh URL must be on the add-in's own origin. */
function resolvePolicyUrl(policyUrl, origin) {
  if (!policyUrl) return "";
  const base = new URL(origin.endsWith("/") ? origin : origin + "/");
  const u = new URL(policyUrl, base);
  if (u.origin !== base.origin) fail(`--policy-url must be on the add-in's origin ${base.origin}`);
  return u.href;
}

function run(config) {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors())
        return reject(new Error(stats.toString({ all: false, errors: true, colors: false })));
      if (stats.hasWarnings())
        console.warn(stats.toString({ all: false, warnings: true, colors: false }));
      resolve(stats);
    });
  });
}

/** Empties the output folder, refusing folders that are clearly not a build output. */
function cleanOutDir(dir) {
  const resolved = path.resolve(dir);
  if (
    resolved === path.parse(resolved).root ||
    resolved === ROOT ||
    resolved === require("node:os").homedir() ||
    fs.existsSync(path.join(resolved, "package.json"))
  )
    fail(`refusing to empty ${resolved}: give an output folder of its own (--out)`);
  fs.rmSync(resolved, { recursive: true, force: true });
}

/** A production dist/ must not carry what only developers need. */
function checkProductionOutput(dir) {
  const leftovers = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.map$|^simulator\./.test(e.name)) leftovers.push(path.relative(dir, full));
    }
  };
  walk(dir);
  if (leftovers.length)
    fail(`production output carries development files: ${leftovers.join(", ")}`);
}

const DEV_BANNER = [
  "",
  "************************************************************************************",
  "*  DEVELOPMENT BUILD: no --url given, so the manifest points at https://localhost:3000.",
  "*  Not for the practice's users. For production: npm run build -- --url https://your.host",
  "************************************************************************************",
  "",
].join("\n");

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const origin = opts.url || "https://localhost:3000";
  const production = opts.mode === "production" && Boolean(opts.url);
  if (!opts.url) console.warn(DEV_BANNER);
  // A partial build (--only) adds to a folder; a full build starts from an empty one.
  if (!opts.only) cleanOutDir(opts.outDir);
  const env = {
    only: opts.only,
    origin,
    outDir: opts.outDir,
    policyJson: opts.policy ? loadPolicy(path.resolve(opts.policy)) : "",
    // A training build (simulator) reads the policy a trainer picks through the policy cache, which
    // needs a policy URL; /policy.json on the add-in's origin, as a practice would publish it.
    policyUrl: resolvePolicyUrl(
      opts.policyUrl || (opts.simulator || opts.mode === "development" ? "/policy.json" : ""),
      origin
    ),
  };
  const config = require(path.join(ROOT, "webpack.config.js"))(env, { mode: opts.mode });
  const t0 = Date.now();
  await run(config);
  // Hook (admin/deployment engineer): the compose simulator beside the add-in, and for --url the
  // production output (manifests for that host, well-known file, no-localhost check): scripts/simulator.cjs,
  // scripts/production.cjs.
  if (opts.simulator || opts.mode === "development")
    await require("./simulator.cjs").buildSimulator(opts.outDir, { policyUrl: env.policyUrl });
  if (opts.url)
    await require("./production.cjs").finishProductionBuild({
      distDir: opts.outDir,
      url: opts.url,
      // the built-in policy's Entra app, for the manifest's <WebApplicationInfo> (Office SSO)
      serviceAuth: env.policyJson ? JSON.parse(env.policyJson).serviceAuth : undefined,
    });
  if (production) checkProductionOutput(opts.outDir);
  const bundle = path.join(opts.outDir, "launchevent.js");
  if (fs.existsSync(bundle)) {
    const bytes = fs.readFileSync(bundle);
    console.log(
      `build (${production ? "production" : "DEVELOPMENT"}) done in ${((Date.now() - t0) / 1000).toFixed(1)} s: launchevent.js ${(bytes.length / 1024).toFixed(0)} KB, ` +
        `${(zlib.gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped${opts.policy ? `, policy ${opts.policy} built in` : ""}`
    );
  }
}

main().catch((e) => fail(e.message || String(e)));
