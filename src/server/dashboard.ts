/**
 * The FG's dashboard: server-rendered HTML (no script, no CDN), Dutch with an English switch, inline SVG
 * charts, and the CSV export. Pure functions of the store's rows.
 */
import type { ConsentRow, CountRow, EventRow } from "./store";
import type { AuditKind } from "./types";

export type Lang = "nl" | "en";

const T = {
  nl: {
    title: "Zorgvuldig — overzicht voor de functionaris gegevensbescherming",
    period: "Periode",
    from: "van",
    to: "tot en met",
    show: "Toon",
    export: "Exporteer CSV",
    logout: "Afmelden",
    loggedIn: "Aangemeld als",
    other: "English",
    stop: "Tegengehouden",
    route: "Beveiligd verstuurd",
    override: "Uitzonderingen",
    consent: "Toestemmingen",
    "consent-withdrawn": "Ingetrokken",
    "false-alarm": "Meldingen geen patiëntinformatie",
    perWeek: "Per week",
    perRule: "Per regel",
    perUser: "Per gebruiker",
    perField: "Per werkveld",
    week: "Week van",
    rule: "Regel",
    user: "Gebruiker",
    field: "Werkveld",
    overrides: "Uitzonderingen met reden",
    time: "Tijd",
    rules: "Regels",
    reasonCode: "Reden",
    reasonText: "Toelichting",
    consents: "Toestemming voor afspraakberichten per gewone mail",
    recipient: "Ontvanger (versleuteld)",
    since: "Sinds",
    status: "Status",
    active: "geldig",
    withdrawn: "ingetrokken",
    withdraw: "Intrekken",
    falseAlarms: "Meldingen “Dit is geen patiëntinformatie”",
    category: "Soort bericht",
    findings: "Gevonden",
    none: "Niets in deze periode.",
    noContent:
      "Hier staat nooit de inhoud van een bericht: alleen regels, aantallen, domeinen, de gebruiker en de reden.",
  },
  en: {
    title: "Zorgvuldig — overview for the data protection officer",
    period: "Period",
    from: "from",
    to: "to (inclusive)",
    show: "Show",
    export: "Export CSV",
    logout: "Sign out",
    loggedIn: "Signed in as",
    other: "Nederlands",
    stop: "Stopped",
    route: "Sent securely",
    override: "Overrides",
    consent: "Consents",
    "consent-withdrawn": "Withdrawn",
    "false-alarm": "Reports: not patient information",
    perWeek: "Per week",
    perRule: "Per rule",
    perUser: "Per user",
    perField: "Per field of care",
    week: "Week of",
    rule: "Rule",
    user: "User",
    field: "Field",
    overrides: "Overrides with reason",
    time: "Time",
    rules: "Rules",
    reasonCode: "Reason",
    reasonText: "Explanation",
    consents: "Consent to appointment mail by regular e-mail",
    recipient: "Recipient (hashed)",
    since: "Since",
    status: "Status",
    active: "valid",
    withdrawn: "withdrawn",
    withdraw: "Withdraw",
    falseAlarms: "Reports “This is not patient information”",
    category: "Kind of mail",
    findings: "Found",
    none: "Nothing in this period.",
    noContent:
      "Message content is never shown here: only rules, counts, domains, the user and the reason.",
  },
} as const;

type Key = keyof (typeof T)["nl"];

export function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string
  );
}

const CHART_KINDS: readonly AuditKind[] = ["stop", "route", "override"];
const COLORS: Record<string, string> = {
  stop: "#c50f1f",
  route: "#107c10",
  override: "#ca5010",
  consent: "#0f6cbd",
  "false-alarm": "#8764b8",
};

export interface DashboardData {
  lang: Lang;
  user: string;
  from: string;
  to: string;
  csrf: string;
  perWeek: CountRow[];
  perRule: CountRow[];
  perUser: CountRow[];
  perField: CountRow[];
  overrides: EventRow[];
  falseAlarms: EventRow[];
  consents: ConsentRow[];
}

/** key -> kind -> count */
function pivot(rows: readonly CountRow[]): Map<string, Map<AuditKind, number>> {
  const m = new Map<string, Map<AuditKind, number>>();
  for (const r of rows) {
    if (!m.has(r.key)) m.set(r.key, new Map());
    m.get(r.key)!.set(r.kind, r.n);
  }
  return m;
}

/** Stacked bars per week: stops, routes, overrides. */
export function weekChart(rows: readonly CountRow[], t: (k: Key) => string): string {
  const data = [...pivot(rows)].sort((a, b) => a[0].localeCompare(b[0]));
  if (!data.length) return "";
  const max = Math.max(
    1,
    ...data.map(([, m]) => CHART_KINDS.reduce((s, k) => s + (m.get(k) ?? 0), 0))
  );
  const bw = 28;
  const gap = 10;
  const h = 160;
  const width = data.length * (bw + gap) + 40;
  const bars = data
    .map(([week, m], i) => {
      let y = h;
      const x = 30 + i * (bw + gap);
      const parts = CHART_KINDS.map((k) => {
        const n = m.get(k) ?? 0;
        if (!n) return "";
        const bh = (n / max) * (h - 10);
        y -= bh;
        return `<rect x="${x}" y="${y.toFixed(1)}" width="${bw}" height="${bh.toFixed(1)}" fill="${COLORS[k]}"><title>${esc(week)} ${esc(t(k as Key))}: ${n}</title></rect>`;
      }).join("");
      const label = `<text x="${x + bw / 2}" y="${h + 14}" font-size="9" text-anchor="middle">${esc(week.slice(5))}</text>`;
      return parts + label;
    })
    .join("");
  const legend = CHART_KINDS.map(
    (k, i) =>
      `<rect x="${30 + i * 150}" y="${h + 24}" width="10" height="10" fill="${COLORS[k]}"/><text x="${44 + i * 150}" y="${h + 33}" font-size="11">${esc(t(k as Key))}</text>`
  ).join("");
  return `<svg role="img" aria-label="${esc(t("perWeek"))}" width="${Math.max(width, 480)}" height="${h + 40}" viewBox="0 0 ${Math.max(width, 480)} ${h + 40}" xmlns="http://www.w3.org/2000/svg"><text x="0" y="12" font-size="10">${max}</text><line x1="26" y1="${h}" x2="${width}" y2="${h}" stroke="#888"/>${bars}${legend}</svg>`;
}

/** A table with one row per key and an inline bar per kind. */
function countTable(rows: readonly CountRow[], head: string, t: (k: Key) => string): string {
  const data = [...pivot(rows)];
  if (!data.length) return `<p class="none">${esc(t("none"))}</p>`;
  const total = (m: Map<AuditKind, number>) => CHART_KINDS.reduce((s, k) => s + (m.get(k) ?? 0), 0);
  data.sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  const max = Math.max(1, ...data.map(([, m]) => total(m)));
  const cells = (m: Map<AuditKind, number>) =>
    CHART_KINDS.map((k) => `<td class="n">${m.get(k) ?? 0}</td>`).join("");
  const bar = (m: Map<AuditKind, number>) => {
    let x = 0;
    const parts = CHART_KINDS.map((k) => {
      const w = ((m.get(k) ?? 0) / max) * 200;
      const r = w
        ? `<rect x="${x.toFixed(1)}" y="2" width="${w.toFixed(1)}" height="12" fill="${COLORS[k]}"/>`
        : "";
      x += w;
      return r;
    }).join("");
    return `<svg width="200" height="16" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">${parts}</svg>`;
  };
  return `<table><thead><tr><th>${esc(head)}</th>${CHART_KINDS.map((k) => `<th>${esc(t(k as Key))}</th>`).join("")}<th></th></tr></thead><tbody>${data
    .map(([key, m]) => `<tr><td>${esc(key)}</td>${cells(m)}<td>${bar(m)}</td></tr>`)
    .join("")}</tbody></table>`;
}

const fmtTime = (iso: string) => iso.replace("T", " ").slice(0, 16);
const fmtFindings = (f: Record<string, number>) =>
  Object.entries(f)
    .map(([k, n]) => `${k}×${n}`)
    .join(", ");

export function renderDashboard(d: DashboardData): string {
  const t = (k: Key) => T[d.lang][k];
  const q = (lang: Lang) =>
    `?from=${encodeURIComponent(d.from)}&amp;to=${encodeURIComponent(d.to)}&amp;lang=${lang}`;
  const totals = new Map<string, number>();
  for (const r of d.perWeek) totals.set(r.kind, (totals.get(r.kind) ?? 0) + r.n);
  const card = (k: AuditKind) =>
    `<div class="card" style="border-color:${COLORS[k] ?? "#888"}"><div class="big" data-kind="${k}">${totals.get(k) ?? 0}</div>${esc(t(k as Key))}</div>`;
  const overrides = d.overrides.length
    ? `<table id="overrides"><thead><tr><th>${esc(t("time"))}</th><th>${esc(t("user"))}</th><th>${esc(t("rules"))}</th><th>${esc(t("reasonCode"))}</th><th>${esc(t("reasonText"))}</th></tr></thead><tbody>${d.overrides
        .map(
          (e) =>
            `<tr data-id="${esc(e.id)}"><td>${esc(fmtTime(e.at))}</td><td>${esc(e.user)}</td><td>${esc(e.rules.join(", "))}</td><td>${esc(e.reasonCode ?? "")}</td><td>${esc(e.reasonText ?? "")}</td></tr>`
        )
        .join("")}</tbody></table>`
    : `<p class="none">${esc(t("none"))}</p>`;
  const consents = d.consents.length
    ? `<table id="consents"><thead><tr><th>${esc(t("recipient"))}</th><th>${esc(t("since"))}</th><th>${esc(t("user"))}</th><th>${esc(t("status"))}</th><th></th></tr></thead><tbody>${d.consents
        .map(
          (c) =>
            `<tr><td><code>${esc(c.recipientHash.slice(0, 12))}…</code></td><td>${esc(fmtTime(c.at))}</td><td>${esc(c.user)}</td><td>${esc(c.active ? t("active") : t("withdrawn"))}</td><td>${
              c.active
                ? `<form method="post" action="/fg/consents/withdraw${q(d.lang)}"><input type="hidden" name="csrf" value="${esc(d.csrf)}"><input type="hidden" name="hash" value="${esc(c.recipientHash)}"><button type="submit">${esc(t("withdraw"))}</button></form>`
                : ""
            }</td></tr>`
        )
        .join("")}</tbody></table>`
    : `<p class="none">${esc(t("none"))}</p>`;
  const falseAlarms = d.falseAlarms.length
    ? `<table id="false-alarms"><thead><tr><th>${esc(t("time"))}</th><th>${esc(t("user"))}</th><th>${esc(t("rules"))}</th><th>${esc(t("category"))}</th><th>${esc(t("findings"))}</th><th>${esc(t("reasonCode"))}</th></tr></thead><tbody>${d.falseAlarms
        .map(
          (e) =>
            `<tr data-id="${esc(e.id)}"><td>${esc(fmtTime(e.at))}</td><td>${esc(e.user)}</td><td>${esc(e.rules.join(", "))}</td><td>${esc(e.category ?? "")}</td><td>${esc(fmtFindings(e.findings))}</td><td>${esc(e.reasonCode ?? "")}</td></tr>`
        )
        .join("")}</tbody></table>`
    : `<p class="none">${esc(t("none"))}</p>`;
  return `<!doctype html>
<html lang="${d.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t("title"))}</title>
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;margin:1.5rem;color:#242424;max-width:1100px}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
header{display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
.cards{display:flex;gap:.75rem;flex-wrap:wrap}.card{border-left:6px solid;padding:.5rem 1rem;background:#f5f5f5;min-width:9rem}
.big{font-size:1.8rem;font-weight:600}
table{border-collapse:collapse;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left;vertical-align:top}
td.n{text-align:right}.none{color:#616161}.note{color:#616161;font-size:.9rem}
</style></head><body>
<header><h1>${esc(t("title"))}</h1><span>${esc(t("loggedIn"))} ${esc(d.user)}</span>
<a href="/fg/${q(d.lang === "nl" ? "en" : "nl")}" id="lang">${esc(t("other"))}</a>
<a href="/fg/logout">${esc(t("logout"))}</a></header>
<form method="get" action="/fg/" id="period"><label>${esc(t("period"))} ${esc(t("from"))} <input type="date" name="from" value="${esc(d.from)}"></label>
<label>${esc(t("to"))} <input type="date" name="to" value="${esc(d.to)}"></label><input type="hidden" name="lang" value="${d.lang}">
<button type="submit">${esc(t("show"))}</button> <a href="/fg/export.csv${q(d.lang)}" id="csv">${esc(t("export"))}</a></form>
<p class="note">${esc(t("noContent"))}</p>
<div class="cards">${(["stop", "route", "override", "consent", "false-alarm"] as AuditKind[]).map(card).join("")}</div>
<h2>${esc(t("perWeek"))}</h2>${weekChart(d.perWeek, t) || `<p class="none">${esc(t("none"))}</p>`}
<h2>${esc(t("perRule"))}</h2>${countTable(d.perRule, t("rule"), t)}
<h2>${esc(t("perUser"))}</h2>${countTable(d.perUser, t("user"), t)}
<h2>${esc(t("perField"))}</h2>${countTable(d.perField, t("field"), t)}
<h2>${esc(t("overrides"))}</h2>${overrides}
<h2>${esc(t("consents"))}</h2>${consents}
<h2>${esc(t("falseAlarms"))}</h2>${falseAlarms}
</body></html>`;
}

/** A CSV cell: quoted, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula. */
function cell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = [
  "id",
  "kind",
  "time",
  "user",
  "action",
  "category",
  "client",
  "field",
  "rules",
  "findings",
  "recipient_domains",
  "recipient_classes",
  "reason_code",
  "reason_text",
  "recipient_hash",
] as const;

export function toCsv(rows: readonly EventRow[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const e of rows)
    lines.push(
      [
        e.id,
        e.kind,
        e.at,
        e.user,
        e.action ?? "",
        e.category ?? "",
        e.client ?? "",
        e.field ?? "",
        e.rules.join(";"),
        Object.entries(e.findings)
          .map(([k, n]) => `${k}:${n}`)
          .join(";"),
        e.recipientDomains.join(";"),
        Object.entries(e.recipientClasses ?? {})
          .map(([k, n]) => `${k}:${n}`)
          .join(";"),
        e.reasonCode ?? "",
        e.reasonText ?? "",
        e.recipientHash ?? "",
      ]
        .map(cell)
        .join(",")
    );
  return lines.join("\r\n") + "\r\n";
}
