import { promises as fs } from "fs";
import * as os from "os";
import { parseArgs } from "util";
import { DEFAULT_POLICY, parsePolicy, PolicyError, type Policy } from "../engine/policy";
import type { Language } from "../engine/types";
import { tc, terminalLanguage } from "../i18n/cli";
import { collectMailFiles, readMailFile, type ScanOutcome, type ScanSettings } from "./scan";
import { splitMbox } from "./mail";
import { checkAll, type WorkItem } from "./pool";
import { createProgress, formatSummary, summarize } from "./summary";
import { renderReport } from "./report";
import { isClient } from "../extract/clients";
import { CliError, EXIT, USAGE, type Io } from "./main";

export async function loadPolicyFile(file: string, lang?: Language): Promise<Policy> {
  const l = lang ?? terminalLanguage(undefined);
  let raw: string;
  try {
    raw = await fs.readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    throw new CliError(tc(l, "err.policyRead", { file, code }), EXIT.usage);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (e) {
    const reason = e instanceof Error ? e.message : "parse error";
    throw new CliError(tc(l, "err.policyJson", { file, reason }), EXIT.usage);
  }
  try {
    return parsePolicy(json);
  } catch (e) {
    if (e instanceof PolicyError)
      throw new CliError(tc(l, "err.policy", { file, reason: e.message }), EXIT.usage);
    throw e;
  }
}

function formatText(o: ScanOutcome): string {
  const r = o.record!;
  const counts = new Map<string, number>();
  for (const f of r.findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  const found = [...counts].map(([t, n]) => `${t}×${n}`).join(", ") || "-";
  const rules = r.verdict.rules.length ? ` [${r.verdict.rules.join(", ")}]` : "";
  return `${o.file}: ${r.verdict.action.toUpperCase()}${rules} (${r.category}) findings: ${found}`;
}

function defaultJobs(): number {
  return typeof os.availableParallelism === "function"
    ? os.availableParallelism()
    : os.cpus().length;
}

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      policy: { type: "string" },
      format: { type: "string", default: "text" },
      report: { type: "string" },
      "no-paths": { type: "boolean", default: false },
      language: { type: "string" },
      jobs: { type: "string" },
      client: { type: "string", default: "classic" },
    },
  });
  const lang = terminalLanguage(values.language);
  const usage = (reason: string): CliError =>
    new CliError(`${tc(lang, "err.usage", { reason })}\n\n${USAGE}`, EXIT.usage);
  if (!positionals.length) throw usage("give at least one .eml, .msg or mbox file or folder");
  if (values.format !== "text" && values.format !== "json")
    throw usage(`--format must be text or json, not "${values.format}"`);
  if (values.language !== undefined && values.language !== "nl" && values.language !== "en")
    throw usage(`--language must be nl or en, not "${values.language}"`);
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw usage(`--jobs must be a whole number from 1`);
  const client = values.client;
  if (!isClient(client) || client === "cli")
    throw usage(`--client must be classic, web, new or mac, not "${client}"`);
  const reportLang: Language = values.language === "en" ? "en" : "nl";
  const policy = values.policy ? await loadPolicyFile(values.policy, lang) : undefined;
  const settings: ScanSettings = {
    policy,
    // The report's explanations come from the engine: in the report's language.
    language: reportLang,
    client,
  };
  const say = (o: ScanOutcome): string =>
    tc(lang, o.error!.key, { file: o.file, reason: "", code: "", ...o.error!.params });

  const { tasks, errors, skipped } = await collectMailFiles(positionals);
  const outcomes: ScanOutcome[] = [...errors];
  for (const e of errors) io.err(say(e));
  if (skipped) io.err(tc(lang, "note.skipped", { n: skipped }));

  // mbox exports are cut into messages here; single files are read by whoever checks them.
  const items: WorkItem[] = [];
  for (const task of tasks) {
    if (task.kind === "eml" || task.kind === "msg") {
      items.push({ file: task.file, kind: task.kind });
      continue;
    }
    const read = await readMailFile(task.file, task.kind);
    if ("error" in read) {
      const o = { file: task.file, error: read.error };
      outcomes.push(o);
      io.err(say(o));
    } else if (read.kind === "mbox")
      splitMbox(read.bytes).forEach((bytes, i) =>
        items.push({ file: `${task.file}#${i + 1}`, kind: "eml", bytes })
      );
    else items.push({ file: task.file, kind: read.kind, bytes: read.bytes });
  }

  const progress = createProgress(items.length, process.stderr);
  await checkAll(items, settings, jobs, (o) => {
    outcomes.push(o);
    progress.tick();
    if (o.error) io.err(say(o));
    else io.out(values.format === "json" ? JSON.stringify(o.record) : formatText(o));
  });
  progress.done();

  const summary = summarize(outcomes);
  if (values.format === "text") for (const line of ["", ...formatSummary(summary)]) io.out(line);
  if (values.report) {
    const html = renderReport({
      outcomes,
      policy: policy ?? DEFAULT_POLICY,
      policyFile: values.policy,
      generatedAt: new Date(),
      language: reportLang,
      noPaths: values["no-paths"],
    });
    try {
      await fs.writeFile(values.report, html, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "error";
      throw new CliError(
        tc(lang, "err.reportWrite", { file: values.report, code }),
        EXIT.cannotWrite
      );
    }
    io.err(tc(lang, "note.report", { file: values.report }));
  }
  // A dry run that checked nothing must never look green.
  if (summary.mails === 0) {
    io.err(
      outcomes.length
        ? tc(lang, "err.noneReadable", { n: outcomes.length })
        : tc(lang, "err.nothing", { paths: positionals.join(", ") })
    );
    return EXIT.nothingChecked;
  }
  return summary.errors ? EXIT.someUnreadable : EXIT.ok;
}
