import {
  REMARK_ATTITUDE,
  REMARK_OPENERS,
  REMARK_PROGRESS,
  REMARK_WRITER,
} from "../lexicon/category-words";
import { terms, termsSource } from "../lexicon/terms";

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
    if (!WRITER_FIRST.test(remark) && !ATTITUDE.test(remark) && PROGRESS.test(remark)) return true;
  }
  return false;
}

/** Only white space between the text's or a sentence's start ("Hoi Tom,\n\n", ". ") and `at`. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charAt(i) === " " || text.charAt(i) === "\t")) i--;
  return i < 0 || ".!?\n:;".indexOf(text.charAt(i)) >= 0;
}
