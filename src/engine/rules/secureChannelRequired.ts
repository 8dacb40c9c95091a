import type { Rule, RuleInput } from "./rule";
import { isUnsecured } from "../recipients";
import { appointmentMailIsSensitive } from "../policy";
import { t } from "../../i18n";
import type { ClassifiedRecipient, Finding, Language } from "../types";
import { messageHasPHI, personCareFindings } from "./content";
import { assessAttachments } from "./attachments";
import { passwordFindings } from "./content";
import { SOURCES } from "./sources";

/**
 * Handbook 002, second decision tree ("Heeft de patiënt toestemming gegeven om logistieke of algemene
 * berichten via reguliere e-mail te ontvangen?", then "Is er vanuit de context van het werkveld redenen
 * om bericht veilig te versturen?"): consent counts for one patient at a private address, for logistic
 * or general content only, never with a BSN, a sensitive care field or an attachment with health data.
 * The first tree's warning stands: consent never covers medical content.
 */
function consentState(
  input: RuleInput,
  outside: ClassifiedRecipient[]
): "none" | "possible" | "given" {
  const { draft, analysis, policy, recipients } = input;
  if (!policy.consent.enabled) return "none";
  if (analysis.category !== "logistic" && analysis.category !== "general") return "none";
  const patients = recipients.filter((r) => r.class === "private");
  if (outside.length !== 1 || patients.length !== 1) return "none";
  if (appointmentMailIsSensitive(policy)) return "none";
  if (analysis.findings.some((f) => f.type === "bsn" || f.tags?.includes("sensitive-context")))
    return "none";
  const password = passwordFindings(draft, analysis).length > 0;
  if (assessAttachments(draft, analysis, password).some((a) => a.phi && !a.encrypted))
    return "none";
  return input.consentedRecipient?.(patients[0].address) ? "given" : "possible";
}

function recipientsPhrase(language: Language, outside: ClassifiedRecipient[]): string {
  return outside.length === 1
    ? t(language, "recipients.one")
    : t(language, "recipients.many", { n: outside.length });
}

/**
 * Handbook 002, Toolkit "Moet ik veilige e-mail gebruiken?": medical or logistic information about an
 * identifiable person, or a BSN, only leaves the practice through a secure channel unless the recipient is on
 * a secure network; patient consent does not change that ("ook al geeft de patiënt expliciet toestemming ...").
 * An unencrypted attachment with PHI makes the mail itself PHI (000: no attachments with sensitive data).
 * 002 "De context van het werkveld": for GGZ, SOA, fertility, youth and addiction care even an appointment
 * or practice mail to one patient is sensitive.
 */
export const secureChannelRequired: Rule = {
  id: "secure-channel-required",
  evaluate(input: RuleInput) {
    const { draft, analysis, recipients, policy, language } = input;
    const outside = recipients.filter(isUnsecured);
    if (!outside.length) return null;
    const consent = consentState(input, outside);
    if (consent === "given") return null;
    const base = {
      rule: "secure-channel-required" as const,
      action: "secure" as const,
      ...(consent === "possible" ? { consentPossible: true } : {}),
    };

    if (messageHasPHI(analysis)) {
      // Name every kind of thing found, so the user knows what to look for (never the values).
      const parts: string[] = [];
      if (analysis.category === "logistic") parts.push(t(language, "what.logistic"));
      else if (analysis.category === "medical") parts.push(t(language, "what.medical"));
      if (analysis.findings.some((f) => f.type === "bsn")) parts.push(t(language, "finding.bsn"));
      if (!parts.length) parts.push(t(language, "what.medical"));
      const what = parts.join(` ${t(language, "word.and")} `);
      return {
        ...base,
        findings: personCareFindings(analysis),
        explanation: t(language, "rule.secure-channel-required", {
          what,
          recipients: recipientsPhrase(language, outside),
        }),
        source: SOURCES.decisionTree,
      };
    }

    const password = passwordFindings(draft, analysis).length > 0;
    const phiAttachments = assessAttachments(draft, analysis, password).filter(
      (a) => a.phi && !a.encrypted
    );
    if (phiAttachments.length) {
      const findings: Finding[] = [];
      for (const a of phiAttachments) findings.push(...a.evidence);
      return {
        ...base,
        findings,
        explanation: t(language, "rule.secure-channel-required", {
          what: t(language, "what.attachment"),
          recipients: recipientsPhrase(language, outside),
        }),
        source: SOURCES.decisionTree,
      };
    }

    // field context: general practice mail to one patient at a private address
    const patients = recipients.filter((r) => r.class === "private");
    if (
      appointmentMailIsSensitive(policy) &&
      analysis.category === "general" &&
      patients.length === 1 &&
      outside.length === 1
    ) {
      return {
        ...base,
        findings: personCareFindings(analysis),
        explanation: t(language, "rule.secure-channel-required.context", { care: policy.careType }),
        source: SOURCES.fieldContext,
      };
    }
    return null;
  },
};
