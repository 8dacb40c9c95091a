/**
 * Linear time: the worst of the 1 MB pathological shapes (test/fuzz/shapes.ts) through the whole engine,
 * each shape in its own process with a time limit, so a super-linear case shows as over budget.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { PATHOLOGICAL_SHAPES } from "../test/fuzz/shapes";
import type { BenchRow } from "./lib";

const LIMIT_MS = 120_000; // for 3 runs of one shape, on a shared machine
const BUDGET_MS = 1000;
const WORKER = path.join(__dirname, "..", "test", "fuzz", "shape-worker.ts");

export async function bench(): Promise<BenchRow[]> {
  let worst = { name: "", ms: 0 };
  const notes: string[] = [];
  for (const [name] of PATHOLOGICAL_SHAPES) {
    let ms: number;
    try {
      ms = Number(
        execFileSync(process.execPath, ["--import", "tsx", WORKER, name, "3"], {
          encoding: "utf8",
          timeout: LIMIT_MS,
          stdio: ["ignore", "pipe", "ignore"],
        })
      );
    } catch {
      ms = Infinity; // timed out (or failed): a super-linear case
    }
    notes.push(`${name} ${Number.isFinite(ms) ? ms.toFixed(0) : `>${LIMIT_MS / 1000}s`}`);
    if (ms >= worst.ms) worst = { name, ms };
  }
  return [
    {
      name: `worst 1 MB shape through the engine (${worst.name})`,
      medianMs: Number.isFinite(worst.ms) ? worst.ms : undefined,
      budget: `< ${BUDGET_MS} ms median`,
      ok: worst.ms < BUDGET_MS,
      note: notes.join(", "),
    },
  ];
}
