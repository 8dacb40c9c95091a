import type { ClassifiedRecipient, Language } from "../engine/types";
import type { Policy } from "../engine/policy";
import type { ComposeItemLike } from "./item";
import { Budget, OfficeCallError, officeCall } from "./office";

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
  budget: Budget
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
  return officeCall<void>(
    "sensitivityLabel.setAsync",
    (cb) => label.setAsync(trigger.labelId, cb),
    budget
  );
}

/** Plain text of the notice, set off from the mail above it. */
export function noticeText(policy: Policy, lang: Language): string {
  return "\n\n" + policy.patientNotice.text[lang];
}

/**
 * Routes the mail to the secure channel as the policy says (internet header, subject tag or
 * sensitivity label) and appends the patient notice when a private recipient gets it.
 */
export function applySecureRoute(
  item: ComposeItemLike,
  policy: Policy,
  subject: string,
  recipients: ClassifiedRecipient[],
  lang: Language,
  budget: Budget
): Promise<RouteApplied> {
  const trigger = policy.secureChannel.trigger;
  const wantsNotice = policy.patientNotice.enabled && recipients.some((r) => r.class === "private");
  return applyTrigger(item, trigger, subject, budget).then(() => {
    const append = item.body.appendOnSendAsync;
    if (!wantsNotice || !append) return { trigger: trigger.kind, notice: false };
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
  budget: Budget
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
  return officeCall<string>("sensitivityLabel.getAsync", (cb) => label.getAsync!(cb), budget).then(
    (id) => same(id, trigger.labelId),
    unlessTimeout
  );
}
