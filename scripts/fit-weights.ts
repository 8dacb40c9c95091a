/**
 * Fit the category's weight table (src/engine/features/weights.ts) on the labelled corpora
 * (../shared/corpus/dev and test/corpus-extra) and validate it on held-out folds.
 *
 *   npx tsx scripts/fit-weights.ts           report fold scores and the fitted table
 *   npx tsx scripts/fit-weights.ts --write   also write the fitted values into weights.ts
 *
 * The model: the ladder of category.ts with the weights of the table as its parameters. It is not a
 * linear score (the weights are thresholds and caps of an ordered decision), so instead of logistic
 * regression it is fitted by coordinate descent over a small grid per weight, minimising a loss that
 * counts a care mail (medical/logistic) read as general/none five times (a leak), any other wrong
 * category once. Ties keep the hand-set value. Folds are by file (k = 5, every 5th file), never by
 * tuning to one file. A weight whose loss is flat over its whole grid on all data is one the data is
 * silent on: it keeps its hand-set value and is reported as such.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { draftFromEml } from "../src/cli/eml";
import { analyse } from "../src/engine/classify";
import { judge } from "../src/engine/category";
import { extractFeatures, type Features } from "../src/engine/features";
import { WEIGHTS, type Weights } from "../src/engine/features/weights";
import type { Category } from "../src/engine/types";

const ROOT = path.resolve(__dirname, "..");
const DIRS = [path.resolve(ROOT, "../shared/corpus/dev"), path.join(ROOT, "test/corpus-extra")];
const K = 5;
const GRID = [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8];
const KEYS = Object.keys(WEIGHTS) as (keyof Weights)[];

interface Case {
  file: string;
  features: Features;
  label: Category;
}

async function load(): Promise<Case[]> {
  const out: Case[] = [];
  for (const dir of DIRS) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith(".eml"))
      .sort()) {
      const label = JSON.parse(
        readFileSync(path.join(dir, name.replace(/\.eml$/, ".json")), "utf8")
      ).category as Category;
      const a = analyse(await draftFromEml(new Uint8Array(readFileSync(path.join(dir, name)))));
      if (a.mail) out.push({ file: name, features: extractFeatures(a.mail, a.findings), label });
    }
  }
  return out;
}

const care = (c: Category): boolean => c === "medical" || c === "logistic";

function loss(cases: Case[], w: Weights): number {
  let l = 0;
  for (const c of cases) {
    const got = judge(c.features, w).category;
    if (got === c.label) continue;
    l += care(c.label) && !care(got) ? 5 : 1;
  }
  return l;
}

function accuracy(cases: Case[], w: Weights): number {
  return cases.filter((c) => judge(c.features, w).category === c.label).length / cases.length;
}

function fit(cases: Case[]): { weights: Weights; silent: (keyof Weights)[] } {
  const w: Weights = { ...WEIGHTS };
  for (let pass = 0; pass < 2; pass++)
    for (const k of KEYS) {
      let best = loss(cases, w);
      for (const v of GRID) {
        const l = loss(cases, { ...w, [k]: v });
        if (l < best) {
          best = l;
          w[k] = v;
        }
      }
    }
  const silent = KEYS.filter((k) => {
    const ls = GRID.map((v) => loss(cases, { ...w, [k]: v }));
    return ls.every((l) => l === ls[0]);
  });
  return { weights: w, silent };
}

async function main(): Promise<void> {
  const cases = await load();
  console.log(`${cases.length} labelled mails, ${K} folds by file`);
  console.log("fold  held-out  hand-set acc  fitted acc");
  for (let f = 0; f < K; f++) {
    const test = cases.filter((_, i) => i % K === f);
    const train = cases.filter((_, i) => i % K !== f);
    const { weights } = fit(train);
    console.log(
      `${String(f + 1).padStart(4)}  ${String(test.length).padStart(8)}  ${accuracy(test, WEIGHTS).toFixed(3).padStart(12)}  ${accuracy(test, weights).toFixed(3).padStart(10)}`
    );
  }
  const { weights, silent } = fit(cases);
  console.log(
    `\nall data: hand-set ${accuracy(cases, WEIGHTS).toFixed(3)}, fitted ${accuracy(cases, weights).toFixed(3)}`
  );
  console.log("weight                    hand-set  fitted");
  for (const k of KEYS)
    console.log(
      `${k.padEnd(25)} ${String(WEIGHTS[k]).padStart(8)}  ${String(weights[k]).padStart(6)}${silent.includes(k) ? "  (data silent: hand-set kept)" : ""}`
    );
  if (process.argv.includes("--write")) {
    const file = path.join(ROOT, "src/engine/features/weights.ts");
    let src = readFileSync(file, "utf8");
    for (const k of KEYS)
      if (!silent.includes(k))
        src = src.replace(new RegExp(`(\\n  ${k}: )[0-9.]+,`), `$1${weights[k]},`);
    writeFileSync(file, src);
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
