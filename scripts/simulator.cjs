/**
 * Builds the compose simulator (src/simulator) into the output folder next to the built add-in:
 * simulator.html + simulator.js. It loads the add-in's own launchevent.js and taskpane.html from the same
 * folder, so it always shows the build it sits in. `npm start` serves it at /simulator.html.
 *
 *   node scripts/simulator.cjs [--out dist]
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");

/**
 * @param {string} outDir
 * @param {{ policyUrl?: string }} [options] the add-in's policy URL, so the simulator can fill its policy cache
 */
async function buildSimulator(outDir, options = {}) {
  const esbuild = require("esbuild");
  fs.mkdirSync(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, "src", "simulator", "main.ts")],
    outfile: path.join(outDir, "simulator.js"),
    bundle: true,
    format: "iife",
    target: "es2019",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    define: { __ZV_POLICY_URL__: JSON.stringify(options.policyUrl || "") },
  });
  fs.copyFileSync(
    path.join(ROOT, "src", "simulator", "simulator.html"),
    path.join(outDir, "simulator.html")
  );
  return path.join(outDir, "simulator.html");
}

if (require.main === module) {
  const { parseArgs } = require("node:util");
  const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
  buildSimulator(path.resolve(values.out)).then(
    (file) => console.log(`simulator: ${file}`),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    }
  );
}

module.exports = { buildSimulator };
