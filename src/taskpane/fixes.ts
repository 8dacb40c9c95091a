import type { Address, Draft } from "../engine/draft";
import type { ClassifiedRecipient, Finding, RuleHit } from "../engine/types";
import { lookalikeOf, wellKnownDomains } from "../engine/recipients";
import { tldTypoOf } from "../engine/rules/lookalikeDomain";
import { isPersonMailbox, parseSalutation } from "../engine/rules/salutation";
import type { Policy } from "../engine/policy";
import { senderNameParts } from "../engine/classify";
import { signatureRanges } from "../engine/mailtext/signature";
import { DEPARTMENT_WORDS, ROLE_NOUNS } from "../engine/lexicon/name-context";

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

/**
 * The spans of the body to remove for each password finding: the sentence that holds the password ("Het
 * wachtwoord is: Zomer2026!"), never the other sentences on its line nor the lines around it. Offsets are
 * into the body; `text` is the span as written.
 */
export function passwordLines(
  body: string,
  findings: readonly Finding[]
): Array<{ start: number; end: number; text: string }> {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  for (const f of findings) {
    if (f.type !== "password" || f.where !== "body") continue;
    const lineStart = body.lastIndexOf("\n", Math.max(0, f.start - 1)) + 1;
    const nl = body.indexOf("\n", f.end);
    const lineEnd = (nl < 0 ? body.length : nl) - (body.charAt(nl - 1) === "\r" ? 1 : 0);
    // the sentence starts after the last ". ", "! " or "? " before the password on this line
    let start = lineStart;
    for (let i = f.start - 1; i > lineStart; i--)
      if (body.charAt(i) === " " && /[.!?]/.test(body.charAt(i - 1))) {
        start = i + 1;
        break;
      }
    // and ends at the first sentence end after it (the password itself may end in "!")
    let end = lineEnd;
    for (let i = f.end; i < lineEnd; i++)
      if (/[.!?]/.test(body.charAt(i)) && (i + 1 === lineEnd || body.charAt(i + 1) === " ")) {
        end = i + 1;
        break;
      }
    if (!spans.some((l) => l.start === start))
      spans.push({ start, end, text: body.slice(start, end) });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The text body without those spans; a line left empty goes with its own line break, no other line. */
export function removeLinesFromText(
  body: string,
  spans: ReadonlyArray<{ start: number; end: number }>
): string {
  let out = body;
  for (const l of [...spans].sort((a, b) => b.start - a.start)) {
    let start = l.start;
    let end = l.end;
    // one separating space goes with the sentence
    if (out.charAt(end) === " ") end++;
    else if (out.charAt(start - 1) === " ") start--;
    const lineStart = out.lastIndexOf("\n", start - 1) + 1;
    const nl = out.indexOf("\n", end);
    const lineEnd = nl < 0 ? out.length : nl;
    const rest = out.slice(lineStart, start) + out.slice(end, lineEnd);
    if (rest.trim() === "") {
      // the line held only the password sentence: drop the line and its own break
      out = out.slice(0, lineStart) + out.slice(nl < 0 ? lineEnd : nl + 1);
      if (nl < 0 && lineStart > 0) out = out.replace(/\r?\n$/, "");
    } else out = out.slice(0, start) + out.slice(end);
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
    // The sentence inside a longer text node ("In de bijlage de brief. Het wachtwoord is: X"): cut it out.
    const inside = texts.find((t) => {
      const d = squash(t.data);
      return d.length > line.length && d.indexOf(line) >= 0;
    });
    if (inside) {
      const collapsed = inside.data.replace(/\s+/g, " ");
      const at = collapsed.indexOf(line);
      inside.data = (collapsed.slice(0, at) + collapsed.slice(at + line.length))
        .replace(/ {2,}/g, " ")
        .replace(/ $/, at + line.length >= collapsed.length ? "" : " ");
      continue;
    }
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
        const meant = lookalikeOf(r.domain, known) ?? tldTypoOf(r.domain);
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

/** Most telling first: the finding kinds that identify a patient or their care. */
const SHOW_ORDER: readonly string[] = [
  "bsn",
  "birthdate",
  "patient-id",
  "name",
  "medical",
  "address",
  "postcode",
  "phone",
  "email",
  "iban",
  "date",
  "password",
];

/** How many findings one rule lists before it says "en nog N". */
export const SHOWN_FINDINGS = 8;

/**
 * The findings the pane lists for one rule: each place once, the practice's own name, the sender's and the
 * signing staff's names and care-role words ("huisarts") left out, the patient's data first.
 * `more` counts what is not listed, so nothing goes unmentioned.
 */
export function findingsToShow(
  draft: Draft,
  findings: readonly Finding[],
  limit = SHOWN_FINDINGS
): { shown: Finding[]; more: number } {
  const own = new Set(senderNameParts(draft));
  const roles = new Set([...ROLE_NOUNS, ...DEPARTMENT_WORDS]);
  // the sender's own signature: closings in the unquoted text (a quoted reply's signature is the patient's)
  const signatures = signatureRanges(draft.body).filter(
    (r) => draft.body.charAt(draft.body.lastIndexOf("\n", r.start - 1) + 1) !== ">"
  );
  const isOwn = (f: Finding): boolean => {
    if (f.type !== "name") return false;
    const words = f.text
      .toLowerCase()
      .split(/[^\p{L}'-]+/u)
      .filter((w) => w.length > 1);
    if (!words.length) return false;
    if (words.every((w) => own.has(w) || roles.has(w))) return true;
    if (words.some((w) => roles.has(w) || /praktijk|huisartsen|apotheek|ziekenhuis/.test(w)))
      return true;
    return f.where === "body" && signatures.some((r) => f.start >= r.start && f.end <= r.end);
  };
  const unique: Finding[] = [];
  for (const f of findings)
    if (
      !isOwn(f) &&
      !unique.some((o) => o.where === f.where && o.start === f.start && o.type === f.type)
    )
      unique.push(f);
  const rank = (f: Finding) => {
    const i = SHOW_ORDER.indexOf(f.type);
    return i < 0 ? SHOW_ORDER.length : i;
  };
  const sorted = unique
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
  return { shown: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
}

/** One recipient whose domain is a typo of a known one: the address as it is and as it was meant. */
export interface DomainFix {
  address: string;
  meant: string;
}

/** Typo domains among the recipients, with the address they were meant to be ("gmial.com" -> "gmail.com"). */
export function domainFixes(
  draft: Draft,
  recipients: readonly ClassifiedRecipient[],
  policy: Policy
): DomainFix[] {
  const known = wellKnownDomains(draft, policy);
  const out: DomainFix[] = [];
  for (const r of recipients) {
    const domain = r.address.slice(r.address.lastIndexOf("@") + 1);
    const meant = lookalikeOf(domain, known) ?? tldTypoOf(domain);
    if (meant && !out.some((o) => o.address === r.address))
      out.push({
        address: r.address,
        meant: r.address.slice(0, r.address.lastIndexOf("@") + 1) + meant,
      });
  }
  return out;
}

/** To/Cc/Bcc with one address replaced, names kept. */
export function planDomainFix(
  draft: Draft,
  fix: DomainFix
): { to: Address[]; cc: Address[]; bcc: Address[] } {
  const swap = (list: Address[]) =>
    list.map((a) =>
      a.address.toLowerCase() === fix.address.toLowerCase() ? { ...a, address: fix.meant } : a
    );
  return { to: swap(draft.to), cc: swap(draft.cc), bcc: swap(draft.bcc) };
}
