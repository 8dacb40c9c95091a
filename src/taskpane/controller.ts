import { check, type CheckResult } from "../engine";
import type { Address, Draft } from "../engine/draft";
import { rolesOf, type Policy } from "../engine/policy";
import type { Language, RuleId } from "../engine/types";
import type { AlertContext } from "../outlook/alert";
import { buildAuditRecord, type AuditQueue, type AuditRecord } from "../outlook/audit";
import {
  consentHash,
  consentedFrom,
  loadBook,
  localSalt,
  saveBook,
  type ConsentBookData,
  type ConsentService,
} from "../outlook/consent";
import type { ComposeItemLike, EmailAddressDetailsLike, RecipientsLike } from "../outlook/item";
import {
  Budget,
  officeCall,
  supportsMailbox,
  type Callback,
  type OfficeLike,
} from "../outlook/office";
import {
  recordOverride,
  writeConfirmation,
  type MarkerSigner,
  type OverrideUser,
} from "../outlook/override";
import { loadHistory } from "../outlook/history";
import type { StorageLike } from "../outlook/policyStore";
import { readDraft } from "../outlook/readDraft";
import { applySecureRoute, type RouteEnv } from "../outlook/route";
import { attachmentKey, readAttachmentCache } from "../outlook/session";
import { passwordLines, planBcc, removeLinesFromHtml, removeLinesFromText } from "./fixes";

/** The Office.js calls the pane needs beyond reading a draft (fixes, send, the alert's context). */
type Cb<T> = Callback<T>;

export type PaneItem = ComposeItemLike & {
  to: RecipientsLike & { setAsync?(list: EmailAddressDetailsLike[], cb: Cb<void>): void };
  cc: RecipientsLike & { setAsync?(list: EmailAddressDetailsLike[], cb: Cb<void>): void };
  bcc?: RecipientsLike & { setAsync?(list: EmailAddressDetailsLike[], cb: Cb<void>): void };
  body: ComposeItemLike["body"] & {
    setAsync?(data: string, options: { coercionType: string }, cb: Cb<void>): void;
  };
  /** Mailbox 1.15, read/write mailbox permission; task pane only (not in event handlers) */
  sendAsync?(cb?: Cb<void>): void;
  /** Mailbox 1.8 */
  getInitializationContextAsync?(cb: Cb<string>): void;
  /** Mailbox 1.7; InitializationContextChanged (Mailbox 1.15) is registered here, on the item */
  addHandlerAsync?(
    type: string,
    handler: (event: InitializationContextChangedEventLike) => void,
    cb?: Cb<void>
  ): void;
};

/** Office.InitializationContextChangedEventArgs (Mailbox 1.15). */
export interface InitializationContextChangedEventLike {
  type?: string;
  initializationContextData?: string;
}

export type PaneOffice = OfficeLike & {
  EventType?: { InitializationContextChanged?: string };
};

/** The reason code of a false-alarm report ("Dit is geen patiëntinformatie"). */
export const FALSE_ALARM_CODE = "no-patient-info";

/** Every Office call of one user action shares a generous budget: a person is waiting, not Send. */
const ACTION_BUDGET_MS = 15000;

export type SendOutcome = "sent" | "press-send";

export interface PaneCheck {
  draft: Draft;
  result: CheckResult;
}

export interface ControllerDeps {
  office: PaneOffice;
  item: PaneItem;
  policy: Policy;
  queue: AuditQueue;
  user: OverrideUser;
  language: Language;
  /** the runtime's storage (storage.ts): the mailbox's sent history for new-recipient */
  storage?: StorageLike;
  /** the practice service that records and signs overrides, when the policy names one */
  sign?: MarkerSigner;
  /** the practice service's consent API (salt, is a consent active), when the policy names the service */
  consent?: ConsentService;
  now?: () => Date;
}

/**
 * The signed-in user as the override rules see them: Outlook gives only the mailbox address
 * (userProfile.emailAddress), so the roles come from the policy's overrides.roles.
 */
export function paneUser(policy: Policy, office: OfficeLike): OverrideUser {
  const mailbox = office.context.mailbox;
  const address = (mailbox && mailbox.userProfile && mailbox.userProfile.emailAddress) || "";
  const name = (mailbox && mailbox.userProfile && mailbox.userProfile.displayName) || undefined;
  return { address, name, roles: address ? rolesOf(policy, address) : [] };
}

/** Parses the alert's contextData; anything unexpected is ignored (the pane checks the draft itself anyway). */
export function parseAlertContext(text: string | undefined | null): AlertContext | null {
  if (!text) return null;
  try {
    const c = JSON.parse(text) as AlertContext;
    return c && c.v === 1 && typeof c.action === "string" && Array.isArray(c.rules) ? c : null;
  } catch {
    return null;
  }
}

/** Warn hits (recipient checks) are never passed over silently: the user confirmed each. */
function assertConfirmed(current: PaneCheck, confirmed: readonly RuleId[]): void {
  if (current.result.verdict.hits.some((h) => h.action === "warn" && !confirmed.includes(h.rule)))
    throw new Error("confirm the recipient checks first");
}

export class PaneController {
  constructor(readonly deps: ControllerDeps) {}

  private budget(): Budget {
    return new Budget(ACTION_BUDGET_MS);
  }

  private async withBudget<T>(work: (b: Budget) => Promise<T>): Promise<T> {
    const b = this.budget();
    try {
      return await b.race(work(b));
    } finally {
      b.dispose();
    }
  }

  private fallbackFrom(): Address | undefined {
    const p = this.deps.office.context.mailbox && this.deps.office.context.mailbox.userProfile;
    return p && p.emailAddress ? { address: p.emailAddress, name: p.displayName } : undefined;
  }

  /** Reads the draft like the send handler does (attachment facts from the sessionData cache) and checks it. */
  check(): Promise<PaneCheck> {
    const { item, policy, language } = this.deps;
    return this.withBudget(async (b) => {
      const { draft, attachments } = await readDraft(item, b, {
        fallbackFrom: this.fallbackFrom(),
      });
      const cache = await readAttachmentCache(item, b).catch(
        () => ({}) as Awaited<ReturnType<typeof readAttachmentCache>>
      );
      draft.attachments.forEach((a, i) => {
        const cached = cache[attachmentKey(attachments[i].id, attachments[i].size)];
        if (cached) a.extraction = cached.extraction;
      });
      const { storage, user } = this.deps;
      const history =
        storage && user.address ? await b.race(loadHistory(storage, user.address)) : null;
      const knownRecipient = history ? history.knownRecipient() : undefined;
      const book = await b.race(loadBook(storage));
      const run = () =>
        check(draft, {
          policy,
          language,
          knownRecipient,
          consentedRecipient: consentedFrom(book, this.now().getTime()),
        });
      let result = run();
      // the service knows consents recorded on other devices and withdrawals on the dashboard
      if (await this.refreshConsent(result, book).catch(() => false)) result = run();
      return { draft, result };
    });
  }

  /** The one patient (private address) a consent could be about, or null. */
  private consentRecipient(result: CheckResult): string | null {
    const patients = result.recipients.filter((r) => r.class === "private");
    return patients.length === 1 ? patients[0].address : null;
  }

  /**
   * Asks the service whether this draft's patient consented, when the engine offers consent or the book
   * holds the address; updates the book. Resolves to whether the book changed (then check again).
   */
  private async refreshConsent(result: CheckResult, book: ConsentBookData): Promise<boolean> {
    const { consent, storage } = this.deps;
    const address = this.consentRecipient(result);
    if (!consent || !storage || !address) return false;
    const offered = result.verdict.hits.some((h) => h.consentPossible);
    const known = !!book.salt && book.hashes[consentHash(book.salt, address)] !== undefined;
    if (!offered && !known) return false;
    const budget = new Budget(4000);
    try {
      if (!book.salt) book.salt = await budget.race(consent.salt());
      const hash = consentHash(book.salt, address);
      const active = await budget.race(consent.active(hash));
      const had = book.hashes[hash] !== undefined;
      if (active) book.hashes[hash] = this.now().getTime();
      else delete book.hashes[hash];
      await saveBook(storage, book);
      return active || had;
    } finally {
      budget.dispose();
    }
  }

  /** The engine offers to record the patient's consent for this draft (002, second decision tree). */
  consentOffered(current: PaneCheck): boolean {
    return (
      !!this.deps.storage &&
      current.result.verdict.hits.some((h) => h.consentPossible) &&
      this.consentRecipient(current.result) !== null
    );
  }

  /**
   * "De patiënt heeft toestemming gegeven …": the consent goes to the audit queue as a salted hash of the
   * address (never the address), into the mailbox's consent book, and the draft is checked again; when the
   * engine now lets it go, it is sent.
   */
  async recordConsent(
    current: PaneCheck
  ): Promise<{ outcome: SendOutcome | "still-stopped"; record: AuditRecord }> {
    const { storage, consent, queue } = this.deps;
    const address = this.consentRecipient(current.result);
    if (!storage || !address || !this.consentOffered(current))
      throw new Error("consent is not possible for this mail");
    const book = await loadBook(storage);
    if (!book.salt) book.salt = consent ? await consent.salt() : localSalt();
    const hash = consentHash(book.salt, address);
    const record = buildAuditRecord("consent", this.auditContext(current), {
      recipientHash: hash,
    });
    await queue.append(record);
    book.hashes[hash] = this.now().getTime();
    await saveBook(storage, book);
    await this.flushBriefly();
    const again = await this.check();
    if (again.result.verdict.action !== "allow") return { outcome: "still-stopped", record };
    return { outcome: await this.send(), record };
  }

  /** What a record of the pane says of the checked mail (no content: see buildAuditRecord). */
  private auditContext(current: PaneCheck): Parameters<typeof buildAuditRecord>[1] {
    return {
      hits: current.result.verdict.hits,
      action: current.result.verdict.action,
      category: current.result.category,
      recipients: current.result.recipients,
      user: this.deps.user.address,
      client: "pane",
      at: this.now(),
    };
  }

  /**
   * "Dit is geen patiëntinformatie": a false-alarm report for the FG (rule ids, category, finding types
   * and counts, recipient classes, the user; never content). The mail itself stays stopped.
   */
  async reportFalseAlarm(current: PaneCheck): Promise<AuditRecord> {
    const { queue } = this.deps;
    const record = buildAuditRecord("false-alarm", this.auditContext(current), {
      reason: { code: FALSE_ALARM_CODE },
    });
    await queue.append(record);
    await this.flushBriefly();
    return record;
  }

  /** Gives the service a short chance to receive the queue; what stays goes at the next flush. */
  private flushBriefly(): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return Promise.race([
      this.deps.queue.flush().catch(() => undefined),
      new Promise((r) => (timer = setTimeout(r, 3000))),
    ]).finally(() => clearTimeout(timer));
  }

  /** The alert's contextData when the pane was opened from it. */
  initialContext(): Promise<AlertContext | null> {
    const get = this.deps.item.getInitializationContextAsync;
    if (!get) return Promise.resolve(null);
    return this.withBudget((b) =>
      officeCall<string>("getInitializationContextAsync", (cb) => get.call(this.deps.item, cb), b)
    )
      .then(parseAlertContext)
      .catch(() => null);
  }

  /**
   * Calls back with the new context each time the alert's button is pressed while the pane is open:
   * Office.EventType.InitializationContextChanged, registered on the item (Mailbox 1.15), delivering
   * `initializationContextData`. Resolves to whether the client took the handler.
   */
  onContextChanged(listener: (context: AlertContext | null) => void): Promise<boolean> {
    const { item, office } = this.deps;
    const add = item.addHandlerAsync;
    if (!add || !supportsMailbox("1.15", office)) return Promise.resolve(false);
    const type =
      (office.EventType && office.EventType.InitializationContextChanged) ||
      "olkInitializationContextChanged";
    return new Promise<boolean>((resolve) => {
      try {
        add.call(
          item,
          type,
          (event) => listener(parseAlertContext(event && event.initializationContextData)),
          (r) => resolve(!!r && r.status === "succeeded")
        );
      } catch {
        resolve(false);
      }
    });
  }

  /** item.sendAsync: Mailbox 1.15 and the read/write mailbox permission the manifest declares. */
  canSend(): boolean {
    return (
      typeof this.deps.item.sendAsync === "function" && supportsMailbox("1.15", this.deps.office)
    );
  }

  /** Sends where the client can (Mailbox 1.15); otherwise the user presses Send and the marker lets it go. */
  private send(): Promise<SendOutcome> {
    if (!this.canSend()) return Promise.resolve("press-send");
    const item = this.deps.item;
    return new Promise<SendOutcome>((resolve) => {
      try {
        item.sendAsync!((r) => resolve(r && r.status === "succeeded" ? "sent" : "press-send"));
      } catch {
        resolve("press-send");
      }
    });
  }

  /**
   * "Veilig verzenden": routes the mail as the policy says, then sends. The send handler sees the route
   * itself (tag, header or label on the draft), so no marker is needed for the secure rules; warn rules
   * the user confirmed get a marker for the routed draft, covering exactly those rules.
   */
  async secureSend(current: PaneCheck, confirmed: readonly RuleId[]): Promise<SendOutcome> {
    const { item, policy, language } = this.deps;
    if (current.result.verdict.hits.some((h) => h.action === "block"))
      throw new Error("secure route cannot fix a blocked mail");
    assertConfirmed(current, confirmed);
    const warnRules = Array.from(
      new Set(
        current.result.verdict.hits
          .filter((h) => h.action === "warn" && confirmed.includes(h.rule))
          .map((h) => h.rule)
      )
    );
    await this.withBudget(async (b) => {
      await applySecureRoute(
        item,
        policy,
        current.draft.subject,
        current.result.recipients,
        language,
        b,
        { where: "pane", office: this.deps.office as RouteEnv["office"] }
      );
      // the FG counts secure routes too; queued before sending, posted now or later
      await this.deps.queue.append(buildAuditRecord("route", this.auditContext(current)));
      if (!warnRules.length) return;
      const routed = await readDraft(item, b, { fallbackFrom: this.fallbackFrom() });
      await writeConfirmation(item, routed.draft, warnRules, this.deps.user.address, this.now(), b);
    });
    await this.flushBriefly();
    return this.send();
  }

  /** "Bcc gebruiken": private recipients move from To/Cc to Bcc. */
  async useBcc(current: PaneCheck): Promise<number> {
    const { item } = this.deps;
    const plan = planBcc(current.draft, current.result.recipients);
    if (!plan.moved) return 0;
    const set = (
      field:
        | (RecipientsLike & { setAsync?(l: EmailAddressDetailsLike[], cb: Cb<void>): void })
        | undefined,
      list: Address[],
      b: Budget,
      name: string
    ) => {
      if (!field || !field.setAsync) return Promise.reject(new Error(`${name}: unsupported`));
      const details = list.map((a) => ({
        emailAddress: a.address,
        displayName: a.name ?? a.address,
      }));
      return officeCall<void>(name, (cb) => field.setAsync!(details, cb), b);
    };
    await this.withBudget(async (b) => {
      // Bcc first: if a later call fails nobody has been dropped
      await set(item.bcc, plan.bcc, b, "bcc.setAsync");
      await set(item.to, plan.to, b, "to.setAsync");
      await set(item.cc, plan.cc, b, "cc.setAsync");
    });
    return plan.moved;
  }

  /** Sets To, Cc and Bcc at once (the pane's typo-domain fix). Bcc first: a later failure drops nobody. */
  async setRecipients(plan: { to: Address[]; cc: Address[]; bcc: Address[] }): Promise<void> {
    const { item } = this.deps;
    await this.withBudget(async (b) => {
      for (const name of ["bcc", "to", "cc"] as const) {
        const field = item[name] as
          | (RecipientsLike & { setAsync?(l: EmailAddressDetailsLike[], cb: Cb<void>): void })
          | undefined;
        if (!field || !field.setAsync) throw new Error(`${name}.setAsync: unsupported`);
        const details = plan[name].map((a) => ({
          emailAddress: a.address,
          displayName: a.name ?? a.address,
        }));
        await officeCall<void>(`${name}.setAsync`, (cb) => field.setAsync!(details, cb), b);
      }
    });
  }

  /** Removes the line(s) holding the password from the body, in the body's own format. */
  async removePassword(current: PaneCheck): Promise<number> {
    const { item } = this.deps;
    const findings = current.result.verdict.hits
      .filter((h) => h.rule === "password-in-mail")
      .flatMap((h) => h.findings);
    const lines = passwordLines(current.draft.body, findings);
    if (!lines.length) return 0;
    const setBody = item.body.setAsync;
    if (!setBody) throw new Error("body.setAsync: unsupported");
    await this.withBudget(async (b) => {
      const type = item.body.getTypeAsync
        ? await officeCall<string>("body.getTypeAsync", (cb) => item.body.getTypeAsync!(cb), b)
        : "text";
      if (type === "html") {
        const html = await officeCall<string>(
          "body.getAsync",
          (cb) => item.body.getAsync("html", cb),
          b
        );
        const next = removeLinesFromHtml(
          html,
          lines.map((l) => l.text)
        );
        await officeCall<void>(
          "body.setAsync",
          (cb) => setBody.call(item.body, next, { coercionType: "html" }, cb),
          b
        );
      } else {
        const next = removeLinesFromText(current.draft.body, lines);
        await officeCall<void>(
          "body.setAsync",
          (cb) => setBody.call(item.body, next, { coercionType: "text" }, cb),
          b
        );
      }
    });
    return lines.length;
  }

  /** Only warn hits remain and the user confirmed them: bind a marker to this draft and send. */
  async confirmAndSend(current: PaneCheck, confirmed: readonly RuleId[]): Promise<SendOutcome> {
    const hits = current.result.verdict.hits;
    if (hits.some((h) => h.action !== "warn" || !confirmed.includes(h.rule)))
      throw new Error("not everything is confirmed");
    await this.withBudget((b) =>
      writeConfirmation(
        this.deps.item,
        current.draft,
        hits.map((h) => h.rule),
        this.deps.user.address,
        this.now(),
        b
      )
    );
    return this.send();
  }

  /** Headers, marker and audit record, then send. The audit queue is flushed briefly; what stays goes later. */
  async override(
    current: PaneCheck,
    reasonCode: string,
    reasonText: string,
    confirmed: readonly RuleId[]
  ): Promise<{ outcome: SendOutcome; record: AuditRecord }> {
    const { item, policy, queue, user } = this.deps;
    assertConfirmed(current, confirmed);
    const record = await this.withBudget((b) =>
      recordOverride(
        item,
        policy,
        {
          draft: current.draft,
          action: current.result.verdict.action,
          hits: current.result.verdict.hits,
          recipients: current.result.recipients,
          user,
          reasonCode,
          reasonText,
          confirmedRules: confirmed,
          category: current.result.category,
          client: "pane",
          at: this.now(),
        },
        queue,
        b,
        this.deps.sign
      )
    );
    // sendAsync may end this page: give the endpoint a short chance first; the queue keeps the rest
    await this.flushBriefly();
    return { outcome: await this.send(), record };
  }

  private now(): Date {
    return this.deps.now ? this.deps.now() : new Date();
  }
}
