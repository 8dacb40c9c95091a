/**
 * Child process of bench/pathological.ts: times one 1 MB shape through the whole engine (plain body
 * and HTML body, htmlToText included) and prints the median milliseconds. A separate process so that
 * a super-linear case can be stopped by a timeout instead of hanging the bench.
 */
import { check } from "../../src/engine";
import { emptyDraft } from "../../src/engine/draft";
import { htmlToText } from "../../src/engine/text/html";
import { PATHOLOGICAL_SHAPES } from "./shapes";

const entry = PATHOLOGICAL_SHAPES.find(([name]) => name === process.argv[2]);
if (!entry) throw new Error("unknown shape");
const input = entry[1]();
const draft = (body: string) =>
  emptyDraft({
    subject: "Bericht",
    body,
    from: { address: "assistent@praktijk-test.nl" },
    to: [{ address: "iemand@gmail.com" }],
  });
const runs = Number(process.argv[3] ?? 3);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  check(draft(input));
  check(draft(htmlToText(input).text));
  // two checks per run: report the slower of the plain and HTML paths as one figure per 1 MB
  times.push((performance.now() - t0) / 2);
}
times.sort((a, b) => a - b);
process.stdout.write(String(times[Math.floor(times.length / 2)]));
