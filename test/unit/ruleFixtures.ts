import { emptyDraft, type Draft } from "../../src/engine/draft";
import type { Analysis } from "../../src/engine/classify";
import { classifyRecipients } from "../../src/engine/recipients";
import { decide } from "../../src/engine/decide";
import { DEFAULT_POLICY, parsePolicy, type PolicyInput } from "../../src/engine/policy";
import type { Rule, RuleInput } from "../../src/engine/rules/rule";
import type {
  Category,
  Finding,
  FindingType,
  Language,
  Verdict,
  Where,
} from "../../src/engine/types";

/** Fictitious practice used by the rule tests. */
export const PRACTICE = { address: "assistent@huisartsen-lindehof.nl", name: "Mirjam Assistent" };

export function finding(type: FindingType, where: Where = "body", tags?: string[]): Finding {
  const f: Finding = { type, text: type, where, start: 0, end: type.length, confidence: 0.9 };
  if (tags) f.tags = tags;
  return f;
}

export interface Case {
  draft?: Partial<Draft>;
  category?: Category;
  findings?: Finding[];
  policy?: PolicyInput;
  language?: Language;
  knownRecipient?: (address: string) => boolean;
}

/** A RuleInput with a hand-made analysis: the rules are tested apart from the recognisers. */
export function input(c: Case): RuleInput {
  const draft = emptyDraft({ from: PRACTICE, ...c.draft });
  const policy = c.policy ? parsePolicy(c.policy) : DEFAULT_POLICY;
  // as analyse() does: attachment facts from extraction join the findings
  const facts = draft.attachments.flatMap((a) => a.extraction?.facts ?? []);
  const analysis: Analysis = {
    findings: [...(c.findings ?? []), ...facts],
    category: c.category ?? "none",
  };
  return {
    draft,
    analysis,
    recipients: classifyRecipients(draft, policy),
    policy,
    language: c.language ?? policy.language,
    knownRecipient: c.knownRecipient,
  };
}

export function run(rule: Rule, c: Case) {
  return rule.evaluate(input(c));
}

export function verdict(c: Case): Verdict {
  return decide(input(c));
}

export function ruleIds(v: Verdict): string[] {
  return v.hits.map((h) => h.rule).sort();
}
