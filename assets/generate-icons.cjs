#!/usr/bin/env node
/**
 * Writes the add-in's ribbon icons (16/32/64/80/128 px PNG) from scripts/icons.cjs.
 * Run `node assets/generate-icons.cjs` after changing the design, and commit the PNGs.
 */
const fs = require("node:fs");
const path = require("node:path");
const { iconPng } = require("../scripts/icons.cjs");

for (const size of [16, 32, 64, 80, 128])
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), iconPng(size, "tile"));
console.log("icons written to", __dirname);
