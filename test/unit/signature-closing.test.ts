/**
 * isClosing measures a line before copying it (it runs on every line of a body); the quick length test
 * must never change the answer. The reference is the plain definition: quote markers off, trimmed,
 * at most 40 characters, then the closing patterns.
 */
import fc from "fast-check";
import { isClosing, signatureRanges } from "../../src/engine/mailtext/signature";

function reference(line: string): boolean {
  const l = (line.charCodeAt(0) === 62 ? line.replace(/^>+/, "") : line).trim();
  if (!l || l.length > 40) return false;
  // no closing pattern starts with ">" (markers after white space stay); otherwise the patterns are the
  // module's: a trimmed line without markers goes through isClosing unchanged
  if (l.charCodeAt(0) === 62) return false;
  return isClosing(l);
}

const PIECES = [
  "Met vriendelijke groet,",
  "Groet,",
  "Groetjes",
  "> ",
  ">>",
  " ",
  "\t",
  "\u00a0",
  "\u2003",
  "x",
  "Hartelijke groet!",
  "tot de volgende keer",
  "\r",
];

test("closings are found with quote markers and any outer white space", () => {
  for (const line of [
    "Met vriendelijke groet,",
    "> Met vriendelijke groet,",
    ">>  Groet,  ",
    "\u00a0Groetjes\u2003",
    "Groet," + " ".repeat(60),
  ])
    expect(isClosing(line)).toBe(true);
  for (const line of [
    "Met vriendelijke groet, en tot volgende week bij de controle van uw knie",
    "  > x  Groet,",
    "",
  ])
    expect(isClosing(line)).toBe(false);
});

test("the quick length test agrees with the plain definition on any line", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) => {
      const line = parts.join("");
      expect(isClosing(line)).toBe(reference(line));
    }),
    { numRuns: 2000 }
  );
});

test("a signature after a closing padded with white space is still a signature", () => {
  const text =
    "Beste Ans,\n\nTot dinsdag.\n\nMet vriendelijke groet,      \nSanne Verhoef\nassistente\n";
  const [range] = signatureRanges(text);
  expect(text.slice(range.start, range.end)).toBe(
    "Met vriendelijke groet,      \nSanne Verhoef\nassistente"
  );
});

describe("a gap of blank lines ends a signature", () => {
  test("text after three blank lines below the signature is written text again", () => {
    const text =
      "Graag bestellen.\n\nGroet,\nLars\nfysiotherapeut\n\n\n\nnotitie dhr. K. Brouwer\n";
    const [range] = signatureRanges(text);
    expect(text.slice(range.start, range.end)).toBe("Groet,\nLars\nfysiotherapeut");
  });

  test("one blank line inside a signature keeps it together", () => {
    const text = "Graag bestellen.\n\nGroet,\nLars\n\nFysiopraktijk Het Venster\n";
    const [range] = signatureRanges(text);
    expect(text.slice(range.start, range.end)).toBe("Groet,\nLars\n\nFysiopraktijk Het Venster");
  });
});
