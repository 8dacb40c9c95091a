import { sentenceEnds, sentenceIndex, sentenceText } from "../../src/engine/mailtext/sentences";

const sentences = (text: string): string[] => {
  const ends = sentenceEnds(text);
  const out: string[] = [];
  for (let k = 0; k <= ends.length; k++) {
    const s = sentenceText(text, ends, k).trim();
    if (s) out.push(s);
  }
  return out;
};

describe("sentenceEnds", () => {
  test("a dot in a time, a domain or after an abbreviation ends no sentence", () => {
    expect(sentences("Tot 8.30 uur. Zie thuisarts.nl voor meer. Vraag dhr. Bos ernaar.")).toEqual([
      "Tot 8.30 uur",
      "Zie thuisarts.nl voor meer",
      "Vraag dhr. Bos ernaar",
    ]);
  });

  test("a hard wrap inside a sentence does not end it", () => {
    const text =
      "Op verzoek van Karel laat ik je weten dat hij donderdag 3 december van\n9.00 tot 10.00 uur bij ons op de praktijk is. Hij is daardoor later.";
    const ends = sentenceEnds(text);
    expect(sentenceText(text, ends, sentenceIndex(ends, text.indexOf("Karel")))).toContain(
      "bij ons op de praktijk is"
    );
  });

  test("short lines (a greeting, a list, a signature) still end at the line", () => {
    expect(sentences("Beste Marco,\nhierbij de lijst\n- koffie\n- thee\nGroet,\nfleur")).toEqual([
      "Beste Marco,",
      "hierbij de lijst",
      "- koffie",
      "- thee",
      "Groet,",
      "fleur",
    ]);
  });

  test("a long line before a capital starts a new sentence", () => {
    const text =
      "Dit is een lange regel zonder punt aan het einde die toch gewoon ophoudt hier\nNieuwe zin";
    expect(sentences(text)).toHaveLength(2);
  });
});
