import type { Rule } from "./rule";
import { t } from "../../i18n";
import type { Finding } from "../types";
import { assessAttachments } from "./attachments";
import { passwordFindings } from "./content";
import { SOURCES } from "./sources";

/**
 * Handbook 000: "Informatie uitwisselen binnen de praktijk? Zet dan een link naar het bestand in de mail in
 * plaats van het bestand zelf mee te sturen." Only for mail that stays wholly inside the practice; mail
 * that also leaves it is judged by the attachment and secure-channel rules.
 */
export const internalAttachment: Rule = {
  id: "internal-attachment",
  evaluate({ draft, analysis, recipients, language }) {
    if (!recipients.length || !recipients.every((r) => r.class === "internal")) return null;
    const password = passwordFindings(draft, analysis).length > 0;
    const withPHI = assessAttachments(draft, analysis, password).filter((a) => a.phi);
    if (!withPHI.length) return null;
    const findings: Finding[] = [];
    for (const a of withPHI) findings.push(...a.evidence);
    return {
      rule: "internal-attachment",
      action: "warn",
      findings,
      explanation: t(language, "rule.internal-attachment"),
      source: SOURCES.linkInsidePractice,
    };
  },
};
