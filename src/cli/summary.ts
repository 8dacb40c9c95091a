import {
  ACTIONS,
  CATEGORIES,
  RULE_IDS,
  type Action,
  type Category,
  type RuleId,
} from "../engine/types";
import type { ScanOutcome } from "./scan";

/** Counts over a scan: mails per verdict action and per rule (a mail counts once per rule that fired). */
export interface ScanSummary {
  mails: number;
  errors: number;
  perAction: Record<Action, number>;
  perRule: Record<RuleId, number>;
  perCategory: Record<Category, number>;
  /** the action each rule gave, for the table (the policy may have changed it) */
  ruleAction: Partial<Record<RuleId, Action>>;
}

export function summarize(outcomes: readonly ScanOutcome[]): ScanSummary {
  const perAction = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<Action, number>;
  const perRule = Object.fromEntries(RULE_IDS.map((r) => [r, 0])) as Record<RuleId, number>;
  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const ruleAction: Partial<Record<RuleId, Action>> = {};
  let mails = 0;
  let errors = 0;
  for (const o of outcomes) {
    if (!o.record || !o.hits) {
      errors++;
      continue;
    }
    mails++;
    perAction[o.record.verdict.action]++;
    perCategory[o.record.category]++;
    const seen = new Set<RuleId>();
    for (const h of o.hits) {
      if (!seen.has(h.rule)) perRule[h.rule]++;
      seen.add(h.rule);
      ruleAction[h.rule] = h.action;
    }
  }
  return { mails, errors, perAction, perRule, perCategory, ruleAction };
}

function pct(n: number, of: number): string {
  return of ? `${((100 * n) / of).toFixed(1)}%` : "-";
}

/** Plain-text table for the terminal: no content, only counts. */
export function formatSummary(s: ScanSummary): string[] {
  const lines = [
    `Summary: ${s.mails} mails checked${s.errors ? `, ${s.errors} could not be read` : ""}`,
    "",
  ];
  lines.push(`${"action".padEnd(10)}${"mails".padStart(7)}${"share".padStart(8)}`);
  for (const a of [...ACTIONS].reverse())
    lines.push(
      `${a.padEnd(10)}${String(s.perAction[a]).padStart(7)}${pct(s.perAction[a], s.mails).padStart(8)}`
    );
  lines.push("");
  lines.push(`${"rule".padEnd(27)}${"mails".padStart(7)}  action`);
  for (const r of RULE_IDS)
    lines.push(`${r.padEnd(27)}${String(s.perRule[r]).padStart(7)}  ${s.ruleAction[r] ?? "-"}`);
  return lines;
}

/** What the progress bar writes to: stderr in the CLI, a fake in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface Progress {
  tick(): void;
  done(): void;
}

/**
 * A one-line progress bar on stderr, only for a terminal (never in pipes or logs) and only for long runs:
 * it appears after `delayMs` and is redrawn at most every 100 ms.
 */
export function createProgress(
  total: number,
  stream: ProgressStream,
  options: { minTotal?: number; delayMs?: number; now?: () => number } = {}
): Progress {
  const now = options.now ?? Date.now;
  const enabled = Boolean(stream.isTTY) && total >= (options.minTotal ?? 20);
  const started = now();
  let count = 0;
  let lastDraw = -Infinity;
  let drawn = false;
  const draw = (): void => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
    const filled = Math.round((width * count) / total);
    stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${count}/${total} mails`);
    drawn = true;
  };
  return {
    tick() {
      count++;
      if (!enabled) return;
      const t = now();
      if (t - started < (options.delayMs ?? 500) || (t - lastDraw < 100 && count < total)) return;
      lastDraw = t;
      draw();
    },
    done() {
      if (drawn)
        stream.write(
          `\r${" ".repeat(Math.max(10, Math.min(40, (stream.columns ?? 80) - 30)) + 30)}\r`
        );
    },
  };
}
