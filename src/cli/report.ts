import { ACTIONS, CATEGORIES, RULE_IDS, type Action, type Language } from "../engine/types";
import type { Policy } from "../engine/policy";
import { ACTION_NAMES, CATEGORY_NAMES, RULE_NAMES, tc } from "../i18n/cli";
import type { ScanOutcome } from "./scan";
import { summarize, type ScanSummary } from "./summary";
import { describePolicy } from "./policyCommand";

/** Colours per action, the same in charts and tables. */
const COLOUR: Record<Action, string> = {
  allow: "#2e7d32",
  warn: "#f9a825",
  secure: "#1565c0",
  block: "#c62828",
};
const CATEGORY_COLOUR = "#6a1b9a";

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
  const labelW = 330;
  const barW = 300;
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
  language: Language;
  /** leave file names and paths out (`--no-paths`): mails are numbered instead */
  noPaths?: boolean;
  /** the time zone for the timestamp; the machine's own when absent */
  timeZone?: string;
}

/** Local time with its zone, as the FG reads it: "2 december 2026 om 13:05 CET". */
export function formatLocalTime(d: Date, lang: Language, timeZone?: string): string {
  return (
    new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", {
      dateStyle: "long",
      timeStyle: "short",
      timeZone,
    }).format(d) + ` (${zoneName(d, lang, timeZone)})`
  );
}

function zoneName(d: Date, lang: Language, timeZone?: string): string {
  const part = new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    timeZoneName: "short",
    timeZone,
  })
    .formatToParts(d)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? "";
}

/**
 * The dry-run report for the admin and the privacy officer (FG): one self-contained HTML file (inline CSS
 * and SVG, no scripts, no external resources). It names files (unless `noPaths`), rules, their
 * explanation and handbook source, never message content.
 */
export function renderReport(input: ReportInput): string {
  const lang = input.language;
  const s: ScanSummary = summarize(input.outcomes);
  const ruleName = RULE_NAMES[lang];
  const ruleBars = RULE_IDS.map((r) => ({
    label: ruleName[r],
    value: s.perRule[r],
    colour: COLOUR[s.ruleAction[r] ?? "warn"],
  }));
  const actionBars = [...ACTIONS]
    .reverse()
    .map((a) => ({ label: ACTION_NAMES[lang][a], value: s.perAction[a], colour: COLOUR[a] }));
  const categoryBars = CATEGORIES.map((c) => ({
    label: CATEGORY_NAMES[lang][c],
    value: s.perCategory[c],
    colour: CATEGORY_COLOUR,
  }));

  const label = (o: ScanOutcome, n: number): string =>
    input.noPaths ? tc(lang, "report.mail", { n }) : o.file;
  const stopped: string[] = [];
  const confirm: string[] = [];
  const errors: string[] = [];
  const sources = new Map<string, string>();
  input.outcomes.forEach((o, i) => {
    if (!o.record || !o.hits) {
      const why = o.error ? tc(lang, o.error.key, { file: "", ...o.error.params }) : "";
      errors.push(`<li>${esc(label(o, i + 1))}: ${esc(why.replace(/^: /, ""))}</li>`);
      return;
    }
    const action = o.record.verdict.action;
    if (action === "allow") return;
    const target = action === "warn" ? confirm : stopped;
    o.hits.forEach((h, k) => {
      sources.set(h.rule, h.source.section);
      target.push(
        `<tr>${k === 0 ? `<td rowspan="${o.hits!.length}">${esc(label(o, i + 1))}</td><td rowspan="${o.hits!.length}"><span class="a ${action}">${esc(ACTION_NAMES[lang][action])}</span></td>` : ""}` +
          `<td>${esc(ruleName[h.rule])}</td><td>${esc(h.explanation)}</td></tr>`
      );
    });
  });
  const head = (...cols: string[]): string =>
    `<thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead>`;
  const table = (rows: string[]): string =>
    rows.length
      ? `<table>${head(tc(lang, "report.col.file"), tc(lang, "report.col.action"), tc(lang, "report.col.rule"), tc(lang, "report.col.explanation"))}<tbody>${rows.join("")}</tbody></table>`
      : `<p>${esc(tc(lang, "report.none"))}</p>`;
  const ruleRows = RULE_IDS.filter((r) => sources.has(r)).map(
    (r) =>
      `<tr><td>${esc(ruleName[r])}</td><td><code>${esc(r)}</code></td><td>${esc(tc(lang, "report.sourcePrefix") + sources.get(r)!)}</td></tr>`
  );
  const intro = tc(lang, "report.intro", {
    mails: s.mails,
    errors: s.errors ? tc(lang, "report.intro.errors", { n: s.errors }) : "",
    when: formatLocalTime(input.generatedAt, lang, input.timeZone),
    policy:
      input.policyFile && !input.noPaths
        ? tc(lang, "report.policy.file", { file: input.policyFile })
        : tc(lang, "report.policy.default"),
  });

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(tc(lang, "report.title"))}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;max-width:72em;color:#222}
table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}.a{color:#fff;padding:.1em .5em;border-radius:.3em;white-space:nowrap}
${ACTIONS.map((a) => `.${a}{background:${COLOUR[a]}}`).join("")}.warn{color:#222}
.charts{display:flex;flex-wrap:wrap;gap:2em}pre{background:#f7f7f7;padding:.5em;white-space:pre-wrap}.note{background:#fff8e1;padding:.5em}
</style>
</head>
<body>
<h1>${esc(tc(lang, "report.title"))}</h1>
<p>${esc(intro)}</p>
<p class="note">${esc(tc(lang, input.noPaths ? "report.noPaths" : "report.paths"))}</p>
<div class="charts">
${barChartSvg(tc(lang, "report.chart.action"), actionBars)}
${barChartSvg(tc(lang, "report.chart.rule"), ruleBars)}
${barChartSvg(tc(lang, "report.chart.category"), categoryBars)}
</div>
<h2>${esc(tc(lang, "report.stopped", { n: s.perAction.secure + s.perAction.block }))}</h2>
${table(stopped)}
<h2>${esc(tc(lang, "report.confirm", { n: s.perAction.warn }))}</h2>
${table(confirm)}
${errors.length ? `<h2>${esc(tc(lang, "report.unreadable"))}</h2><ul>${errors.join("")}</ul>` : ""}
${ruleRows.length ? `<h2>${esc(tc(lang, "report.rules"))}</h2><table>${head(tc(lang, "report.col.rule"), "id", tc(lang, "report.col.source"))}<tbody>${ruleRows.join("")}</tbody></table>` : ""}
<h2>${esc(tc(lang, "report.policy"))}</h2>
<pre>${esc(describePolicy(input.policy, lang).join("\n"))}</pre>
</body>
</html>
`;
}
