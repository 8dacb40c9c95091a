/**
 * The corpus eval (`npm run eval`) as a regression test: every labelled case of the dev corpus and of
 * test/corpus-extra goes through the CLI's own scan and scoring (src/cli/scan.ts, src/cli/eval.ts), and
 * its failing fields must be exactly those in known-failures.json. A newly failing case fails the test;
 * so does a listed case that now passes (remove it from the list, so the list stays honest).
 * The dev corpus lives outside the repository (../shared) and is skipped when absent; corpus-extra never is.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { score } from "../../src/cli/eval";
import { scanFile } from "../../src/cli/scan";
import known from "./known-failures.json";
import { usePdfjsInJest } from "../fixtures/attachments/pdfjs-for-jest";

// PDF attachments are read as in the CLI (see the helper: jest cannot load unpdf's ES module itself).
beforeAll(() => usePdfjsInJest());

type Pair = Parameters<typeof score>[0][number];
type Label = Pair["label"];

const ROOT = path.resolve(__dirname, "../..");
const CORPORA: { key: keyof typeof known; dir: string; optional: boolean }[] = [
  { key: "dev", dir: path.resolve(ROOT, "../shared/corpus/dev"), optional: true },
  { key: "corpus-extra", dir: path.join(ROOT, "test/corpus-extra"), optional: false },
];

/** The fields of one case that the eval counts as wrong: action, category, rule:<id>, entity:<type>. */
export function failingFields(pair: Pair): string[] {
  const r = score([pair], []);
  const out: string[] = [];
  if (r.actionAccuracy < 1) out.push("action");
  if (r.categoryAccuracy < 1) out.push("category");
  for (const [id, c] of Object.entries(r.rules)) if (c.fp + c.fn > 0) out.push(`rule:${id}`);
  for (const [type, c] of Object.entries(r.entities))
    if (c.fp + c.fn > 0) out.push(`entity:${type}`);
  return out;
}

for (const corpus of CORPORA) {
  const present = existsSync(corpus.dir);
  const listed: Record<string, string[]> = known[corpus.key];
  const ids = present
    ? readdirSync(corpus.dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.slice(0, -".json".length))
        .sort()
    : [];
  const run = present || !corpus.optional ? describe : describe.skip;

  run(`corpus eval: ${corpus.key}`, () => {
    test("the corpus is there and every known failure names one of its cases", () => {
      expect(ids.length).toBeGreaterThan(0);
      const unknown = Object.keys(listed).filter((id) => ids.indexOf(id) < 0);
      expect(unknown).toEqual([]);
    });

    test.each(ids)("%s", async (id) => {
      const label = JSON.parse(readFileSync(path.join(corpus.dir, id + ".json"), "utf8")) as Label;
      const outcome = await scanFile(path.join(corpus.dir, id + ".eml"), undefined);
      if (!outcome.record) throw new Error(`${id}: ${outcome.error ?? "no record"}`);
      const got = failingFields({ label, record: outcome.record });
      const want = (listed[id] ?? []).slice().sort();
      const fixed = want.filter((f) => got.indexOf(f) < 0);
      const broken = got.filter((f) => want.indexOf(f) < 0);
      if (fixed.length)
        throw new Error(
          `${id} now passes ${fixed.join(", ")}: remove it from test/corpus/known-failures.json`
        );
      if (broken.length)
        throw new Error(
          `${id} newly fails ${broken.join(", ")} (${score([{ label, record: outcome.record }], []).mistakes.join(" ")})`
        );
    });
  });
}
