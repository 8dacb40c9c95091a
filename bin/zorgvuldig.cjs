#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx zorgvuldig` works right after `npm install`.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`zorgvuldig: internal error (${e && e.name ? e.name : "error"})\n`);
    process.exitCode = 3;
  }
);
