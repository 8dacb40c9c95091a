import fc from "fast-check";
import { tidyLines } from "../../src/engine/text/trim";

/** The rule written out plainly (for short inputs): lines trimmed of spaces and tabs, blank runs cut to one blank line. */
function model(s: string): string {
  const lines = s.split("\n").map((l) => l.replace(/^[ \t]+/, "").replace(/[ \t]+$/, ""));
  let out = "";
  let blank = 0;
  let seen = false;
  for (const l of lines) {
    if (!l) {
      blank++;
      continue;
    }
    if (seen) out += blank ? "\n\n" : "\n";
    out += l;
    seen = true;
    blank = 0;
  }
  return out.trim();
}

describe("tidyLines (extracted document text)", () => {
  it("trims lines and cuts runs of blank lines to one", () => {
    expect(tidyLines("  Beste \t\n\n\n\n  mevrouw  \nX\t")).toBe("Beste\n\nmevrouw\nX");
    expect(tidyLines("a  b")).toBe("a  b");
  });

  it("agrees with the rule on any mix of spaces, tabs, breaks and text", () => {
    const piece = fc.constantFrom(" ", "\t", "\n", "a", "\r", "\u00a0", "x y");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (ps) => {
        const s = ps.join("");
        expect(tidyLines(s)).toBe(model(s));
      }),
      { numRuns: 3000 }
    );
  });

  it("keeps a long document whole and a long run of spaces finishes", () => {
    const line = "Uitslag volgt per brief. ".repeat(20);
    const doc = Array(4000)
      .fill(line + "\n\n\n")
      .join("");
    expect(tidyLines(doc)).toBe(Array(4000).fill(line.trim()).join("\n\n"));
    expect(tidyLines(" ".repeat(1_000_000) + "x" + "\t".repeat(1_000_000))).toBe("x");
  });
});
