import { ANATOMY } from "../detect/medical-lexicon";
import {
  MORE_BODY_PARTS,
  SHORTHAND_DURATIONS,
  SHORTHAND_FROM,
  SHORTHAND_PER,
  SHORTHAND_SIDES,
  WEEKDAY_STEMS,
} from "../lexicon/category-words";
import { termsSource } from "../lexicon/terms";

const BODY = termsSource([...ANATOMY, ...MORE_BODY_PARTS]);
const SIDE = termsSource(SHORTHAND_SIDES);
// "zo" is left out of the weekdays: "tot zo" and "vanaf zo" read as words
const DAY = termsSource(WEEKDAY_STEMS.filter((d) => d !== "zo"));

// Each alternative is a fixed run of tokens with bounded spaces between: linear.
const SHORTHAND = new RegExp(
  [
    `\\b\\d{1,2} ?x ?/ ?(?:${termsSource(SHORTHAND_PER)})\\b`,
    `\\b\\d{1,3} ?(?:${termsSource(SHORTHAND_DURATIONS)})\\b`,
    `\\b(?:${SIDE}) (?:${BODY})\\b`,
    `\\b(?:${BODY}) (?:${SIDE})\\b`,
    `\\b(?:${termsSource(SHORTHAND_FROM)}) (?:${DAY})\\b`,
  ].join("|"),
  "i"
);
// "do 9.40" (a slot); "ma t/m vr 8.00-17.00" is opening hours: no range around it
const DAY_AT_HOUR = new RegExp(`\\b(?:${DAY}) \\d{1,2}[.:]\\d{2}\\b`, "gi");
const RANGE_BEFORE = /(?:t\/m|[-\u2013]|\btot|\ben)\s*$/i;
const RANGE_AFTER = /^\s*(?:[-\u2013]|tot\b|t\/m)/i;

function dayAtHour(text: string): boolean {
  DAY_AT_HOUR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DAY_AT_HOUR.exec(text))) {
    const end = m.index + m[0].length;
    if (
      !RANGE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) &&
      !RANGE_AFTER.test(text.slice(end, end + 6))
    )
      return true;
  }
  return false;
}

/**
 * A care provider's personal shorthand ("tape knie re mag er do af", "hechtingen eruit over 10 dgn",
 * "metoprolol nu 50mg 1x/dg", "baxterrol vanaf vr"): the notation of a note to one person about their
 * own treatment, which leaflets and general answers do not use.
 */
export function personalShorthand(ownText: string): boolean {
  return SHORTHAND.test(ownText) || dayAtHour(ownText);
}
