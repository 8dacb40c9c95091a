import { check, type CheckResult, type Language } from "../engine";
import { decideSend } from "../engine/decide";
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
import { markerEvidence } from "../outlook/override";
import { AuditQueue, buildAuditRecord, type AuditRecord, type Poster } from "../outlook/audit";
import type { TokenSource } from "../outlook/auth";
import {
  consentHash,
  consentService,
  consentedFrom,
  loadBook,
  saveBook,
  serviceBase,
  type FetchLike,
} from "../outlook/consent";
import type { AuditClient, AuditKind } from "../server/types";
import { applySecureRoute, isRouted, type RouteEnv } from "../outlook/route";
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
  /** this runtime's storage (storage.ts): the policy cache */
  storage?: StorageLike;
  /** the mailbox's roaming settings (storage.ts): the sent-recipient history */
  history?: StorageLike;
  fetchText?: FetchText;
  policyUrl: string;
  /** total time for OnMessageSend (all Office.js calls and the engine) */
  sendBudgetMs?: number;
  /** time for the work before Send (attachment extraction) */
  backgroundBudgetMs?: number;
  /** the access token for the practice service (Office SSO without prompts: auth.ts) */
  token?: TokenSource;
  /** the audit queue's HTTP POST (default: fetch) */
  post?: Poster;
  /** which Outlook this runtime is, for the audit records */
  client?: AuditClient;
  /** the consent API's HTTP GET (default: fetch) */
  consentFetch?: FetchLike;
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
  /** for the alert only: the message and logs never carry a file name */
  constructor(readonly files: string[] = []) {
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
    if (!deps.history || !mailbox) return Promise.resolve(null);
    if (history && history.mailbox === mailbox) return Promise.resolve(history.value);
    return loadHistory(deps.history, mailbox).then((value) => {
      history = { mailbox, value };
      return value;
    });
  }

  /** A mail that goes: its recipients join the history. Started before completed, never awaited. */
  function rememberSent(addresses: string[]): void {
    const storage = deps.history;
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

  const routeEnv: RouteEnv = { where: "send", office: office as RouteEnv["office"] };

  function auditQueue(policy: Policy): AuditQueue | null {
    if (!deps.storage) return null;
    try {
      return new AuditQueue(deps.storage, {
        endpoint: policy.auditEndpoint,
        token: deps.token,
        post: deps.post,
      });
    } catch {
      return null;
    }
  }

  /**
   * Queues the audit record of a stop or route (types, counts, classes; never content) in this runtime's
   * storage. Never delays Send by more than a moment and never fails it: posting happens later, in the
   * events before the next Send and in the pane.
   */
  function record(policy: Policy, kind: AuditKind, result: CheckResult): Promise<void> {
    const queue = auditQueue(policy);
    const user = mailboxAddress();
    if (!queue || !user) return Promise.resolve();
    let entry: AuditRecord;
    try {
      entry = buildAuditRecord(kind, {
        hits: result.verdict.hits,
        action: result.verdict.action,
        category: result.category,
        recipients: result.recipients,
        user,
        client: deps.client,
      });
    } catch {
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 300);
      queue.append(entry).then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        () => {
          clearTimeout(timer);
          resolve();
        }
      );
    });
  }

  /**
   * Before Send, with the one patient now in the draft: asks the practice service whether that address
   * (as its salted hash) has an active consent, and writes the answer into the mailbox's consent book
   * that Send reads without network. A consent withdrawn on the dashboard leaves the book here; one given
   * on another device enters it. Never throws; without a service or a token nothing changes.
   */
  function refreshConsent(policy: Policy, address: string): Promise<void> {
    const storage = deps.history;
    const base = serviceBase([
      policy.auditEndpoint,
      policy.overrides.signature && policy.overrides.signature.url,
    ]);
    if (!storage || !base || !deps.token || !policy.consent.enabled) return Promise.resolve();
    const service = consentService(base, deps.token, deps.consentFetch);
    return loadBook(storage)
      .then((book) =>
        (book.salt ? Promise.resolve(book.salt) : service.salt()).then((salt) => {
          const hash = consentHash(salt, address);
          return service.active(hash).then((active) => {
            const had = book.hashes[hash] !== undefined;
            if (!active && !had && book.salt) return;
            book.salt = salt;
            if (active) book.hashes[hash] = Date.now();
            else delete book.hashes[hash];
            return saveBook(storage, book);
          });
        })
      )
      .catch(() => undefined);
  }

  /** Posts what the queue holds (stops and routes of earlier Sends); never throws. */
  function flushAudit(): Promise<void> {
    return loadPolicy(deps.storage, deps.policyUrl)
      .then((policy) => {
        const queue = policy.auditEndpoint ? auditQueue(policy) : null;
        return queue ? queue.flush().then(() => undefined) : undefined;
      })
      .catch(() => undefined);
  }

  function onMessageSend(event: MailboxEventLike): Promise<SendOutcome> {
    // Everything, the budget and the built-in policy included, runs inside the one promise chain whose
    // catch completes the event: no path leaves Outlook waiting for its timeout.
    let finish: (options?: CompletedOptions) => void = (options) => {
      try {
        if (options) event.completed(options);
        else event.completed();
      } catch {
        // nothing left to do
      }
    };
    let lang: Language = "nl";
    let caps: AlertCapabilities = { mailbox114: false, mailbox115: false };
    let onError: Policy["onError"] = "block";

    const run = (): Promise<SendOutcome> => {
      const budget = new Budget(deps.sendBudgetMs || SEND_BUDGET_MS);
      finish = completer(event, budget);
      lang = languageFrom(office.context.displayLanguage);
      caps = {
        mailbox114: supportsMailbox("1.14", office),
        mailbox115: supportsMailbox("1.15", office),
      };
      onError = builtinPolicy().onError;
      const work = loadPolicy(deps.storage, deps.policyUrl).then((policy) => {
        onError = policy.onError;
        const it = item();
        return readDraft(it, budget, { fallbackFrom: fallbackFrom() }).then(
          ({ draft, attachments }) =>
            Promise.all([
              readOverrideMarker(it, budget),
              readAttachmentCache(it, budget),
              readKnownSnapshot(it, budget),
              // consents (hashes only) live in the mailbox's roaming settings: read in memory, no network
              loadBook(deps.history),
            ]).then(([stored, cache, snapshot, book]) =>
              attachmentsAtSend(it, attachments, cache, policy, deps.extract, budget).then(
                (read) => {
                  if (read.pending) throw new AttachmentPendingError();
                  if (read.unreadable.length) throw new UnreadableAttachmentError(read.unreadable);
                  withExtractions(draft, read);
                  // the history in memory when an earlier event loaded it, else that event's snapshot
                  const mailbox = mailboxAddress();
                  const knownRecipient =
                    history && history.mailbox === mailbox
                      ? history.value.knownRecipient()
                      : knownFromSnapshot(snapshot);
                  const result = check(draft, {
                    policy,
                    language: lang,
                    knownRecipient,
                    consentedRecipient: consentedFrom(book, Date.now()),
                  });
                  const needsRoute = result.verdict.hits.some((h) => h.action === "secure");
                  return (
                    needsRoute
                      ? isRouted(it, policy, draft.subject, budget, routeEnv)
                      : Promise.resolve(false)
                  ).then((routed) => {
                    // decided once, by the engine: the marker and the route are inputs, not filters
                    const decision = decideSend(result.verdict, policy, {
                      fingerprint: draftFingerprint(draft),
                      sender: mailbox,
                      routed,
                      marker: markerEvidence(stored, policy),
                      now: Date.now(),
                    });
                    if (decision.outcome !== "stop") {
                      rememberSent(allAddresses(draft));
                      finish({ allowEvent: true });
                      return decision.outcome as SendOutcome;
                    }
                    return act(it, policy, { ...result, verdict: decision.verdict }, draft, budget);
                  });
                }
              )
            )
        );
      });
      return budget.race(work);
    };

    function act(
      it: ComposeItemLike,
      policy: Policy,
      result: CheckResult,
      draft: { subject: string; to: Address[]; cc: Address[]; bcc: Address[] },
      budget: Budget
    ): Promise<SendOutcome> {
      if (result.verdict.action === "secure" && policy.secureChannel.routing === "automatic") {
        return applySecureRoute(
          it,
          policy,
          draft.subject,
          result.recipients,
          lang,
          budget,
          routeEnv
        ).then(
          () => {
            rememberSent(allAddresses(draft));
            return record(policy, "route", result).then(() => {
              finish({ allowEvent: true });
              return "routed" as SendOutcome;
            });
          },
          (e: { kind?: string }) => {
            // a trigger this client cannot apply (no sensitivity labels here): the user routes it
            if (!e || e.kind !== "unsupported") throw e;
            return record(policy, "stop", result).then(() => {
              finish(alertFor(result, lang, caps));
              return "alert" as SendOutcome;
            });
          }
        );
      }
      return record(policy, "stop", result).then(() => {
        finish(alertFor(result, lang, caps));
        return "alert" as SendOutcome;
      });
    }

    return Promise.resolve()
      .then(run)
      .catch((e: unknown) => {
        const files = e instanceof UnreadableAttachmentError ? e.files : [];
        finish(errorAlert(onError, failureKind(e), lang, caps, files));
        return "error" as SendOutcome;
      });
  }

  /** Extracts and classifies new attachments before Send; results go to sessionData by id and size. */
  function onMessageAttachmentsChanged(event: MailboxEventLike): Promise<void> {
    return background(event, (budget) =>
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
      })
    );
  }

  /** Classifies the recipients before Send and refreshes the policy from the add-in's origin. */
  function onMessageRecipientsChanged(event: MailboxEventLike): Promise<void> {
    return background(event, (budget) =>
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
          const patients = classifyRecipients(draft, policy).filter((r) => r.class === "private");
          return writeRecipientSummary(it, { classes, domains }, budget)
            .then(() =>
              patients.length === 1 ? refreshConsent(policy, patients[0].address) : undefined
            )
            .then(() => historyNow(mailboxAddress()))
            .then((h) =>
              h ? writeKnownSnapshot(it, snapshotFor(h, addresses), budget) : undefined
            );
        });
      })
    );
  }

  /**
   * An event before Send: its work under a budget, then a policy refresh; completed exactly once
   * whatever happens, the budget's own construction included (these events never stop the mail).
   */
  function background(
    event: MailboxEventLike,
    work: (budget: Budget) => Promise<void>
  ): Promise<void> {
    let finish: () => void = () => {
      try {
        event.completed();
      } catch {
        // nothing left to do
      }
    };
    return Promise.resolve()
      .then(() => {
        const budget = new Budget(deps.backgroundBudgetMs || 60000);
        finish = completer(event, budget);
        return budget.race(Promise.resolve().then(() => work(budget)));
      })
      .then(() => refreshPolicy(deps.storage, deps.policyUrl, deps.fetchText))
      .then(() => flushAudit())
      .then(
        () => finish(),
        () => finish()
      );
  }

  return { onMessageSend, onMessageAttachmentsChanged, onMessageRecipientsChanged };
}

/** Associates the handlers with the function names in the manifest (both event runtimes call this). */
export function registerHandlers(
  office: { actions?: { associate(name: string, fn: (event: never) => void): void } },
  handlers: Handlers
): void {
  const register = (name: string, handler: (event: MailboxEventLike) => unknown): void => {
    office.actions!.associate(name, ((event: MailboxEventLike) => {
      void handler(event);
    }) as (event: never) => void);
  };
  register(FUNCTION_NAMES.onMessageSend, handlers.onMessageSend);
  register(FUNCTION_NAMES.onMessageAttachmentsChanged, handlers.onMessageAttachmentsChanged);
  register(FUNCTION_NAMES.onMessageRecipientsChanged, handlers.onMessageRecipientsChanged);
}
