/**
 * The entry of the bundled CLI (dist-cli/zorgvuldig.mjs, built by bin/build-cli.cjs). The same file runs
 * the scan worker threads. Ends quietly when the reader of stdout goes away (`| head`).
 */
import { tc, terminalLanguage } from "../i18n/cli";
import { EXIT, main } from "./main";
import { runAsWorkerIfStarted, setWorkerScript } from "./pool";

function quietOnEpipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

if (!runAsWorkerIfStarted()) {
  setWorkerScript(__filename);
  quietOnEpipe(process.stdout);
  quietOnEpipe(process.stderr);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const name = e instanceof Error ? e.name : "error";
      process.stderr.write(tc(terminalLanguage(undefined), "err.internal", { name }) + "\n");
      if (process.env.ZV_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
      process.exitCode = EXIT.internal;
    }
  );
}
