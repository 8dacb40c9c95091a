import { promises as fs } from "fs";
import * as path from "path";
import { check } from "../engine";
import type { Policy } from "../engine/policy";
import type {
  Action,
  Category,
  FindingType,
  HandbookSource,
  Language,
  RuleId,
  Where,
} from "../engine/types";
import { DEFAULT_POLICY } from "../engine/policy";
import type { Client } from "../extract";
import type { CliKey } from "../i18n/cli";
import {
  draftFromEml,
  draftFromMsg,
  kindByName,
  MailError,
  sniffKind,
  type MailKind,
} from "./mail";

/** One line of `scan --format json`: the CLI's public output contract (issue 2). */
export interface ScanRecord {
  file: string;
  verdict: { action: Action; rules: RuleId[] };
  category: Category;
  /** the category ladder's rung that decided it (engine Analysis.because) */
  because?: string;
  findings: { type: FindingType; text: string; where: Where }[];
}

/** What the summary and the report need of one rule hit (content-free). */
export interface HitSummary {
  rule: RuleId;
  action: Action;
  explanation: string;
  source: HandbookSource;
}

/** A per-file error: a message key of src/i18n/cli.ts and its parameters, rendered in the user's language. */
export interface ScanError {
  key: CliKey;
  params?: Record<string, string>;
}

/** One mail's outcome. Plain data: it crosses from a worker thread to the main thread. */
export interface ScanOutcome {
  /** the file, or "file#N" for the N-th message of an mbox */
  file: string;
  record?: ScanRecord;
  hits?: HitSummary[];
  error?: ScanError;
}

/** One unit of work: a file to read, or one message already cut out of an mbox. */
export type ScanTask =
  { file: string; kind: MailKind | "sniff" } | { file: string; kind: "eml"; bytes: Uint8Array };

export interface ScanSettings {
  policy?: Policy;
  language: Language;
  /** read attachments as this client does at Send (`--client`); `cli`: no Outlook limits */
  client: Client;
}

export interface Collected {
  tasks: { file: string; kind: MailKind | "sniff" }[];
  errors: ScanOutcome[];
  /** files in folders that are not mail */
  skipped: number;
}

/** Mail files under the given paths (folders recursively), sorted for stable output. */
export async function collectMailFiles(paths: string[]): Promise<Collected> {
  const tasks: Collected["tasks"] = [];
  const errors: ScanOutcome[] = [];
  let skipped = 0;
  async function walk(p: string, explicit: boolean): Promise<void> {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      errors.push({ file: p, error: { key: "err.noSuchPath" } });
      return;
    }
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(p)).sort();
      for (const e of entries) await walk(path.join(p, e), false);
      return;
    }
    const kind = kindByName(path.basename(p));
    if (explicit) tasks.push({ file: p, kind: "sniff" });
    else if (kind === "sniff") {
      // An extensionless file in a folder counts only when it is an mbox (Thunderbird's "Inbox").
      if ((await sniffFile(p)) === "mbox") tasks.push({ file: p, kind: "mbox" });
      else skipped++;
    } else if (kind) tasks.push({ file: p, kind });
    else skipped++;
  }
  for (const p of paths) await walk(p, true);
  return { tasks, errors, skipped };
}

async function sniffFile(file: string): Promise<MailKind | null> {
  let handle;
  try {
    handle = await fs.open(file, "r");
    const head = new Uint8Array(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    return sniffKind(head.subarray(0, bytesRead));
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? "error";
}

/** Reads a file; an mbox comes back as its messages, anything else as one message. */
export async function readMailFile(
  file: string,
  kind: MailKind | "sniff"
): Promise<{ kind: MailKind; bytes: Uint8Array } | { error: ScanError }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    return { error: { key: "err.cannotRead", params: { code: codeOf(e) } } };
  }
  // The content decides for an explicit file or a misnamed one (an .eml that is really an mbox).
  const sniffed = sniffKind(bytes.subarray(0, 16));
  return { kind: kind === "sniff" || sniffed !== "eml" ? sniffed : kind, bytes };
}

/** Checks one message's bytes. Never throws: failures become a per-file error. */
export async function scanBytes(
  file: string,
  kind: "eml" | "msg",
  bytes: Uint8Array,
  settings: ScanSettings
): Promise<ScanOutcome> {
  let draft;
  // Outlook applies the policy's extraction limits (the built-in defaults when there is none)
  const read = {
    client: settings.client,
    policy: settings.client === "cli" ? settings.policy : (settings.policy ?? DEFAULT_POLICY),
  };
  try {
    draft = kind === "msg" ? await draftFromMsg(bytes, read) : await draftFromEml(bytes, read);
  } catch (e) {
    if (e instanceof MailError)
      return { file, error: { key: e.key, params: { reason: e.reason } } };
    return { file, error: { key: "err.notMail", params: { reason: errorName(e) } } };
  }
  try {
    const result = check(draft, { policy: settings.policy, language: settings.language });
    return {
      file,
      record: {
        file,
        verdict: { action: result.verdict.action, rules: result.verdict.hits.map((h) => h.rule) },
        category: result.category,
        ...(result.because ? { because: result.because } : {}),
        findings: result.findings.map((f) => ({ type: f.type, text: f.text, where: f.where })),
      },
      hits: result.verdict.hits.map((h) => ({
        rule: h.rule,
        action: h.action,
        explanation: h.explanation,
        source: h.source,
      })),
    };
  } catch (e) {
    // An engine failure is reported without content: only the error's kind.
    return { file, error: { key: "err.checkFailed", params: { reason: errorName(e) } } };
  }
}

function errorName(e: unknown): string {
  return e instanceof Error ? e.name : "error";
}

/** One file, for callers that need no mbox (eval): the first message of an mbox is not guessed at. */
export async function scanFile(
  file: string,
  settings: ScanSettings = { language: "nl", client: "cli" }
): Promise<ScanOutcome> {
  const read = await readMailFile(file, "sniff");
  if ("error" in read) return { file, error: read.error };
  if (read.kind === "mbox")
    return { file, error: { key: "err.notMail", params: { reason: "mbox" } } };
  return scanBytes(file, read.kind, read.bytes, settings);
}
