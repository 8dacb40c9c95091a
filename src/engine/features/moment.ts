import {
  EFFECTIVE_FROM,
  HABITUAL_AFTER,
  HABITUAL_BEFORE,
  DAY_PARTS,
  MONTHS,
  OPEN_RANGE_WORDS,
  OPENING,
  RANGE_UNITS,
  RANGE_WORDS,
  WEEKDAYS,
} from "../lexicon/category-words";
import { terms, termsSource } from "../lexicon/terms";

const HOUR = "(?:[01]?\\d|2[0-3])";
// "tot de 14e", "Zie je de 3de!": a day of the month; "de 2e keer", "op de 5e percentiel" are ordinals
const DAY_OF_MONTH_SOURCE = "\\bde\\s+\\d{1,2}(?:e|ste|de)(?=\\s*(?:[.,;:!?)\\n]|om\\b|$))";
const DAY_OF_MONTH = new RegExp(`^${DAY_OF_MONTH_SOURCE}`, "i");
// A moment: a day, a date, a clock time, "om 10 uur", an hour written short ("do 11u", "vanaf 14u"), a
// numeric date.
const WHEN = new RegExp(
  `\\b(?:${termsSource(WEEKDAYS)})(?:${termsSource(DAY_PARTS)})?\\b|\\b\\d{1,2}\\s+(?:${termsSource(MONTHS)})\\b|\\b${HOUR}[.:][0-5]\\d(?!\\d)(?:\\s*(?:uur|u\\b|am|pm|h\\b))?|\\bom\\s+${HOUR}(?:[.:][0-5]\\d)?\\b|\\b${HOUR}(?:[.:][0-5]\\d)?u\\b|\\b\\d{1,2}-\\d{1,2}(?:-\\d{2,4})?\\b|${DAY_OF_MONTH_SOURCE}`,
  "gi"
);
// "van" alone is no range ("de afspraak van donderdag"); "van 8.00 tot 17.00" is one by what follows.
const RANGE_BEFORE = new RegExp(
  `(?:\\b(?:${termsSource(RANGE_WORDS)})|-|–|\\b(?:tussen|between)\\s+${HOUR}[.:][0-5]\\d(?:\\s*uur)?\\s+(?:en|and))\\s*$`,
  "i"
);
const RANGE_AFTER = new RegExp(
  // "zaterdag 10.00-13.00 uur": a day with its hours
  `^\\s*(?:${termsSource(RANGE_WORDS.filter((w) => w !== "tussen" && w !== "between"))}|-|–|en\\s+${HOUR}[.:]\\d{2}|${HOUR}[.:][0-5]\\d\\s*[-–])`,
  "i"
);
// "op dinsdag en donderdag", "elke woensdag": a weekly schedule, not one moment
const DAY = `(?:${termsSource(WEEKDAYS)})`;
const SCHEDULE_BEFORE = new RegExp(
  `(?:\\b${DAY}\\s+en|\\b(?:${termsSource(HABITUAL_BEFORE)}))\\s*$`,
  "i"
);
// (bounded gap: a few words, each a run of non-spaces then spaces, anchored: linear)
const SCHEDULE_AFTER = new RegExp(
  `^\\s*(?:(?:en|and)\\s+${DAY}\\b|(?:\\S+\\s+){0,3}(?:${termsSource(HABITUAL_AFTER)})\\b)`,
  "i"
);
const WEEKDAY = new RegExp(`^${DAY}(?:${termsSource(DAY_PARTS)})?$`, "i");
// "Op woensdagmiddag neemt dokter X waar": a day part after "op" without a date is every week's
const DAY_PART_BEFORE_HABIT = new RegExp(`\\bop\\s+$`, "i");
const DAY_PART = new RegExp(`^${DAY}(?:${termsSource(DAY_PARTS)})$`, "i");
const EFFECTIVE_BEFORE = new RegExp(`(?:^|\\s)(?:${termsSource(EFFECTIVE_FROM)})\\s*$`, "i");
const DAY_AND_MONTH = new RegExp(`^\\d{1,2}\\s+(?:${termsSource(MONTHS)})$`, "i");
const OPEN_RANGE_BEFORE = new RegExp(`\\b(?:${termsSource(OPEN_RANGE_WORDS)})\\s*$`, "i");
const CLOCK = /\d[.:]\d/;
const NUMERIC_DAY = /^\d{1,2}-\d{1,2}$/;
const UNIT_AFTER = new RegExp(`^\\s*(?:${termsSource(RANGE_UNITS)})\\b`, "i");
// a table's padding and cell borders ("vr 1 januari          | gesloten") count as one space
// (each alternative ends where it may: no rejected suffix, linear)
const CELL_PADDING = /[ \t]+(?:\|[ \t]*)?|\|[ \t]*/g;
/** Opening or phone hours near a time: not someone's moment. */
export const OPENING_HOURS = terms(OPENING);

/**
 * A moment (not a range) in this piece of text. Ranges ("maandag t/m vrijdag", "van 8.00 tot 17.00
 * uur", "tussen 10.00 en 12.00 uur") are opening or phone hours, not a moment.
 */
export function hasMoment(text: string): boolean {
  WHEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WHEN.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text
      .slice(m.index + m[0].length, m.index + m[0].length + 80)
      .replace(CELL_PADDING, " ")
      .slice(0, 14);
    // opening hours never name a day of the month: "tot de 14e" is this person's date
    if (DAY_OF_MONTH.test(m[0])) return true;
    if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)) continue;
    if (CLOCK.test(m[0]) && OPEN_RANGE_BEFORE.test(before)) continue;
    // "rond 7-10 weken": a range of an amount, not the 7th of October
    if (NUMERIC_DAY.test(m[0]) && UNIT_AFTER.test(after)) continue;
    if (DAY_AND_MONTH.test(m[0]) && EFFECTIVE_BEFORE.test(before)) continue;
    if (DAY_PART.test(m[0]) && DAY_PART_BEFORE_HABIT.test(before)) continue;
    if (WEEKDAY.test(m[0]) && (SCHEDULE_BEFORE.test(before) || SCHEDULE_AFTER.test(after)))
      continue;
    // "op zaterdag niet meer open": a weekday with opening hours near it is the practice's
    if (
      WEEKDAY.test(m[0]) &&
      OPENING_HOURS.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))
    )
      continue;
    // "31 december sluiten we om 16.00 uur": opening or closing in the same clause, right beside it
    const clauseBefore = before.slice(-25).replace(/^[\s\S]*[,;!?\n]|^[\s\S]*\.\s/, "");
    const clauseAfter = after25(text, m.index + m[0].length);
    if (OPENING_HOURS.test(clauseBefore) || OPENING_HOURS.test(clauseAfter)) continue;
    return true;
  }
  return false;
}

/** Up to 25 characters after `at`, to the end of their clause. */
function after25(text: string, at: number): string {
  const s = text
    .slice(at, at + 80)
    .replace(CELL_PADDING, " ")
    .slice(0, 25);
  const end = s.search(/[,;!?\n]|\.\s/);
  return end < 0 ? s : s.slice(0, end);
}

/** How many distinct matches (lower case) of a global regex a text holds. */
export function countDistinct(re: RegExp, text: string): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) seen.add(m[0].toLowerCase());
  return seen.size;
}
