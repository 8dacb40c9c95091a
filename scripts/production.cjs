/**
 * Production output for the practice's own host: `npm run build -- --url https://addin.praktijk.nl`.
 *
 * scripts/build.cjs runs webpack and then calls finishProductionBuild(), which
 *   - rewrites every development URL in manifest.xml to the production base URL and sets the version
 *     from package.json (the admin center only accepts an update with a higher version),
 *   - writes the unified manifest for Microsoft 365 (manifest.json) and its app package (.zip),
 *     validated offline against the schema office-addin-manifest ships,
 *   - writes /.well-known/microsoft-officeaddins-allowed.json, which classic Outlook on Windows needs
 *     before the JavaScript-only runtime may make CORS requests (the policy's audit endpoint),
 *   - refuses the result when "localhost" (or another loopback address) is left anywhere in dist/.
 *
 * `node scripts/production.cjs --url URL [--dist dist]` does the same on an existing dist/.
 */
const fs = require("node:fs");
const path = require("node:path");
const { unifiedManifestFromXml, semver } = require("./manifest-json.cjs");

const ROOT = path.resolve(__dirname, "..");
/** The origin `npm start` serves on; every occurrence in the manifest is replaced. */
const DEV_ORIGIN = "https://localhost:3000";
const APP_PACKAGE = "zorgvuldig-m365-app.zip";
const WELL_KNOWN = path.join(".well-known", "microsoft-officeaddins-allowed.json");
/** The file classic Outlook on Windows loads for the Smart Alerts handlers (manifest: Runtime Override). */
const EVENT_SCRIPT = "launchevent.js";
const LOOPBACK = /localhost|127\.0\.0\.1|\[::1\]/i;

class ProductionBuildError extends Error {
  constructor(message) {
    super(message);
    this.name = "ProductionBuildError";
  }
}

/**
 * The production base URL: https, a real host name, no query or fragment, no trailing slash.
 * A path is allowed (https://www.praktijk.nl/zorgvuldig) but the well-known file must then be copied to
 * the origin's root by hand; `warnings` says so.
 * @param {string} input
 * @returns {{ baseUrl: string, origin: string, host: string, warnings: string[] }}
 */
function parseBaseUrl(input) {
  let url;
  try {
    url = new URL(String(input || ""));
  } catch {
    throw new ProductionBuildError(
      `--url must be a full URL such as https://addin.praktijk.nl, not "${input}"`
    );
  }
  if (url.protocol !== "https:")
    throw new ProductionBuildError(
      "--url must start with https:// (Office loads add-ins only over HTTPS)"
    );
  if (LOOPBACK.test(url.hostname) || !url.hostname.includes("."))
    throw new ProductionBuildError(
      `--url must be the public host name of the add-in, not "${url.hostname}"`
    );
  if (url.search || url.hash || url.username || url.password)
    throw new ProductionBuildError("--url may not contain a query, fragment or credentials");
  const pathname = url.pathname.replace(/\/+$/, "");
  const warnings = pathname
    ? [
        `the add-in lives under ${pathname}: also publish ${url.origin}/${WELL_KNOWN.replace(/\\/g, "/")} at the origin's root`,
      ]
    : [];
  return { baseUrl: url.origin + pathname, origin: url.origin, host: url.host, warnings };
}

/** package.json "0.3.1" -> manifest.xml "0.3.1.0". */
function xmlVersion(packageVersion) {
  return `${semver(packageVersion)}.0`;
}

/**
 * manifest.xml for production: development comments dropped, the app domain set to the origin, every
 * development URL moved to the base URL, the version set.
 * @param {string} xml
 * @param {{ baseUrl: string, origin: string, version: string, serviceAuth?: { clientId: string, scope: string } }} target
 */
function productionManifestXml(xml, { baseUrl, origin, version, serviceAuth }) {
  let out = xml
    .replace(/<!--[\s\S]*?-->\s*/g, (comment) => (LOOPBACK.test(comment) ? "" : comment))
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_ORIGIN)
    .join(baseUrl);
  if (!/<Version>[^<]*<\/Version>/.test(out))
    throw new ProductionBuildError("manifest.xml has no <Version>");
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${xmlVersion(version)}</Version>`);
  if (serviceAuth) out = withWebApplicationInfo(out, serviceAuth, origin);
  const left = out.split("\n").findIndex((line) => LOOPBACK.test(line));
  if (left >= 0)
    throw new ProductionBuildError(
      `manifest.xml line ${left + 1} still points at a development address`
    );
  return out;
}

/**
 * Office SSO (Office.auth.getAccessToken, and OfficeRuntime.auth in the event runtime) gives a token only
 * when the manifest names the add-in's Entra app: <WebApplicationInfo> in the Mail 1.1 VersionOverrides,
 * after Resources and before ExtendedPermissions (MS-OWEMXML VersionOverridesV1_1 sequence). Its values
 * come from the policy's serviceAuth: the app (client) id, and the Application ID URI, which is the
 * scope without its permission ("api://host/<id>/access_as_user" -> "api://host/<id>") and must be on
 * the add-in's own host.
 */
function withWebApplicationInfo(xml, { clientId, scope }, origin) {
  const resource = scope.replace(/\/[^/]+$/, "");
  const host = new URL(origin).host;
  if (!resource.startsWith(`api://${host}/`))
    throw new ProductionBuildError(
      `serviceAuth.scope ${scope} is not on the add-in's host ${host} (Office SSO needs api://${host}/<client id>)`
    );
  const element =
    `<WebApplicationInfo>\n        <Id>${clientId}</Id>\n        <Resource>${resource}</Resource>\n` +
    `        <Scopes>\n          <Scope>openid</Scope>\n          <Scope>profile</Scope>\n        </Scopes>\n      </WebApplicationInfo>\n      `;
  const v11 = xml.indexOf('xsi:type="VersionOverridesV1_1"');
  if (v11 < 0) throw new ProductionBuildError("manifest.xml has no Mail 1.1 VersionOverrides");
  const extended = xml.indexOf("<ExtendedPermissions>", v11);
  const close = xml.indexOf("</VersionOverrides>", v11);
  const at = extended >= 0 && extended < close ? extended : close;
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The well-known file: the scripts of this origin allowed to make CORS / SSO requests from the event runtime. */
function wellKnownAllowed(baseUrl) {
  return { allowed: [`${baseUrl}/${EVENT_SCRIPT}`] };
}

/** Every file under dir (relative paths, "/" separated), sorted. */
function listFiles(dir) {
  const out = [];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk("");
  return out.sort();
}

/**
 * Files under dir that mention a loopback address. Binary files are searched as latin1 text too: a URL
 * inside a zip entry or a font would still be a URL.
 * @returns {{ file: string, count: number }[]}
 */
function findLoopbackReferences(dir) {
  const global = new RegExp(LOOPBACK.source, "gi");
  return listFiles(dir)
    .map((file) => ({
      file,
      count: (fs.readFileSync(path.join(dir, file), "latin1").match(global) || []).length,
    }))
    .filter((r) => r.count > 0);
}

// --- icons for the app package: colour 192 px, outline 32 px (white on transparent) ---------------------
const { iconPng } = require("./icons.cjs");

/**
 * Validates a unified manifest with office-addin-manifest, offline: it reads the schema that
 * @microsoft/app-manifest ships for the manifest's $schema URL. Runs in a child node process with fetch
 * disabled, so a schema that is not shipped fails loudly instead of being downloaded, and because
 * @microsoft/app-manifest loads ES-module dependencies that only plain node (not jest, not tsx's CJS hook)
 * can require.
 * @returns {Promise<string[]>} the errors; empty when valid
 */
async function validateUnifiedManifest(file) {
  const { execFile } = require("node:child_process");
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(__dirname, "production.cjs"), "--validate", path.resolve(file)],
      { cwd: ROOT },
      (err, stdout, stderr) => {
        if (err && err.code !== 2)
          return reject(
            new ProductionBuildError(`manifest validation failed to run: ${stderr || err.message}`)
          );
        resolve(stdout.split("\n").filter(Boolean));
      }
    );
  });
}

/** Child-process side of validateUnifiedManifest: errors one per line on stdout, exit 2 when invalid. */
async function validateInThisProcess(file) {
  globalThis.fetch = () => {
    throw new Error("network access is disabled during manifest validation");
  };
  const { validateManifest } = require("office-addin-manifest");
  let errors;
  try {
    const result = await validateManifest(file);
    if (result.isValid) return;
    errors = ((result.report && result.report.errors) || []).map((e) =>
      String(e.content || e.title).replace(/\s+/g, " ")
    );
  } catch (e) {
    // The typed reader rejects some invalid values (an unknown enum) before the schema check runs.
    errors = [
      String(e && e.message ? e.message : e)
        .replace(/\s+/g, " ")
        .slice(0, 400),
    ];
  }
  process.stdout.write((errors.length ? errors : ["invalid"]).join("\n") + "\n");
  process.exitCode = 2;
}

/**
 * manifest.json + icons in `dir`, and the app package (zip of the three) that the admin center accepts
 * for a unified manifest. Zipped with fflate: office-addin-manifest's exporter needs the same ES-module
 * loading as above for no gain.
 * @returns {Promise<{ manifest: object, packagePath: string }>}
 */
async function writeUnifiedManifest(xml, dir, packagePath) {
  const { zipSync } = require("fflate");
  const manifest = await unifiedManifestFromXml(xml);
  fs.mkdirSync(dir, { recursive: true });
  const manifestPath = path.join(dir, "manifest.json");
  const files = {
    "manifest.json": Buffer.from(JSON.stringify(manifest, null, 2) + "\n"),
    [manifest.icons.color]: iconPng(192, "solid"),
    [manifest.icons.outline]: iconPng(32, "outline"),
  };
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data);
  const errors = await validateUnifiedManifest(manifestPath);
  if (errors.length)
    throw new ProductionBuildError(`manifest.json is not valid:\n  ${errors.join("\n  ")}`);
  fs.mkdirSync(path.dirname(packagePath), { recursive: true });
  fs.writeFileSync(
    packagePath,
    zipSync(files, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") })
  );
  return { manifest, packagePath };
}

function readPackageVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
}

/**
 * Turns a built dist/ into the production output for `url`. Throws ProductionBuildError when the
 * result is not fit to upload; nothing half-done is reported as success.
 * @param {{ distDir: string, url: string, manifestXmlPath?: string, version?: string, log?: (line: string) => void }} options
 */
async function finishProductionBuild(options) {
  const distDir = path.resolve(options.distDir);
  const log = options.log || ((line) => console.log(line));
  const target = parseBaseUrl(options.url);
  const version = options.version || readPackageVersion();
  const sourceXml = fs.readFileSync(
    options.manifestXmlPath || path.join(ROOT, "manifest.xml"),
    "utf8"
  );
  if (!fs.existsSync(path.join(distDir, EVENT_SCRIPT)))
    throw new ProductionBuildError(
      `${path.join(distDir, EVENT_SCRIPT)} is missing: build before finishing`
    );

  const xml = productionManifestXml(sourceXml, {
    ...target,
    version,
    serviceAuth: options.serviceAuth,
  });
  const manifestXml = path.join(distDir, "manifest.xml");
  fs.writeFileSync(manifestXml, xml);
  // the same offline checks as `npm run validate` (scripts/validate-manifest.cjs), on the production copy
  const { errors: xmlErrors } =
    await require("./validate-manifest.cjs").validateManifest(manifestXml);
  if (xmlErrors.length)
    throw new ProductionBuildError(`manifest.xml is not valid:\n  ${xmlErrors.join("\n  ")}`);

  const wellKnownPath = path.join(distDir, WELL_KNOWN);
  fs.mkdirSync(path.dirname(wellKnownPath), { recursive: true });
  fs.writeFileSync(wellKnownPath, JSON.stringify(wellKnownAllowed(target.baseUrl), null, 2) + "\n");

  const { packagePath } = await writeUnifiedManifest(
    xml,
    path.join(distDir, "m365"),
    path.join(distDir, APP_PACKAGE)
  );

  const leftovers = findLoopbackReferences(distDir);
  if (leftovers.length)
    throw new ProductionBuildError(
      `development addresses left in the production output:\n  ${leftovers.map((r) => `${r.file} (${r.count}×)`).join("\n  ")}`
    );

  for (const w of target.warnings) log(`warning: ${w}`);
  log(`production build for ${target.baseUrl}, version ${xmlVersion(version)}`);
  log(`  upload in the Microsoft 365 admin center: ${path.join(distDir, "manifest.xml")}`);
  log(`  unified manifest (app package):           ${packagePath}`);
  log(`  publish all of ${distDir} at ${target.baseUrl}/`);
  return {
    baseUrl: target.baseUrl,
    version: xmlVersion(version),
    manifestXml: path.join(distDir, "manifest.xml"),
    packagePath,
  };
}

if (require.main === module) {
  const { parseArgs } = require("node:util");
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      dist: { type: "string", default: "dist" },
      validate: { type: "string" },
    },
  });
  const job = values.validate
    ? validateInThisProcess(values.validate)
    : finishProductionBuild({ distDir: values.dist, url: values.url });
  job.catch((e) => {
    console.error(e instanceof ProductionBuildError ? `error: ${e.message}` : e);
    process.exitCode = 1;
  });
}

module.exports = {
  withWebApplicationInfo,
  DEV_ORIGIN,
  APP_PACKAGE,
  WELL_KNOWN,
  ProductionBuildError,
  parseBaseUrl,
  xmlVersion,
  productionManifestXml,
  wellKnownAllowed,
  findLoopbackReferences,
  listFiles,
  validateUnifiedManifest,
  writeUnifiedManifest,
  finishProductionBuild,
  iconPng,
};
