import type { Finding } from "../types";
import type { MailText } from "../mailtext";
import {
  CONCRETE_CARE,
  CONCRETE_EVENTS,
  SUBJECT_PRONOUN_AFTER,
  SUBJECT_PRONOUN_IN_CLAUSE,
  NEXT_CARE_STEP,
  CONDITIONAL_OPENERS,
  CONSEQUENCE_STARTS,
  CONTACT_PAST,
  CLAUSE_SUBJECTS,
  LEAFLET_WORDS,
  PRICE_WORDS,
  MODAL_PAIRS,
  SPREAD_OVER,
  NOT_VERB_FIRST,
  OWN,
  PAST_CARE_EVENTS,
  PRESENT_PASSIVE,
  RELATIVE_MARKERS,
  TEMPORAL_OPENERS,
} from "../lexicon/category-words";
import { exactly, terms, termsSource } from "../lexicon/terms";
import { medicalWeight } from "../detect/medical";
import { hasMoment } from "./moment";
import { isServiceWord } from "./topic";

const CONCRETE = terms(CONCRETE_CARE);
const EVENTS_ALL = terms([...CONCRETE_EVENTS, ...NEXT_CARE_STEP, ...CONTACT_PAST], "gi");
// to readers, "zoals afgesproken" is an agreement with the editor or colleague, not a care contact
const EVENTS_FOR_READERS = terms(CONCRETE_EVENTS, "gi");
// "als u", "bijvoorbeeld als je": an opener and a generic subject between the clause start and the word
// ("als je tandvlees bloedt": the opener right before the word, whose possessive is the subject)
const CONDITIONAL_CLAUSE = new RegExp(
  `(?:^|\\s)(?:${termsSource(CONDITIONAL_OPENERS)})(?:\\s+(?:${termsSource(CLAUSE_SUBJECTS)})\\b|\\s+$)`,
  "i"
);
const CONSEQUENCE = new RegExp(`^\\s*(?:${termsSource(CONSEQUENCE_STARTS)})\\b`, "i");
// a line break inside a paragraph is a wrap, not a clause end; a blank line is one. Character codes:
// this runs for up to 200 characters per word asked about.
function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (
    c === 44 || // ,
    c === 59 || // ;
    c === 58 || // :
    c === 46 || // .
    c === 33 || // !
    c === 63 || // ?
    (c === 10 && text.charCodeAt(i - 1) === 10)
  );
}

/** Where the clause holding `index` starts: at most 200 characters back (bounded, so linear overall). */
export function clauseStart(text: string, index: number): number {
  let start = index;
  const floor = Math.max(0, index - 200);
  while (start > floor && !endsClause(text, start - 1)) start--;
  return start;
}

const TEMPORAL = terms(TEMPORAL_OPENERS);
const RELATIVE = terms(RELATIVE_MARKERS);
// in a relative clause past events describe a kind of medicine or patient; results, attachments and
// time words stay concrete there
const PAST_EVENT = terms(PAST_CARE_EVENTS);
/** The event at `index` is a participle inside a relative clause ("medicatie die … is voorgeschreven"). */
function inRelativeClause(text: string, index: number, match: string): boolean {
  return PAST_EVENT.test(match) && RELATIVE.test(text.slice(clauseStart(text, index), index));
}
const PASSIVE_NOW = terms(PRESENT_PASSIVE);
/**
 * A bare participle in a present passive ("indien nodig wordt de wond gehecht", "Chronische medicatie
 * wordt voor 3 maanden voorgeschreven"): how care goes; "is gehecht" and "werd voorgeschreven" happened.
 */
function inPresentPassive(text: string, index: number, match: string): boolean {
  return (
    match.indexOf(" ") < 0 &&
    PAST_EVENT.test(match) &&
    PASSIVE_NOW.test(text.slice(clauseStart(text, index), index))
  );
}
/**
 * The word at `index` stands in a time clause ("pas nadat de huisarts ze heeft bekeken") or in the
 * clause that a fronted one governs ("Tien dagen voordat uw medicijnen op zijn, liggen ze klaar").
 */
export function inTimeClause(text: string, index: number): boolean {
  const start = clauseStart(text, index);
  if (TEMPORAL.test(text.slice(start, index))) return true;
  if (start === 0 || text.charCodeAt(start - 1) !== 44) return false; // a comma
  return TEMPORAL.test(text.slice(clauseStart(text, start - 1), start - 1));
}

/** The word at `index` stands in a conditional clause ("…, bijvoorbeeld als je je somber voelt"). */
export function inConditional(text: string, index: number): boolean {
  const start = clauseStart(text, index);
  if (CONDITIONAL_CLAUSE.test(text.slice(start, index))) return true;
  if (inConditionalList(text, index)) return true;
  if (invertedCondition(text, start, index)) return true;
  // the consequence of a condition: "If there is a medical reason, you are referred"
  if (start === 0 || text[start - 1] !== "," || !CONSEQUENCE.test(text.slice(start, index + 1)))
    return false;
  let before = start - 1;
  const floorBefore = Math.max(0, before - 200);
  while (before > floorBefore && !endsClause(text, before - 1)) before--;
  return CONDITIONAL_CLAUSE.test(text.slice(before, start - 1));
}

/** A list item: a line (or a sentence's text) opening with a bullet or "1." / "1)", quoted or not. */
export const LIST_ITEM = /^[\s>]*(?:[-*\u2022\u00b7\u2013]|\d{1,2}[.)])\s/;
const CONDITION_LEAD = new RegExp(
  `\\b(?:${termsSource(CONDITIONAL_OPENERS)})[ \\t]*:[ \\t]*$`,
  "i"
);
/**
 * The word at `index` is in a list item under a lead-in that ends in a condition ("Bel direct als:\n- er
 * buikpijn is die steeds erger wordt"): each item completes the condition. Bounded: lines of at most 300
 * characters, at most 40 lines back.
 */
function inConditionalList(text: string, index: number): boolean {
  let lineStart = lineStartOf(text, index);
  if (lineStart < 0 || !LIST_ITEM.test(text.slice(lineStart, lineStart + 12))) return false;
  for (let n = 0; n < 40 && lineStart > 0; n++) {
    const prevStart = lineStartOf(text, lineStart - 1);
    if (prevStart < 0) return false;
    const line = text.slice(prevStart, lineStart - 1);
    lineStart = prevStart;
    if (!line.trim() || LIST_ITEM.test(line)) continue;
    return CONDITION_LEAD.test(line);
  }
  return false;
}
/** The start of the line holding `index`, or -1 when it lies more than 300 characters back. */
function lineStartOf(text: string, index: number): number {
  const floor = Math.max(0, index - 300);
  let i = index;
  while (i > floor && text.charCodeAt(i - 1) !== 10) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 ? i : -1;
}

const NOT_A_VERB = exactly(NOT_VERB_FIRST);
const THEN_AFTER = /^,[ \t\n]*(?:dan\b|[^\s,.]+[ \t\n]+(?:[^\s,.]+[ \t\n]+)?dan\b)/i;
/**
 * A condition told verb first, as Dutch does without "als": "Liggen ze klaar, dan krijgt u een sms",
 * "Heeft u koorts, bel ons dan". The clause opens its sentence with a word that is no subject, and
 * "dan" follows its comma. Bounded to 200 characters each way.
 */
function invertedCondition(text: string, start: number, index: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) === 44) return false; // after a comma: no sentence start
  const first = LEADING_WORD.exec(text.slice(start, Math.min(index + 40, start + 240)));
  if (!first || NOT_A_VERB.test(first[1])) return false;
  let end = index;
  const stop = Math.min(text.length, index + 200);
  while (end < stop && !endsClause(text, end)) end++;
  return text.charCodeAt(end) === 44 && THEN_AFTER.test(text.slice(end, end + 40));
}
const LEADING_WORD = /^[\s>*•·\d.)-]*([A-Za-zÀ-ÿ]+)/;

const ATTACHMENT = terms(["bijlage|bijlagen|bijgevoegd|bijgaand|attached|attachment"]);
const LEAFLET = terms(LEAFLET_WORDS);
/** "In de bijlage vindt u onze folder": the attachment is a leaflet for anyone. */
function leafletAttachment(text: string, index: number, match: string): boolean {
  if (!ATTACHMENT.test(match)) return false;
  const start = Math.max(
    text.lastIndexOf(".", index),
    text.lastIndexOf("\n\n", index),
    index - 200
  );
  const stop = text.slice(index, index + 200).search(/[.!?]|\n\n/);
  return LEAFLET.test(text.slice(start + 1, stop < 0 ? index + 200 : index + stop));
}

const ATTACHMENT_ALL = new RegExp(ATTACHMENT.source, "gi");
/** Every mention of an attachment is of a leaflet, form or price list ("In de bijlage vind je onze tarievenlijst"). */
function leafletOnly(text: string): boolean {
  ATTACHMENT_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let any = false;
  while ((m = ATTACHMENT_ALL.exec(text))) {
    if (!leafletAttachment(text, m.index, m[0])) return false;
    any = true;
  }
  return any;
}

const PRICES = terms(PRICE_WORDS);
/** "De tarieven … zijn wettelijk vastgesteld door de NZa": an event of prices, not of a person's care. */
function aboutPrices(text: string, index: number): boolean {
  return PRICES.test(text.slice(clauseStart(text, index), index));
}

/** Some event, result or document of this person outside a conditional clause. */
export function concreteEvent(text: string, readers = false, leafletFiles = false): boolean {
  const events = readers ? EVENTS_FOR_READERS : EVENTS_ALL;
  events.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = events.exec(text)))
    if (
      !inConditional(text, m.index) &&
      !inTimeClause(text, m.index) &&
      !inRelativeClause(text, m.index, m[0]) &&
      !inPresentPassive(text, m.index, m[0]) &&
      !(leafletFiles && ATTACHMENT.test(m[0])) &&
      !aboutPrices(text, m.index) &&
      !leafletAttachment(text, m.index, m[0]) &&
      !ownedInModalClause(text, m.index, m[0]) &&
      !SPREAD_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))
    )
      return true;
  return false;
}

const SPREAD_BEFORE = new RegExp(`\\b(?:${termsSource(SPREAD_OVER)})\\s+$`, "i");
const OWN_START = new RegExp(`^(?:${termsSource(OWN)})\\s`, "i");
const MODAL_PAIR = terms(MODAL_PAIRS);
/** "Uw uitslagen kunt u inzien in de app": the addressee's own thing in a clause of what they can do. */
function ownedInModalClause(text: string, index: number, match: string): boolean {
  if (!OWN_START.test(match)) return false;
  const end = index + match.length;
  let stop = end;
  const limit = Math.min(text.length, end + 200);
  while (stop < limit && !endsClause(text, stop)) stop++;
  return MODAL_PAIR.test(text.slice(clauseStart(text, index), stop));
}

/**
 * The newly written text: subject and body without quoted blocks (attribution included: "Op ma 9 nov
 * 2026 om 19:42 schreef …" dates the question, not an appointment) and without signatures.
 */
// Read by many features of one mail: built once per MailText (a line walk over the whole body).
const OWN_TEXT = new WeakMap<MailText, string>();

export function ownText(mail: MailText): string {
  let own = OWN_TEXT.get(mail);
  if (own === undefined) OWN_TEXT.set(mail, (own = buildOwnText(mail)));
  return own;
}

function buildOwnText(mail: MailText): string {
  const body = mail.parts.find((p) => p.where === "body");
  if (!body) return mail.subject;
  const blocks = mail.quoted.slice().sort((a, b) => a.start - b.start);
  let out = mail.subject + "\n";
  let at = 0;
  const keep = (from: number, to: number): void => {
    for (const line of body.original.slice(from, to).split("\n")) {
      if (!mail.inSignature("body", from)) out += line + "\n";
      from += line.length + 1;
    }
  };
  for (const q of blocks) {
    if (q.start > at) keep(at, q.start);
    at = Math.max(at, q.end);
  }
  keep(at, body.original.length);
  return out;
}

/**
 * Generic care text (issue 11): the mail states no concrete event in time about this person: no past
 * event, result, document, date or quoted complaint, no attachment. Procedure descriptions, "u"-form
 * instructions and habitual present ("U krijgt van de huisarts een code", "Neem uw medicijnen mee in
 * de handbagage") then describe how care works, not this addressee's care. Words are read over the
 * subject and body (a patient's own complaint in a quoted question is concrete); dates only in the
 * newly written text.
 */
export function genericCare(mail: MailText, readers = false, own?: string): boolean {
  // an attachment is someone's document, unless the mail hands it on as a leaflet or price list
  // ("Tarieven_mondhygienist_2027.pdf": a file named as a price list or leaflet is for anyone)
  const files = mail.parts.filter((p) => p.where !== "body" && p.where !== "subject");
  const leafletFiles =
    files.length > 0 && files.every((p) => LEAFLET.test(p.where.replace(/[_.-]+/g, " ")));
  if (files.length && !leafletFiles && !leafletOnly(mail.bodyAndSubject)) return false;
  // published text handed on (handed-on.ts): its dates and events ("na 16.00 uur", "U krijgt dan een
  // afspraak") are for anyone; only the writer's own lines can name this person's event
  if (own !== undefined) return !CONCRETE.test(own) && !concreteEvent(own, true) && !hasMoment(own);
  return (
    !CONCRETE.test(mail.bodyAndSubject) &&
    !concreteEvent(mail.bodyAndSubject, readers, leafletFiles) &&
    !hasMoment(ownText(mail))
  );
}

/**
 * A name that is a quoted message's own author ("schreef Gerrit Smit", signed "Gerrit Smit"): the
 * person who asked, i.e. the addressee, not a third person the mail is about.
 */
export function quotedAuthorName(f: Finding, mail: MailText): boolean {
  if (f.type !== "name" || f.where !== "body") return false;
  const name = f.text.toLowerCase();
  const body = mail.parts.find((p) => p.where === "body")?.original ?? "";
  return mail.quoted.some((q) => {
    const author = q.author?.toLowerCase();
    if (author && (author.indexOf(name) >= 0 || name.indexOf(author) >= 0)) return true;
    // signed under the quoted message ("> Groet, namens de mentoren, Joost")
    return (
      f.start >= q.start &&
      f.end <= q.end &&
      QUOTED_CLOSING.test(body.slice(Math.max(q.start, f.start - 60), f.start))
    );
  });
}
const QUOTED_CLOSING =
  /\b(?:groet|groeten|gr|mvg|regards|cheers|dank|bedankt)\b[^\n]{0,40}\n?[>\s]*[^\n]{0,30}$/i;

// "uw " or "je " right before a finding: the possessive ends where the finding starts.
export const OWN_BEFORE = new RegExp(`\\b(?:${termsSource(OWN)})\\s+$`, "i");
const CLAUSE_THEN_PRONOUN = new RegExp(
  `\\b(?:${termsSource(SUBJECT_PRONOUN_IN_CLAUSE)})\\s+$`,
  "i"
);
const SUBJECT_BEFORE = new RegExp(`\\b(?:${termsSource(SUBJECT_PRONOUN_AFTER)})\\s+$`, "i");

/**
 * A diagnosis, medicine or result owned by the addressee ("uw metformine", "je schouderpijn"): a
 * statement about them, however general the rest of the text is.
 */
export function ownMedical(findings: Finding[], mail: MailText, strong: number): boolean {
  const originals = new Map<string, string>();
  for (const p of mail.parts) originals.set(p.where, p.original);
  return findings.some((f) => {
    // "uw verwijzing" is how a service reaches the addressee, not their condition
    if (f.type !== "medical" || medicalWeight(f) < strong || isServiceWord(f.text)) return false;
    const text = originals.get(f.where);
    return (
      !!text &&
      OWN_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start)) &&
      !SUBJECT_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start)) &&
      // a quoted question's "dat je paracetamol … mag gebruiken": there "je" is anyone, the subject
      !(
        f.where === "body" &&
        mail.quoted.some((q) => f.start >= q.start && f.start < q.end) &&
        CLAUSE_THEN_PRONOUN.test(text.slice(Math.max(0, f.start - 12), f.start))
      ) &&
      !inConditional(text, f.start)
    );
  });
}
