#!/usr/bin/env node
/**
 * `npm run validate` — offline checks of manifest.xml (office-addin-manifest's validate posts the XML
 * to an online service that CI cannot reach).
 *
 * The official Office add-in manifest XSDs are not published on npm, so this validates:
 *  1. well-formedness, with libxml2 (xmllint-wasm);
 *  2. structure: the element order the XSDs prescribe for a MailApp (OfficeApp children; VersionOverrides
 *     1.0 > 1.1 children), required elements and attributes, enumerations (Permissions, LaunchEvent Type,
 *     SendMode, Override type) and string lengths (ShortString 125, LongString 250, resid 32);
 *  3. cross-references: every resid resolves to a resource of the right kind, control ids are unique,
 *     every URL is https, icons exist in assets/ with the size they claim, every string has nl-NL
 *     (default) and en-US text, the Mailbox requirement is at least 1.12;
 *  4. code: every LaunchEvent FunctionName is associated with Office.actions.associate in src/, and
 *     every commandId the code passes exists as a control id (also proven by test/unit/manifest.test.ts).
 * Exit code 1 when anything fails.
 */
const fs = require("node:fs");
const path = require("node:path");
const xml2js = require("xml2js");
const { validateXML } = require("xmllint-wasm");

const ROOT = path.resolve(__dirname, "..");
const DEV_ORIGIN = "https://localhost:3000";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  vo10: "http://schemas.microsoft.com/office/mailappversionoverrides",
  vo11: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
};

/** MailApp children in schema order (OfficeAppManifestV1_1.xsd, type MailApp). */
const MAILAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "Dictionary",
  "VersionOverrides",
];
const REQUIRED_MAILAPP = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "Hosts",
  "FormSettings",
  "Permissions",
  "Rule",
];
const VO11_ORDER = [
  "Description",
  "Requirements",
  "Hosts",
  "Resources",
  "WebApplicationInfo",
  "EquivalentAddins",
  "ConnectedServiceControls",
  "ExtendedPermissions",
];
const HOST_ORDER = ["Runtimes", "DesktopFormFactor", "MobileFormFactor"];
const PERMISSIONS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"];
const LAUNCH_EVENT_TYPES = [
  "OnNewMessageCompose",
  "OnNewAppointmentOrganizer",
  "OnMessageAttachmentsChanged",
  "OnAppointmentAttachmentsChanged",
  "OnMessageRecipientsChanged",
  "OnAppointmentAttendeesChanged",
  "OnAppointmentTimeChanged",
  "OnAppointmentRecurrenceChanged",
  "OnInfoBarDismissClicked",
  "OnMessageSend",
  "OnAppointmentSend",
  "OnMessageCompose",
  "OnAppointmentOrganizer",
  "OnSensitivityLabelChanged",
  "OnMessageFromChanged",
  "OnAppointmentFromChanged",
  "OnMessageReadWithCustomAttachment",
  "OnMessageReadWithCustomHeader",
];
const SEND_MODES = ["PromptUser", "SoftBlock", "Block"];
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;

/** Parses to nodes { name, ns, attrs, children, text } keeping child order and namespaces. */
async function parseManifest(xml) {
  const doc = await xml2js.parseStringPromise(xml, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    charsAsChildren: false,
    xmlns: true,
  });
  const convert = (n, nameHint) => {
    const attrs = {};
    for (const [k, v] of Object.entries(n.$ || {})) attrs[k] = v.value;
    return {
      name: n["#name"] ? n.$ns.local : nameHint,
      ns: n.$ns ? n.$ns.uri : "",
      attrs,
      text: typeof n._ === "string" ? n._.trim() : "",
      children: (n.$$ || []).map((c) => convert(c)),
    };
  };
  const rootName = Object.keys(doc)[0];
  return convert(doc[rootName], rootName);
}

function* walk(node) {
  yield node;
  for (const c of node.children) yield* walk(c);
}
const child = (n, name) => n && n.children.find((c) => c.name === name);
const children = (n, name) => (n ? n.children.filter((c) => c.name === name) : []);
const xsiType = (n) => n.attrs["xsi:type"] || "";

/** LaunchEvent FunctionNames declared in the manifest. */
function functionNames(root) {
  return [...walk(root)]
    .filter((n) => n.name === "LaunchEvent" && n.attrs.FunctionName)
    .map((n) => n.attrs.FunctionName);
}

/** Ids of all Control elements (what `commandId` may name). */
function controlIds(root) {
  return [...walk(root)].filter((n) => n.name === "Control").map((n) => n.attrs.id);
}

function checkOrder(node, order, where, errors) {
  let last = -1;
  for (const c of node.children) {
    const i = order.indexOf(c.name);
    if (i < 0) errors.push(`${where}: unexpected element <${c.name}>`);
    else if (i < last)
      errors.push(`${where}: <${c.name}> is out of order (schema order: ${order.join(", ")})`);
    else last = i;
  }
}

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString("ascii", 1, 4) !== "PNG") return null;
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** Names passed to Office.actions.associate and commandIds used in src/ (literal or via a named constant). */
function codeReferences(srcDir = path.join(ROOT, "src")) {
  const files = [];
  const visit = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (/\.(ts|tsx)$/.test(e.name)) files.push(p);
    }
  };
  visit(srcDir);
  const text = files.map((f) => fs.readFileSync(f, "utf8")).join("\n");
  const associated = new Set();
  // FUNCTION_NAMES table in the handler module, registered by name through associate()
  for (const m of text.matchAll(/(\w+):\s*"(on\w+Handler)"/g)) associated.add(m[2]);
  for (const m of text.matchAll(/associate\(\s*"([^"]+)"/g)) associated.add(m[1]);
  const usesAssociate = /\.associate\(/.test(text);
  const commandIds = new Set();
  for (const m of text.matchAll(/COMMAND_ID\s*=\s*"([^"]+)"/g)) commandIds.add(m[1]);
  for (const m of text.matchAll(/commandId:\s*"([^"]+)"/g)) commandIds.add(m[1]);
  return { associated: usesAssociate ? [...associated] : [], commandIds: [...commandIds] };
}

async function validateManifest(file) {
  const errors = [];
  const xml = fs.readFileSync(file, "utf8");
  const wf = await validateXML({
    xml: [{ fileName: path.basename(file), contents: xml }],
    normalization: "format",
  });
  if (!wf.valid) {
    for (const e of wf.errors)
      if (e.loc && e.loc.lineNumber)
        errors.push(`not well-formed: ${e.message} (line ${e.loc.lineNumber})`);
    return { errors, checks: 0 };
  }
  const root = await parseManifest(xml);
  let checks = 0;
  const check = (ok, message) => {
    checks++;
    if (!ok) errors.push(message);
  };

  check(
    root.name === "OfficeApp" && root.ns === NS.app,
    `root must be <OfficeApp xmlns="${NS.app}">`
  );
  check(xsiType(root) === "MailApp", 'OfficeApp xsi:type must be "MailApp"');
  checkOrder(root, MAILAPP_ORDER, "OfficeApp", errors);
  for (const r of REQUIRED_MAILAPP) check(!!child(root, r), `OfficeApp: <${r}> is required`);
  check(GUID.test((child(root, "Id") || {}).text || ""), "Id must be a GUID");
  check(VERSION.test((child(root, "Version") || {}).text || ""), "Version must look like 1.0.0.0");
  const defaultLocale = (child(root, "DefaultLocale") || {}).text;
  check(defaultLocale === "nl-NL", "DefaultLocale must be nl-NL (Dutch default, English override)");
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ]) {
    const n = child(root, name);
    if (!n) continue;
    check(
      !!n.attrs.DefaultValue && n.attrs.DefaultValue.length <= max,
      `${name} DefaultValue: 1..${max} characters`
    );
    const en = children(n, "Override").find((o) => o.attrs.Locale === "en-US");
    check(
      !!en && en.attrs.Value.length <= max,
      `${name}: an en-US Override of at most ${max} characters is required`
    );
  }
  check(
    PERMISSIONS.includes((child(root, "Permissions") || {}).text),
    `Permissions must be one of ${PERMISSIONS.join(", ")}`
  );
  // what this add-in calls (docs/office-apis.md): item.sendAsync needs read/write mailbox, the patient
  // notice needs the AppendOnSend extended permission
  check(
    (child(root, "Permissions") || {}).text === "ReadWriteMailbox",
    "Permissions must be ReadWriteMailbox: the task pane sends with item.sendAsync (docs/office-apis.md)"
  );
  const extended = (() => {
    const v10 = child(root, "VersionOverrides");
    const v11 = v10 && child(v10, "VersionOverrides");
    const ext = v11 && child(v11, "ExtendedPermissions");
    return ext ? children(ext, "ExtendedPermission").map((e) => e.text) : [];
  })();
  check(
    extended.includes("AppendOnSend"),
    "ExtendedPermissions must include AppendOnSend: the pane appends the patient notice on send"
  );
  const baseSet = children(child(child(root, "Requirements"), "Sets"), "Set").find(
    (s) => s.attrs.Name === "Mailbox"
  );
  check(!!baseSet, "Requirements: a Mailbox Set is required");

  const vo10 = child(root, "VersionOverrides");
  check(
    !!vo10 && vo10.ns === NS.vo10 && xsiType(vo10) === "VersionOverridesV1_0",
    "VersionOverrides (V1_0) is required"
  );
  const vo11 = vo10 && child(vo10, "VersionOverrides");
  check(
    !!vo11 && vo11.ns === NS.vo11 && xsiType(vo11) === "VersionOverridesV1_1",
    "VersionOverrides V1_1 inside V1_0 is required"
  );
  if (!vo11) return { errors, checks, root };
  checkOrder(vo11, VO11_ORDER, "VersionOverridesV1_1", errors);
  const sets = child(child(vo11, "Requirements"), "Sets");
  const minVersion =
    sets &&
    (sets.attrs.DefaultMinVersion ||
      (children(sets, "Set").find((s) => s.attrs.Name === "Mailbox") || { attrs: {} }).attrs
        .MinVersion);
  check(
    !!minVersion && Number(minVersion.split(".")[1]) >= 12 && minVersion.startsWith("1."),
    "VersionOverridesV1_1 must require Mailbox 1.12 or later"
  );

  // resources by kind
  const resources = child(vo11, "Resources");
  check(!!resources, "VersionOverridesV1_1: <Resources> is required");
  const kinds = { Images: "image", Urls: "url", ShortStrings: "short", LongStrings: "long" };
  const res = new Map();
  for (const group of resources ? resources.children : []) {
    const kind = kinds[group.name];
    check(!!kind, `Resources: unexpected <${group.name}>`);
    for (const r of group.children) {
      const id = r.attrs.id;
      check(!!id && id.length <= 32, `resource id "${id}" must be 1..32 characters`);
      check(!res.has(id), `resource id "${id}" is defined twice`);
      res.set(id, { kind, node: r });
      const value = r.attrs.DefaultValue || "";
      const max = kind === "short" ? 125 : kind === "long" ? 250 : 2048;
      check(
        value.length >= 1 && value.length <= max,
        `resource "${id}": DefaultValue must be 1..${max} characters`
      );
      if (kind === "short" || kind === "long")
        check(
          children(r, "Override").some((o) => o.attrs.Locale === "en-US"),
          `resource "${id}": en-US Override missing`
        );
      if (kind === "image" || kind === "url")
        check(/^https:\/\//.test(value), `resource "${id}": URL must be https`);
    }
  }
  const expectKind = {
    Image: "image",
    SourceLocation: "url",
    FunctionFile: "url",
    Runtime: "url",
    Override: "url",
    Label: "short",
    Title: "short",
    Description: "long",
  };
  for (const n of walk(vo11)) {
    if (!n.attrs.resid) continue;
    const r = res.get(n.attrs.resid);
    check(!!r, `<${n.name} resid="${n.attrs.resid}">: no such resource`);
    const want = expectKind[n.name];
    if (r && want)
      check(
        r.kind === want,
        `<${n.name} resid="${n.attrs.resid}">: expects a ${want} resource, found ${r.kind}`
      );
  }

  // hosts, runtimes, launch events, controls
  const host = children(child(vo11, "Hosts"), "Host").find((h) => xsiType(h) === "MailHost");
  check(!!host, "a MailHost is required");
  if (host) {
    checkOrder(host, HOST_ORDER, "MailHost", errors);
    const runtime = child(child(host, "Runtimes"), "Runtime");
    check(
      !!runtime,
      "MailHost: <Runtimes><Runtime resid=...> is required for event-based activation"
    );
    const js = runtime && children(runtime, "Override").find((o) => o.attrs.type === "javascript");
    check(
      !!js,
      'Runtime: <Override type="javascript" resid=...> is required for classic Outlook on Windows'
    );
    if (js)
      check(
        /\.js$/.test(
          (res.get(js.attrs.resid) || { node: { attrs: {} } }).node.attrs.DefaultValue || ""
        ),
        "Override javascript must point at a .js file"
      );
    const desktop = child(host, "DesktopFormFactor");
    check(
      !!desktop && !!child(desktop, "FunctionFile") && desktop.children[0].name === "FunctionFile",
      "DesktopFormFactor: <FunctionFile> first"
    );
    const points = children(desktop, "ExtensionPoint");
    const launch = points.find((p) => xsiType(p) === "LaunchEvent");
    check(!!launch, "a LaunchEvent extension point is required");
    if (launch) {
      check(
        !!child(launch, "SourceLocation") && launch.children[0].name === "LaunchEvents",
        "LaunchEvent: <LaunchEvents> then <SourceLocation>"
      );
      check(
        runtime &&
          child(launch, "SourceLocation") &&
          child(launch, "SourceLocation").attrs.resid === runtime.attrs.resid,
        "LaunchEvent SourceLocation must be the Runtime's resid"
      );
      const events = children(child(launch, "LaunchEvents"), "LaunchEvent");
      for (const e of events) {
        check(
          LAUNCH_EVENT_TYPES.includes(e.attrs.Type),
          `LaunchEvent Type "${e.attrs.Type}" is unknown`
        );
        check(
          !!e.attrs.FunctionName && e.attrs.FunctionName.length <= 250,
          `LaunchEvent ${e.attrs.Type}: FunctionName required`
        );
        if (e.attrs.SendMode)
          check(
            SEND_MODES.includes(e.attrs.SendMode),
            `LaunchEvent ${e.attrs.Type}: SendMode must be one of ${SEND_MODES.join(", ")}`
          );
      }
      const send = events.find((e) => e.attrs.Type === "OnMessageSend");
      check(
        !!send && send.attrs.SendMode === "Block",
        'OnMessageSend with SendMode="Block" is required (admin deployment fails closed)'
      );
      for (const t of ["OnMessageAttachmentsChanged", "OnMessageRecipientsChanged"])
        check(
          events.some((e) => e.attrs.Type === t),
          `LaunchEvent ${t} is required`
        );
    }
    const compose = points.find((p) => xsiType(p) === "MessageComposeCommandSurface");
    check(!!compose, "a MessageComposeCommandSurface extension point (compose button) is required");
    const ids = controlIds(root);
    check(new Set(ids).size === ids.length, "control ids must be unique");
    const paneButton = [...walk(compose || { children: [] })].find(
      (n) =>
        n.name === "Control" &&
        [...walk(n)].some((a) => a.name === "Action" && xsiType(a) === "ShowTaskpane")
    );
    check(
      !!paneButton,
      "the compose surface needs a button that opens the task pane (Action ShowTaskpane)"
    );
  }

  // icons on the dev origin exist with the size they claim
  for (const n of walk(root)) {
    const url =
      n.name === "Image" && n.ns === NS.bt && n.attrs.DefaultValue
        ? n.attrs.DefaultValue
        : n.name === "IconUrl" || n.name === "HighResolutionIconUrl"
          ? n.attrs.DefaultValue
          : null;
    if (!url || !url.startsWith(DEV_ORIGIN + "/assets/")) continue;
    const f = path.join(ROOT, "assets", url.slice((DEV_ORIGIN + "/assets/").length));
    const size = fs.existsSync(f) ? pngSize(f) : null;
    check(!!size, `icon ${url}: assets file missing or not a PNG`);
    const want = /-(\d+)\.png$/.exec(url);
    if (size && want)
      check(
        size[0] === Number(want[1]) && size[1] === Number(want[1]),
        `icon ${url}: is ${size.join("x")} px`
      );
  }
  // a control icon of size N must be an N x N image
  for (const n of walk(vo11)) {
    if (n.name !== "Image" || !n.attrs.size || !n.attrs.resid) continue;
    const r = res.get(n.attrs.resid);
    const url = r && r.node.attrs.DefaultValue;
    if (!url || !url.startsWith(DEV_ORIGIN + "/assets/")) continue;
    const f = path.join(ROOT, "assets", url.slice((DEV_ORIGIN + "/assets/").length));
    const size = fs.existsSync(f) ? pngSize(f) : null;
    check(
      !!size && size[0] === Number(n.attrs.size) && size[1] === Number(n.attrs.size),
      `icon size ${n.attrs.size} (${n.attrs.resid}): ${url} is ${size ? size.join("x") : "missing"}`
    );
  }
  for (const n of walk(root))
    for (const [k, v] of Object.entries(n.attrs))
      if (/^https?:/.test(v) && !/^xmlns/.test(k))
        check(v.startsWith("https://"), `${n.name} ${k}: URL must be https`);

  // code cross-checks
  const code = codeReferences();
  for (const f of functionNames(root))
    check(
      code.associated.includes(f),
      `FunctionName "${f}" is not associated with Office.actions.associate in src/`
    );
  const ids = controlIds(root);
  for (const c of code.commandIds)
    check(ids.includes(c), `commandId "${c}" used in src/ is not a control id in the manifest`);

  return { errors, checks, root };
}

async function main() {
  const file = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  const { errors, checks } = await validateManifest(file);
  if (errors.length) {
    console.error(`${path.relative(process.cwd(), file)}: ${errors.length} problem(s)`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(
    `${path.relative(process.cwd(), file)}: valid (well-formed; ${checks} structure, reference and code checks passed)`
  );
}

module.exports = {
  parseManifest,
  validateManifest,
  functionNames,
  controlIds,
  codeReferences,
  walk,
};

if (require.main === module)
  main().catch((e) => {
    console.error(`validate: ${e.message}`);
    process.exit(1);
  });
