import type { Rule } from "./rule";
import { t } from "../../i18n";
import { parseSalutation } from "./salutation";
import { SOURCES } from "./sources";
import { OWN_PEOPLE_TEXT } from "../lexicon/category-words";
import { terms } from "../lexicon/terms";
import { countDistinct } from "../features/moment";

const OWN_PEOPLE_WORDS = terms(OWN_PEOPLE_TEXT, "gi");

/**
 * Handbook 002, Praktijkregels "Informeren van patiënt over veilig mail": group mails to patients go by plain
 * mail only "waarbij ontvangers niet kunnen zien naar wie het bericht nog meer is gestuurd". Private addresses
 * visible to each other in To/Cc disclose who is a patient of the practice: use Bcc.
 * Two addresses may be a couple or a parent and child; so the policy's minimum (default 3) applies, or two
 * when the salutation itself speaks to a group ("Beste patiënten,").
 * A mailing in Bcc with one patient left in To or Cc shows that patient's address to all the others.
 */
const sameAddress = (a: { address: string }, b: { address: string }): boolean =>
  a.address.toLowerCase() === b.address.toLowerCase();

export const visibleGroupRecipients: Rule = {
  id: "visible-group-recipients",
  evaluate({ draft, recipients, policy, language }) {
    const visible = recipients.filter((r) => r.class === "private" && r.field !== "bcc");
    const distinct = visible.filter((r, i) => visible.findIndex((o) => sameAddress(o, r)) === i);
    if (distinct.length === 0) return null;
    const salutation = parseSalutation(draft.body);
    // volunteers or colleagues greeted as such are the practice's own people, not its patients; so are
    // people given their tasks and roster ("koffierooster", "jullie inzet", "wie helpt?")
    // (never when the greeting itself names patients: "Beste deelnemers, … de kerstborrel")
    if (
      salutation?.ownPeople ||
      (!salutation?.patients && countDistinct(OWN_PEOPLE_WORDS, draft.body) >= 2)
    )
      return null;
    const group = salutation?.group ?? false;
    const hidden = recipients.filter(
      (r) => r.class === "private" && r.field === "bcc" && !distinct.some((v) => sameAddress(v, r))
    ).length;
    // one patient in To above a Bcc mailing: as many people in all as a visible group needs
    const exposed =
      distinct.length === 1 && hidden >= 2 && (group || hidden + 1 >= policy.visibleGroupMinimum);
    if (
      !exposed &&
      (distinct.length < 2 || (distinct.length < policy.visibleGroupMinimum && !group))
    )
      return null;
    return {
      rule: "visible-group-recipients",
      action: "block",
      findings: [],
      explanation: t(
        language,
        exposed ? "rule.visible-group-recipients.exposed" : "rule.visible-group-recipients"
      ),
      source: SOURCES.groupMailHidden,
    };
  },
};
