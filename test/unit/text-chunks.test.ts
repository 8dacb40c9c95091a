import fc from "fast-check";
import { matchesInChunks } from "../../src/engine/text/chunks";

const EMAIL =
  /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
const LINK = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+|\b(?:https?:\/\/|www\.)[^\s<>()[\]"]+/gi;

function everywhere(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m[0]]);
  return out;
}

describe("matchesInChunks", () => {
  it("finds addresses and links as a scan of the whole text does", () => {
    const text =
      "Mail j.de.vries@example.nl of (zie https://example.nl/a?b=1) WWW.Example.NL,\u00a0x@y.nl.";
    expect(matchesInChunks(EMAIL, text, /@/g)).toEqual(everywhere(EMAIL, text));
    expect(matchesInChunks(LINK, text, /@|https?:\/\/|www\./gi)).toEqual(everywhere(LINK, text));
    expect(matchesInChunks(EMAIL, text, /@/g).map((m) => m[1])).toEqual([
      "j.de.vries@example.nl",
      "x@y.nl",
    ]);
  });

  it("finds nothing in text without a trigger", () => {
    expect(matchesInChunks(EMAIL, "geen adres hier, alleen tekst", /@/g)).toEqual([]);
  });

  it("equals the whole-text scan on arbitrary text", () => {
    const alphabet = fc.constantFrom(
      "a",
      "B",
      "1",
      ".",
      "-",
      "@",
      " ",
      "\n",
      "\u00a0",
      ":",
      "/",
      "h",
      "t",
      "p",
      "s",
      "w",
      "<",
      ",",
      "n",
      "l"
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((cs) => cs.join("")),
        (text) => {
          expect(matchesInChunks(EMAIL, text, /@/g)).toEqual(everywhere(EMAIL, text));
          expect(matchesInChunks(LINK, text, /@|https?:\/\/|www\./gi)).toEqual(
            everywhere(LINK, text)
          );
        }
      ),
      { numRuns: 2000 }
    );
  });
});
