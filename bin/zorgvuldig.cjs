#!/usr/bin/env node
// The `zorgvuldig` command: runs the CLI compiled to JavaScript (dist-cli/zorgvuldig.cjs). `npm install`
// builds it; in a working copy it is rebuilt here first when a source is newer (bin/build-cli.cjs).
const cli = require("./build-cli.cjs");
if (cli.isStale()) cli.buildCli();
require(cli.OUT);
