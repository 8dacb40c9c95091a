import { ACTIONS, RULE_IDS, type Action } from "../engine/types";
import type { Policy } from "../engine/policy";
import type { ScanOutcome } from "./scan";
import { summarize, type ScanSummary } from "./summary";
import { describePolicy } from "./policyCommand";

/** Colours per action, the same in chart and tables. */
const COLOUR: Record<Action, string> = {
  allow: "#2e7d32",
  warn: "#f9a825",
  secure: "#1565c0",
  block: "#c62828",
};

function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string
  );
}

/** Horizontal bar chart as inline SVG: one bar per label, no scripts, no external files. */
export function barChartSvg(
  title: string,
  bars: { label: string; value: number; colour: string }[]
): string {
  const rowH = 26;
  const labelW = 210;
  const barW = 360;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const h = bars.length * rowH + 34;
  const rows = bars
    .map((b, i) => {
      const y = 28 + i * rowH;
      const w = Math.round((barW * b.value) / max);
      return (
        `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(b.label)}</text>` +
        `<rect x="${labelW}" y="${y + 2}" width="${w}" height="${rowH - 8}" fill="${b.colour}"><title>${esc(b.label)}: ${b.value}</title></rect>` +
        `<text x="${labelW + w + 6}" y="${y + 15}">${b.value}</text>`
      );
    })
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${labelW + barW + 60}" height="${h}" font-family="sans-serif" font-size="13">` +
    `<text x="0" y="16" font-weight="bold">${esc(title)}</text>${rows}</svg>`
  );
}

export interface ReportInput {
  outcomes: readonly ScanOutcome[];
  policy: Policy;
  policyFile?: string;
  generatedAt: Date;
}

/**
 * The admin's dry-run report: one self-contained HTML file (inline CSS and SVG, no scripts, no external
 * resources). It names files, rules and the rules' explanations, never message content.
 */
export function renderReport(input: ReportInput): string {
  const s: ScanSummary = summarize(input.outcomes);
  const ruleBars = RULE_IDS.map((r) => ({
    label: r,
    value: s.perRule[r],
    colour: COLOUR[s.ruleAction[r] ?? "warn"],
  }));
  const actionBars = [...ACTIONS]
    .reverse()
    .map((a) => ({ label: a, value: s.perAction[a], colour: COLOUR[a] }));

  const stopped: string[] = [];
  const confirm: string[] = [];
  for (const o of input.outcomes) {
    if (!o.result) continue;
    const v = o.result.verdict;
    if (v.action === "allow") continue;
    const target = v.action === "warn" ? confirm : stopped;
    const hits = v.hits;
    hits.forEach((h, i) => {
      target.push(
        `<tr>${i === 0 ? `<td rowspan="${hits.length}">${esc(o.file)}</td><td rowspan="${hits.length}"><span class="a ${v.action}">${v.action}</span></td>` : ""}` +
          `<td><code>${esc(h.rule)}</code></td><td>${esc(h.explanation)}</td></tr>`
      );
    });
  }
  const errors = input.outcomes
    .filter((o) => !o.result)
    .map((o) => `<li>${esc(o.file)}: ${esc(o.error ?? "error")}</li>`);
  const table = (rows: string[], empty: string): string =>
    rows.length
      ? `<table><thead><tr><th>file</th><th>action</th><th>rule</th><th>explanation</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
      : `<p>${empty}</p>`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Zorgvuldig dry run</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}td code{white-space:nowrap}.a{color:#fff;padding:.1em .5em;border-radius:.3em}
${ACTIONS.map((a) => `.${a}{background:${COLOUR[a]}}`).join("")}
.charts{display:flex;flex-wrap:wrap;gap:2em}pre{background:#f7f7f7;padding:.5em}
</style>
</head>
<body>
<h1>Zorgvuldig dry run</h1>
<p>${s.mails} mails checked${s.errors ? `, ${s.errors} could not be read` : ""}; generated ${esc(input.generatedAt.toISOString())}${input.policyFile ? ` with policy <code>${esc(input.policyFile)}</code>` : " with the default policy"}. This report names files and rules, never message content.</p>
<div class="charts">
${barChartSvg("Mails per rule", ruleBars)}
${barChartSvg("Mails per action", actionBars)}
</div>
<h2>Mails that would be stopped (secure or block): ${s.perAction.secure + s.perAction.block}</h2>
${table(stopped, "None.")}
<h2>Mails that would ask the user to confirm (warn)</h2>
${table(confirm, "None.")}
${errors.length ? `<h2>Files that could not be read</h2><ul>${errors.join("")}</ul>` : ""}
<h2>Effective policy</h2>
<pre>${esc(describePolicy(input.policy).join("\n"))}</pre>
</body>
</html>
`;
}
