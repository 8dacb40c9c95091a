import type { Range } from "../text/quotes";

export interface QuotedBlock extends Range {
  /** who wrote the quoted message, as its reply header names them ("Ans de Boer"), if it does */
  author?: string;
}

// "Op 3 mrt. 2025 om 16:48 schreef Ans de Boer <ans@…>:", "On …, Jan Jansen wrote:", "Van: Ans de Boer"
const WROTE_BY = /\b(?:schreef|schrieb)\s+([^<\n:]{1,80})/i;
// Apple Mail in Dutch: "Op … heeft Henk Schipper <henk@…> het volgende geschreven:"
const APPLE_HEADER = /het volgende geschreven/i;
const APPLE_BY = /\bheeft\s([^<\n:]{1,80})/i;
// These three run on the first 300 characters of a block only (quotedAuthors), so backtracking is bounded.
// eslint-disable-next-line regexp/no-super-linear-backtracking
const BY_WROTE = /,\s*([^,<\n]{1,80}?)\s*(?:<[^>\n]{0,200}>\s*)?wrote\s*:/i;
// eslint-disable-next-line regexp/no-super-linear-move
const FROM = /^[\s>]*\*?(?:van|from|afzender)\s*:\*?\s+([^<\n[]{1,80})/im;

/** The quoted blocks with the author their header names (first 300 characters of each block). */
export function quotedAuthors(body: string, ranges: Range[]): QuotedBlock[] {
  return ranges.map((r) => {
    const head = body.slice(r.start, Math.min(r.end, r.start + 300));
    const m =
      WROTE_BY.exec(head) ??
      (APPLE_HEADER.test(head) ? APPLE_BY.exec(head) : null) ??
      BY_WROTE.exec(head) ??
      FROM.exec(head);
    const raw = m ? m[1] : "";
    const cut = raw.toLowerCase().indexOf("het volgende geschreven");
    const author = (cut >= 0 ? raw.slice(0, cut) : raw).trim().replace(/["']/g, "");
    return author ? { start: r.start, end: r.end, author } : { start: r.start, end: r.end };
  });
}
