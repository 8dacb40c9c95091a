import type { Rule } from "./rule";
import { t } from "../../i18n";
import { messageHasPHI, personCareFindings } from "./content";
import { SOURCES } from "./sources";

/**
 * Handbook 000 "Dubbelcheck altijd de geadresseerde": PHI to an outside address this mailbox never wrote to
 * before deserves a second look. Needs the mailbox's history (Outlook keeps salted hashes); without one,
 * as in the CLI, the rule does not run. Outlook also passes none while its history is still being built
 * (src/outlook/history.ts HISTORY_MIN_ENTRIES): on first use every address would be "new".
 */
export const newRecipient: Rule = {
  id: "new-recipient",
  evaluate({ analysis, recipients, language, knownRecipient }) {
    if (!knownRecipient || !messageHasPHI(analysis)) return null;
    const unknown = recipients.filter((r) => r.class !== "internal" && !knownRecipient(r.address));
    if (!unknown.length) return null;
    return {
      rule: "new-recipient",
      action: "warn",
      findings: personCareFindings(analysis),
      explanation: t(language, "rule.new-recipient"),
      source: SOURCES.doubleCheckRecipient,
    };
  },
};
