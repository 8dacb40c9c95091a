import type { Rule } from "./rule";
import { t } from "../../i18n";
import { assessAttachments } from "./attachments";
import { passwordFindings } from "./content";
import { SOURCES } from "./sources";

/**
 * Handbook 000: encrypt the file, then "Verstuur daarna het wachtwoord van het bestand via een ander platform
 * zoals sms of WhatsApp. Stuur het niet via een andere e-mail" - and certainly not in the same one.
 */
export const passwordInMail: Rule = {
  id: "password-in-mail",
  evaluate({ draft, analysis, language }) {
    const passwords = passwordFindings(draft, analysis);
    if (!passwords.length) return null;
    const encrypted = assessAttachments(draft, analysis, true).filter((a) => a.encrypted);
    if (!encrypted.length) return null;
    const facts = analysis.findings.filter((f) => f.type === "encrypted");
    return {
      rule: "password-in-mail",
      action: "block",
      findings: [...passwords, ...facts],
      explanation: t(language, "rule.password-in-mail"),
      source: SOURCES.passwordElsewhere,
    };
  },
};
