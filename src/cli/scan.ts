import { promises as fs } from "fs";
import * as path from "path";
import { check, type CheckResult } from "../engine";
import { DEFAULT_POLICY, type Policy } from "../engine/policy";
import type { Client } from "../extract";
import type { Action, Category, FindingType, RuleId, Where } from "../engine/types";
import { draftFromEml, EmlError } from "./eml";

/** One line of `scan --format json`: the CLI's public output contract (issue 2). */
export interface ScanRecord {
  file: string;
  verdict: { action: Action; rules: RuleId[] };
  category: Category;
  /** the category ladder's rung that decided it (engine Analysis.because) */
  because?: string;
  findings: { type: FindingType; text: string; where: Where }[];
}

export interface ScanOutcome {
  file: string;
  record?: ScanRecord;
  result?: CheckResult;
  error?: string;
}

/** .eml files under the given paths (folders recursively), sorted for stable output. */
export async function collectEmlFiles(
  paths: string[]
): Promise<{ files: string[]; errors: ScanOutcome[] }> {
  const files: string[] = [];
  const errors: ScanOutcome[] = [];
  async function walk(p: string, explicit: boolean): Promise<void> {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      errors.push({ file: p, error: "no such file or folder" });
      return;
    }
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(p)).sort();
      for (const e of entries) await walk(path.join(p, e), false);
    } else if (explicit || p.toLowerCase().endsWith(".eml")) {
      files.push(p);
    }
  }
  for (const p of paths) await walk(p, true);
  return { files, errors };
}

/**
 * `client`: read attachments as that Outlook client does at Send (`--client`); `scan` passes the
 * strictest, classic, when none is given. Default here `cli` (no Outlook limits), as `eval` uses it.
 */
export async function scanFile(
  file: string,
  policy: Policy | undefined,
  client: Client = "cli"
): Promise<ScanOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    return { file, error: `cannot read file (${(e as NodeJS.ErrnoException).code ?? "error"})` };
  }
  try {
    // Outlook applies the policy's extraction limits (the built-in defaults when there is none)
    const limitsFrom = client === "cli" ? policy : (policy ?? DEFAULT_POLICY);
    const draft = await draftFromEml(bytes, { client, policy: limitsFrom });
    const result = check(draft, { policy });
    return { file, result, record: toRecord(file, result) };
  } catch (e) {
    if (e instanceof EmlError) return { file, error: e.message };
    // An engine failure is reported without content: only the error's kind.
    return { file, error: `check failed (${e instanceof Error ? e.name : "error"})` };
  }
}

export function toRecord(file: string, result: CheckResult): ScanRecord {
  return {
    file,
    verdict: { action: result.verdict.action, rules: result.verdict.hits.map((h) => h.rule) },
    category: result.category,
    ...(result.because ? { because: result.because } : {}),
    findings: result.findings.map((f) => ({ type: f.type, text: f.text, where: f.where })),
  };
}
