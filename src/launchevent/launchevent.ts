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
import { defaultFetchText, policyUrl, type StorageLike } from "../outlook/policyStore";
import { createHandlers, FUNCTION_NAMES, type MailboxEventLike } from "./handlers";

declare const OfficeRuntime: { storage?: StorageLike } | undefined;

const scope = (typeof globalThis !== "undefined" ? globalThis : {}) as {
  fetch?: unknown;
  XMLHttpRequest?: unknown;
};
const office = Office as unknown as OfficeLike;

const handlers = createHandlers({
  office,
  extract: (input, policy) => extractAttachmentLight(input, clientLimits("classic", policy)),
  storage:
    typeof OfficeRuntime !== "undefined" && OfficeRuntime ? OfficeRuntime.storage : undefined,
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
