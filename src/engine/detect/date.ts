import type { Finding } from "../types";
import { findingAt, type DetectInput } from "./context";
import { MONTHS, WEEKDAYS } from "../lexicon";

/**
 * Dates, numeric (12-03-1956, 12/3/56, 12.03.1956, 1956-03-12) and written (12 maart 1956,
 * 3 feb. '62, 17 May 1984, May 17, 1984), with or without a year. A date is a `birthdate` when its
 * context says so (geb., geboren, geboortedatum, DOB, born, date of birth; "(12-03-1956)" right
 * after a name) or when only a date of birth is plausible; all others (appointments) are `date`.
 * Hand-written: date libraries parse one known format, they do not find dates in running Dutch text.
 */

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

// Each pattern has a leading group for what precedes (ES2016 has no lookbehind).
// the year may be written "'61" (an apostrophe for the century)
const NUMERIC_DMY = /(^|[^\d.,/-])(\d{1,2})([-/.])(\d{1,2})\3(\d{4}|'?\d{2})(?![\d]|[.,/-]\d)/g;
const NUMERIC_YMD = /(^|[^\d.,/-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/g;
// "geboortedatum: 12031956": eight digits, a date only right after a birth cue
const COMPACT_DMY = /(^|[^\d])(\d{2})(\d{2})((?:19|20)\d{2})(?!\d)/g;
const NUMERIC_DM = /(^|[^\d.,/-])(\d{1,2})([-/])(\d{1,2})(?![\d]|[.,/-]\d)/g;
const WRITTEN_DMY = new RegExp(
  `(^|[^\\w])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\s(?:of\\s)?(${MONTH_NAMES})(?![a-z])(\\.?)(?:,?\\s(\\d{4}|'\\d{2})(?!\\d))?`,
  "gi"
);
const WRITTEN_MDY = new RegExp(
  `(^|[^\\w])(${MONTH_NAMES})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?:(,?\\s(\\d{4}))|(st|nd|rd|th|,))(?!\\d)`,
  "gi"
);

const BIRTH_CUE =
  /(geb(?:oren)?|geboortedatum|geb\.?\s?datum|gebdat|geboortedag|date of birth|d\.?o\.?b|born|birth\s?date|birthday|verjaardag|°|\*)\.?(?:\s*[:=])?(?:\s*(?:op|on|de|in|:))?\s*$/i;
/** a unit after a number pair: "2-3 dagen", "10/12 weken" are ranges, not dates */
const UNIT_AFTER =
  /^\s*(x|keer|dd|dgn|dag|dagen|weken|wk|maanden|mnd|jaar|jr|uur|u|min|minuten|mg|g|kg|ml|cm|mm|km|%|mmol|tabletten|stuks|sessies|keer|times|days|weeks|months|years|hours|mins?)\b/i;
/** context that makes a full date an event rather than a birth */
const EVENT_CUE =
  /\b(sinds|vanaf|per|op|d\.?d\.?|datum|tot|t\/m|van|na|voor|sedert|dd|opname|opgenomen|ontslag|ontslagen|operatie|geopereerd|afspraak|consult|uitslag|controle|onderzoek|bezoek|visite|meting|bloedafname|echo|scan|mri|ct|röntgen|foto|brief|verwijzing|verwezen|ontvangen|verzonden|gezien|overleden|overlijden|ingang|einddatum|begindatum|opgericht|gevestigd|opgeleverd|gebouwd|geleverd|aangeschaft|gekocht|factuurdatum|leverdatum|vervaldatum|founded|established|since|from|on|until|visit|appointment|admitted|discharged|dated|seen|died)(?:\s*:)?\s*$/i;

const CALENDAR_WORD = new RegExp(
  `^(${MONTH_NAMES}|${WEEKDAYS.join("|")}|op|on|om|at|vanaf|sinds|since)$`,
  "i"
);

interface DateHit {
  start: number;
  end: number;
  day: number;
  month: number;
  /** full year, or undefined when the date has none */
  year?: number;
}

function fullYear(y: string): number {
  const digits = y.replace("'", "");
  const n = Number(digits);
  if (digits.length === 4) return n;
  const thisYear = new Date().getFullYear() % 100;
  return n <= thisYear ? 2000 + n : 1900 + n;
}

function valid(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year !== undefined && (year < 1880 || year > 2100)) return false;
  const monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= monthDays;
}

function findDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  const push = (h: DateHit): void => {
    if (hits.some((o) => h.start < o.end && o.start < h.end)) return;
    hits.push(h);
  };
  let m: RegExpExecArray | null;

  WRITTEN_DMY.lastIndex = 0;
  while ((m = WRITTEN_DMY.exec(text))) {
    const start = m.index + m[1].length;
    const day = Number(m[2]);
    const month = MONTHS[m[3].toLowerCase()];
    const year = m[5] ? fullYear(m[5]) : undefined;
    // "3 mei" yes; "2 Mar" in English yes; but "5 dec" inside a longer word no (guarded by (?![a-z]))
    if (!valid(day, month, year)) continue;
    let end = start + m[0].length - m[1].length;
    // the abbreviation dot belongs to the date only when a year follows ("3 feb. '62")
    if (m[4] && !m[5]) end -= 1;
    push({ start, end, day, month, year });
  }
  WRITTEN_MDY.lastIndex = 0;
  while ((m = WRITTEN_MDY.exec(text))) {
    const start = m.index + m[1].length;
    const month = MONTHS[m[2].toLowerCase()];
    const day = Number(m[3]);
    const year = m[5] ? Number(m[5]) : undefined;
    if (!valid(day, month, year)) continue;
    let end = start + m[0].length - m[1].length;
    if (m[6] === ",") end -= 1;
    push({ start, end, day, month, year });
  }
  NUMERIC_YMD.lastIndex = 0;
  while ((m = NUMERIC_YMD.exec(text))) {
    const start = m.index + m[1].length;
    const year = Number(m[2]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (!valid(day, month, year)) continue;
    push({ start, end: start + m[0].length - m[1].length, day, month, year });
  }
  NUMERIC_DMY.lastIndex = 0;
  while ((m = NUMERIC_DMY.exec(text))) {
    const start = m.index + m[1].length;
    const day = Number(m[2]);
    const month = Number(m[4]);
    const year = fullYear(m[5]);
    // "10.00.15" is no date; with dots demand a four-digit year, zero-padded parts or a birth cue ("DOB 3.4.61")
    if (
      m[3] === "." &&
      m[5].length === 2 &&
      m[2].length !== 2 &&
      !BIRTH_CUE.test(text.slice(Math.max(0, start - 40), start))
    )
      continue;
    if (!valid(day, month, year)) continue;
    push({ start, end: start + m[0].length - m[1].length, day, month, year });
  }
  COMPACT_DMY.lastIndex = 0;
  while ((m = COMPACT_DMY.exec(text))) {
    const start = m.index + m[1].length;
    const day = Number(m[2]);
    const month = Number(m[3]);
    const year = Number(m[4]);
    if (!valid(day, month, year) || !BIRTH_CUE.test(text.slice(Math.max(0, start - 40), start)))
      continue;
    push({ start, end: start + 8, day, month, year });
  }
  NUMERIC_DM.lastIndex = 0;
  while ((m = NUMERIC_DM.exec(text))) {
    const start = m.index + m[1].length;
    const end = start + m[0].length - m[1].length;
    const day = Number(m[2]);
    const month = Number(m[4]);
    if (!valid(day, month)) continue;
    // "2-3x per week", "10-12 weken", "24/7": ranges and ratios, not dates
    if (UNIT_AFTER.test(text.slice(end, end + 14))) continue;
    if (/^\/7\b/.test(text.slice(start + m[2].length, end + 1))) continue;
    // day-month without a year: both parts written with two digits ("10-03"), or a date word before
    const before = text.slice(Math.max(0, start - 12), start);
    const padded = m[2].length === 2 && m[4].length === 2;
    if (
      !padded &&
      !/\b(op|d\.?d\.?|datum|per|vanaf|tot|t\/m|van|on|ma|di|wo|do|vr|za|zo)(?:\s*:)?\s*$/i.test(
        before
      )
    )
      continue;
    // a phone number or a score ("78/min", "162/94") has no day-month shape anyway, but a ratio has
    if (m[3] === "/" && Number(m[4]) > 12) continue;
    push({ start, end, day, month });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Is this date a date of birth? */
function isBirthdate(text: string, h: DateHit): { birth: boolean; confidence: number } {
  // nobody alive was born then: a placeholder ("Geboortedatum: 01-01-1900" of a test record)
  if (h.year !== undefined && new Date().getFullYear() - h.year > 115)
    return { birth: false, confidence: 0.8 };
  const before = text.slice(Math.max(0, h.start - 40), h.start);
  if (BIRTH_CUE.test(before)) return { birth: true, confidence: 0.95 };
  const after = text.slice(h.end, h.end + 20);
  if (/^\s*(geboren|born)\b/i.test(after)) return { birth: true, confidence: 0.9 };
  if (h.year === undefined) return { birth: false, confidence: 0.8 };
  // a time right after makes it an appointment: "12-03-2025 om 10.00 uur"
  if (/^\)?,?(?:\s*(?:om|at|van|from|,))?\s*\d{1,2}[:.]\d{2}/i.test(after))
    return { birth: false, confidence: 0.9 };
  const age = new Date().getFullYear() - h.year;
  // "(12-03-1956)" or ", 12-03-1956" right after a name
  const named = /([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'-]+)\.?\s*[(,]\s*$/.exec(before);
  if (named && age >= 1 && !CALENDAR_WORD.test(named[1])) return { birth: true, confidence: 0.85 };
  // a full date long ago, not introduced as an event ("sinds", "op", "opname"), is most often a birth date
  if (age >= 12 && age <= 115 && !EVENT_CUE.test(before)) return { birth: true, confidence: 0.6 };
  return { birth: false, confidence: 0.8 };
}

export const detectDate = (input: DetectInput): Finding[] => {
  const text = input.norm.text;
  const out: Finding[] = [];
  for (const h of findDates(text)) {
    const b = isBirthdate(text, h);
    out.push(findingAt(input, b.birth ? "birthdate" : "date", h.start, h.end, b.confidence));
  }
  return out;
};
