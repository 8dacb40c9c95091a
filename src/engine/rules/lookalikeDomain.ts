import type { Rule } from "./rule";
import { t } from "../../i18n";
import { lookalikeOf, wellKnownDomains } from "../recipients";
import { SOURCES } from "./sources";

/**
 * Handbook 000: "Dubbelcheck altijd de geadresseerde voordat je op 'verzenden' klikt". A recipient domain one
 * or two slips (or a look-alike character) away from a well-known or known domain is most likely a typo.
 */
export const lookalikeDomain: Rule = {
  id: "lookalike-domain",
  evaluate({ draft, recipients, policy, language }) {
    const known = wellKnownDomains(draft, policy);
    for (const r of recipients) {
      const meant = lookalikeOf(r.domain, known);
      if (meant)
        return {
          rule: "lookalike-domain",
          action: "warn",
          findings: [],
          explanation: t(language, "rule.lookalike-domain", { domain: r.domain, known: meant }),
          source: SOURCES.doubleCheckRecipient,
        };
    }
    return null;
  },
};
