/**
 * The send-time bundle (dist/launchevent.js). Classic Outlook on Windows loads this single file in a
 * JavaScript-only runtime (no DOM, no localStorage, ES2016 syntax before build 2403); web, new Outlook and
 * Mac load src/commands/commands.ts from commands.html instead. It only registers the handlers named in
 * manifest.xml. Attachments are read by `extractAttachment` as classic Outlook reads them (src/extract/
 * clients.ts: everything but PDF text, README "PDF text at Send, per client"); webpack leaves pdf.js out.
 */
import "./polyfills";
import { clientLimits, extractAttachment } from "../extract";
import type { OfficeLike } from "../outlook/office";
import { defaultFetchText, policyUrl } from "../outlook/policyStore";
import { chooseStores, type RoamingSettingsLike } from "../outlook/storage";
import { officeSso, type OfficeAuthLike } from "../outlook/auth";
import { createHandlers, registerHandlers } from "./handlers";

const scope = (typeof globalThis !== "undefined" ? globalThis : {}) as {
  fetch?: unknown;
  XMLHttpRequest?: unknown;
};
const office = Office as unknown as OfficeLike & {
  context: { roamingSettings?: RoamingSettingsLike };
};
// localStorage on the web, new Outlook and Mac (a browser page); OfficeRuntime.storage in classic Windows
const stores = chooseStores(globalThis as never, office);

const handlers = createHandlers({
  office,
  extract: (input, policy) => extractAttachment(input, "classic", clientLimits("classic", policy)),
  storage: stores.local || undefined,
  history: stores.mailbox || undefined,
  fetchText: defaultFetchText(scope),
  policyUrl: policyUrl(),
  // "Enable SSO in Outlook add-ins that use event-based activation": OfficeRuntime.auth.getAccessToken,
  // never with a prompt in the event runtime
  token: officeSso(
    (globalThis as { OfficeRuntime?: { auth?: OfficeAuthLike } }).OfficeRuntime?.auth,
    false
  ),
  client: "classic",
});

registerHandlers(office, handlers);
