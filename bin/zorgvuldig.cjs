#!/usr/bin/env node
// The `zorgvuldig` command: runs the CLI compiled to JavaScript (dist-cli/zorgvuldig.mjs). `npm install`
// builds it; in a working copy it is rebuilt here first when a source is newer (bin/build-cli.cjs).
const { pathToFileURL } = require("node:url");
const cli = require("./build-cli.cjs");
(cli.isStale() ? cli.buildCli() : Promise.resolve())
  .then(() => import(pathToFileURL(cli.OUT).href))
  .catch((e) => {
    process.stderr.write(`zorgvuldig: could not start (${e && e.message})\n`);
    process.exitCode = 5;
  });
