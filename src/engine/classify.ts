import type { Draft } from "./draft";
import type { Category, Finding, Where } from "./types";
import { normalizeText, type NormalizedText } from "./text/normalize";
import { findQuotedRanges, type Range } from "./text/quotes";
import { RECOGNIZERS } from "./detect";
import { withoutGrievances } from "./detect/medical";
import type { DetectInput } from "./detect/context";
import { nameLower, NOT_NAME_CHARS } from "./lexicon";
import { categorizeMail, type Because, type CategorySignals } from "./category";
import { buildMailText, type MailText, type PartInput } from "./mailtext";
import { classifyRecipients } from "./recipients";
import type { Policy } from "./policy";

/** Findings and the message category of a whole draft (quoted replies included). The optional fields are always set by `analyse`; optional so that hand-made analyses (tests) stay valid. */
export interface Analysis {
  findings: Finding[];
  category: Category;
  /** the signals the category was decided on (for rules and explanations) */
  signals?: CategorySignals;
  /** which rung of the category ladder decided (category.ts BECAUSE) */
  because?: Because;
  /** the draft read once: parts, signatures, sentences, salutation, quoted blocks, recipients */
  mail?: MailText;
  /** health information of a sensitive field (GGZ, SOA, fertility, youth care, ...) is involved */
  sensitiveContext?: boolean;
  /** the mail is about or addressed to an identifiable person */
  aboutPerson?: boolean;
  /** quoted earlier messages in the body (offsets into draft.body); they count for the category */
  quoted?: Range[];
}

/** Lower-cased words of the sender's display name: the sender is not "someone else's" name. */
export function senderNameParts(draft: Pick<Draft, "from">): string[] {
  // NFC and the lexicon's lower case, as the body text gets them: "Doğan", "Łukasz", "İbrahim" stay one word
  return nameLower((draft.from.name ?? "").normalize("NFC").replace(/\u2019/g, "'"))
    .split(NOT_NAME_CHARS)
    .filter((w) => w.length > 1);
}

function detectNormalized(
  norm: NormalizedText,
  where: Where,
  sender: string[],
  senderAddress?: string
): Finding[] {
  const input: DetectInput = { norm, where, senderNameParts: sender, senderAddress };
  const out: Finding[] = [];
  // A loop, not push(...found): tens of thousands of findings on a long body would strain the call stack.
  for (const recognize of RECOGNIZERS) for (const f of recognize(input)) out.push(f);
  return out;
}

export function detectText(text: string, where: Where, sender: string[]): Finding[] {
  return detectNormalized(normalizeText(text), where, sender);
}

/** Map ranges in the normalised text back to the original. */
function rangesToOriginal(norm: NormalizedText, ranges: Range[]): Range[] {
  return ranges.map((r) => ({
    start: norm.map[r.start],
    end: r.end >= norm.text.length ? norm.original.length : norm.map[r.end],
  }));
}

/** `policy` classifies the recipients in the MailText (check passes its own); without it they are left out. */
export function analyse(draft: Draft, policy?: Policy): Analysis {
  const sender = senderNameParts(draft);
  const senderAddress = draft.from.address ? draft.from.address.toLowerCase() : undefined;
  const found: Finding[] = [];
  const texts: PartInput[] = [];
  const run = (original: string, where: Where): NormalizedText => {
    const norm = normalizeText(original);
    for (const f of detectNormalized(norm, where, sender, senderAddress)) found.push(f);
    texts.push({ where, original, text: norm.text });
    return norm;
  };
  run(draft.subject, "subject");
  const body = run(draft.body, "body");
  for (const a of draft.attachments) {
    if (!a.extraction) continue;
    found.push(...a.extraction.facts);
    // One text per source: a file's name and its content share a `where`, and MailText reads the
    // sentences of a finding by its `where`, so two texts under one `where` gave findings the wrong
    // sentences.
    const bySource = new Map<string, string[]>();
    for (const t of a.extraction.texts) {
      const list = bySource.get(t.source);
      if (list) list.push(t.text);
      else bySource.set(t.source, [t.text]);
    }
    bySource.forEach((parts, source) => run(parts.join("\n\n"), `attachment:${source}`));
  }
  // (a word's sense read from the whole mail: the recognisers see one text at a time)
  const kept = withoutGrievances(
    found,
    texts.map((t) => t.text)
  );
  const quoted = rangesToOriginal(body, findQuotedRanges(body.text));
  const mail = buildMailText(texts, draft, {
    quoted,
    recipients: policy ? classifyRecipients(draft, policy) : undefined,
  });
  const { category, because, signals } = categorizeMail(mail, kept);
  return {
    findings: kept,
    category,
    signals,
    because,
    mail,
    sensitiveContext: signals.sensitiveContext,
    aboutPerson: signals.aboutPerson,
    quoted,
  };
}
