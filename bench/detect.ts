/**
 * Detection speed: a typical draft (about 2 KB with a quoted reply) through `analyse`, a 1 MB body,
 * throughput, the costly parts of the 1 MB on their own, and load time (bundled detection, and the
 * whole engine with its policy schema, each required in a fresh Node process).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { build } from "esbuild";
import { analyse, senderNameParts } from "../src/engine/classify";
import { categorize, type CategoryText } from "../src/engine/category";
import { detectMedical } from "../src/engine/detect/medical";
import type { DetectInput } from "../src/engine/detect/context";
import { normalizeText } from "../src/engine/text/normalize";
import { emptyDraft, type Draft } from "../src/engine/draft";
import { measure, mbPerSecond, type BenchRow } from "./lib";

// Fictitious reply with a quoted patient question, as written in a Dutch GP practice.
const REPLY = `Beste mevrouw De Graaf,

Dank voor uw bericht. Dokter Hendriks heeft de uitslagen van het bloedonderzoek van vorige week bekeken.
Uw cholesterol is iets verhoogd (totaal 6,8 mmol/l, LDL 4,4 mmol/l). De nuchtere glucose is normaal
(5,4 mmol/l) en ook uw nierfunctie en schildklierwaarden zijn goed. De dokter adviseert om over drie
maanden het cholesterol opnieuw te laten bepalen en in de tussentijd op voeding en beweging te letten.
Medicijnen zijn op dit moment nog niet nodig. Het labformulier ligt voor u klaar aan de balie.

Heeft u nog vragen? Belt u dan gerust tussen 13.00 en 14.00 uur, dan kunt u de dokter zelf spreken.
Uw volgende afspraak bij de praktijkondersteuner staat op dinsdag 14 mei om 10.40 uur. Wilt u een week
van tevoren nuchter bloed laten prikken? Neemt u ook uw medicijnen en uw bloeddrukmeter mee naar de afspraak,
dan kunnen we de thuismetingen vergelijken met de meting in de praktijk. Bent u verhinderd, meld dit dan
uiterlijk 24 uur van tevoren via 033 - 461 28 70 of via het patiëntenportaal op onze website.

Met vriendelijke groet,

Sanne Voorbeeld
doktersassistente

Huisartsenpraktijk Voorbeeld
Voorbeeldweg 14, 3815 AK Amersfoort
T 033 - 461 28 70 (spoed: 033 - 461 28 71)
www.huisartsenpraktijk-voorbeeld.nl

Op 3 mrt. 2025 om 16:48 schreef A. de Graaf <a.degraaf58@hotmail.com>:
> Goedemiddag,
>
> Vorige week dinsdag heb ik bloed laten prikken bij de priklocatie in het gezondheidscentrum.
> Zijn de uitslagen al binnen? Ik ben benieuwd of mijn cholesterol nog steeds te hoog is. Ik gebruik
> sinds januari amlodipine 5 mg voor mijn bloeddruk en heb soms last van duizeligheid bij het opstaan.
> Mijn geboortedatum is 12-03-1956 en mijn BSN is 1112.22.333, mocht u dat nodig hebben.
>
> Groeten,
> Ans de Graaf
`;

function draftWith(body: string): Draft {
  return emptyDraft({
    subject: "RE: uitslag bloedonderzoek",
    body,
    from: { address: "s.voorbeeld@huisartsenpraktijk-voorbeeld.nl", name: "Sanne Voorbeeld" },
    to: [{ address: "a.degraaf58@hotmail.com", name: "A. de Graaf" }],
  });
}

/** Milliseconds to require the bundled `entry` in fresh Node processes, sorted. */
async function loadMs(entry: string): Promise<number[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "zv-bench-"));
  const file = path.join(dir, "engine.js");
  const out = await build({
    entryPoints: [path.join(__dirname, entry)],
    bundle: true,
    platform: "neutral",
    format: "cjs",
    target: "es2016",
    // minified, as every shipped bundle is (launchevent.js, the task pane): what Outlook loads
    minify: true,
    write: false,
    logLevel: "silent",
  });
  writeFileSync(file, out.outputFiles[0].text);
  const script = `const t=process.hrtime();require(${JSON.stringify(file)});const d=process.hrtime(t);console.log(d[0]*1e3+d[1]/1e6)`;
  const times: number[] = [];
  for (let i = 0; i < 7; i++)
    times.push(Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim()));
  return times.sort((a, b) => a - b);
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const typical = draftWith(REPLY);
  const typicalBytes = Buffer.byteLength(REPLY + typical.subject, "utf8");
  const t = await measure(() => analyse(typical), 200, 20);
  rows.push({
    name: `analyse: typical draft (${(typicalBytes / 1024).toFixed(1)} KB, quoted reply)`,
    medianMs: t.medianMs,
    p95Ms: t.p95Ms,
    mbPerS: mbPerSecond(typicalBytes, t.medianMs),
    budget: "< 5 ms median",
    ok: t.medianMs < 5,
  });

  let big = "";
  while (big.length < 1_000_000) big += REPLY + "\n";
  big = big.slice(0, 1_000_000);
  const bigDraft = draftWith(big);
  const b = await measure(() => analyse(bigDraft), 7, 1);
  rows.push({
    name: "analyse: 1 MB body",
    medianMs: b.medianMs,
    p95Ms: b.p95Ms,
    mbPerS: mbPerSecond(Buffer.byteLength(big, "utf8"), b.medianMs),
    budget: "< 200 ms",
    ok: b.medianMs < 200,
  });

  const oneLine = big.replace(/\n/g, " ");
  const lineDraft = draftWith(oneLine);
  const l = await measure(() => analyse(lineDraft), 5, 1);
  rows.push({
    name: "analyse: 1 MB on a single line",
    medianMs: l.medianMs,
    p95Ms: l.p95Ms,
    mbPerS: mbPerSecond(Buffer.byteLength(oneLine, "utf8"), l.medianMs),
    budget: "< 200 ms",
    ok: l.medianMs < 200,
  });

  // Where the 1 MB goes: the costly parts on their own (same body, already normalised).
  const norm = normalizeText(big);
  const input: DetectInput = { norm, where: "body", senderNameParts: senderNameParts(bigDraft) };
  const medical = await measure(() => detectMedical(input), 7, 1);
  rows.push({
    name: "  medical recogniser, 1 MB body",
    medianMs: medical.medianMs,
    p95Ms: medical.p95Ms,
    budget: "part of < 200 ms",
    ok: medical.medianMs < 80,
  });
  const findings = analyse(bigDraft).findings;
  const texts: CategoryText[] = [{ where: "body", original: big, text: norm.text }];
  const cat = await measure(
    () => categorize({ texts, findings, from: bigDraft.from, to: bigDraft.to, cc: [], bcc: [] }),
    7,
    1
  );
  rows.push({
    name: "  category, 1 MB body",
    medianMs: cat.medianMs,
    p95Ms: cat.p95Ms,
    budget: "part of < 200 ms",
    ok: cat.medianMs < 50,
  });
  const nm = await measure(() => normalizeText(big), 7, 1);
  rows.push({
    name: "  normalisation, 1 MB body",
    medianMs: nm.medianMs,
    p95Ms: nm.p95Ms,
    budget: "part of < 200 ms",
    ok: nm.medianMs < 30,
  });

  const detection = await loadMs("../src/engine/classify.ts");
  const detectionMedian = detection[Math.floor(detection.length / 2)];
  rows.push({
    name: "detection load (require bundled classify, fresh process)",
    medianMs: detectionMedian,
    p95Ms: detection[detection.length - 1],
    budget: "< 50 ms",
    ok: detectionMedian < 50,
    note: "lexicons, recognisers, category",
  });
  const load = await loadMs("../src/engine/index.ts");
  const median = load[Math.floor(load.length / 2)];
  const policy = await loadMs("../src/engine/policy.ts");
  const policyMedian = policy[Math.floor(policy.length / 2)];
  rows.push({
    name: "engine load (require bundled src/engine, fresh process)",
    medianMs: median,
    p95Ms: load[load.length - 1],
    budget: "< 50 ms",
    ok: median < 50,
    note: `of which policy.ts with zod alone ${policyMedian.toFixed(1)} ms`,
  });
  return rows;
}
