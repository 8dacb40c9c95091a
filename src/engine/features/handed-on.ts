import type { Finding } from "../types";
import type { MailText } from "../mailtext";
import { ADDRESSEE_QUESTION, HANDED_ON_TEXT, OWN } from "../lexicon/category-words";
import { terms } from "../lexicon/terms";
import { medicalWeight } from "../detect/medical";
import { ownText } from "./generic";
import { addresseeSubject, isProcessWord } from "./statements";

const HANDED_ON = terms(HANDED_ON_TEXT);
const SECOND_PERSON = terms(OWN);
// "Dank voor je vraag over zwangerschap": the addressee's question names a topic, not their health
const THEIR_QUESTION = terms(ADDRESSEE_QUESTION);

/**
 * A mail to one patient that hands on published text ("Hieronder de informatie van onze website:"):
 * the writer's own lines up to the hand-over, when they state nothing about the addressee's health.
 * Its "u" and "je" after the hand-over are the leaflet's readers, as in a text for an editor.
 * Undefined when there is no hand-over or the writer's own lines speak of the addressee's body,
 * care or health ("Je wond ziet er goed uit. Hieronder de nazorg van onze website:").
 */
export function handedOnScope(mail: MailText, findings: Finding[]): string | undefined {
  const own = ownText(mail);
  const m = HANDED_ON.exec(own);
  if (!m) return undefined;
  const end = own.indexOf("\n", m.index + m[0].length);
  const scope = end < 0 ? own : own.slice(0, end);
  // the last word of each health finding, looked up per word of the scope: linear in the scope
  const health = new Set<string>();
  for (const f of findings)
    if (f.type === "medical" && medicalWeight(f) > 0 && !isProcessWord(f.text))
      health.add(f.text.toLowerCase().split(/\s+/).pop() ?? "");
  for (const sentence of scope.split(/[.!?\n]/)) {
    if (addresseeSubject(sentence)) return undefined;
    // "Je bent nu 8 weken zwanger": the addressee beside a health word
    if (
      SECOND_PERSON.test(sentence) &&
      !THEIR_QUESTION.test(sentence) &&
      sentence
        .toLowerCase()
        .split(/[^a-z0-9\u00c0-\u024f-]+/)
        .some((w) => health.has(w))
    )
      return undefined;
  }
  return scope;
}
