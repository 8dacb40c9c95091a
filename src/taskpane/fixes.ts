import type { Address, Draft } from "../engine/draft";
import type { ClassifiedRecipient, Finding, RuleHit } from "../engine/types";
import { lookalikeOf, wellKnownDomains } from "../engine/recipients";
import { isPersonMailbox, parseSalutation } from "../engine/rules/salutation";
import type { Policy } from "../engine/policy";

/** Pure parts of the one-click fixes: what to change, computed from the draft and the verdict. */

export interface BccPlan {
  to: Address[];
  cc: Address[];
  bcc: Address[];
  moved: number;
}

/**
 * Private addresses (patients) leave To/Cc for Bcc. When To would be empty the sender's own address goes
 * there, as the handbook's group mail does, so the mail still has a visible addressee.
 */
export function planBcc(draft: Draft, recipients: readonly ClassifiedRecipient[]): BccPlan {
  const isPrivate = (a: Address) =>
    recipients.some(
      (r) => r.class === "private" && r.address.toLowerCase() === a.address.toLowerCase()
    );
  const to = draft.to.filter((a) => !isPrivate(a));
  const cc = draft.cc.filter((a) => !isPrivate(a));
  const movedList = [...draft.to, ...draft.cc].filter(isPrivate);
  const bcc = [...draft.bcc];
  for (const a of movedList)
    if (!bcc.some((b) => b.address.toLowerCase() === a.address.toLowerCase())) bcc.push(a);
  if (to.length === 0 && movedList.length > 0 && draft.from.address) to.push({ ...draft.from });
  return { to, cc, bcc, moved: movedList.length };
}

/** The body lines (start/end offsets, without the line break) that hold a password finding. */
export function passwordLines(
  body: string,
  findings: readonly Finding[]
): Array<{ start: number; end: number; text: string }> {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (const f of findings) {
    if (f.type !== "password" || f.where !== "body") continue;
    const start = body.lastIndexOf("\n", Math.max(0, f.start - 1)) + 1;
    const nl = body.indexOf("\n", f.end);
    const end = nl < 0 ? body.length : nl;
    if (!lines.some((l) => l.start === start))
      lines.push({ start, end, text: body.slice(start, end).replace(/\r$/, "") });
  }
  return lines.sort((a, b) => a.start - b.start);
}

/** The text body without those lines (their line breaks go with them). */
export function removeLinesFromText(
  body: string,
  lines: ReadonlyArray<{ start: number; end: number }>
): string {
  let out = body;
  for (const l of [...lines].sort((a, b) => b.start - a.start)) {
    let end = l.end;
    if (out.charAt(end) === "\n") end++;
    out = out.slice(0, l.start) + out.slice(end);
  }
  return out;
}

const BLOCKS = new Set([
  "P",
  "DIV",
  "LI",
  "TR",
  "TD",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "PRE",
  "SPAN",
  "FONT",
  "B",
  "STRONG",
]);

function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Removes the lines from an HTML body, keeping its formatting: the smallest element that holds exactly the
 * line goes; when the line shares an element with other text (lines split by <br>), only its text nodes go.
 * Hand-written on the browser's DOMParser because no library edits Outlook's HTML by visible line.
 */
export function removeLinesFromHtml(
  html: string,
  lines: readonly string[],
  parser: DOMParser = new DOMParser()
): string {
  const doc = parser.parseFromString(html, "text/html");
  for (const raw of lines) {
    const line = squash(raw);
    if (!line) continue;
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    const hit = texts.find(
      (t) =>
        squash(t.data).length > 0 &&
        line.indexOf(squash(t.data)) >= 0 &&
        squash(t.data).length >= Math.min(4, line.length)
    );
    if (!hit) continue;
    // climb while the element still holds nothing but this line
    let target: Node = hit;
    while (
      target.parentElement &&
      target.parentElement !== doc.body &&
      BLOCKS.has(target.parentElement.tagName) &&
      squash(target.parentElement.textContent || "") === line
    )
      target = target.parentElement;
    if (target === hit) {
      // the line shares its element: drop the text nodes that make up the line, and one <br> after them
      const parent = hit.parentNode;
      const siblings = parent ? Array.from(parent.childNodes) : [hit];
      let collected = "";
      for (let i = siblings.indexOf(hit); i < siblings.length; i++) {
        const s = siblings[i];
        if (s.nodeName === "BR") {
          s.parentNode?.removeChild(s);
          break;
        }
        collected = squash(collected + " " + (s.textContent || ""));
        s.parentNode?.removeChild(s);
        if (collected.length >= line.length) {
          const next = siblings[i + 1];
          if (next && next.nodeName === "BR") next.parentNode?.removeChild(next);
          break;
        }
      }
    } else target.parentNode?.removeChild(target);
  }
  return doc.body.innerHTML;
}

/** What the pane shows for a recipient check: the recipient and what the text or the domain suggests. */
export interface RecipientCheck {
  rule: "recipient-mismatch" | "lookalike-domain" | "new-recipient";
  recipients: Array<{ address: string; name?: string }>;
  /** the name in the salutation, as written; or the domain the recipient's resembles */
  expected?: string;
}

function asWritten(body: string, folded: string): string {
  const i = body.toLowerCase().indexOf(folded);
  return i >= 0 ? body.slice(i, i + folded.length) : folded;
}

export function recipientChecks(
  draft: Draft,
  recipients: readonly ClassifiedRecipient[],
  hits: readonly RuleHit[],
  policy: Policy
): RecipientCheck[] {
  const out: RecipientCheck[] = [];
  const show = (r: ClassifiedRecipient) =>
    r.name ? { address: r.address, name: r.name } : { address: r.address };
  for (const h of hits) {
    if (h.rule === "recipient-mismatch") {
      const s = parseSalutation(draft.body);
      const names = s ? s.names.map((n) => asWritten(draft.body, n)).join(" ") : "";
      out.push({
        rule: h.rule,
        recipients: recipients.filter((r) => r.field !== "bcc" && isPersonMailbox(r)).map(show),
        expected: names || undefined,
      });
    } else if (h.rule === "lookalike-domain") {
      const known = wellKnownDomains(draft, policy);
      for (const r of recipients) {
        const meant = lookalikeOf(r.domain, known);
        if (meant) out.push({ rule: h.rule, recipients: [show(r)], expected: meant });
      }
    } else if (h.rule === "new-recipient") {
      out.push({
        rule: h.rule,
        recipients: recipients.filter((r) => r.class !== "internal").map(show),
      });
    }
  }
  return out;
}

/** A short excerpt of the user's own draft around a finding: [before, found, after]. */
export function excerpt(draft: Draft, f: Finding, context = 30): [string, string, string] {
  const source = f.where === "subject" ? draft.subject : f.where === "body" ? draft.body : "";
  if (!source || f.start < 0 || f.end > source.length || f.end <= f.start) return ["", f.text, ""];
  const cut = (s: string) => s.replace(/\s+/g, " ");
  const from = Math.max(0, f.start - context);
  const to = Math.min(source.length, f.end + context);
  return [
    (from > 0 ? "…" : "") + cut(source.slice(from, f.start)),
    cut(source.slice(f.start, f.end)),
    cut(source.slice(f.end, to)) + (to < source.length ? "…" : ""),
  ];
}
