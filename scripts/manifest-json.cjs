/**
 * The unified manifest for Microsoft 365 (manifest.json), derived from the XML manifest.
 *
 * manifest.xml stays the primary manifest (Outlook on Mac needs it); this JSON form is generated from it so
 * the two can never disagree on id, version, URLs, handlers or send mode. Mapping of the XML elements to the
 * unified manifest follows learn.microsoft.com/office/dev/add-ins/develop/json-manifest-overview and the
 * Smart Alerts walkthrough (event names: autolaunch.md "Supported events").
 *
 * Hand-written because office-addin-manifest has no XML-to-JSON conversion (that lives in
 * office-addin-project, which pulls the whole Teams toolkit); xml2js (office-addin-manifest's own parser)
 * reads the XML.
 */
const xml2js = require("xml2js");

/** Oldest unified-manifest schema in which Outlook add-ins (extensions, autoRunEvents with sendMode) are GA. */
const MANIFEST_VERSION = "1.17";
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

/** XML LaunchEvent Type -> unified manifest event type (autolaunch.md, "Supported events"). */
const EVENT_NAMES = {
  OnNewMessageCompose: "newMessageComposeCreated",
  OnMessageCompose: "messageComposeOpened",
  OnMessageSend: "messageSending",
  OnMessageAttachmentsChanged: "messageAttachmentsChanged",
  OnMessageRecipientsChanged: "messageRecipientsChanged",
  OnMessageFromChanged: "messageFromChanged",
  OnSensitivityLabelChanged: "sensitivityLabelChanged",
};

/** XML SendMode -> unified "sendMode" (onmessagesend-onappointmentsend-events.md, "Available send mode options"). */
const SEND_MODES = { PromptUser: "promptUser", SoftBlock: "softBlock", Block: "block" };

/** XML Permissions -> unified resource-specific permission (json-manifest-overview, "Permissions"). */
const PERMISSIONS = {
  Restricted: "MailboxItem.Restricted.User",
  ReadItem: "MailboxItem.Read.User",
  ReadWriteItem: "MailboxItem.ReadWrite.User",
  ReadWriteMailbox: "Mailbox.ReadWrite.User",
};

/** xml2js with attributes under "$" and every child as an array; namespaces prefixes stripped. */
async function parseXml(xml) {
  return xml2js.parseStringPromise(xml, {
    tagNameProcessors: [xml2js.processors.stripPrefix],
    attrNameProcessors: [xml2js.processors.stripPrefix],
  });
}

/** Depth-first search for all elements with this local name. */
function findAll(node, name, out = []) {
  if (node === null || typeof node !== "object") return out;
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_") continue;
    const list = Array.isArray(value) ? value : [value];
    for (const child of list) {
      if (key === name) out.push(child);
      findAll(child, name, out);
    }
  }
  return out;
}

function first(node, name) {
  const all = findAll(node, name);
  if (!all.length) throw new Error(`manifest.xml has no <${name}>`);
  return all[0];
}

const attr = (el, name) => (el && el.$ ? el.$[name] : undefined);
const text = (el) => (typeof el === "string" ? el : el && el._ ? el._ : "").trim();

/** Cut at a word boundary so the text fits `max` characters, ellipsis included. */
function shorten(value, max) {
  if (value.length <= max) return value;
  return value.slice(0, max - 1).replace(/\s+\S*$/, "") + "…";
}

/** "0.1.0" or "0.1.0.0" -> "0.1.0" (the unified manifest takes semver, the XML four parts). */
function semver(version) {
  const parts = String(version).split(".");
  if (parts.length < 3 || parts.some((p) => !/^\d+$/.test(p)))
    throw new Error(`not a version: ${version}`);
  return parts.slice(0, 3).join(".");
}

/**
 * Builds the unified manifest object from the text of a (production) manifest.xml.
 * @param {string} xml
 * @param {{ accentColor?: string }} [options]
 */
async function unifiedManifestFromXml(xml, options = {}) {
  const doc = await parseXml(xml);
  const app = doc.OfficeApp;

  const resources = first(app, "Resources");
  const resource = (kind, id) => {
    const el = findAll(resources, kind).find((e) => attr(e, "id") === id);
    if (!el) throw new Error(`manifest.xml: no resource ${kind} "${id}"`);
    return attr(el, "DefaultValue");
  };
  const urlOf = (el) => resource("Url", attr(el, "resid"));

  const id = text(first(app, "Id"));
  const version = semver(text(first(app, "Version")));
  const provider = text(first(app, "ProviderName"));
  const displayName = attr(first(app, "DisplayName"), "DefaultValue");
  const description = attr(first(app, "Description"), "DefaultValue");
  const supportUrl = attr(first(app, "SupportUrl"), "DefaultValue");
  const permission = PERMISSIONS[text(first(app, "Permissions"))];
  if (!permission) throw new Error("manifest.xml: unknown <Permissions>");
  const appendOnSend = findAll(app, "ExtendedPermission").some((p) => text(p) === "AppendOnSend");
  const minMailbox = findAll(app, "Set").find(
    (s) => attr(s, "Name") === "Mailbox" && attr(s, "MinVersion")
  );
  const mailboxVersion = attr(minMailbox, "MinVersion") || "1.12";
  const webAppInfo = findAll(app, "WebApplicationInfo")[0];
  const webApp = webAppInfo
    ? { id: text(first(webAppInfo, "Id")), resource: text(first(webAppInfo, "Resource")) }
    : undefined;

  // The event runtime: an HTML page (web, new Outlook, Mac) with a JavaScript override (classic Windows).
  const runtime = first(first(app, "Runtimes"), "Runtime");
  const jsOverride = findAll(runtime, "Override").find((o) => attr(o, "type") === "javascript");
  const launchEvents = findAll(app, "LaunchEvent").filter((e) => attr(e, "Type"));
  const handlers = launchEvents.map((e) => attr(e, "FunctionName"));

  // The compose ribbon button that opens the task pane; its id is also the Smart Alert's commandId.
  const button = findAll(app, "Control").find((c) =>
    findAll(c, "Action").some((a) => attr(a, "type") === "ShowTaskpane")
  );
  if (!button) throw new Error("manifest.xml: no task pane button");
  const group = findAll(app, "Group").find((g) => findAll(g, "Control").includes(button));
  const shortString = (el) => resource("String", attr(first(el, "Label"), "resid"));
  const icons = findAll(first(button, "Icon"), "Image").map((i) => ({
    size: Number(attr(i, "size")),
    url: resource("Image", attr(i, "resid")),
  }));
  const taskpaneUrl = resource(
    "Url",
    attr(first(first(button, "Action"), "SourceLocation"), "resid")
  );
  const tooltip = resource(
    "String",
    attr(first(first(button, "Supertip"), "Description"), "resid")
  );
  const buttonId = attr(button, "id");

  const mailboxRequirement = (min) => ({
    capabilities: [{ name: "Mailbox", minVersion: min }],
    scopes: ["mail"],
  });

  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    id,
    version,
    name: { short: displayName, full: displayName },
    description: { short: shorten(description, 80), full: description },
    developer: {
      name: provider,
      websiteUrl: supportUrl,
      privacyUrl: supportUrl,
      termsOfUseUrl: supportUrl,
    },
    icons: { color: "color.png", outline: "outline.png" },
    accentColor: options.accentColor || "#0F766E",
    localizationInfo: { defaultLanguageTag: "nl-nl" },
    validDomains: [new URL(taskpaneUrl).host],
    // <WebApplicationInfo> (Office SSO): the unified manifest's webApplicationInfo (json-manifest-overview)
    ...(webApp ? { webApplicationInfo: webApp } : {}),
    authorization: {
      permissions: {
        resourceSpecific: [
          { name: permission, type: "Delegated" },
          // <ExtendedPermission>AppendOnSend</ExtendedPermission> (json-manifest-overview, "Permissions")
          ...(appendOnSend ? [{ name: "Mailbox.AppendOnSend.User", type: "Delegated" }] : []),
        ],
      },
    },
    extensions: [
      {
        requirements: mailboxRequirement(mailboxVersion),
        runtimes: [
          {
            requirements: mailboxRequirement(mailboxVersion),
            id: "TaskPaneRuntime",
            type: "general",
            code: { page: taskpaneUrl },
            lifetime: "short",
            // Same id as the ribbon button: a Smart Alert's commandId names it to open the pane.
            actions: [{ id: buttonId, type: "openPage", displayName: shortString(button) }],
          },
          {
            requirements: mailboxRequirement(mailboxVersion),
            id: "EventRuntime",
            type: "general",
            code: { page: urlOf(runtime), ...(jsOverride ? { script: urlOf(jsOverride) } : {}) },
            lifetime: "short",
            actions: handlers.map((h) => ({ id: h, type: "executeFunction", displayName: h })),
          },
        ],
        ribbons: [
          {
            contexts: ["mailCompose"],
            tabs: [
              {
                builtInTabId: "TabDefault",
                groups: [
                  {
                    id: attr(group, "id"),
                    label: shortString(group),
                    icons,
                    controls: [
                      {
                        id: buttonId,
                        type: "button",
                        label: shortString(button),
                        icons,
                        supertip: { title: shortString(button), description: tooltip },
                        actionId: buttonId,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        autoRunEvents: [
          {
            requirements: mailboxRequirement(mailboxVersion),
            events: launchEvents.map((e) => {
              const type = EVENT_NAMES[attr(e, "Type")];
              if (!type)
                throw new Error(`manifest.xml: no unified name known for event ${attr(e, "Type")}`);
              const sendMode = attr(e, "SendMode");
              return {
                type,
                actionId: attr(e, "FunctionName"),
                ...(sendMode ? { options: { sendMode: SEND_MODES[sendMode] } } : {}),
              };
            }),
          },
        ],
      },
    ],
  };
}

module.exports = {
  unifiedManifestFromXml,
  semver,
  MANIFEST_VERSION,
  SCHEMA_URL,
  EVENT_NAMES,
  SEND_MODES,
};
