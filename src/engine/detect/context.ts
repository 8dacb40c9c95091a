import type { Finding, Where } from "../types";
import type { NormalizedText } from "../text/normalize";
import { toOriginal } from "../text/normalize";

/** What every recogniser gets: one piece of text (subject, body, or an attachment text). */
export interface DetectInput {
  norm: NormalizedText;
  where: Where;
  /** lower-cased words of the sender's own name (From display name), never reported as `name` */
  senderNameParts: string[];
  /** the sender's own address (From), lower case: the display name next to it in quoted headers is the sender's */
  senderAddress?: string;
}

export type Recognizer = (input: DetectInput) => Finding[];

/** Build a finding from offsets in the normalised text. */
export function findingAt(
  input: DetectInput,
  type: Finding["type"],
  start: number,
  end: number,
  confidence: number,
  tags?: string[]
): Finding {
  const o = toOriginal(input.norm, start, end);
  const f: Finding = {
    type,
    text: o.text,
    where: input.where,
    start: o.start,
    end: o.end,
    confidence,
  };
  if (tags && tags.length) f.tags = tags;
  return f;
}
