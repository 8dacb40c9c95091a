#!/usr/bin/env node
/**
 * `npm start` — build (development), serve dist/ on https://localhost:3000 with the Office add-in dev
 * certificates, rebuild on change, and print how to sideload manifest.xml into Outlook.
 *
 *   npm start [-- --policy FILE] [-- --port 3000]
 *
 * Certificates: office-addin-dev-certs installs its developer CA into the system trust store. Where
 * that is impossible (no sudo, a container, a headless Linux box) the same certificate files are
 * generated without installing, and we say so: then trust ~/.office-addin-dev-certs/ca.crt by hand.
 */
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const devCerts = require("office-addin-dev-certs");

const ROOT = path.resolve(__dirname, "..");

function args() {
  const argv = process.argv.slice(2);
  const o = { port: 3000, policy: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") o.port = Number(argv[++i]);
    else if (argv[i] === "--policy") o.policy = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return o;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise(
      (_, reject) =>
        (timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms))
    ),
  ]).finally(() => clearTimeout(timer));
}

async function certificates() {
  try {
    const options = await withTimeout(
      devCerts.getHttpsServerOptions(),
      60000,
      "installing the dev CA"
    );
    return { options, note: "Office dev CA installed in the system trust store." };
  } catch (e) {
    const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
    const ca = path.join(dir, "ca.crt");
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    if (!fs.existsSync(cert) || !fs.existsSync(key) || !fs.existsSync(ca)) {
      fs.mkdirSync(dir, { recursive: true });
      await devCerts.generateCertificates(ca, cert, key);
    }
    return {
      options: { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) },
      note:
        `NOTE: the Office dev CA could not be installed in the system trust store (${e.message.split("\n")[0]}).\n` +
        `      Serving with the generated certificate files anyway. Trust ${ca} in the browser/OS that runs Outlook,\n` +
        `      e.g. on Debian/Ubuntu: sudo cp ${ca} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
    };
  }
}

function sideloadHelp(port) {
  const manifest = path.join(ROOT, "manifest.xml");
  return [
    "",
    `Zorgvuldig is served on https://localhost:${port} (taskpane.html, commands.html, launchevent.js).`,
    "",
    "Sideload the add-in (manifest: " + manifest + "):",
    "  Outlook on the web / new Outlook for Windows:",
    "    open https://aka.ms/olksideload  ->  My add-ins  ->  Custom Add-ins  ->  Add a custom add-in  ->  Add from File...",
    "    and choose manifest.xml.",
    "  Classic Outlook on Windows / Outlook for Mac:",
    "    Home  ->  Get Add-ins (or File -> Manage Add-ins)  ->  My add-ins  ->  Add a custom add-in  ->  Add from File...",
    "    (on Windows also: npx office-addin-debugging start manifest.xml desktop --app outlook)",
    "  Then compose a mail: the 'Controleer mail' button opens the task pane; Send runs the guard.",
    "  First open https://localhost:" +
      port +
      "/taskpane.html once in the browser to check that the certificate is trusted.",
    "",
    "Stop with Ctrl+C.",
  ].join("\n");
}

async function main() {
  const o = args();
  // the simulator lets a trainer pick a policy file; the add-in reads it through its policy cache
  const env = {
    origin: `https://localhost:${o.port}`,
    policyUrl: `https://localhost:${o.port}/policy.json`,
  };
  if (o.policy)
    env.policyJson = JSON.stringify(JSON.parse(fs.readFileSync(path.resolve(o.policy), "utf8")));
  const compiler = webpack(
    require(path.join(ROOT, "webpack.config.js"))(env, { mode: "development" })
  );
  const { options, note } = await certificates();
  const server = new WebpackDevServer(
    {
      port: o.port,
      host: "localhost",
      server: { type: "https", options },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.join(ROOT, "dist"), watch: false },
      // no client injected: launchevent.js must stay one plain file without DOM or sockets
      client: false,
      hot: false,
      liveReload: false,
      devMiddleware: { writeToDisk: true },
    },
    compiler
  );
  // Hook (admin/deployment engineer): serve the compose simulator at /simulator.html (scripts/simulator.cjs).
  await require("./simulator.cjs").buildSimulator(path.join(ROOT, "dist"), {
    policyUrl: env.policyUrl,
  });
  await server.start();
  console.log(note);
  console.log(sideloadHelp(o.port));
}

main().catch((e) => {
  console.error(`start: ${e.message}`);
  process.exit(1);
});
