/**
 * Name and date recognisers on their own: a typical 2 KB draft, a 1 MB body, the lexicon build at
 * load, and what the recognisers plus lexicons add (gzipped) to a send-time bundle.
 */
import { gzipSync } from "zlib";
import * as path from "path";
import { build } from "esbuild";
import { detectName } from "../src/engine/detect/name";
import { detectDate } from "../src/engine/detect/date";
import { buildNameLexicon } from "../src/engine/lexicon";
import { normalizeText } from "../src/engine/text/normalize";
import type { DetectInput } from "../src/engine/detect/context";
import { measure, mbPerSecond, type BenchRow } from "./lib";

// Fictitious, as written in a Dutch practice: a reply with a quoted message.
const DRAFT = `Beste mevrouw Van der Linden,

Dank voor uw bericht. Dokter Hendriks heeft de uitslagen bekeken; uw dochter Emma (geb. 12-09-2015) kan
terecht bij onze kinderfysiotherapeut Joris de Haan op dinsdag 14 mei om 10.40 uur. Mw. J.W. Smit van de
balie belt u nog over de verwijzing naar dr. P. de Vries-Bakker in het ziekenhuis.

Heeft u nog vragen? Belt u dan gerust tussen 13.00 en 14.00 uur.

Met vriendelijke groet,

Sanne Voorbeeld
doktersassistente
Huisartsenpraktijk De Voorbeeld
Voorbeeldweg 14, 3815 AK Amersfoort

Op 3 mrt. 2025 om 16:48 schreef Ans van der Linden <ans@example.nl>:
> Goedemiddag,
>
> Vorige week heb ik bloed laten prikken. Zijn de uitslagen al binnen? Mijn man Kees vraagt of
> Emma ook bij de fysiotherapeut terecht kan. Zij heeft sinds de ziekte van Pfeiffer veel last.
>
> Groeten,
> Ans van der Linden
`.repeat(2);

const input = (text: string): DetectInput => ({
  norm: normalizeText(text),
  where: "body",
  senderNameParts: ["sanne", "voorbeeld"],
});

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const typical = input(DRAFT);
  for (const [name, fn] of [
    ["name recogniser, typical draft", detectName],
    ["date recogniser, typical draft", detectDate],
  ] as const) {
    const t = await measure(() => fn(typical), 200, 20);
    rows.push({
      name,
      medianMs: t.medianMs,
      p95Ms: t.p95Ms,
      budget: "part of < 5 ms median",
      ok: t.medianMs < 2,
    });
  }
  const big = input(DRAFT.repeat(Math.ceil(1e6 / DRAFT.length)).slice(0, 1e6));
  const tb = await measure(() => detectName(big), 5, 1);
  rows.push({
    name: "name recogniser, 1 MB body",
    medianMs: tb.medianMs,
    p95Ms: tb.p95Ms,
    mbPerS: mbPerSecond(1e6, tb.medianMs),
    budget: "part of < 200 ms",
    ok: tb.medianMs < 150,
  });
  const tl = await measure(() => buildNameLexicon(), 20, 2);
  rows.push({
    name: "name lexicon build (load)",
    medianMs: tl.medianMs,
    p95Ms: tl.p95Ms,
    budget: "< 50 ms",
    ok: tl.medianMs < 50,
  });
  const root = path.join(__dirname, "..");
  const out = await build({
    stdin: {
      contents:
        'export { detectName } from "./src/engine/detect/name"; export { detectDate } from "./src/engine/detect/date";',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    target: "es2016",
    format: "iife",
    write: false,
  });
  const bytes = gzipSync(out.outputFiles[0].contents).length;
  rows.push({
    name: "name+date recognisers and lexicons, gzipped",
    bytes,
    budget: "part of 250 KB",
    ok: bytes < 100_000,
  });
  return rows;
}
