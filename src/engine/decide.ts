import { RULES } from "./rules";
import type { RuleInput } from "./rules/rule";
import { strongest, type RuleHit, type Verdict } from "./types";

/** RuleHits -> Verdict: the verdict's action is the strongest hit's. */
export function decide(input: RuleInput): Verdict {
  const hits: RuleHit[] = [];
  for (const rule of RULES) {
    const hit = rule.evaluate(input);
    if (hit) hits.push(hit);
  }
  return { action: strongest(hits.map((h) => h.action)), hits };
}
