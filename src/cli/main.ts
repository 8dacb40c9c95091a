import { promises as fs } from "fs";
import { parseArgs } from "util";
import { DEFAULT_POLICY, parsePolicy, PolicyError, type Policy } from "../engine/policy";
import { isClient } from "../extract/clients";
import { collectEmlFiles, scanFile, type ScanOutcome } from "./scan";
import { runEval } from "./eval";
import { policyCommand, POLICY_USAGE } from "./policyCommand";
import { createProgress, formatSummary, summarize } from "./summary";
import { renderReport } from "./report";
import { manifestCommand, MANIFEST_USAGE } from "./manifestCommand";
import { serveCommand } from "../server/main";

const USAGE = `Usage:
  zorgvuldig scan [--policy FILE] [--format text|json] [--report FILE.html]
                  [--client classic|web|new|mac] PATH...
                                                                 scan .eml files or folders (recursively); text
                                                                 output ends with a summary per action and rule;
                                                                 attachments are read as that Outlook client reads
                                                                 them at Send (default: classic, the strictest)
${POLICY_USAGE}
  zorgvuldig eval DIR                                            score against a labelled corpus
${MANIFEST_USAGE}

Exit codes: 0 all files scanned; 1 usage or policy error; 2 some files could not be read.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processIo: Io = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
};

export async function loadPolicyFile(file: string): Promise<Policy> {
  let raw: string;
  try {
    raw = await fs.readFile(file, "utf8");
  } catch (e) {
    throw new PolicyError(
      `cannot read policy file ${file} (${(e as NodeJS.ErrnoException).code ?? "error"})`,
      "(file)"
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new PolicyError(
      `policy file ${file} is not valid JSON (${e instanceof Error ? e.message : "parse error"})`,
      "(file)"
    );
  }
  return parsePolicy(json);
}

function formatText(o: ScanOutcome): string {
  const r = o.record!;
  const counts = new Map<string, number>();
  for (const f of r.findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  const found = [...counts].map(([t, n]) => `${t}×${n}`).join(", ") || "-";
  const rules = r.verdict.rules.length ? ` [${r.verdict.rules.join(", ")}]` : "";
  return `${o.file}: ${r.verdict.action.toUpperCase()}${rules} (${r.category}) findings: ${found}`;
}

async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      policy: { type: "string" },
      format: { type: "string", default: "text" },
      report: { type: "string" },
      client: { type: "string", default: "classic" },
    },
  });
  if (!positionals.length) {
    io.err("scan: give at least one .eml file or folder\n\n" + USAGE);
    return 1;
  }
  if (values.format !== "text" && values.format !== "json") {
    io.err(`scan: --format must be text or json, not "${values.format}"`);
    return 1;
  }
  const client = values.client;
  if (!isClient(client) || client === "cli") {
    io.err(`scan: --client must be classic, web, new or mac, not "${client}"`);
    return 1;
  }
  const policy = values.policy ? await loadPolicyFile(values.policy) : undefined;
  const { files, errors } = await collectEmlFiles(positionals);
  let failed = errors.length;
  for (const e of errors) io.err(`${e.file}: error: ${e.error}`);
  const outcomes: ScanOutcome[] = [...errors];
  const progress = createProgress(files.length, process.stderr);
  for (const file of files) {
    const o = await scanFile(file, policy, client);
    outcomes.push(o);
    progress.tick();
    if (o.error) {
      failed++;
      io.err(`${file}: error: ${o.error}`);
      continue;
    }
    io.out(values.format === "json" ? JSON.stringify(o.record) : formatText(o));
  }
  progress.done();
  if (values.format === "text")
    for (const line of ["", ...formatSummary(summarize(outcomes))]) io.out(line);
  if (values.report) {
    const html = renderReport({
      outcomes,
      policy: policy ?? DEFAULT_POLICY,
      policyFile: values.policy,
      generatedAt: new Date(),
    });
    await fs.writeFile(values.report, html, "utf8");
    io.err(`report written to ${values.report}`);
  }
  return failed ? 2 : 0;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "scan":
        return await scanCommand(rest, io);
      case "eval":
        return await runEval(rest, io);
      case "policy":
        return await policyCommand(rest, io, loadPolicyFile);
      case "manifest":
        return await manifestCommand(rest, io);
      case "serve":
        return await serveCommand(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command ? 0 : 1;
      default:
        io.err(`unknown command "${command}"\n\n${USAGE}`);
        return 1;
    }
  } catch (e) {
    if (e instanceof PolicyError) {
      io.err(`policy error: ${e.message}`);
      return 1;
    }
    if (
      e instanceof TypeError &&
      "code" in e &&
      String((e as { code: unknown }).code).startsWith("ERR_PARSE_ARGS")
    ) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 1;
    }
    throw e;
  }
}
