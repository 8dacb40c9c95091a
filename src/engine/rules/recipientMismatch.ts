import type { Rule } from "./rule";
import type { ClassifiedRecipient } from "../types";
import { t } from "../../i18n";
import { messageHasPHI, personCareFindings } from "./content";
import {
  displayFirstName,
  fold,
  isCheckableRecipient,
  parseSalutation,
  salutationFits,
} from "./salutation";
import { SOURCES } from "./sources";

/**
 * Handbook 000 "Dubbelcheck altijd de geadresseerde" and 002 Praktijkregels "Gebruik van een adresboek": when
 * a mail with PHI greets someone other than the person it is addressed to, the wrong entry was probably
 * picked. Mailboxes of organisations and roles (info@, a secretariat, "Huisartsen ...") cannot be checked:
 * any such To recipient leaves the rule quiet, unless its display name also names one person
 * ("Apotheek ..., M. Veldman"): then the salutation is compared with that person.
 */
export const recipientMismatch: Rule = {
  id: "recipient-mismatch",
  evaluate({ draft, analysis, recipients, language, policy }) {
    if (!messageHasPHI(analysis)) return null;
    const salutation = parseSalutation(draft.body);
    if (!salutation || !salutation.names.length || salutation.group) return null;
    // the salutation speaks to the To recipients; Cc (often the patient the mail is about) is only copied
    const sender = (draft.from.address ?? "").toLowerCase();
    const others = recipients.filter((r) => r.address.toLowerCase() !== sender);
    const inField = (field: ClassifiedRecipient["field"]): ClassifiedRecipient[] =>
      others.filter((r) => r.field === field);
    let greeted = inField("to");
    if (!greeted.length) greeted = inField("cc");
    // To holds only the sender or the practice and the patient is in Bcc "for privacy": the greeting is theirs
    const bcc = inField("bcc");
    if (greeted.every((r) => r.class === "internal") && bcc.some((r) => r.class !== "internal"))
      greeted = bcc;
    // a person greeted at an organisation's or a role's mailbox cannot be checked, unless the entry names one
    if (!greeted.length || !greeted.every(isCheckableRecipient)) return null;
    const addressed = [...others.filter((r) => r.field !== "bcc"), ...greeted];
    // Inside the practice colleagues greet each other by first names and nicknames that the address
    // book does not show: there the rule warns only for another first name in the recipient's display
    // name ("Hoi Fatima" to "Rick Vermeulen"), unless the policy asks for the full check.
    if (
      !policy.salutationCheckInternal &&
      addressed.every((r) => r.class === "internal") &&
      !addressed.some((r) => shownOtherFirstName(salutation.names, r))
    )
      return null;
    if (addressed.some((r) => salutationFits(salutation.names, r, salutation.titled))) return null;
    return {
      rule: "recipient-mismatch",
      action: "warn",
      findings: personCareFindings(analysis).filter((f) => f.type === "name"),
      explanation: t(language, "rule.recipient-mismatch"),
      source: SOURCES.doubleCheckRecipient,
    };
  },
};

/** The recipient's display name shows a first name, and the salutation names another one. */
function shownOtherFirstName(names: readonly string[], r: ClassifiedRecipient): boolean {
  const words = fold(r.name ?? "")
    .split(/[^a-z-]+/)
    .filter((w) => w.length > 0);
  const shown = displayFirstName(words);
  return shown !== null && names.length > 0 && names.indexOf(shown) < 0;
}
