import type { ClassifiedRecipient, Language } from "../engine/types";
import type { Policy } from "../engine/policy";
import type { ComposeItemLike } from "./item";
import { Budget, OfficeCallError, officeCall, supportsMailbox, type OfficeLike } from "./office";

/**
 * Set at Send instead of appending the notice: Microsoft documents `appendOnSendAsync` as called while
 * composing and applied when the mail is sent, and as an error inside the older on-send handler; it
 * shows no case of a call inside OnMessageSend reaching the send already under way. So the send handler
 * marks the mail, and the Exchange transport rule of docs/exchange/01-route-secure-mail.ps1 appends
 * the notice. The task pane, which runs before Send, appends it itself.
 */
export const NOTICE_HEADER = "X-Zorgvuldig-Patient-Notice";

/** Where routing runs: the task pane (before Send) or the OnMessageSend handler. */
export interface RouteEnv {
  where: "pane" | "send";
  /** to check sensitivity-label support (Mailbox 1.13 and the tenant's label catalog) */
  office?: OfficeLike & {
    context: { sensitivityLabelsCatalog?: { getIsEnabledAsync(cb: (r: never) => void): void } };
  };
}

/**
 * Sensitivity labels: Mailbox 1.13, and only when the tenant has published labels (Microsoft Purview;
 * sensitivityLabelsCatalog.getIsEnabledAsync). Anything else: not available here.
 */
export function labelsAvailable(env: RouteEnv | undefined, budget: Budget): Promise<boolean> {
  const office = env && env.office;
  if (!office) return Promise.resolve(true);
  if (!supportsMailbox("1.13", office)) return Promise.resolve(false);
  const catalog = office.context.sensitivityLabelsCatalog;
  if (!catalog || typeof catalog.getIsEnabledAsync !== "function") return Promise.resolve(false);
  return officeCall<boolean>(
    "sensitivityLabelsCatalog.getIsEnabledAsync",
    (cb) => catalog.getIsEnabledAsync(cb as (r: never) => void),
    budget
  ).then(
    (enabled) => enabled === true,
    (e: { kind?: string }) => {
      if (e && e.kind === "timeout") throw e;
      return false;
    }
  );
}

export type SecureTrigger = Policy["secureChannel"]["trigger"];

/** What routing changed on the item (for tests and the audit record; no content). */
export interface RouteApplied {
  trigger: SecureTrigger["kind"];
  notice: boolean;
}

/** A subject already carrying the tag is left alone, so re-sending never stacks tags. */
export function taggedSubject(subject: string, tag: string): string {
  return subject.toLowerCase().indexOf(tag.toLowerCase()) >= 0
    ? subject
    : `${tag} ${subject}`.trim();
}

function applyTrigger(
  item: ComposeItemLike,
  trigger: SecureTrigger,
  subject: string,
  budget: Budget,
  env?: RouteEnv
): Promise<void> {
  if (trigger.kind === "header") {
    const headers = item.internetHeaders;
    if (!headers)
      return Promise.reject(new OfficeCallError("unsupported", "internetHeaders.setAsync"));
    return officeCall<void>(
      "internetHeaders.setAsync",
      (cb) => headers.setAsync({ [trigger.name]: trigger.value }, cb),
      budget
    );
  }
  if (trigger.kind === "subjectTag") {
    const setter = item.subject.setAsync;
    if (!setter) return Promise.reject(new OfficeCallError("unsupported", "subject.setAsync"));
    const next = taggedSubject(subject, trigger.tag);
    if (next === subject) return Promise.resolve();
    return officeCall<void>(
      "subject.setAsync",
      (cb) => setter.call(item.subject, next, cb),
      budget
    );
  }
  const label = item.sensitivityLabel;
  if (!label)
    return Promise.reject(new OfficeCallError("unsupported", "sensitivityLabel.setAsync"));
  return labelsAvailable(env, budget).then((ok) => {
    if (!ok) throw new OfficeCallError("unsupported", "sensitivityLabel.setAsync");
    return officeCall<void>(
      "sensitivityLabel.setAsync",
      (cb) => label.setAsync(trigger.labelId, cb),
      budget
    );
  });
}

/** Plain text of the notice, set off from the mail above it. */
export function noticeText(policy: Policy, lang: Language): string {
  return "\n\n" + policy.patientNotice.text[lang];
}

/**
 * Routes the mail to the secure channel as the policy says (internet header, subject tag or
 * sensitivity label) and, when a private recipient gets it, adds the patient notice: appended by the
 * task pane (appendOnSendAsync, before Send), marked with NOTICE_HEADER by the send handler.
 * A trigger this client cannot apply (no label support) rejects with an `unsupported` OfficeCallError.
 */
export function applySecureRoute(
  item: ComposeItemLike,
  policy: Policy,
  subject: string,
  recipients: ClassifiedRecipient[],
  lang: Language,
  budget: Budget,
  env: RouteEnv = { where: "pane" }
): Promise<RouteApplied> {
  const trigger = policy.secureChannel.trigger;
  const wantsNotice = policy.patientNotice.enabled && recipients.some((r) => r.class === "private");
  return applyTrigger(item, trigger, subject, budget, env).then(() => {
    if (!wantsNotice) return { trigger: trigger.kind, notice: false };
    if (env.where === "send") {
      const headers = item.internetHeaders;
      if (!headers) return { trigger: trigger.kind, notice: false };
      return officeCall<void>(
        "internetHeaders.setAsync",
        (cb) => headers.setAsync({ [NOTICE_HEADER]: lang }, cb),
        budget
      ).then(() => ({ trigger: trigger.kind, notice: true }));
    }
    const append = item.body.appendOnSendAsync;
    if (!append) return { trigger: trigger.kind, notice: false };
    return officeCall<void>(
      "body.appendOnSendAsync",
      (cb) => append.call(item.body, noticeText(policy, lang), { coercionType: "text" }, cb),
      budget
    ).then(() => ({ trigger: trigger.kind, notice: true }));
  });
}

/**
 * Has the policy's trigger already been applied to this draft (header set, subject tag present, label
 * set)? Then the secure channel takes the mail, and the secure-action hits are met without a marker.
 * A client that cannot tell (no getAsync) or a failed read counts as not routed: the alert then offers
 * the route again. A budget overrun is passed on.
 */
export function isRouted(
  item: ComposeItemLike,
  policy: Policy,
  subject: string,
  budget: Budget,
  env?: RouteEnv
): Promise<boolean> {
  const trigger = policy.secureChannel.trigger;
  const same = (a: unknown, b: string) =>
    typeof a === "string" && a.trim().toLowerCase() === b.trim().toLowerCase();
  const unlessTimeout = (e: { kind?: string }) => {
    if (e && e.kind === "timeout") throw e;
    return false;
  };
  if (trigger.kind === "subjectTag")
    return Promise.resolve(taggedSubject(subject, trigger.tag) === subject);
  if (trigger.kind === "header") {
    const headers = item.internetHeaders;
    if (!headers || !headers.getAsync) return Promise.resolve(false);
    return officeCall<Record<string, string>>(
      "internetHeaders.getAsync",
      (cb) => headers.getAsync!([trigger.name], cb),
      budget
    ).then((values) => {
      if (!values) return false;
      // header names are case-insensitive
      const key = Object.keys(values).filter(
        (k) => k.toLowerCase() === trigger.name.toLowerCase()
      )[0];
      return key !== undefined && same(values[key], trigger.value);
    }, unlessTimeout);
  }
  const label = item.sensitivityLabel;
  if (!label || !label.getAsync) return Promise.resolve(false);
  return labelsAvailable(env, budget).then((ok) =>
    ok
      ? officeCall<string>("sensitivityLabel.getAsync", (cb) => label.getAsync!(cb), budget).then(
          (id) => same(id, trigger.labelId),
          unlessTimeout
        )
      : false
  );
}
