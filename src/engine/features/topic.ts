import type { Finding } from "../types";
import type { MailText } from "../mailtext";
import { sentenceIndex } from "../mailtext/sentences";
import {
  OWN,
  OWN_HEALTH_NOUNS,
  OWN_NUMBERED_TOOTH,
  OWN_OR_THIRD,
  SCHOOL_CLASS,
  SCHOOL_PLACE,
  SERVICE_PHRASES,
  SERVICE_WORD_ENDS,
  SERVICE_WORD_STARTS,
  STAFF_TRAINING,
  TARGET_GROUP_OTHER,
  TARGET_GROUP_PEOPLE,
  EXAMPLE_WORDS,
  TOPIC_MAIL,
  TOPIC_SENTENCE,
  TOPIC_SUBJECT,
} from "../lexicon/category-words";
import { terms, termsSource } from "../lexicon/terms";
import { countDistinct } from "./moment";

/** Diagnoses as target groups ("voor patiënten met hersenletsel of CVA"), school classes. */
const TARGET_GROUP_ALL = new RegExp(
  `\\b(?:${termsSource(TARGET_GROUP_PEOPLE)})\\b|\\b(?:${termsSource(TARGET_GROUP_OTHER)})\\b`,
  "gi"
);
/** A school's class or place ("in groep 5", "in de klas"): a topic's target unless a pupil is named. */
const SCHOOL_ALL = new RegExp(
  `\\b(?:${termsSource(SCHOOL_PLACE)})\\b|\\b(?:${termsSource(SCHOOL_CLASS)})\\s\\d`,
  "gi"
);
/** Practice information about care services ("een verwijzing is niet nodig", "wordt vergoed"). */
const SERVICE_SENTENCE_ALL = terms(SERVICE_PHRASES, "gi");
/** A sentence about one numbered tooth of the addressee: its treatments are theirs, costs and all. */
const OWN_TOOTH_ALL = terms(OWN_NUMBERED_TOOTH, "gi");
/** Sentences about a topic or a mail rule ("gastles over SOA", "stuur geen medische gegevens per mail"). */
const TOPIC_SENTENCE_ALL = terms(TOPIC_SENTENCE, "gi");
/** Up to three words after "zoals", "bijvoorbeeld" (bounded, anchored at the end: linear). */
const EXAMPLE_BEFORE = new RegExp(
  `\\b(?:${termsSource(EXAMPLE_WORDS)})[.:]?\\s+(?:[^\\s.!?:]+\\s+){0,3}$`,
  "i"
);
/** The medical word names a care service (a referral, therapy, prescription), not a condition. */
const SERVICE_WORD = new RegExp(
  `^(?:${termsSource(SERVICE_WORD_STARTS)})|(?:${termsSource(SERVICE_WORD_ENDS)})$`
);

/** A medical word that names a care service ("verwijzing", "logopedie"), not a condition. */
export function isServiceWord(text: string): boolean {
  return SERVICE_WORD.test(text.toLowerCase());
}

const OWNED = new RegExp(`\\b(?:${termsSource(OWN)})\\s+$`, "i");
const isProcedure = (f: Finding): boolean => !!f.tags && f.tags.indexOf("procedure") >= 0;

function markSentences(g: RegExp, text: string, ends: number[]): Set<number> {
  const out = new Set<number>();
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) out.add(sentenceIndex(ends, m.index));
  return out;
}

/**
 * Medical findings that name a service, a target group or a topic, not a person's health: sentences
 * with such a phrase are marked in one scan per text, then one binary search per finding. The subject
 * repeating the body's topic ("Hoofdluis" above "hoofdluis in groep 5") reads the same.
 */
export function serviceMentions(findings: Finding[], mail: MailText): Set<Finding> {
  const out = new Set<Finding>();
  const originals = new Map<string, string>();
  for (const p of mail.parts) originals.set(p.where, p.original);
  // "Daan Verschuren (groep 6) … valt in slaap in de klas": a named pupil's class is no target group
  const named = new Set<string>();
  for (const f of findings)
    if (f.type === "name")
      named.add(f.where + ":" + sentenceIndex(mail.sentenceEnds(f.where), f.start));
  const perText = new Map<
    string,
    {
      ends: number[];
      group: Set<number>;
      school: Set<number>;
      service: Set<number>;
      topic: Set<number>;
      ownTooth: Set<number>;
    }
  >();
  for (const f of findings) {
    const original = f.type === "medical" ? originals.get(f.where) : undefined;
    if (original === undefined) continue;
    let t = perText.get(f.where);
    if (!t) {
      const ends = mail.sentenceEnds(f.where);
      t = {
        ends,
        group: markSentences(TARGET_GROUP_ALL, original, ends),
        school: markSentences(SCHOOL_ALL, original, ends),
        service: markSentences(SERVICE_SENTENCE_ALL, original, ends),
        topic: markSentences(TOPIC_SENTENCE_ALL, original, ends),
        ownTooth: markSentences(OWN_TOOTH_ALL, original, ends),
      };
      perText.set(f.where, t);
    }
    const k = sentenceIndex(t.ends, f.start);
    if (
      // an example in a list ("middelen zonder recept, zoals neusspray of paracetamol") names no one's
      EXAMPLE_BEFORE.test(original.slice(Math.max(0, f.start - 40), f.start)) ||
      t.group.has(k) ||
      (t.school.has(k) && !named.has(f.where + ":" + k)) ||
      t.topic.has(k) ||
      (t.service.has(k) &&
        (SERVICE_WORD.test(f.text.toLowerCase()) ||
          // "de basisverzekering betaalt bijna alles: controle, vullingen, fluoride": a covered
          // treatment is a service, unless it is someone's ("uw vulling wordt vergoed")
          (isProcedure(f) &&
            !OWNED.test(original.slice(Math.max(0, f.start - 8), f.start)) &&
            !t.ownTooth.has(k))))
    )
      out.add(f);
  }
  const marked = new Set<string>();
  out.forEach((f) => marked.add(f.text.toLowerCase()));
  for (const f of findings)
    if (f.type === "medical" && f.where === "subject" && marked.has(f.text.toLowerCase()))
      out.add(f);
  return out;
}

const STAFF_TRAINING_ALL = terms(STAFF_TRAINING, "gi");
/** Distinct staff-training and registration words ("nascholing", "PE-punten in je BIG-registratie"). */
export function trainingWords(bodyAndSubject: string): number {
  return countDistinct(STAFF_TRAINING_ALL, bodyAndSubject);
}

const TOPIC_WORDS = terms(TOPIC_MAIL);
const TOPIC_IN_SUBJECT = terms(TOPIC_SUBJECT);
const OWN_HEALTH = terms([`${OWN_OR_THIRD.join("|")} ~a ${OWN_HEALTH_NOUNS.join("|")}`]);

/** Someone's own health is named ("uw uitslag", "haar behandeling"). */
export function ownHealth(text: string): boolean {
  return OWN_HEALTH.test(text);
}

/**
 * A whole mail that informs about a topic (information evening, campaign, flyer as its subject, staff
 * training) and says nothing about someone's own health: its medical words are the topic.
 */
export function isTopicMail(mail: MailText, training: number): boolean {
  return (
    (TOPIC_WORDS.test(mail.bodyAndSubject) ||
      TOPIC_IN_SUBJECT.test(mail.subject) ||
      training > 0) &&
    !ownHealth(mail.bodyAndSubject)
  );
}
