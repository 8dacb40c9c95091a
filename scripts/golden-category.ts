/**
 * Golden file of the category judgement: `{file, category, signals, action}` for every mail of the
 * dev corpus (../shared/corpus/dev) and test/corpus-extra, written to test/corpus/golden.json.
 *
 *   npx tsx scripts/golden-category.ts          write the golden file
 *   npx tsx scripts/golden-category.ts --check  compare the engine with it, list every difference
 *
 * Written before the category refactor (issue 11) so that a behaviour-preserving change can prove
 * it reproduces the old judgement; behaviour changes then rewrite it in their own commit.
 */
import { promises as fs, existsSync } from "fs";
import * as path from "path";
import { draftFromEml } from "../src/cli/eml";
import { check } from "../src/engine";
import { analyse } from "../src/engine/classify";

const ROOT = path.resolve(__dirname, "..");
const CORPORA = [path.resolve(ROOT, "../shared/corpus/dev"), path.join(ROOT, "test/corpus-extra")];
const GOLDEN = path.join(ROOT, "test/corpus/golden.json");

export interface GoldenRow {
  file: string;
  category: string;
  action: string;
  signals: Record<string, unknown>;
}

async function rows(): Promise<GoldenRow[]> {
  const out: GoldenRow[] = [];
  for (const dir of CORPORA) {
    if (!existsSync(dir)) {
      console.error(`skipped (absent): ${dir}`);
      continue;
    }
    const names = (await fs.readdir(dir)).filter((f) => f.endsWith(".eml")).sort();
    for (const name of names) {
      const draft = await draftFromEml(new Uint8Array(await fs.readFile(path.join(dir, name))));
      const a = analyse(draft);
      const signals: Record<string, unknown> = { ...(a.signals ?? {}) };
      out.push({
        file: path.relative(ROOT, path.join(dir, name)),
        category: a.category,
        action: check(draft).verdict.action,
        signals,
      });
    }
  }
  return out;
}

async function main(): Promise<void> {
  const now = await rows();
  if (!process.argv.includes("--check")) {
    await fs.writeFile(GOLDEN, JSON.stringify(now, null, 1) + "\n");
    console.log(`wrote ${now.length} rows to ${path.relative(ROOT, GOLDEN)}`);
    return;
  }
  const old = JSON.parse(await fs.readFile(GOLDEN, "utf8")) as GoldenRow[];
  const byFile = new Map(old.map((r) => [r.file, r]));
  let diffs = 0;
  for (const r of now) {
    const g = byFile.get(r.file);
    if (!g) {
      console.log(`${r.file}: not in golden`);
      diffs++;
      continue;
    }
    const d: string[] = [];
    if (g.category !== r.category) d.push(`category ${g.category} -> ${r.category}`);
    if (g.action !== r.action) d.push(`action ${g.action} -> ${r.action}`);
    // Only the golden's signals are compared: new signals may be added.
    for (const k of Object.keys(g.signals))
      if (JSON.stringify(g.signals[k]) !== JSON.stringify(r.signals[k]))
        d.push(`${k} ${JSON.stringify(g.signals[k])} -> ${JSON.stringify(r.signals[k])}`);
    if (d.length) {
      diffs++;
      console.log(`${r.file}: ${d.join("; ")}`);
    }
  }
  console.log(`${now.length} mails, ${diffs} differ from the golden file`);
  if (diffs) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
