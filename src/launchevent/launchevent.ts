/**
 * The send-time bundle (dist/launchevent.js). Classic Outlook on Windows loads this single file in a
 * JavaScript-only runtime (no DOM, no localStorage, ES2016 syntax before build 2403); web, new Outlook and
 * Mac load src/commands/commands.ts from commands.html instead. It only registers the handlers named in
 * manifest.xml. Attachments are read with src/extract's light extractor and classic Outlook's limits
 * (src/extract/clients.ts: everything but PDF text; README "PDF text in classic Outlook").
 */
import "./polyfills";
import { clientLimits } from "../extract/clients";
import { extractAttachmentLight } from "../extract/light";
import type { OfficeLike } from "../outlook/office";
import { defaultFetchText, policyUrl } from "../outlook/policyStore";
import { chooseStores, type RoamingSettingsLike } from "../outlook/storage";
import { createHandlers, FUNCTION_NAMES, type MailboxEventLike } from "./handlers";

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
  extract: (input, policy) => extractAttachmentLight(input, clientLimits("classic", policy)),
  storage: stores.local || undefined,
  history: stores.mailbox || undefined,
  fetchText: defaultFetchText(scope),
  policyUrl: policyUrl(),
});

function register(name: string, handler: (event: MailboxEventLike) => unknown): void {
  office.actions!.associate(name, ((event: MailboxEventLike) => {
    void handler(event);
  }) as (event: never) => void);
}

register(FUNCTION_NAMES.onMessageSend, handlers.onMessageSend);
register(FUNCTION_NAMES.onMessageAttachmentsChanged, handlers.onMessageAttachmentsChanged);
register(FUNCTION_NAMES.onMessageRecipientsChanged, handlers.onMessageRecipientsChanged);
