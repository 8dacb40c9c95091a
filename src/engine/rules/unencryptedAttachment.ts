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
  evaluate({ draft, analysis, recipients, policy, language }) {
    if (!recipients.some(isUnsecured)) return null;
    const password = passwordFindings(draft, analysis).length > 0;
    const assessed = assessAttachments(draft, analysis, password, policy.extraction.images);
    let risky = assessed.filter((a) => a.phi && !a.encrypted);
    // Pictures the policy asks to confirm (camera photos, page-shaped pictures: no OCR reads them).
    const action = risky.length ? "secure" : "warn";
    if (!risky.length) risky = assessed.filter((a) => a.imageToConfirm);
    if (!risky.length) return null;
    const findings: Finding[] = [];
    for (const a of risky) findings.push(...a.evidence);
    return {
      rule: "unencrypted-attachment",
      action,
      findings,
      explanation: t(
        language,
        risky.length === 1 ? "rule.unencrypted-attachment" : "rule.unencrypted-attachment.many"
      ),
      source: SOURCES.noSensitiveAttachments,
    };
  },
};
