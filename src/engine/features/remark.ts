import {
  EVERYDAY_SIGNS,
  REMARK_ARTICLES,
  REMARK_IT_GOES,
  REMARK_NOUNS,
  REMARK_PERSONS,
  REMARK_ATTITUDE,
  REMARK_OPENERS,
  REMARK_PROGRESS,
  REMARK_WRITER,
} from "../lexicon/category-words";
import { exactly, terms, termsSource } from "../lexicon/terms";
import { bodyWordAt } from "./statements";

// the opener with its "dat" or "that" (bounded: the lexicon's entries are fixed phrases)
const OPENER_ALL = new RegExp(`\\b(?:${termsSource(REMARK_OPENERS)})\\b`, "gi");
const PROGRESS = terms(REMARK_PROGRESS);
const ATTITUDE = terms(REMARK_ATTITUDE);
const WRITER_FIRST = new RegExp(`^\\s*(?:${termsSource(REMARK_WRITER)})\\b`, "i");

/**
 * The writer remarks on how someone did or is, at the start of a sentence of their own text ("Goed dat
 * hij weer wat meer drinkt", "Fijn dat je het gisteren toch gedaan hebt"): a change or a recent moment
 * in the remark, not the addressee's attitude or contact ("Goed dat u het even navraagt"). In a mail to
 * one private person from a care practice that is a report on their (or their child's) progress, in
 * whatever words; the corpora hold no harmless one-to-one mail with such a remark.
 */
export function progressRemark(own: string): boolean {
  OPENER_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENER_ALL.exec(own))) {
    if (!opensSentence(own, m.index)) continue;
    const from = m.index + m[0].length;
    let to = from;
    const limit = Math.min(own.length, from + 140);
    while (to < limit && ".!?\n".indexOf(own.charAt(to)) < 0) to++;
    const remark = own.slice(from, to);
    if (
      (aboutSomeone(remark) || PERSON.test(m[0].slice(m[0].lastIndexOf(" ") + 1))) &&
      !WRITER_FIRST.test(remark) &&
      !ATTITUDE.test(remark) &&
      PROGRESS.test(remark)
    )
      return true;
  }
  return false;
}

/** Only white space between the text's or a sentence's start ("Hoi Tom,\n\n", ". ") and `at`. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charAt(i) === " " || text.charAt(i) === "\t")) i--;
  return i < 0 || ".!?\n:;".indexOf(text.charAt(i)) >= 0;
}

const FIRST_TWO = /^\s*(\S+)(?:\s+(\S+))?/;
const PERSON = exactly(REMARK_PERSONS);
const ARTICLE = exactly(REMARK_ARTICLES);
const NOUN = exactly(REMARK_NOUNS.concat(EVERYDAY_SIGNS));
const IT_GOES = exactly(REMARK_IT_GOES);
// a verb's infinitive as a noun ("het slapen", "het fietsen"), an English gerund ("the sleeping")
const INFINITIVE = /^[a-z]{3,}en$/;
const GERUND = /^[a-z]{3,}ing(?:'s)?$/;
const UPPER = /^[A-Z\u00C0-\u00DE]/;

/** The remark is about a person, their body or what they do, by its first word or two. */
function aboutSomeone(remark: string): boolean {
  const m = FIRST_TWO.exec(remark);
  if (!m) return false;
  const first = m[1].replace(/[,;:]$/, "");
  if (PERSON.test(first) || UPPER.test(first)) return true;
  const second = (m[2] ?? "").replace(/[,;:]$/, "");
  if (!ARTICLE.test(first) || !second) return false;
  const article = first.toLowerCase();
  if (article === "het" && (IT_GOES.test(second) || INFINITIVE.test(second))) return true;
  if (article === "the" && GERUND.test(second)) return true;
  return NOUN.test(second) || bodyWordAt(remark, remark.indexOf(second, m[1].length));
}
