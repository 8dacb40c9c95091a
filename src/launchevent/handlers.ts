import { check, strongest, type CheckResult } from "../engine";
import type { Address } from "../engine/draft";
import type { Policy } from "../engine/policy";
import { classifyRecipients } from "../engine/recipients";
import { languageFrom } from "../i18n";
import {
  alertFor,
  errorAlert,
  type AlertCapabilities,
  type CompletedOptions,
} from "../outlook/alert";
import { attachmentsAtSend, scanAttachment, withExtractions } from "../outlook/attachments";
import type { Extractor } from "../outlook/extraction";
import { draftFingerprint } from "../outlook/fingerprint";
import type { AttachmentDetailsLike, ComposeItemLike } from "../outlook/item";
import {
  Budget,
  OfficeCallError,
  SEND_BUDGET_MS,
  officeCall,
  supportsMailbox,
  type OfficeLike,
} from "../outlook/office";
import {
  builtinPolicy,
  loadPolicy,
  refreshPolicy,
  type FetchText,
  type StorageLike,
} from "../outlook/policyStore";
import { readDraft } from "../outlook/readDraft";
import {
  knownFromSnapshot,
  loadHistory,
  saveHistory,
  snapshotFor,
  type RecipientHistory,
} from "../outlook/history";
import { openHits } from "../outlook/override";
import { applySecureRoute, isRouted } from "../outlook/route";
import {
  attachmentKey,
  readAttachmentCache,
  readKnownSnapshot,
  readOverrideMarker,
  writeAttachmentCache,
  writeKnownSnapshot,
  writeRecipientSummary,
} from "../outlook/session";

/** The event object Outlook passes to a launch-event handler (Office.MailboxEvent). */
export interface MailboxEventLike {
  completed(options?: CompletedOptions): void;
}

export interface HandlerDeps {
  office: OfficeLike;
  extract: Extractor;
  storage?: StorageLike;
  fetchText?: FetchText;
  policyUrl: string;
  /** total time for OnMessageSend (all Office.js calls and the engine) */
  sendBudgetMs?: number;
  /** time for the work before Send (attachment extraction) */
  backgroundBudgetMs?: number;
}

/** How each OnMessageSend ended (for tests and benchmarks; carries no content). */
export type SendOutcome = "allow" | "override" | "already-routed" | "routed" | "alert" | "error";

export interface Handlers {
  onMessageSend(event: MailboxEventLike): Promise<SendOutcome>;
  onMessageAttachmentsChanged(event: MailboxEventLike): Promise<void>;
  onMessageRecipientsChanged(event: MailboxEventLike): Promise<void>;
}

export const FUNCTION_NAMES = {
  onMessageSend: "onMessageSendHandler",
  onMessageAttachmentsChanged: "onMessageAttachmentsChangedHandler",
  onMessageRecipientsChanged: "onMessageRecipientsChangedHandler",
} as const;

/** An attachment that could not be read ends in onError, like any other failure of the guard. */
export class UnreadableAttachmentError extends Error {
  readonly kind = "unreadable";
  constructor() {
    super("attachment unreadable");
    this.name = "UnreadableAttachmentError";
  }
}

/** A large attachment is still being scanned by OnMessageAttachmentsChanged: retry shortly. */
export class AttachmentPendingError extends Error {
  readonly kind = "attachment-pending";
  constructor() {
    super("attachment not scanned yet");
    this.name = "AttachmentPendingError";
  }
}

function failureKind(e: unknown): string {
  if (e instanceof OfficeCallError) return e.kind === "timeout" ? "timeout" : `office-${e.kind}`;
  if (e instanceof UnreadableAttachmentError) return "unreadable";
  if (e instanceof AttachmentPendingError) return "attachment-pending";
  return "exception";
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const office = deps.office;
  const item = (): ComposeItemLike => {
    const it = office.context.mailbox && office.context.mailbox.item;
    if (!it) throw new OfficeCallError("unsupported", "mailbox.item");
    return it as ComposeItemLike;
  };
  const fallbackFrom = (): Address | undefined => {
    const p = office.context.mailbox && office.context.mailbox.userProfile;
    return p && p.emailAddress ? { address: p.emailAddress, name: p.displayName } : undefined;
  };

  const mailboxAddress = (): string => {
    const p = office.context.mailbox && office.context.mailbox.userProfile;
    return (p && p.emailAddress) || "";
  };
  const allAddresses = (d: { to: Address[]; cc: Address[]; bcc: Address[] }): string[] =>
    d.to.concat(d.cc, d.bcc).map((a) => a.address);

  /** The sent history as loaded by an earlier event of this runtime: Send never waits on storage for it. */
  let history: { mailbox: string; value: RecipientHistory } | null = null;
  function historyNow(mailbox: string): Promise<RecipientHistory | null> {
    if (!deps.storage || !mailbox) return Promise.resolve(null);
    if (history && history.mailbox === mailbox) return Promise.resolve(history.value);
    return loadHistory(deps.storage, mailbox).then((value) => {
      history = { mailbox, value };
      return value;
    });
  }

  /** A mail that goes: its recipients join the history. Started before completed, never awaited. */
  function rememberSent(addresses: string[]): void {
    const storage = deps.storage;
    const mailbox = mailboxAddress();
    if (!storage || !mailbox || !addresses.length) return;
    historyNow(mailbox)
      .then((h) => {
        if (!h) return;
        h.record(addresses);
        return saveHistory(storage, mailbox, h);
      })
      .catch(() => undefined);
  }

  /** Exactly one event.completed per event; the budget's timer is cleared before it. */
  function completer(
    event: MailboxEventLike,
    budget: Budget
  ): (options?: CompletedOptions) => void {
    let done = false;
    return (options) => {
      if (done) return;
      done = true;
      budget.dispose();
      try {
        if (options) event.completed(options);
        else event.completed();
      } catch {
        // nothing left to do: Outlook times the event out itself
      }
    };
  }

  function onMessageSend(event: MailboxEventLike): Promise<SendOutcome> {
    const budget = new Budget(deps.sendBudgetMs || SEND_BUDGET_MS);
    const finish = completer(event, budget);
    const lang = languageFrom(office.context.displayLanguage);
    const caps: AlertCapabilities = {
      mailbox114: supportsMailbox("1.14", office),
      mailbox115: supportsMailbox("1.15", office),
    };
    let policy: Policy = builtinPolicy();

    const run = (): Promise<SendOutcome> =>
      loadPolicy(deps.storage, deps.policyUrl).then((p) => {
        policy = p;
        const it = item();
        return readDraft(it, budget, { fallbackFrom: fallbackFrom() }).then(
          ({ draft, attachments }) =>
            Promise.all([
              readOverrideMarker(it, budget),
              readAttachmentCache(it, budget),
              readKnownSnapshot(it, budget),
            ])
              .then(([marker, cache, snapshot]) =>
                attachmentsAtSend(it, attachments, cache, policy, deps.extract, budget).then(
                  (read) => {
                    if (read.pending) throw new AttachmentPendingError();
                    if (read.unreadable.length) throw new UnreadableAttachmentError();
                    withExtractions(draft, read);
                    // the history in memory when an earlier event loaded it, else that event's snapshot
                    const mailbox = mailboxAddress();
                    const knownRecipient =
                      history && history.mailbox === mailbox
                        ? history.value.knownRecipient()
                        : knownFromSnapshot(snapshot);
                    const result = check(draft, { policy, language: lang, knownRecipient });
                    return { marker, result };
                  }
                )
              )
              .then(({ marker, result }) => {
                const hits = result.verdict.hits;
                if (!hits.length) {
                  rememberSent(allAddresses(draft));
                  finish({ allowEvent: true });
                  return "allow" as SendOutcome;
                }
                // the marker covers only its own rules, for exactly this draft (any edit changes the fingerprint)
                const fingerprint = draftFingerprint(draft);
                const afterMarker = openHits(hits, marker, fingerprint, false);
                const needsRoute = afterMarker.some((h) => h.action === "secure");
                return (
                  needsRoute ? isRouted(it, policy, draft.subject, budget) : Promise.resolve(false)
                ).then((routed) => {
                  const open = openHits(afterMarker, null, fingerprint, routed);
                  if (!open.length) {
                    rememberSent(allAddresses(draft));
                    finish({ allowEvent: true });
                    return (
                      afterMarker.length < hits.length ? "override" : "already-routed"
                    ) as SendOutcome;
                  }
                  const verdict = { action: strongest(open.map((h) => h.action)), hits: open };
                  return decideAndComplete(it, { ...result, verdict }, draft);
                });
              })
        );
      });

    function decideAndComplete(
      it: ComposeItemLike,
      result: CheckResult,
      draft: { subject: string; to: Address[]; cc: Address[]; bcc: Address[] }
    ): Promise<SendOutcome> {
      const action = result.verdict.action;
      if (action === "allow") {
        rememberSent(allAddresses(draft));
        finish({ allowEvent: true });
        return Promise.resolve("allow");
      }
      if (action === "secure" && policy.secureChannel.routing === "automatic") {
        return applySecureRoute(it, policy, draft.subject, result.recipients, lang, budget).then(
          () => {
            rememberSent(allAddresses(draft));
            finish({ allowEvent: true });
            return "routed" as SendOutcome;
          }
        );
      }
      finish(alertFor(result, lang, caps));
      return Promise.resolve("alert");
    }

    let work: Promise<SendOutcome>;
    try {
      work = run();
    } catch (e) {
      work = Promise.reject(e);
    }
    return budget.race(work).catch((e: unknown) => {
      finish(errorAlert(policy.onError, failureKind(e), lang, caps));
      return "error" as SendOutcome;
    });
  }

  /** Extracts and classifies new attachments before Send; results go to sessionData by id and size. */
  function onMessageAttachmentsChanged(event: MailboxEventLike): Promise<void> {
    const budget = new Budget(deps.backgroundBudgetMs || 60000);
    const finish = completer(event, budget);
    const work = (): Promise<void> =>
      loadPolicy(deps.storage, deps.policyUrl).then((policy) => {
        const it = item();
        if (!it.getAttachmentsAsync) return;
        const list = officeCall<AttachmentDetailsLike[]>(
          "getAttachmentsAsync",
          (cb) => it.getAttachmentsAsync!(cb),
          budget
        );
        return Promise.all([list, readAttachmentCache(it, budget)]).then(([atts, cache]) => {
          const present = atts.map((a) => attachmentKey(a.id, a.size));
          let chain: Promise<void> = Promise.resolve();
          atts.forEach((a, i) => {
            if (cache[present[i]]) return;
            chain = chain.then(() =>
              scanAttachment(it, a, policy, deps.extract, budget).then((r) => {
                if (r) cache[present[i]] = r;
              })
            );
          });
          return chain.then(() => writeAttachmentCache(it, cache, present, budget));
        });
      });
    return budget
      .race(Promise.resolve().then(work))
      .then(() => refreshPolicy(deps.storage, deps.policyUrl, deps.fetchText))
      .then(
        () => finish(),
        () => finish()
      );
  }

  /** Classifies the recipients before Send and refreshes the policy from the add-in's origin. */
  function onMessageRecipientsChanged(event: MailboxEventLike): Promise<void> {
    const budget = new Budget(deps.backgroundBudgetMs || 60000);
    const finish = completer(event, budget);
    const work = (): Promise<void> =>
      loadPolicy(deps.storage, deps.policyUrl).then((policy) => {
        const it = item();
        return readDraft(it, budget, { fallbackFrom: fallbackFrom() }).then(({ draft }) => {
          const classes: Record<string, number> = {};
          const domains: string[] = [];
          for (const r of classifyRecipients(draft, policy)) {
            classes[r.class] = (classes[r.class] || 0) + 1;
            if (domains.indexOf(r.domain) < 0) domains.push(r.domain);
          }
          const addresses = allAddresses(draft);
          return writeRecipientSummary(it, { classes, domains }, budget)
            .then(() => historyNow(mailboxAddress()))
            .then((h) =>
              h ? writeKnownSnapshot(it, snapshotFor(h, addresses), budget) : undefined
            );
        });
      });
    return budget
      .race(Promise.resolve().then(work))
      .then(() => refreshPolicy(deps.storage, deps.policyUrl, deps.fetchText))
      .then(
        () => finish(),
        () => finish()
      );
  }

  return { onMessageSend, onMessageAttachmentsChanged, onMessageRecipientsChanged };
}
