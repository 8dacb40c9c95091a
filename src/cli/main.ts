// Only light imports here: the commands load the engine when they run (see COMMANDS).

export const POLICY_USAGE = `  zorgvuldig policy check FILE                                   validate a policy file and print the effective policy
  zorgvuldig policy schema                                       print the JSON Schema of policy files (docs/policy.schema.json)`;

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
                  [--language nl|en] [--jobs N]
                  [--client classic|web|new|mac] PATH...
      check .eml, .msg and mbox files, or folders of them (recursively); text output ends with a
      summary per action and rule. --report writes the HTML report for the privacy officer (Dutch
      unless --language en); --no-paths leaves file names out of it. --jobs: threads (default: cores).
      Attachments are read as that Outlook client reads them at Send (default: classic, the strictest).`;

/** The subcommands; a new one is one entry here (and one line in USAGE). */
const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  // Each command is loaded when used, so `zorgvuldig --help` starts without the engine.
  scan: async (args, io) => (await import("./scanCommand")).scanCommand(args, io),
  eval: async (args, io) => (await import("./eval")).runEval(args, io),
  policy: async (args, io) => {
    const [{ policyCommand }, { loadPolicyFile }] = await Promise.all([
      import("./policyCommand"),
      import("./scanCommand"),
    ]);
    return policyCommand(args, io, loadPolicyFile);
  },
  manifest: async (args, io) => (await import("./manifestCommand")).manifestCommand(args, io),
  serve: async (args, io) => (await import("../server/main")).serveCommand(args, io),
};

export const USAGE = `Usage:
${SCAN_USAGE}
${POLICY_USAGE}
  zorgvuldig eval DIR                                            score against a labelled corpus
  zorgvuldig manifest --url URL --out FILE [--manifest manifest.xml]
      the manifest for the practice's host: FILE.xml (upload this one), FILE.json (unified manifest)
      or FILE.zip (unified manifest app package); validated offline
  zorgvuldig serve ...                                           the practice service (zorgvuldig serve --help)

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
    if (e instanceof Error && e.name === "PolicyError") {
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
