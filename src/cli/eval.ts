import { promises as fs } from "fs";
import * as path from "path";
import { parseArgs } from "util";
import {
  ACTIONS,
  CATEGORIES,
  RULE_IDS,
  type Action,
  type Category,
  type RuleId,
} from "../engine/types";
import { scanFile, type ScanRecord } from "./scan";
import type { Io } from "./main";

/** A labelled case, as described in shared/corpus/README.md. */
interface Label {
  id: string;
  category: Category;
  expect: { action: Action; rules: RuleId[] };
  entities: { type: string; text: string }[];
}

/** The entity types the corpus labels; precision is measured only for these. */
const SCORED_ENTITY_TYPES = ["name", "bsn", "birthdate"] as const;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalReport {
  cases: number;
  errors: string[];
  actionAccuracy: number;
  categoryAccuracy: number;
  /** labelled secure/block that got secure/block */
  leakRecall: number;
  /** share of allow-labelled cases that got secure/block */
  falseAlarmRate: number;
  actionConfusion: Record<string, Record<string, number>>;
  categoryConfusion: Record<string, Record<string, number>>;
  rules: Record<string, { recall: number | null; precision: number | null } & Counts>;
  entities: Record<string, { recall: number | null; precision: number | null } & Counts>;
  mistakes: string[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();
const stopping = (a: Action): boolean => a === "secure" || a === "block";

function emptyConfusion(keys: readonly string[]): Record<string, Record<string, number>> {
  const m: Record<string, Record<string, number>> = {};
  for (const k of keys) m[k] = Object.fromEntries(keys.map((j) => [j, 0]));
  return m;
}

export function score(pairs: { label: Label; record: ScanRecord }[], errors: string[]): EvalReport {
  const actionConfusion = emptyConfusion(ACTIONS);
  const categoryConfusion = emptyConfusion(CATEGORIES);
  const rules: Record<string, Counts> = Object.fromEntries(
    RULE_IDS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])
  );
  const entities: Record<string, Counts> = Object.fromEntries(
    SCORED_ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])
  );
  const mistakes: string[] = [];
  let actionOk = 0;
  let categoryOk = 0;
  let mustStop = 0;
  let stopped = 0;
  let allowLabelled = 0;
  let falseAlarms = 0;

  for (const { label, record } of pairs) {
    const got = record.verdict.action;
    const want = label.expect.action;
    actionConfusion[want][got]++;
    categoryConfusion[label.category][record.category]++;
    if (got === want) actionOk++;
    if (record.category === label.category) categoryOk++;
    if (stopping(want)) {
      mustStop++;
      if (stopping(got)) stopped++;
    }
    if (want === "allow") {
      allowLabelled++;
      if (stopping(got)) falseAlarms++;
    }
    const problems: string[] = [];
    if (got !== want) problems.push(`action ${got}, expected ${want}`);
    if (record.category !== label.category)
      problems.push(
        `category ${record.category}${record.because ? ` (${record.because})` : ""}, expected ${label.category}`
      );

    const gotRules = new Set(record.verdict.rules);
    const wantRules = new Set(label.expect.rules);
    for (const r of RULE_IDS) {
      const g = gotRules.has(r);
      const w = wantRules.has(r);
      if (g && w) rules[r].tp++;
      else if (g) {
        rules[r].fp++;
        problems.push(`extra rule ${r}`);
      } else if (w) {
        rules[r].fn++;
        problems.push(`missed rule ${r}`);
      }
    }

    for (const type of SCORED_ENTITY_TYPES) {
      const wantSet = new Set(
        label.entities.filter((e) => e.type === type).map((e) => collapse(e.text))
      );
      const gotSet = new Set(
        record.findings
          .filter((f) => f.type === type && (f.where === "subject" || f.where === "body"))
          .map((f) => collapse(f.text))
      );
      const missed: string[] = [];
      const extra: string[] = [];
      for (const t of gotSet)
        (wantSet.has(t) ? () => entities[type].tp++ : () => (entities[type].fp++, extra.push(t)))();
      for (const t of wantSet) if (!gotSet.has(t)) (entities[type].fn++, missed.push(t));
      if (missed.length)
        problems.push(`${type} missed: ${missed.map((m) => JSON.stringify(m)).join(", ")}`);
      if (extra.length)
        problems.push(`${type} extra: ${extra.map((m) => JSON.stringify(m)).join(", ")}`);
    }
    if (problems.length) mistakes.push(`${label.id}: ${problems.join("; ")}`);
  }

  const withRates = (c: Record<string, Counts>) =>
    Object.fromEntries(
      Object.entries(c).map(([k, v]) => [
        k,
        { ...v, recall: ratio(v.tp, v.tp + v.fn), precision: ratio(v.tp, v.tp + v.fp) },
      ])
    );
  const n = pairs.length;
  return {
    cases: n,
    errors,
    actionAccuracy: n ? actionOk / n : 0,
    categoryAccuracy: n ? categoryOk / n : 0,
    leakRecall: ratio(stopped, mustStop) ?? 1,
    falseAlarmRate: ratio(falseAlarms, allowLabelled) ?? 0,
    actionConfusion,
    categoryConfusion,
    rules: withRates(rules),
    entities: withRates(entities),
    mistakes,
  };
}

const fmt = (x: number | null): string => (x === null ? "  -  " : x.toFixed(3));

export function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  lines.push(`cases: ${r.cases}${r.errors.length ? `  (errors: ${r.errors.length})` : ""}`);
  lines.push(`action accuracy:   ${fmt(r.actionAccuracy)}`);
  lines.push(`category accuracy: ${fmt(r.categoryAccuracy)}`);
  lines.push(`no-leak recall (secure|block labelled -> secure|block): ${fmt(r.leakRecall)}`);
  lines.push(`false alarms (allow labelled -> secure|block):          ${fmt(r.falseAlarmRate)}`);
  lines.push("");
  lines.push("rule                       recall  precision   tp  fp  fn");
  for (const [id, v] of Object.entries(r.rules)) {
    if (v.tp + v.fp + v.fn === 0) continue;
    lines.push(
      `${id.padEnd(26)} ${fmt(v.recall)}  ${fmt(v.precision)}     ${String(v.tp).padStart(3)} ${String(v.fp).padStart(3)} ${String(v.fn).padStart(3)}`
    );
  }
  lines.push("");
  lines.push("entity      recall  precision   tp  fp  fn");
  for (const [type, v] of Object.entries(r.entities)) {
    lines.push(
      `${type.padEnd(11)} ${fmt(v.recall)}  ${fmt(v.precision)}     ${String(v.tp).padStart(3)} ${String(v.fp).padStart(3)} ${String(v.fn).padStart(3)}`
    );
  }
  const table = (title: string, m: Record<string, Record<string, number>>) => {
    const keys = Object.keys(m);
    lines.push("");
    lines.push(`${title} (rows: expected, columns: got)`);
    lines.push("".padEnd(10) + keys.map((k) => k.padStart(9)).join(""));
    for (const k of keys)
      lines.push(k.padEnd(10) + keys.map((j) => String(m[k][j]).padStart(9)).join(""));
  };
  table("actions", r.actionConfusion);
  table("categories", r.categoryConfusion);
  lines.push("");
  lines.push(`mistakes (${r.mistakes.length}):`);
  for (const m of r.mistakes) lines.push(`  ${m}`);
  for (const e of r.errors) lines.push(`  error: ${e}`);
  return lines.join("\n");
}

export async function runEval(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false } },
  });
  const dir = positionals[0];
  if (!dir) {
    io.err("eval: give the folder of a labelled corpus (.eml + .json pairs)");
    return 1;
  }
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  } catch {
    io.err(`eval: cannot read folder ${dir}`);
    return 1;
  }
  const pairs: { label: Label; record: ScanRecord }[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const stem = name.slice(0, -".json".length);
    const eml = path.join(dir, stem + ".eml");
    let label: Label;
    try {
      label = JSON.parse(await fs.readFile(path.join(dir, name), "utf8")) as Label;
    } catch {
      errors.push(`${name}: unreadable label`);
      continue;
    }
    const o = await scanFile(eml, { language: "nl", client: "cli" });
    if (!o.record) {
      errors.push(
        `${stem}.eml: ${o.error?.key ?? "error"} ${o.error?.params?.reason ?? ""}`.trim()
      );
      continue;
    }
    pairs.push({ label, record: o.record });
  }
  const report = score(pairs, errors);
  io.out(values.json ? JSON.stringify(report) : formatReport(report));
  return errors.length ? 2 : 0;
}
