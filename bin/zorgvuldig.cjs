#!/usr/bin/env node
// The `zorgvuldig` command: runs the CLI compiled to JavaScript (dist-cli/zorgvuldig.mjs). `npm install`
// builds it; in a working copy it is rebuilt here first when a source is newer (bin/build-cli.cjs).
// Compile each regular expression to machine code at its first use instead of interpreting it first
// and compiling it again at the second: the detector's ~1500 expressions are each run a few times on a
// small mail, so this saves about 45 ms of the 330 ms a one-mail scan takes (bench/cli.ts).
require("node:v8").setFlagsFromString("--no-regexp-tier-up");
const { pathToFileURL } = require("node:url");
const cli = require("./build-cli.cjs");
(cli.isStale() ? cli.buildCli() : Promise.resolve())
  .then(() => import(pathToFileURL(cli.OUT).href))
  .catch((e) => {
    process.stderr.write(`zorgvuldig: could not start (${e && e.message})\n`);
    process.exitCode = 5;
  });
