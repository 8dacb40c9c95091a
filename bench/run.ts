/**
 * `npm run bench`: runs every bench/<area>.ts module that exports `bench()` and prints one table.
 * Figures are medians and p95 over repeated runs; budgets are printed next to them.
 * Exits 1 when any figure misses its budget (issue 15): a slow build must not look green.
 */
import { readdirSync } from "fs";
import * as path from "path";
import type { BenchRow } from "./lib";

interface BenchModule {
  bench: () => Promise<BenchRow[]>;
}

const fmt = (x: number | undefined, digits = 2): string =>
  x === undefined ? "" : x.toFixed(digits);

function formatRow(r: BenchRow): string {
  const cells = [
    r.name.padEnd(54),
    fmt(r.medianMs).padStart(10),
    fmt(r.p95Ms).padStart(10),
    fmt(r.mbPerS, 1).padStart(9),
    (r.bytes === undefined ? "" : `${(r.bytes / 1024).toFixed(1)} KB`).padStart(11),
    (r.budget ?? "").padEnd(18),
    r.ok === undefined ? "" : r.ok ? "ok" : "OVER BUDGET",
  ];
  return cells.join(" ") + (r.note ? `  (${r.note})` : "");
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const modules = readdirSync(__dirname)
    .filter((f) => f.endsWith(".ts") && f !== "lib.ts" && f !== "run.ts")
    .filter((f) => !only.length || only.some((o) => f.startsWith(o)))
    .sort();
  console.log(
    [
      "benchmark".padEnd(54),
      "median ms".padStart(10),
      "p95 ms".padStart(10),
      "MB/s".padStart(9),
      "size".padStart(11),
      "budget".padEnd(18),
    ].join(" ")
  );
  let over = 0;
  for (const file of modules) {
    const mod = (await import(path.join(__dirname, file))) as Partial<BenchModule>;
    if (typeof mod.bench !== "function") continue;
    console.log(`-- ${file}`);
    for (const row of await mod.bench()) {
      console.log(formatRow(row));
      if (row.ok === false) over++;
    }
  }
  if (over) {
    console.log(`\n${over} figure(s) over budget`);
    process.exitCode = 1;
  } else console.log("\nall figures within budget");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
