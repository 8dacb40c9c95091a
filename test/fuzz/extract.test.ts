import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { extractAttachment } from "../../src/extract";
import { readZipDirectory } from "../../src/extract/zip";
import { rtfText, htmlText } from "../../src/extract/text";
import { xmlText } from "../../src/extract/xml";
import { sanitizeSegment } from "../../src/extract/names";
import { htmlToText } from "../../src/engine/text/html";
import * as build from "../fixtures/attachments/build";
import { usePdfjsInJest } from "../fixtures/attachments/pdfjs-for-jest";

beforeAll(() => usePdfjsInJest());

/**
 * Random and mutated files into every extractor: whatever comes in, extraction resolves (never
 * rejects), returns well-formed findings, and never leaves a dangerous character in a source name.
 * Run counts are modest on purpose (shared 2-core machine).
 */

const SEEDS: [string, Uint8Array][] = [
  ["a.docx", build.docx(["Patiënt J. Testpersoon", "BSN 111222333"])],
  [
    "a.xlsx",
    build.xlsx([
      ["naam", "bsn"],
      ["Testpersoon", 111222333],
    ]),
  ],
  ["a.pptx", build.pptx(["dia"])],
  ["a.odt", build.odt(["Uitslag negatief"])],
  ["a.pdf", build.pdf([["Uitslag", "BSN 111222333"]])],
  ["a.zip", zipSync({ "x/brief.txt": strToU8("BSN 111222333"), "y.docx": build.docx(["z"]) })],
  ["a.7z", build.sevenZip("encrypted-headers")],
  [
    "a.eml",
    build.eml({
      subject: "s",
      body: "b",
      attachments: [{ name: "b.txt", type: "text/plain", bytes: strToU8("tekst") }],
    }),
  ],
  ["a.rtf", strToU8("{\\rtf1\\ansi Cli\\'ebnt\\par}")],
  ["a.html", strToU8("<html><body><p>Uitslag</p></body></html>")],
  ["a.png", build.png(900, 1270)],
  ["a.hl7", strToU8("MSH|^~\\&|A|B\rPID|1||111222333\r")],
];

const LIMITS = { timeBudgetMs: 3000 };

function wellFormed(r: Awaited<ReturnType<typeof extractAttachment>>): void {
  expect(r.facts.length).toBeGreaterThan(0);
  for (const f of r.facts) {
    expect(["encrypted", "unencrypted", "medical-document", "unreadable"]).toContain(f.type);
    expect(f.where.startsWith("attachment:")).toBe(true);
  }
  for (const t of r.texts) {
    expect(typeof t.text).toBe("string");
    expect(t.source).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]|(^|\/)\.\.(\/|$)/);
  }
}

/** A seed file with some bytes overwritten, some cut, or a slice repeated. */
const mutated = fc
  .tuple(
    fc.integer({ min: 0, max: SEEDS.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
    fc.option(fc.nat(), { nil: undefined })
  )
  .map(([i, flips, cut]) => {
    const [name, seed] = SEEDS[i];
    const b = seed.slice();
    for (const [at, v] of flips) b[at % b.length] = v;
    return { name, bytes: cut === undefined ? b : b.slice(0, cut % (b.length + 1)) };
  });

describe("fuzz: extraction never throws", () => {
  test("random bytes under any name", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom("a.pdf", "a.docx", "a.zip", "a.txt", "a.eml", "x"),
        async (bytes, name) => {
          wellFormed(await extractAttachment({ name, contentType: "", bytes }, LIMITS));
        }
      ),
      { numRuns: 150 }
    );
  });

  test("mutated valid files of every format", async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async ({ name, bytes }) => {
        wellFormed(await extractAttachment({ name, contentType: "", bytes }, LIMITS));
      }),
      { numRuns: 250 }
    );
  });

  test("random bytes behind each magic number", async () => {
    const magics = [
      "PK\x03\x04",
      "%PDF-1.7\n",
      "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
      "7z\xbc\xaf\x27\x1c",
      "\x1f\x8b\x08",
      "{\\rtf1",
      "MSH|",
      "UNB+",
      "From: a@b.nl\r\nSubject: x\r\n\r\n",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...magics),
        fc.uint8Array({ maxLength: 2048 }),
        async (magic, rest) => {
          const bytes = new Uint8Array([...Array.from(magic, (c) => c.charCodeAt(0)), ...rest]);
          wellFormed(await extractAttachment({ name: "f", contentType: "", bytes }, LIMITS));
        }
      ),
      { numRuns: 200 }
    );
  });

  test("random entry names in a zip come out as clean sources", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: "binary", maxLength: 40 }), { minLength: 1, maxLength: 5 }),
        async (names) => {
          const z = build.rawZip(
            names.map((name, i) => ({
              name: name || `leeg${i}`,
              data: strToU8("tekst"),
              method: 0,
            }))
          );
          wellFormed(await extractAttachment({ name: "a.zip", contentType: "", bytes: z }, LIMITS));
        }
      ),
      { numRuns: 100 }
    );
  });
});

describe("fuzz: text helpers and the zip reader", () => {
  test("RTF, HTML and XML text never throw and never keep markup delimiters of a well-formed tag", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        expect(typeof rtfText(s)).toBe("string");
        expect(typeof htmlText(s)).toBe("string");
        expect(xmlText(`<w:p><w:t>${s.replace(/[<&]/g, "")}</w:t></w:p>`)).toBe(
          s
            .replace(/[<&]/g, "")
            .trim()
            .replace(/[ \t]*\n[ \t]*/g, "\n")
            .replace(/\n{3,}/g, "\n\n")
        );
      }),
      { numRuns: 300 }
    );
  });

  test("the zip directory reader either lists entries inside the file or throws its own error", () => {
    fc.assert(
      fc.property(mutated, ({ bytes }) => {
        let entries: ReturnType<typeof readZipDirectory> = [];
        try {
          entries = readZipDirectory(bytes);
        } catch (e) {
          expect((e as Error).name).toBe("ZipFormatError");
        }
        for (const e of entries) expect(e.localOffset + 30).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: 300 }
    );
  });

  test("sanitised names are never empty and hold no traversal or invisible characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (s) => {
        const out = sanitizeSegment(s);
        expect(out.length).toBeGreaterThan(0);
        expect(out).not.toMatch(
          /[\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200b-\u200f]|(^|\/)\.\.?(\/|$)|^\//
        );
      }),
      { numRuns: 500 }
    );
  });
});

describe("fuzz: the HTML tokenizer and the office XML reader", () => {
  test("htmlToText maps every output character to a character of the input", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "<p>",
            "</p>",
            "<!--",
            "-->",
            "<!-->",
            "&amp;",
            "&nbsp",
            "<td>",
            "<br>",
            '"',
            "'",
            "=",
            "a",
            "1",
            " ",
            "<",
            ">",
            "<style>",
            "content:'x'",
            "</style>",
            "<img alt=",
            "<plaintext>",
            "&#x31;"
          ),
          { maxLength: 60 }
        ),
        (parts) => {
          const html = parts.join("");
          const h = htmlToText(html);
          expect(h.map).toHaveLength(h.text.length + 1);
          for (let i = 0; i < h.text.length; i++) {
            expect(h.map[i]).toBeGreaterThanOrEqual(0);
            expect(h.map[i]).toBeLessThan(html.length);
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  test("office XML text never throws on broken XML and keeps text under any prefix", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "w:", "x:", "a:", "ns0:"),
        fc.stringMatching(/^[A-Za-z0-9 ]{1,30}$/),
        fc.nat(80),
        (prefix, word, cut) => {
          const part = `<${prefix}p><${prefix}r><${prefix}t>${word}</${prefix}t></${prefix}r></${prefix}p>`;
          expect(xmlText(part, "ooxml")).toBe(word.trim());
          expect(typeof xmlText(part.slice(0, cut), "ooxml")).toBe("string");
        }
      ),
      { numRuns: 300 }
    );
  });
});
