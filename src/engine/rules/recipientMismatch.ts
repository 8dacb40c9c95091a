import type { Rule } from "./rule";
import { t } from "../../i18n";
import { messageHasPHI, personCareFindings } from "./content";
import { isPersonMailbox, parseSalutation, salutationFits } from "./salutation";
import { SOURCES } from "./sources";

/**
 * Handbook 000 "Dubbelcheck altijd de geadresseerde" and 002 Praktijkregels "Gebruik van een adresboek": when
 * a mail with PHI greets someone other than the person it is addressed to, the wrong entry was probably
 * picked. Mailboxes of organisations (info@, a secretariat) cannot be checked and are left alone.
 */
export const recipientMismatch: Rule = {
  id: "recipient-mismatch",
  evaluate({ draft, analysis, recipients, language }) {
    if (!messageHasPHI(analysis)) return null;
    const salutation = parseSalutation(draft.body);
    if (!salutation || !salutation.names.length || salutation.group) return null;
    const addressed = recipients.filter((r) => r.field !== "bcc");
    if (!addressed.length || !addressed.some(isPersonMailbox)) return null;
    if (addressed.some((r) => salutationFits(salutation.names, r))) return null;
    return {
      rule: "recipient-mismatch",
      action: "warn",
      findings: personCareFindings(analysis).filter((f) => f.type === "name"),
      explanation: t(language, "rule.recipient-mismatch"),
      source: SOURCES.doubleCheckRecipient,
    };
  },
};
