import type { Rule } from "./rule";
import { isUnsecured } from "../recipients";
import { t } from "../../i18n";
import type { Finding } from "../types";
import { assessAttachments } from "./attachments";
import { passwordFindings } from "./content";
import { SOURCES } from "./sources";

/**
 * Handbook 000: "Stuur geen bijlagen mee waar gevoelige persoonsgegevens in staan" and, to other parties,
 * "Stuur geen onbeveiligde bijlagen mee, maar versleutel het bestand". An attachment holding PHI that goes
 * unencrypted to anyone outside the practice and off the secure networks must go through the secure channel.
 */
export const unencryptedAttachment: Rule = {
  id: "unencrypted-attachment",
  evaluate({ draft, analysis, recipients, language }) {
    if (!recipients.some(isUnsecured)) return null;
    const password = passwordFindings(draft, analysis).length > 0;
    const risky = assessAttachments(draft, analysis, password).filter((a) => a.phi && !a.encrypted);
    if (!risky.length) return null;
    const findings: Finding[] = [];
    for (const a of risky) findings.push(...a.evidence);
    return {
      rule: "unencrypted-attachment",
      action: "secure",
      findings,
      explanation: t(
        language,
        risky.length === 1 ? "rule.unencrypted-attachment" : "rule.unencrypted-attachment.many"
      ),
      source: SOURCES.noSensitiveAttachments,
    };
  },
};
