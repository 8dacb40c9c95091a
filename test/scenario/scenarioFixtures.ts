import { emptyDraft, type Attachment, type Draft } from "../../src/engine/draft";
import { check, type CheckOptions, type CheckResult } from "../../src/engine/index";

/** Fictitious practices and people; the scenarios are the handbook's (004), the data is invented. */
export const TANDARTS = { address: "balie@tandartsen-zonnehof.nl", name: "Balie Zonnehof" };
export const FYSIO = { address: "fysio@fysio-kastanjelaan.nl", name: "Kim Fysio" };
export const HUISARTS = { address: "assistente@huisartsen-dorpsplein.nl", name: "Els Assistente" };
export const PSYCHOLOOG = {
  address: "psycholoog@psypraktijk-lindeboom.nl",
  name: "Noor Psycholoog",
};

export function mail(partial: Partial<Draft>): Draft {
  return emptyDraft(partial);
}

export function pdf(name: string, text?: string): Attachment {
  const a: Attachment = { name, contentType: "application/pdf", size: 30000, kind: "file" };
  if (text !== undefined) a.extraction = { texts: [{ source: name, text }], facts: [] };
  return a;
}

export function outcome(
  draft: Draft,
  options: CheckOptions = {}
): { action: string; rules: string[]; result: CheckResult } {
  const result = check(draft, options);
  return {
    action: result.verdict.action,
    rules: result.verdict.hits.map((h) => h.rule).sort(),
    result,
  };
}
