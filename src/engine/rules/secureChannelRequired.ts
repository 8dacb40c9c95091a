import type { Rule } from "./rule";
import { isUnsecured } from "../recipients";
import { t } from "../../i18n";

/**
 * Handbook 002, Toolkit "Moet ik veilige e-mail gebruiken?": medical information about an
 * identifiable person (here, first: a valid BSN) only goes through a secure channel when it leaves
 * the practice to anyone not on a secure network; patient consent does not change that.
 */
export const secureChannelRequired: Rule = {
  id: "secure-channel-required",
  evaluate({ analysis, recipients, language }) {
    const outside = recipients.filter(isUnsecured);
    if (!outside.length) return null;
    const bsns = analysis.findings.filter((f) => f.type === "bsn");
    if (!bsns.length) return null;
    const who = outside.length === 1 ? t(language, "recipients.one") : t(language, "recipients.many", { n: outside.length });
    return {
      rule: "secure-channel-required",
      action: "secure",
      findings: bsns,
      explanation: t(language, "rule.secure-channel-required", { what: t(language, "finding.bsn"), recipients: who }),
      source: { file: "002_11c1510be79ed178.txt", section: "Toolkit: Moet ik veilige e-mail gebruiken?" },
    };
  },
};
