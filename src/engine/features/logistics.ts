import {
  CONDITIONAL_OPENERS,
  APPOINTMENT_NOUN_PARTS,
  APPOINTMENT_NOUN_STARTS,
  APPOINTMENTS,
  BOOKING_HOW,
  CANCELLATION,
  APPOINTMENT_TOPIC_BEFORE,
  SERVICE_PREFIXES,
  STAFF_COVER,
  CONCRETE_APPOINTMENT,
  GROUP_SESSION,
  MOMENT_WORDS,
  MEETING,
  MOVED,
  NEXT_VISIT,
  NO_PARTICULAR_APPOINTMENT,
  NO_PARTICULAR_APPOINTMENT_STARTS,
  OWN,
  OWN_ITEM_NOUNS,
  OWN_PLURAL,
  OWN_SESSION_NOUNS,
  ADDRESSEE_PRONOUNS,
  PAYMENT_REMINDED,
  REMINDER_WORDS,
  PHARMACY,
  PICKUP,
  PICKUP_PLACE,
  PROCESS_THEN,
  REGISTRATION,
  RESCHEDULE,
  ANY_APPOINTMENT_BEFORE,
  APPOINTMENT_PLURALS,
  APPOINTMENT_OWNERS,
  POSSIBILITY,
  APPOINTMENT_RULE,
  SOCIAL_EVENTS,
  SCHEDULE_PERSON_COLUMNS,
  SCHEDULE_TIME_COLUMNS,
  WORK_DAY,
  THERAPIES,
  SESSION_ORDINALS,
  WEEKDAY_STEMS,
  WE_TOGETHER,
  WITHOUT,
} from "../lexicon/category-words";
import { terms, termsSource } from "../lexicon/terms";
import { hasMoment, OPENING_HOURS } from "./moment";
import { clauseStart, inConditional } from "./generic";
import { withoutWritingDates } from "../text/quotes";
import { conditionIn, thirdPersonIn } from "./statements";

const APPOINTMENT = terms(APPOINTMENTS, "gi");
const RESCHEDULED = terms(RESCHEDULE);
const APPOINTMENT_NOUN = new RegExp(
  `\\b(?:${termsSource(APPOINTMENT_NOUN_STARTS)})|${termsSource(APPOINTMENT_NOUN_PARTS)}`,
  "i"
);
const NO_PARTICULAR = new RegExp(
  `${termsSource(NO_PARTICULAR_APPOINTMENT)}|\\b(?:${termsSource(NO_PARTICULAR_APPOINTMENT_STARTS)})`
);
// "zonder" right before the appointment word ("elke dinsdag, zonder afspraak")
const WITHOUT_BEFORE = new RegExp(`\\b(?:${termsSource(WITHOUT)})\\s+$`, "i");
const SERVICE_BEFORE = new RegExp(`\\b(?:${termsSource(SERVICE_PREFIXES)})$`, "i");
// "vragen over uw afspraken", "de wekelijkse visite": a topic or a round, no one's appointment
const TOPIC_BEFORE = new RegExp(
  `\\b(?:${termsSource(APPOINTMENT_TOPIC_BEFORE)})\\s+(?:(?:${termsSource(APPOINTMENT_OWNERS)}|de|het|the)\\s+)?$`,
  "i"
);
const OWN_NEAR = new RegExp(termsSource(OWN));
const BOOKING = terms(BOOKING_HOW);
const ANY_BEFORE = new RegExp(`\\b(?:${termsSource(ANY_APPOINTMENT_BEFORE)})\\s+$`, "i");
const PLURAL = new RegExp(`^(?:${termsSource(APPOINTMENT_PLURALS)})$`, "i");
const POSSESSIVE_BEFORE = new RegExp(`\\b(?:${termsSource(APPOINTMENT_OWNERS)})\\s+$`, "i");
const RULE = terms(APPOINTMENT_RULE);

/**
 * A rule for any appointment, not one: "Een afspraak van maandag moet u uiterlijk op de donderdag
 * ervoor afzeggen", "Appointments on Mondays should be cancelled before 15:00 on the Friday before".
 */
function anyAppointmentRule(text: string, at: number, word: string, sentence: string): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  const any = ANY_BEFORE.test(before) || (PLURAL.test(word) && !POSSESSIVE_BEFORE.test(before));
  return any && RULE.test(sentence);
}

// "om 10.30 logopedie", "fysio om 9 uur": a treatment at an hour (a lower-case word: "Fysiotherapie
// Het Zandpad" is a practice's name)
const THERAPY = `(?:${termsSource(THERAPIES)})`;
const THERAPY_AT_HOUR = new RegExp(
  `\\bom\\s+\\d{1,2}(?:[.:]\\d{2})?\\s+(?:uur\\s+)?${THERAPY}\\b|\\b${THERAPY}\\s+om\\s+\\d{1,2}(?:[.:]\\d{2})?\\b`
);
// "vanochtend", "gisteren": an hour range that happened is a visit, not opening hours
const CLOCK = /\b\d{1,2}[.:]\d{2}\b/;
const PAST_TODAY =
  /\b(?:vanochtend|vanmorgen|vanmiddag|gisteren|gistermiddag|gisterochtend|eergisteren)\b/i;

/**
 * An appointment word with a moment in the same sentence or the next (not opening hours), or a
 * moved/missed appointment.
 */
export function hasAppointment(text: string): boolean {
  if (RESCHEDULED.test(text) && APPOINTMENT_NOUN.test(text)) return true;
  if (THERAPY_AT_HOUR.test(text)) return true;
  return appointmentAt(text, () => true);
}

const ADDRESSEE_PRONOUN = new RegExp(`\\b(?:${termsSource(ADDRESSEE_PRONOUNS)})\\b`, "i");
/**
 * The addressee's appointment said with a pronoun, its moment beside it ("U had donderdag 26/11 om 8.20
 * uur een afspraak bij dokter Ramdin", "We hebben u verzet naar vrijdag"), not as a condition.
 */
export function hasAddresseeAppointment(text: string): boolean {
  return appointmentAt(text, (start, end) => {
    const sentence = sentenceAround(text, start, end);
    return ADDRESSEE_PRONOUN.test(sentence) && !conditionIn(sentence) && hasMoment(sentence);
  });
}

/**
 * An appointment of a third person told to someone else ("de leerling … hij kan vanaf 7 januari elke
 * donderdag om 14.00 uur bij mij terecht"): "hij", "ze" or "de leerling" in the appointment's sentence.
 */
export function hasThirdPersonAppointment(text: string): boolean {
  return appointmentAt(text, (start, end) => {
    const sentence = sentenceAround(text, start, end);
    return thirdPersonIn(sentence) && !conditionIn(sentence) && !STAFF_COVER_ALL.test(sentence);
  });
}
// "neemt mijn collega Jolien de visite over; zij komt dinsdag": "zij" is the colleague who covers
const STAFF_COVER_ALL = terms(STAFF_COVER);

/** Is there an appointment word with its moment (not opening hours, not how to book) that `accept`s? */
function appointmentAt(written: string, accept: (start: number, end: number) => boolean): boolean {
  const text = withoutWritingDates(written);
  APPOINTMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = APPOINTMENT.exec(text))) {
    const from = Math.max(0, m.index - 120);
    const to = Math.min(text.length, m.index + m[0].length + 120);
    const around = text.slice(from, to);
    // "zonder afspraak", "een afspraak maken", "you can book an intake": no particular appointment.
    const near = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12).toLowerCase();
    if (WITHOUT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (TOPIC_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (SERVICE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // a payment's reminder ("Herinnering factuur 2026-1187 van 14 oktober") is no appointment's
    if (
      REMINDER.test(m[0]) &&
      PAYMENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
    )
      continue;
    if (NO_PARTICULAR.test(near.replace(/\s+/g, " ")) && !OWN_NEAR.test(near)) continue;
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    if (!OWN_NEAR.test(near) && BOOKING.test(sentence)) continue;
    if (OPENING_HOURS.test(around) && !PAST_TODAY.test(around)) continue;
    if (anyAppointmentRule(text, m.index, m[0], sentence)) continue;
    if (
      (hasMoment(around) || (PAST_TODAY.test(around) && CLOCK.test(around))) &&
      accept(m.index, m.index + m[0].length)
    )
      return true;
  }
  return false;
}

const REMINDER = new RegExp(`^(?:${termsSource(REMINDER_WORDS)})$`, "i");
const PAYMENT_AFTER = new RegExp(
  `^\\s*:?\\s*(?:\\S+\\s+)?(?:${termsSource(PAYMENT_REMINDED)})\\b`,
  "i"
);

// "uw afspraak", and in a note to one person "Volgende afspraak donderdag 17.30 uur" (whose else)
const OWN_APPOINTMENT = new RegExp(
  `\\b(?:${termsSource(OWN)}|volgende|komende)\\s+(?:\\S+\\s+)?(?:${termsSource(APPOINTMENTS)})\\b`,
  "gi"
);
/**
 * The addressee's own appointment with its moment in the same sentence ("Uw afspraak bij de
 * fysiotherapeut is verzet naar dinsdag 10.00 uur"), not a service's hours or how to book one.
 */
export function hasOwnAppointment(text: string): boolean {
  OWN_APPOINTMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OWN_APPOINTMENT.exec(text))) {
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    if (OPENING_HOURS.test(sentence) || inConditional(text, m.index)) continue;
    if (hasMoment(sentence)) return true;
  }
  return false;
}

const REGISTERING = terms(REGISTRATION);
const CONCRETE = terms(CONCRETE_APPOINTMENT);

/** How to register at the practice, with no appointment of this person fixed. */
export function isRegistration(text: string): boolean {
  return REGISTERING.test(text) && !CONCRETE.test(text);
}

/** What a visit can be moved to: a day, a date or a time. */
const MOMENT_AFTER_NAAR = `(?:${termsSource(WEEKDAY_STEMS)})\\w*dag|${termsSource(MOMENT_WORDS)}|\\d{1,2}[.:]\\d{2}|\\d{1,2}[-/ ](?:\\d{1,2}|[a-z]+)`;
const CANCELLED = new RegExp(
  `\\b(?:${termsSource(CANCELLATION)}|(?:${termsSource(MOVED)})\\s+(?:\\S+\\s+){0,2}naar\\s+(?:${MOMENT_AFTER_NAAR}))\\b`,
  "i"
);

/** A cancellation of someone's visit without the word "afspraak" ("X kan morgen niet komen"), with a moment. */
export function hasCancellation(text: string): boolean {
  if (!hasMoment(text)) return false;
  CANCELLED_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANCELLED_ALL.exec(text))) {
    // the practice's rule ("Bij verhindering vragen wij u minimaal 24 uur van tevoren af te zeggen",
    // "If you cannot come, cancel 48 hours in advance"): no one's cancelled appointment
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    if (RULE.test(sentence) || conditionIn(sentence)) continue;
    // a reply's subject names the question's topic ("Re: afzeggen"), its moment is elsewhere
    const lineEnd = text.indexOf("\n");
    if (m.index < lineEnd && !hasMoment(text.slice(0, lineEnd))) continue;
    return true;
  }
  return false;
}
const CANCELLED_ALL = new RegExp(CANCELLED.source, "gi");

const PICKUP_NOTICE_ALL = terms(PICKUP, "gi");
/** "ligt klaar", not in a condition ("Liggen ze klaar, dan krijgt u een sms": how the locker works). */
function pickupNotice(text: string): boolean {
  PICKUP_NOTICE_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PICKUP_NOTICE_ALL.exec(text)))
    if (
      !inConditional(text, m.index) &&
      // "Zodra de medicijnen klaarliggen, krijgt u een sms": how pickups go, whatever the subject
      !ANY_CONDITION.test(text.slice(clauseStart(text, m.index), m.index)) &&
      !STEP_THEN.test(text.slice(Math.max(0, m.index - 6), m.index + m[0].length)) &&
      !possibleOnly(sentenceAround(text, m.index, m.index + m[0].length))
    )
      return true;
  return false;
}
const ANY_CONDITION = new RegExp(`(?:^|\\s)(?:${termsSource(CONDITIONAL_OPENERS)})\\s`, "i");
const POSSIBLE = terms(POSSIBILITY);
/** What can be done, at no moment ("U kunt ook afspreken dat de medicijnen thuis worden bezorgd"). */
function possibleOnly(sentence: string): boolean {
  return POSSIBLE.test(sentence) && !hasMoment(sentence);
}
// "de medicatie ligt dan na 2 werkdagen klaar", "…, dan ligt alles op tijd klaar": a step of how the
// service works, not a notice
const STEP_THEN = terms(PROCESS_THEN);
// "uw bestelling", and in a notice to one person "de pil" (whose else)
const OWN_ITEMS = terms([`${OWN.join("|")}|de|het ~a ${OWN_ITEM_NOUNS.join("|")}`]);
const PHARMACY_WORDS = terms(PHARMACY);
const PICKUP_WHERE = terms(PICKUP_PLACE);

/**
 * A pharmacy's pickup or delivery notice to one person ("uw bestelling ligt vanaf 14.00 uur klaar in de
 * afhaalkluis"): the addressee's own items, a pharmacy, and when or where to collect them.
 */
export function hasPickup(bodyAndSubject: string, allText: () => string): boolean {
  return (
    pickupNotice(bodyAndSubject) &&
    OWN_ITEMS.test(bodyAndSubject) &&
    PHARMACY_WORDS.test(allText()) &&
    (hasMoment(bodyAndSubject) || PICKUP_WHERE.test(bodyAndSubject))
  );
}

const SESSION = terms(GROUP_SESSION, "gi");
const OWN_SESSION = new RegExp(
  `\\b(?:${termsSource(OWN_PLURAL)})\\s+(?:(?:${termsSource(SESSION_ORDINALS)})\\s+)?(?:${termsSource(OWN_SESSION_NOUNS)})\\b`,
  "i"
);

/** A session of this group with a moment near it (not opening hours): "de training van dinsdag om 19.00". */
export function hasGroupSession(text: string, participants: boolean): boolean {
  if (!participants && !OWN_SESSION.test(text)) return false;
  SESSION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SESSION.exec(text))) {
    const around = text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120);
    if (!OPENING_HOURS.test(around) && hasMoment(around)) return true;
  }
  return false;
}

const MEETING_WORDS = terms(MEETING, "gi");
// a day of the month as said in a meeting ("zie je de 14e"): a number, not vocabulary
const DAY_OF_MONTH = /\bde\s+\d{1,2}(?:e|ste|de)\b/i;
/** A sentence ends at ! ? or a line break, or at a full stop before white space (not "10.30"). */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === "\n") return lineEndsSentence(text, i);
  return c === "!" || c === "?" || (c === "." && /\s/.test(text[i + 1] ?? " "));
}

/**
 * A line break ends a sentence after a full stop, at a blank line, or after a line that is not wrapped
 * prose; a wrapped line ("je afspraak op het spreekuur van de\nbedrijfsarts, Anne Smeenk:\n  dinsdag
 * 9 december") runs on, and so does a colon, also across a blank line.
 */
function lineEndsSentence(text: string, i: number): boolean {
  // the last visible character before the break, over a blank line ("Anne Smeenk:" announces what
  // follows, a blank line between)
  // (a few characters each way: called per character of a sentence, so a constant cost keeps it linear)
  let j = i - 1;
  let blank = false;
  while (j >= 0 && j > i - WHITE_REACH && /\s/.test(text[j])) {
    if (text[j] === "\n") blank = true;
    j--;
  }
  if (j >= 0 && text[j] === ":") return false;
  if (blank || j < 0 || ".!?".indexOf(text[j]) >= 0 || /\s/.test(text[j])) return true;
  let k = i + 1;
  while (
    k < text.length &&
    k < i + WHITE_REACH &&
    (text[k] === " " || text[k] === "\t" || text[k] === "\r")
  )
    k++;
  return k >= text.length || text[k] === "\n";
}
const WHITE_REACH = 8;

/** The sentence around a match: at most 160 characters each way, so linear overall. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  const floor = Math.max(0, start - 160);
  while (from > floor && !endsSentence(text, from - 1)) from--;
  let to = end;
  const ceil = Math.min(text.length, end + 160);
  while (to < ceil && !endsSentence(text, to)) to++;
  return text.slice(from, to);
}

const NEXT_VISIT_WORDS = terms(NEXT_VISIT, "gi");
const WE = terms(WE_TOGETHER);
const SOCIAL = terms(SOCIAL_EVENTS);
const WORK = terms(WORK_DAY);

// one word and a comma ("Prima, ", "Goed, ") may come before "tot morgen" in its sentence
const ONE_WORD_AND_COMMA = /^\s*[A-Za-z\u00c0-\u024f]{2,12},\s*$/;
/**
 * "Tot dinsdag!" opens its sentence or line, or follows one word and a comma ("Prima, tot morgen om 9
 * uur!"); "van maandag tot vrijdag" is a range. Reads at most 24 characters back.
 */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  const cut = Math.max(
    before.lastIndexOf("\n"),
    before.lastIndexOf("."),
    before.lastIndexOf("!"),
    before.lastIndexOf("?")
  );
  const tail = before.slice(cut + 1);
  if (!tail.trim()) return true;
  // a full 24 characters without a boundary: more than one word before
  if (cut < 0 && at > 24) return false;
  return ONE_WORD_AND_COMMA.test(tail);
}

/**
 * The sender meets the addressee at a moment ("zie ik jullie vrijdag om 9.15 uur", "Tot dinsdag!",
 * "Zie je de 14e!"). "Tot dinsdag" names its moment itself; the other forms need one in the sentence.
 */
export function hasMeeting(text: string): boolean {
  if (WORK.test(text)) return false;
  MEETING_WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MEETING_WORDS.exec(text))) {
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    // "Tot de volgende keer bij de buurtbarbecue": they meet, but not for care
    if (SOCIAL.test(sentence)) continue;
    if (/^tot\s/i.test(m[0]) && !/^tot\s+(?:de|het)\s/i.test(m[0])) {
      if (opensSentence(text, m.index)) return true;
      continue;
    }
    if (hasMoment(sentence) || DAY_OF_MONTH.test(sentence)) return true;
  }
  // "Het boekje nemen we de volgende keer samen door": their next visit, with "we"
  NEXT_VISIT_WORDS.lastIndex = 0;
  while ((m = NEXT_VISIT_WORDS.exec(text)))
    if (WE.test(sentenceAround(text, m.index, m.index + m[0].length))) return true;
  return false;
}

const PERSON_COLUMN = terms(SCHEDULE_PERSON_COLUMNS);
const TIME_COLUMN = terms(SCHEDULE_TIME_COLUMNS);
// a header is short: a few column names on one line
const MAX_HEADER = 100;
const MAX_ROWS = 50;
// in a row a slot is a moment too ("08.30–09.15", "8/12"): a row's span is that person's visit
const SLOT = /\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b|\b\d{1,2}[-/]\d{1,2}\b/;

// a header's cells: "|" or tab between them, or short capitalised words alone ("Leerling Groep Dag Tijd")
const CELL_SEPARATORS = /[|\t][^|\t\n]*[|\t]/;
const CAPITALISED_WORDS = /^\s*(?:[A-ZÀ-Þ][\wÀ-ÿ-]*[ \t]+){2,7}[A-ZÀ-Þ][\wÀ-ÿ-]*\s*$/;

/**
 * A table of people: a header line with a column for the people cared for ("Leerling | Groep |
 * Geboortedatum", "Element | Werkstuk | … | Patiënt: E. Kuipers") and a row below it. Its rows are those
 * people, whatever word of a topic ("werkstuk", "inhaalmoment") the mail also has.
 */
export function personTable(text: string): boolean {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length - 1; i++) {
    const header = lines[i];
    if (header.length > 2 * MAX_HEADER || !PERSON_COLUMN.test(header)) continue;
    if (!CELL_SEPARATORS.test(header) && !CAPITALISED_WORDS.test(header)) continue;
    // the first row, under a ruling line if there is one ("------+-----")
    const next = /^[\s|+=_-]*$/.test(lines[i + 1]) ? lines[i + 2] : lines[i + 1];
    if (next !== undefined && /[A-Za-zÀ-ÿ0-9]/.test(next)) return true;
  }
  return false;
}

/**
 * A schedule table: a header line naming the people cared for and a moment column ("Cliënt | Adres |
 * Bezoek verloskundige"), with rows below it that each give a moment ("Femke Jansen | … | ma 7 dec
 * 10.00"): the visits or sessions of the people in its rows.
 */
export function scheduleTable(text: string): boolean {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length - 1; i++) {
    const header = lines[i];
    if (header.length > MAX_HEADER || !PERSON_COLUMN.test(header) || !TIME_COLUMN.test(header))
      continue;
    for (let k = i + 1; k < Math.min(lines.length, i + 1 + MAX_ROWS); k++) {
      const row = lines[k];
      if (!row.trim()) break;
      if (hasMoment(row) || SLOT.test(row)) return true;
    }
  }
  return false;
}
