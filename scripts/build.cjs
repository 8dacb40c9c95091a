#!/usr/bin/env node
/**
 * `npm run build` — production build into dist/ (taskpane.html, commands.html, launchevent.js, assets,
 * manifest.xml pointing at --url).
 *
 *   npm run build -- [--policy FILE] [--url https://host/path] [--policy-url /policy.json] [--dev] [--only launchevent]
 *
 * --policy FILE      practice policy (JSON) built into the send-time bundle; validated first
 * --url URL          where dist/ will be served (default https://localhost:3000); used in dist/manifest.xml
 * --policy-url PATH  refresh the policy from this path on the add-in's own origin (cached in OfficeRuntime.storage)
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

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const origin = opts.url || "https://localhost:3000";
  const env = {
    only: opts.only,
    origin,
    outDir: opts.outDir,
    policyJson: opts.policy ? loadPolicy(path.resolve(opts.policy)) : "",
    policyUrl: resolvePolicyUrl(opts.policyUrl, origin),
  };
  const config = require(path.join(ROOT, "webpack.config.js"))(env, { mode: opts.mode });
  const t0 = Date.now();
  await run(config);
  // Hook (admin/deployment engineer): the compose simulator beside the add-in, and for --url the
  // production output (manifests for that host, well-known file, no-localhost check): scripts/simulator.cjs,
  // scripts/production.cjs.
  await require("./simulator.cjs").buildSimulator(opts.outDir);
  if (opts.url)
    await require("./production.cjs").finishProductionBuild({
      distDir: opts.outDir,
      url: opts.url,
    });
  const bundle = path.join(opts.outDir, "launchevent.js");
  if (fs.existsSync(bundle)) {
    const bytes = fs.readFileSync(bundle);
    console.log(
      `build (${opts.mode}) done in ${((Date.now() - t0) / 1000).toFixed(1)} s: launchevent.js ${(bytes.length / 1024).toFixed(0)} KB, ` +
        `${(zlib.gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped${opts.policy ? `, policy ${opts.policy} built in` : ""}`
    );
  }
}

main().catch((e) => fail(e.message || String(e)));
