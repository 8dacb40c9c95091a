import type { Address, Draft } from "../draft";
import type { ClassifiedRecipient, Where } from "../types";
import type { Range } from "../text/quotes";
import { inRanges, mergeRanges, signatureRanges, stripRanges } from "./signature";
import { addresseesIn, parseSalutation, type Salutation } from "./salutation";
import { sentenceEnds } from "./sentences";
import { quotedAuthors, type QuotedBlock } from "./quoted";

/**
 * One draft read once (issue 11): per text its signatures, sentences and quoted blocks; the mail's
 * salutation (one parser for the engine, the rules and the pane); and the recipients as the policy
 * classifies them. Built in `analyse`; features read it, none re-parses the draft.
 */
export interface MailPart {
  where: Where;
  /** the text as given (finding offsets refer to it) */
  original: string;
  /** its normalised form (text/normalize.ts); same lines as the original */
  text: string;
  /** signature blocks, in offsets of the original, merged and sorted (bodies only) */
  signatures: Range[];
  /** the normalised text without its signatures */
  plain: string;
}

export interface MailText {
  parts: MailPart[];
  /** every part without signatures, joined */
  content: string;
  /** subject and body without signatures */
  bodyAndSubject: string;
  /** the normalised subject */
  subject: string;
  /** every part, signatures included */
  allText: string;
  /** the salutation of the body's newly written part */
  salutation: Salutation | null;
  /** the addressee of every greeting line in `content` (quoted mails included) */
  addressees: string[];
  /** quoted earlier messages of the body (offsets into the original body) with their authors */
  quoted: QuotedBlock[];
  from: Address;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  /** the recipients as the policy classifies them (absent when built without a policy) */
  recipients?: ClassifiedRecipient[];
  /** sentence ends of a part's original text (computed on first use) */
  sentenceEnds(where: Where): number[];
  /** is this offset of `where` inside a signature? */
  inSignature(where: Where, at: number): boolean;
}

export interface PartInput {
  where: Where;
  original: string;
  text: string;
}

export function buildMailText(
  parts: PartInput[],
  draft: Pick<Draft, "from" | "to" | "cc" | "bcc">,
  extra: { recipients?: ClassifiedRecipient[]; quoted?: Range[] } = {}
): MailText {
  const built: MailPart[] = parts.map((t) => {
    const body = t.where === "body";
    const found = body ? signatureRanges(t.original) : [];
    const signatures = body ? mergeRanges(found) : [];
    // most texts are unchanged by normalisation: their signatures are found once
    const plain = body
      ? stripRanges(t.text, t.text === t.original ? found : signatureRanges(t.text))
      : t.text;
    return { where: t.where, original: t.original, text: t.text, signatures, plain };
  });
  const content = built.map((p) => p.plain).join("\n\n");
  const bodyAndSubject = built
    .map((p) => (p.where === "body" || p.where === "subject" ? p.plain : ""))
    .join("\n\n");
  const subject = built
    .filter((p) => p.where === "subject")
    .map((p) => p.text)
    .join(" ");
  const body = built.find((p) => p.where === "body");
  const byWhere = new Map<string, MailPart>();
  for (const p of built) if (!byWhere.has(p.where)) byWhere.set(p.where, p);
  const ends = new Map<string, number[]>();
  let allText: string | undefined;
  return {
    parts: built,
    content,
    bodyAndSubject,
    subject,
    get allText(): string {
      if (allText === undefined) allText = built.map((p) => p.text).join("\n\n");
      return allText;
    },
    salutation: body ? parseSalutation(body.original) : null,
    addressees: addresseesIn(content),
    quoted: body && extra.quoted ? quotedAuthors(body.original, extra.quoted) : [],
    from: draft.from,
    to: draft.to,
    cc: draft.cc,
    bcc: draft.bcc,
    recipients: extra.recipients,
    sentenceEnds(where: Where): number[] {
      let e = ends.get(where);
      if (!e) {
        e = sentenceEnds(byWhere.get(where)?.original ?? "");
        ends.set(where, e);
      }
      return e;
    },
    inSignature(where: Where, at: number): boolean {
      const p = byWhere.get(where);
      return p ? inRanges(p.signatures, at) : false;
    },
  };
}
