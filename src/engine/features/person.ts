import type { Finding } from "../types";
import type { MailText } from "../mailtext";
import {
  FORMS_OF_ADDRESS,
  GROUP_ADDRESSEES,
  NEUTRAL_ADDRESSEES,
  PARENTS_OF,
  PARTICIPANT_ADDRESSEES,
  PATIENT_CONTEXT,
  PATIENT_SINGULAR,
  PATIENT_SERVICES,
  POSSESSIVES,
  RELATIVES,
  ROLE_ADDRESSEES,
  SPEAKER_VERBS,
  STAFF_AFTER,
  STAFF_ILL,
  STAFF_ROLES,
  ORGANISATION_ROLES,
  ATTENDANCE_LABELS,
  CONTACT_VERBS,
  CONTACT_PERSON,
  CONTACT_ROLES,
  SALUTATION_TITLES,
  STAFF_MEETINGS,
  CELEBRATED_BIRTH,
} from "../lexicon/category-words";
import { startsWith, terms, termsSource } from "../lexicon/terms";
import { sentenceIndex, sentenceText } from "../mailtext/sentences";
import { topicSentence } from "./statements";
import { audience, councilBusiness } from "./audience";

const GROUP = startsWith(GROUP_ADDRESSEES);
const PARTICIPANTS = startsWith(PARTICIPANT_ADDRESSEES);
const HOUSEHOLD = /^(?:ouders|familie|fam\.?|parents|family)[\s,!:]*$/i;
// "Beste ouders van Sem": the parents of one child (a capital follows).
const PARENTS = new RegExp(`^(?:${termsSource(PARENTS_OF)})\\s+[A-Z]`);
const FORMS = termsSource(FORMS_OF_ADDRESS);
const NEUTRAL = new RegExp(
  `^(?:${FORMS})\\s*(?:[,/]|of|en)\\s*(?:${FORMS})|^(?:${termsSource(NEUTRAL_ADDRESSEES)})\\b`,
  "i"
);
const ROLE = startsWith(ROLE_ADDRESSEES);
const ROLE_NAMED = new RegExp(`^(?:${termsSource(ROLE_ADDRESSEES)})\\s+[A-Z]`);
// The category counts any addressee that starts with a letter as a person (case-insensitive on purpose).
const LETTER = /^[A-Z\u00c0-\u00de]/i;

export interface Addressees {
  /** a person is greeted ("Beste mevrouw Prins", "Beste ouders van Sem") */
  named: boolean;
  /** a group is greeted ("Beste patiënten", "Hoi allemaal") */
  group: boolean;
  /** the participants of a session are greeted */
  participants: boolean;
}

/** Who the greeting lines of a mail speak to. */
export function addressees(mail: MailText): Addressees {
  const out: Addressees = { named: false, group: false, participants: false };
  // "Beste ouders," to the one address of a family ("Ouders Yildiz <yildiz.fam@…>"): one household
  const oneAddress = mail.to.length + mail.cc.length === 1 && mail.bcc.length === 0;
  for (const who of mail.addressees) {
    if (PARENTS.test(who) || (oneAddress && HOUSEHOLD.test(who))) out.named = true;
    else if (GROUP.test(who)) {
      out.group = true;
      if (PARTICIPANTS.test(who)) out.participants = true;
    } else if (NEUTRAL.test(who)) continue;
    else if (ROLE.test(who) && !ROLE_NAMED.test(who)) continue;
    else if (LETTER.test(who)) out.named = true;
  }
  return out;
}

const FAMILY = terms([`${POSSESSIVES.join("|")} ${RELATIVES.join("|")}`]);
/** A family relation of one person ("uw moeder", "her son"). */
export function familyRelation(text: string): boolean {
  return FAMILY.test(text);
}

// ("the patient portal", "client login": a service named for patients, not one patient)
const ONE_PATIENT_ALL = new RegExp(
  `\\b(?:${termsSource(PATIENT_SINGULAR)})(?![\\w-])(?!\\s+(?:${termsSource(PATIENT_SERVICES)})\\b)`,
  "gi"
);
/** A heading line of a form or leaflet ("Gegevens cliënt"): a few words, no sentence punctuation. */
const HEADING = /^[^.!?:;]{0,60}$/;

/**
 * One patient spoken of ("de patiënt", "this client"), outside topic text: a blank form's "Gegevens
 * cliënt" or "relatie tot de cliënt: ....." speaks of whoever fills it in.
 */
export function onePatient(mail: MailText): boolean {
  for (const p of mail.parts) {
    if (p.where !== "body" && p.where !== "subject") continue;
    const text = p.original;
    ONE_PATIENT_ALL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ONE_PATIENT_ALL.exec(text))) {
      // a heading is short: look at most 80 characters each way (a long line has no "\n" near)
      const line = lineAround(text, m.index, 80).trim();
      if (p.where === "body" && line.split(/\s+/).length <= 4 && HEADING.test(line)) continue;
      const ends = mail.sentenceEnds(p.where);
      const k = sentenceIndex(ends, m.index);
      const sentence = sentenceText(text, ends, k);
      if (topicSentence(sentence) === "general") continue;
      return true;
    }
  }
  return false;
}

/** A name, birth date, BSN or patient number outside the signatures. */
export function identifyingFinding(findings: Finding[], mail: MailText): boolean {
  return findings.some(
    (f) =>
      (f.type === "name" ||
        f.type === "birthdate" ||
        f.type === "bsn" ||
        f.type === "patient-id") &&
      !mail.inSignature(f.where, f.start)
  );
}

/** A BSN, patient number or birth date outside the signatures: data about one patient. */
export function patientIdentifiers(findings: Finding[], mail: MailText): boolean {
  return findings.some(
    (f) =>
      (f.type === "bsn" || f.type === "patient-id" || f.type === "birthdate") &&
      !mail.inSignature(f.where, f.start) &&
      !(f.type === "birthdate" && celebratedBirth(f, mail))
  );
}

const CELEBRATED = terms(CELEBRATED_BIRTH);
/** A birth date beside a birthday, a birth card or a colleague (80 characters either side). */
function celebratedBirth(f: Finding, mail: MailText): boolean {
  const text = mail.parts.find((p) => p.where === f.where)?.original ?? "";
  return CELEBRATED.test(text.slice(Math.max(0, f.start - 80), f.end + 80));
}

const CONTEXT = terms(PATIENT_CONTEXT);
/** Identifiers are patient data only in a patient or care context, not HR or business. */
export function patientContext(text: string): boolean {
  return CONTEXT.test(text);
}

// name parts worth comparing: three letters or more, accents folded
function nameParts(s: string): string[] {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z]+/)
    .filter((p) => p.length >= 3);
}

/**
 * A name finding that names one of the mail's own recipients ("schreef Gonny de Jong" in a reply to
 * Gonny de Jong): the addressee, whom the address already identifies, not a third person the mail
 * is about. Only in a mail to that one person (a patient in Cc of a referral is its subject); the
 * surname must be in the recipient's display name or address local part.
 */
export function recipientName(f: Finding, mail: MailText): boolean {
  if (f.type !== "name") return false;
  const all = [...mail.to, ...mail.cc, ...mail.bcc];
  if (all.length !== 1) return false;
  const parts = nameParts(f.text);
  if (!parts.length) return false;
  // "de heer Gerrit Smit" in a mail to "Smit, Annet": the same surname with another first name is a
  // relative of the addressee, not the addressee
  if (
    parts.length >= 2 &&
    all.some((r) => {
      const display = nameParts(r.name ?? "");
      return (
        display.length >= 2 &&
        display.indexOf(parts[parts.length - 1]) >= 0 &&
        display.some((d) => d.length >= 3 && parts.indexOf(d) < 0) &&
        parts.slice(0, -1).some((p) => p.length >= 3 && display.indexOf(p) < 0)
      );
    })
  )
    return false;
  // "Beste mevrouw Lous" to directie@…: the greeting's surname is the addressee's
  const greeted = mail.salutation?.titled ? mail.salutation.names.flatMap(nameParts) : [];
  if (greeted.indexOf(parts[parts.length - 1]) >= 0) return true;
  return all.some((r) => {
    const local = r.address.slice(0, Math.max(0, r.address.lastIndexOf("@"))).toLowerCase();
    const display = nameParts(r.name ?? "");
    // the surname (last part) decides: a shared first name alone is not the same person
    const last = parts[parts.length - 1];
    return display.indexOf(last) >= 0 || (last.length >= 4 && local.indexOf(last) >= 0);
  });
}

const ROLE_WORDS = termsSource(STAFF_ROLES);
// the role right before the name ("huisarts Sjoerd de Vries") or right after it ("Baukje (POH)")
// "huisarts Merel Tuinstra", "de nieuwe huisarts, Merel Tuinstra"
// (on the same line: "Geachte dokter,\nDaan Verschuren (groep 6) klaagt…" greets the doctor above a pupil)
const ROLE_BEFORE = new RegExp(
  `(?:^|[^\\w-])(?:${ROLE_WORDS}|${termsSource(ORGANISATION_ROLES)}),?[ \\t]+$`,
  "i"
);
// (one small word may come between: "Ik neem Wouter mee (onze sportfysio)")
const ROLE_AFTER = new RegExp(
  `^(?:[ \\t]+[a-z]{2,5})?\\s*(?:\\(|,\\s*)(?:${ROLE_WORDS})(?![\\w-])`,
  "i"
);
// what only staff do, right after the name
const STAFF_DEED_AFTER = new RegExp(`^[^.!?\\n]{0,3}(?:${termsSource(STAFF_AFTER)})\\b`, "i");
// the illness right after the name, in its own clause (bounded gaps: linear)
const STAFF_ILL_AFTER = new RegExp(`^[^.!?\\n]{0,3}(?:${termsSource(STAFF_ILL)})\\b`, "i");
const SPEAKER_BEFORE = new RegExp(`(?:^|[^\\w-])(?:${termsSource(SPEAKER_VERBS)})\\s+$`, "i");

/**
 * A name of the care staff, not of a patient: named with a role ("huisarts Sjoerd de Vries", "Baukje
 * (POH)"), or, in text for readers, quoted as a speaker ("…", vertelt Tessa Ruiterkamp).
 */
export function staffName(f: Finding, mail: MailText, readers: boolean): boolean {
  if (f.type !== "name") return false;
  const text = mail.parts.find((p) => p.where === f.where)?.original;
  if (text === undefined) return false;
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const after = text.slice(f.end, f.end + 40);
  if (STAFF_ILL_AFTER.test(text.slice(f.end, f.end + 80))) return false;
  return (
    ROLE_BEFORE.test(before) ||
    ROLE_AFTER.test(after) ||
    STAFF_DEED_AFTER.test(after) ||
    (readers && SPEAKER_BEFORE.test(before)) ||
    (readers && !/\s/.test(f.text.trim()) && CONTACT_BEFORE.test(before)) ||
    // "Vragen? Bel Marieke Stam, 0252-418 900": a contact with their number, for readers
    (readers && CONTACT_BEFORE.test(before) && PHONE_AFTER.test(after)) ||
    (readers && CONTACT_PERSON_BEFORE.test(before)) ||
    CONTACT_ROLE_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start)) ||
    HOST_BEFORE.test(lineBefore(text, f.start)) ||
    ATTENDANCE_LINE.test(lineBefore(text, f.start)) ||
    // "Voorschrijfcijfers antibiotica (Erik neemt de regionale cijfers mee)" in an FTO's agenda to
    // colleagues at their practices: a bare first name there is one of them
    (f.where === "body" &&
      !/\s/.test(f.text.trim()) &&
      !TITLE_BEFORE.test(before) &&
      // (so is one in a council's business: a member or the staff who serve it)
      (colleaguesMeeting(mail) || councilBusiness(mail)))
  );
}

const MEETING_SUBJECT = terms(STAFF_MEETINGS);
// "de casus van mevrouw Wouters": a titled name is a patient's, also in a colleagues' meeting
const TITLE_BEFORE = new RegExp(`\\b(?:${termsSource(SALUTATION_TITLES)})\\.?\\s+$`, "i");
const COLLEAGUES_MEETING = new WeakMap<MailText, boolean>();
/** A colleagues' meeting named in the subject, to visible professionals only (no private address, no Bcc). */
export function colleaguesMeeting(mail: MailText): boolean {
  let known = COLLEAGUES_MEETING.get(mail);
  if (known === undefined) {
    known =
      MEETING_SUBJECT.test(mail.subject) &&
      mail.bcc.length === 0 &&
      mail.to.length + mail.cc.length > 1 &&
      audience(mail).privateVisible === 0;
    COLLEAGUES_MEETING.set(mail, known);
  }
  return known;
}

const ATTENDANCE_LINE = new RegExp(`^[\\s>*•·-]*(?:${termsSource(ATTENDANCE_LABELS)})\\s*:`, "i");
// a bare first name right after the verb: "bel of mail Lieke even" ("bel mevrouw Jansen" is no colleague)
// the host of a colleagues' meeting, on the meeting's line ("Volgende HAGRO: 28 januari bij Joost")
// (the line is at most 300 characters and the gap bounded: linear)
const HOST_BEFORE = new RegExp(
  `\\b(?:${termsSource(STAFF_MEETINGS)})\\b[^\\n]{0,60}\\bbij\\s+$`,
  "i"
);
// a contact person named for readers, first name or full ("contact opnemen met Linda Groot")
const CONTACT_PERSON_BEFORE = new RegExp(
  `(?:^|[^\\w-])(?:${termsSource(CONTACT_PERSON)})\\s+(?:(?:met|bij|is|:)\\s+)?$`,
  "i"
);
// a contact named by that role, in any mail ("Contactpersoon voor de chauffeur is Gerda Vos")
const CONTACT_ROLE_BEFORE = new RegExp(
  `(?:^|[^\\w-])(?:${termsSource(CONTACT_ROLES)})(?:\\s+voor\\s+(?:de\\s+|het\\s+)?[^\\s.!?]+)?\\s*(?:is\\s+|:\\s*)?$`,
  "i"
);
// a Dutch phone number right after the name, one word (op, via, tel.) between at most
const PHONE_AFTER = /^[,:]?[ \t]*(?:[^\s\d]{1,6}[ \t]+)?\(?(?:\+31|0)[ \t(]*\d/;
const CONTACT_BEFORE = new RegExp(`(?:^|[^\\w-])(?:${termsSource(CONTACT_VERBS)})\\s+$`, "i");
/** The line around `at`, at most `reach` characters each way. */
function lineAround(text: string, at: number, reach: number): string {
  const floor = Math.max(0, at - reach);
  const ceil = Math.min(text.length, at + reach);
  let start = at;
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
  let end = at;
  while (end < ceil && text.charCodeAt(end) !== 10) end++;
  return text.slice(start, end);
}

/** The line up to `at`, at most 300 characters back (a bounded scan: a long line has no "\n" to find). */
function lineBefore(text: string, at: number): string {
  const floor = Math.max(0, at - 300);
  let start = at;
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
  return text.slice(start, at);
}

/**
 * The staff named with a role or in an attendance line, and every later mention of them by a word of
 * that name ("Aanwezig: Joost Hamers (huisarts) … Joost maakt een voorstel").
 */
export function staffNames(findings: Finding[], mail: MailText, readers: boolean): Set<Finding> {
  const out = new Set<Finding>();
  const words = new Set<string>();
  for (const f of findings)
    if (staffName(f, mail, readers)) {
      out.add(f);
      for (const w of f.text.toLowerCase().split(/[\s.,]+/)) if (w.length >= 3) words.add(w);
    }
  if (!words.size) return out;
  for (const f of findings)
    if (
      f.type === "name" &&
      !out.has(f) &&
      f.text
        .toLowerCase()
        .split(/[\s.,]+/)
        .every((w) => w.length < 3 || words.has(w)) &&
      // "Naima is op 6 november geopereerd": the colleague is the one the mail is about
      !illAfter(f, mail)
    )
      out.add(f);
  return out;
}

function illAfter(f: Finding, mail: MailText): boolean {
  const text = mail.parts.find((p) => p.where === f.where)?.original ?? "";
  return STAFF_ILL_AFTER.test(text.slice(f.end, f.end + 80));
}
