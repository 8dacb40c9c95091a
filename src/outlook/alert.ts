import type { CheckResult } from "../engine";
import type { Action, FindingType, Language, RuleId } from "../engine/types";
import { t, type MessageKey } from "../i18n";
import { trimEndChars } from "../engine/text/trim";

/** Outlook's limits for the Smart Alerts dialog. */
export const MAX_ALERT_CHARS = 500;
export const MAX_BUTTON_CHARS = 20;

/** The task-pane button in manifest.xml that the alert's action button opens. */
export const OPEN_PANE_COMMAND_ID = "zvOpenPaneButton";

/** The options we pass to event.completed (Office.SmartAlertsEventCompletedOptions, as plain data). */
export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: "promptUser";
}

/** What the client supports: commandId/cancelLabel/contextData/sendModeOverride need 1.14, Markdown 1.15. */
export interface AlertCapabilities {
  mailbox114: boolean;
  mailbox115: boolean;
}

/** Handed to the task pane through contextData: what was decided, never any message content. */
export interface AlertContext {
  v: 1;
  action: Action | "error";
  rules: RuleId[];
  /** finding types and how often each occurred */
  findings: Partial<Record<FindingType, number>>;
  /** the failure kind when action is "error" */
  failure?: string;
}

export function alertContext(result: CheckResult): AlertContext {
  const findings: Partial<Record<FindingType, number>> = {};
  for (const h of result.verdict.hits)
    for (const f of h.findings) findings[f.type] = (findings[f.type] || 0) + 1;
  return {
    v: 1,
    action: result.verdict.action,
    rules: result.verdict.hits.map((h) => h.rule),
    findings,
  };
}

/** Cuts at a word boundary so the text stays within Outlook's limit. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return trimEndChars(space > max * 0.6 ? cut.slice(0, space) : cut, " \t\n\r,.;:") + "…";
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#>|~])/g, "\\$1");
}

interface AlertText {
  title: string;
  points: string[];
  todo: string;
}

/**
 * Plain text and Markdown of the same alert, each within 500 characters; points are dropped last-first.
 * Markdown as Smart Alerts documents it (onmessagesend-onappointmentsend-events, "Limitations to
 * formatting the dialog message using Markdown"): a paragraph break is "\n\n", and every list item
 * starts with "- " and ends with "\r".
 */
function render(text: AlertText, lang: Language): { plain: string; markdown: string } {
  const build = (n: number, md: boolean): string => {
    const points = text.points.slice(0, n);
    const more = text.points.length - n;
    const moreText = more > 0 ? t(lang, "alert.more", { n: more }) : "";
    if (md) {
      const blocks = [`**${escapeMarkdown(text.title)}**`];
      blocks.push(points.map((p) => `- ${escapeMarkdown(p)}\r`).join(""));
      if (moreText) blocks.push(escapeMarkdown(moreText));
      if (text.todo) blocks.push(escapeMarkdown(text.todo));
      return blocks.join("\n\n");
    }
    const lines: string[] = [text.title, ""];
    for (const p of points) lines.push(points.length > 1 ? `• ${p}` : p);
    if (moreText) lines.push(moreText);
    if (text.todo) lines.push("", text.todo);
    return lines.join("\n");
  };
  const fit = (md: boolean): string => {
    for (let n = text.points.length; n >= 1; n--) {
      const s = build(n, md);
      if (s.length <= MAX_ALERT_CHARS) return s;
    }
    return clip(build(1, md), MAX_ALERT_CHARS);
  };
  return { plain: fit(false), markdown: fit(true) };
}

function dedupe(list: string[]): string[] {
  return list.filter((s, i) => list.indexOf(s) === i);
}

function stop(
  text: AlertText,
  lang: Language,
  caps: AlertCapabilities,
  extra: { labelKey?: MessageKey; context?: AlertContext; promptUser?: boolean }
): CompletedOptions {
  const { plain, markdown } = render(text, lang);
  const out: CompletedOptions = { allowEvent: false, errorMessage: plain };
  if (caps.mailbox115) out.errorMessageMarkdown = markdown;
  if (caps.mailbox114) {
    if (extra.labelKey && extra.context) {
      out.cancelLabel = clip(t(lang, extra.labelKey), MAX_BUTTON_CHARS);
      out.commandId = OPEN_PANE_COMMAND_ID;
      out.contextData = JSON.stringify(extra.context);
    }
    if (extra.promptUser) out.sendModeOverride = "promptUser";
  }
  return out;
}

/**
 * The alert for a verdict that stops the mail (warn, secure without automatic routing, block).
 * `allow` and automatically routed `secure` never reach here: they complete with allowEvent true.
 */
export function alertFor(
  result: CheckResult,
  lang: Language,
  caps: AlertCapabilities
): CompletedOptions {
  const action = result.verdict.action;
  if (action === "allow") return { allowEvent: true };
  const relevant = result.verdict.hits.filter((h) => h.action === action);
  const others = result.verdict.hits.filter((h) => h.action !== action && h.action !== "allow");
  const points = dedupe(relevant.concat(others).map((h) => h.explanation));
  const context = alertContext(result);
  if (action === "warn")
    return stop(
      { title: t(lang, "alert.title.warn"), points, todo: t(lang, "alert.do.warn") },
      lang,
      caps,
      { promptUser: true }
    );
  if (action === "secure")
    return stop(
      { title: t(lang, "alert.title.secure"), points, todo: t(lang, "alert.do.secure") },
      lang,
      caps,
      {
        labelKey: "alert.action.secure",
        context,
      }
    );
  return stop(
    { title: t(lang, "alert.title.block"), points, todo: t(lang, "alert.do.block") },
    lang,
    caps,
    {
      labelKey: "alert.action.block",
      context,
    }
  );
}

/** The guard itself failed: the policy's onError decides (block = stop, warn = stop with Send Anyway). */
export function errorAlert(
  onError: "block" | "warn",
  failure: string,
  lang: Language,
  caps: AlertCapabilities
): CompletedOptions {
  const context: AlertContext = { v: 1, action: "error", rules: [], findings: {}, failure };
  if (onError === "warn")
    return stop(
      { title: t(lang, "alert.title.error"), points: [t(lang, "alert.error.warn")], todo: "" },
      lang,
      caps,
      {
        promptUser: true,
      }
    );
  return stop(
    { title: t(lang, "alert.title.error"), points: [t(lang, "alert.error")], todo: "" },
    lang,
    caps,
    {
      labelKey: "alert.action.error",
      context,
    }
  );
}
