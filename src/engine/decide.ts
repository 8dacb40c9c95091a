import { RULES } from "./rules";
import type { RuleInput } from "./rules/rule";
import { ruleAction } from "./policy";
import { t } from "../i18n";
import { strongest, type RuleHit, type Verdict } from "./types";
import { SOURCES } from "./rules/sources";

/**
 * RuleHits -> Verdict: the verdict's action is the strongest hit's, after the policy's per-rule on/off and
 * action overrides. A rule that throws is not skipped: its hit carries the policy's onError action (fail closed).
 */
export function decide(input: RuleInput): Verdict {
  const hits: RuleHit[] = [];
  for (const rule of RULES) {
    if (ruleAction(input.policy, rule.id, "warn") === null) continue;
    let hit: RuleHit | null;
    try {
      hit = rule.evaluate(input);
    } catch {
      hit = {
        rule: rule.id,
        action: input.policy.onError,
        findings: [],
        explanation: t(input.language, "rule.error"),
        source: SOURCES.decisionTree,
      };
      hits.push(hit);
      continue;
    }
    if (!hit) continue;
    const action = ruleAction(input.policy, rule.id, hit.action);
    if (action === null) continue;
    hits.push(action === hit.action ? hit : { ...hit, action });
  }
  return { action: strongest(hits.map((h) => h.action)), hits };
}
