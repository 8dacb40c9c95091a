import { promises as fs } from "fs";
import * as os from "os";
import { parseArgs } from "util";
import { DEFAULT_POLICY, parsePolicy, PolicyError, type Policy } from "../engine/policy";
import type { Language } from "../engine/types";
import { tc, terminalLanguage } from "../i18n/cli";
import { collectMailFiles, readMailFile, type ScanOutcome, type ScanSettings } from "./scan";
import { splitMbox } from "./mail";
import { checkAll, type WorkItem } from "./pool";
import { runEval } from "./eval";
import { policyCommand, POLICY_USAGE } from "./policyCommand";
import { createProgress, formatSummary, summarize } from "./summary";
import { renderReport } from "./report";
import { limitsFromPolicy } from "./limits";

/** Exit codes: documented in `zorgvuldig --help` and docs/admin.md. */
export const EXIT = {
  ok: 0,
  usage: 1,
  someUnreadable: 2,
  nothingChecked: 3,
  cannotWrite: 4,
  internal: 5,
} as const;

const SCAN_USAGE = `  zorgvuldig scan [--policy FILE] [--format text|json] [--report FILE.html] [--no-paths]
                  [--language nl|en] [--jobs N] PATH...
      check .eml, .msg and mbox files, or folders of them (recursively); text output ends with a
      summary per action and rule. --report writes the HTML report for the privacy officer (Dutch
      unless --language en); --no-paths leaves file names out of it. --jobs: threads (default: cores).`;

/** The subcommands; a new one is one entry here (and one line in USAGE). */
const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  scan: (args, io) => scanCommand(args, io),
  eval: (args, io) => runEval(args, io),
  policy: (args, io) => policyCommand(args, io, loadPolicyFile),
  // loaded when used: the manifest tools are large and the other commands must start fast
  manifest: async (args, io) => (await import("./manifestCommand")).manifestCommand(args, io),
};

export const USAGE = `Usage:
${SCAN_USAGE}
${POLICY_USAGE}
  zorgvuldig eval DIR                                            score against a labelled corpus
  zorgvuldig manifest --url URL --out FILE [--manifest manifest.xml]
      the manifest for the practice's host: FILE.xml (upload this one), FILE.json (unified manifest)
      or FILE.zip (unified manifest app package); validated offline

Exit codes:
  0  every mail was read and checked
  1  wrong command or option, or an invalid policy file
  2  some files could not be read (the others were checked; each is named on stderr)
  3  nothing was checked: no .eml, .msg or mbox file found, or none could be read
  4  an output file (the report) could not be written
  5  internal error (a bug; please report it)`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processIo: Io = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
};

/** An error that ends the command: a full sentence (with the file it concerns) and its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message);
    this.name = "CliError";
  }
}

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

async function scanCommand(args: string[], io: Io): Promise<number> {
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
  const reportLang: Language = values.language === "en" ? "en" : "nl";
  const policy = values.policy ? await loadPolicyFile(values.policy, lang) : undefined;
  const settings: ScanSettings = {
    policy,
    // The report's explanations come from the engine: in the report's language.
    language: reportLang,
    limits: limitsFromPolicy(policy ?? DEFAULT_POLICY),
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

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const run = command === undefined ? undefined : COMMANDS[command];
    if (run) return await run(rest, io);
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.out(USAGE);
      return command ? EXIT.ok : EXIT.usage;
    }
    io.err(`unknown command "${command}"\n\n${USAGE}`);
    return EXIT.usage;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    if (e instanceof PolicyError) {
      io.err(`policy error: ${e.message}`);
      return EXIT.usage;
    }
    if (
      e instanceof TypeError &&
      "code" in e &&
      String((e as { code: unknown }).code).startsWith("ERR_PARSE_ARGS")
    ) {
      io.err(`${e.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw e;
  }
}
