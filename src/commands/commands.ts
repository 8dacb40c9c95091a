/**
 * The event runtime page (commands.html) of Outlook on the web, new Outlook for Windows and Outlook for
 * Mac: these clients run the Smart Alerts handlers in a browser page, where pdf.js can run. Same
 * handlers as classic Outlook's launchevent.js; only the extractor differs: `extractAttachment` for this
 * client, which loads pdf.js (unpdf, a separate chunk) the first time a PDF is extracted, i.e. in
 * OnMessageAttachmentsChanged when a PDF is attached. Send stays light: it uses the cached extraction.
 */
import "../launchevent/polyfills";
import { clientLimits, extractAttachment, type Client } from "../extract";
import type { OfficeLike } from "../outlook/office";
import { defaultFetchText, policyUrl } from "../outlook/policyStore";
import { chooseStores, type RoamingSettingsLike } from "../outlook/storage";
import { createHandlers, registerHandlers } from "../launchevent/handlers";
import { officeSso, type OfficeAuthLike } from "../outlook/auth";

const office = Office as unknown as OfficeLike & {
  context: { diagnostics?: { platform?: string }; roamingSettings?: RoamingSettingsLike };
};
// a browser page: localStorage for the policy cache, roaming settings for the mailbox's history
const stores = chooseStores(globalThis as never, office);

/** Which browser-runtime client this is (they read attachments alike; the name is for clarity). */
export function pageClient(platform: string | undefined): Client {
  if (platform === "Mac") return "mac";
  // classic Outlook runs launchevent.js instead of this page, so a Windows page is new Outlook
  if (platform === "PC") return "new";
  return "web";
}

const client = pageClient(office.context.diagnostics && office.context.diagnostics.platform);

const handlers = createHandlers({
  office,
  extract: (input, policy) => extractAttachment(input, client, clientLimits(client, policy)),
  storage: stores.local || undefined,
  history: stores.mailbox || undefined,
  fetchText: defaultFetchText(globalThis as { fetch?: unknown; XMLHttpRequest?: unknown }),
  policyUrl: policyUrl(),
  // the event runtime's SSO (OfficeRuntime.auth.getAccessToken, no prompts): the audit queue's token
  token: officeSso(
    (globalThis as { OfficeRuntime?: { auth?: OfficeAuthLike } }).OfficeRuntime?.auth,
    false
  ),
  client,
});

registerHandlers(office, handlers);
