import type { Draft } from "./draft";
import type { Category, Finding, Where } from "./types";
import { normalizeText } from "./text/normalize";
import { RECOGNIZERS } from "./detect";
import type { DetectInput } from "./detect/context";

/** Findings and the message category of a whole draft (quoted replies included). */
export interface Analysis {
  findings: Finding[];
  category: Category;
}

/** Lower-cased words of the sender's display name: the sender is not "someone else's" name. */
export function senderNameParts(draft: Pick<Draft, "from">): string[] {
  return (draft.from.name ?? "")
    .toLowerCase()
    .split(/[^a-zà-ÿ'-]+/)
    .filter((w) => w.length > 1);
}

export function detectText(text: string, where: Where, sender: string[]): Finding[] {
  const input: DetectInput = { norm: normalizeText(text), where, senderNameParts: sender };
  const out: Finding[] = [];
  for (const recognize of RECOGNIZERS) out.push(...recognize(input));
  return out;
}

export function analyse(draft: Draft): Analysis {
  const sender = senderNameParts(draft);
  const findings: Finding[] = [
    ...detectText(draft.subject, "subject", sender),
    ...detectText(draft.body, "body", sender),
  ];
  for (const a of draft.attachments) {
    if (!a.extraction) continue;
    findings.push(...a.extraction.facts);
    for (const t of a.extraction.texts) findings.push(...detectText(t.text, `attachment:${t.source}`, sender));
  }
  return { findings, category: categorize(findings) };
}

/** First approximation (issue 2): a BSN identifies a person and is itself PHI. Issue 3 refines this. */
function categorize(findings: Finding[]): Category {
  if (findings.some((f) => f.type === "bsn")) return "medical";
  return "none";
}
