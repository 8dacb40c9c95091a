import type { ClassifiedRecipient } from "../types";
import { looksLikeOrganisation } from "../rules/salutation";
import type { MailText } from "../mailtext";
import { domainOf, isRoleAddress, PRIVATE_MAIL_DOMAINS } from "../recipients";
import {
  CARE_DOMAIN_WORDS,
  COUNCILS,
  COUNCIL_BUSINESS,
  NEWSLETTER_PARTS,
  NEWSLETTER_WORDS,
  SERVICE_MAILBOXES,
} from "../lexicon/category-words";
import { terms, termsSource } from "../lexicon/terms";
import { isPersonMailbox } from "../rules/salutation";

export interface Audience {
  /** visible (To/Cc) recipients at a private mail provider */
  privateVisible: number;
  /** visible recipients */
  visible: number;
  /** the only visible recipients are the practice's own, and several people are in Bcc */
  bccOnly: boolean;
  /** one recipient outside the practice, a private person (patient), in whichever field */
  oneToOnePrivate: boolean;
  /** every recipient is the practice's own */
  internalOnly: boolean;
  /** every visible recipient is a service mailbox of an organisation outside care ("support@medit.nl") */
  supplierOnly: boolean;
  /**
   * one recipient outside the practice, a person's own mailbox at an organisation ("Ans Janssen
   * <ans.janssen@bouwbedrijf-bakker.nl>"): a patient at work as often as an editor or a teacher
   */
  onePersonAtWork: boolean;
}

const SERVICE_LOCAL = new RegExp(`^(?:${termsSource(SERVICE_MAILBOXES)})(?:[._-].*)?$`, "i");
const CARE_DOMAIN = new RegExp(termsSource(CARE_DOMAIN_WORDS), "i");
/** A supplier's, school's or employer's service mailbox: its domain names no care organisation. */
function serviceMailbox(address: string): boolean {
  const at = address.lastIndexOf("@");
  return at > 0 && SERVICE_LOCAL.test(address.slice(0, at)) && !CARE_DOMAIN.test(domainOf(address));
}

/**
 * A private person's mailbox: a club's or paper's mailbox at a mail provider ("Redactie Wijkkrant
 * <wijkkrant@gmail.com>") is an organisation's.
 */
function privatePerson(r: ClassifiedRecipient): boolean {
  return r.class === "private" && !(r.name && looksLikeOrganisation(r.name));
}

/** Who receives the mail, by the sender's domain and the private mail providers. */
export function audience(mail: MailText): Audience {
  const visible = mail.to.concat(mail.cc);
  // the policy's classes when known (regional ISPs, family domains), else the provider list
  const privateVisible = mail.recipients
    ? mail.recipients.filter((r) => privatePerson(r) && r.field !== "bcc").length
    : visible.filter((a) => PRIVATE_MAIL_DOMAINS.indexOf(domainOf(a.address)) >= 0).length;
  const own = domainOf(mail.from.address);
  const everyone = visible.concat(mail.bcc);
  // a council's members at their own addresses read its business as members, not as patients
  const council = councilBusiness(mail);
  return {
    privateVisible: council ? 0 : privateVisible,
    visible: visible.length,
    // one patient in Bcc is not a broadcast: broadcast means several recipients
    bccOnly: mail.bcc.length > 1 && visible.every((a) => domainOf(a.address) === own),
    oneToOnePrivate: !council && oneToOnePrivate(mail, own),
    internalOnly: everyone.length > 0 && everyone.every((a) => domainOf(a.address) === own),
    supplierOnly: visible.length > 0 && visible.every((a) => serviceMailbox(a.address)),
    onePersonAtWork: !council && onePersonAtWork(mail),
  };
}

const COUNCIL = terms(COUNCILS);
const COUNCIL_MATTER = terms(COUNCIL_BUSINESS);
const COUNCIL_MAIL = new WeakMap<MailText, boolean>();
/** The subject and opening lines name a council and its business (an agenda, a meeting, draft texts). */
export function councilBusiness(mail: MailText): boolean {
  let known = COUNCIL_MAIL.get(mail);
  if (known === undefined) {
    const opening = `${mail.subject}\n${(mail.parts.find((p) => p.where === "body")?.original ?? "").slice(0, 500)}`;
    known = COUNCIL.test(opening) && COUNCIL_MATTER.test(opening);
    COUNCIL_MAIL.set(mail, known);
  }
  return known;
}

function onePersonAtWork(mail: MailText): boolean {
  if (!mail.recipients) return false;
  const outside = mail.recipients.filter((r) => r.class !== "internal");
  return (
    outside.length === 1 &&
    outside[0].class === "external" &&
    !serviceMailbox(outside[0].address) &&
    !isRoleAddress(outside[0].address) &&
    isPersonMailbox(outside[0])
  );
}

/** The policy's classes when known (one notion of "internal" and "private"), else the sender's domain. */
function oneToOnePrivate(mail: MailText, own: string): boolean {
  if (mail.recipients) {
    const outside = mail.recipients.filter((r) => r.class !== "internal");
    return outside.length === 1 && privatePerson(outside[0]);
  }
  const outside = mail.to.concat(mail.cc, mail.bcc).filter((a) => domainOf(a.address) !== own);
  return outside.length === 1 && PRIVATE_MAIL_DOMAINS.indexOf(domainOf(outside[0].address)) >= 0;
}

const NEWSLETTER = new RegExp(
  `${termsSource(NEWSLETTER_PARTS)}|\\b(?:${termsSource(NEWSLETTER_WORDS)})\\b`,
  "i"
);
/** Newsletter or mailing-list wording ("nieuwsbrief", "afmelden", "u ontvangt deze e-mail"). */
export function isNewsletter(text: string): boolean {
  return NEWSLETTER.test(text);
}
