import { foldWord, normalizeText, toOriginal } from "../../src/engine/text/normalize";
import { findQuotedRanges } from "../../src/engine/text/quotes";

describe("normalizeText", () => {
  test("removes invisible characters and maps offsets back", () => {
    const original = "BSN\u00A01234\u200B5678\u00AD9";
    const n = normalizeText(original);
    expect(n.text).toBe("BSN 123456789");
    const at = n.text.indexOf("123456789");
    const o = toOriginal(n, at, at + 9);
    expect(o.text).toBe("1234\u200B5678\u00AD9");
    expect(original.slice(o.start, o.end)).toBe(o.text);
  });

  test("full-width digits, dashes, quotes, Cyrillic look-alikes", () => {
    expect(normalizeText("０６\u2013１２").text).toBe("06-12");
    expect(normalizeText("\u201Cdi\u0430betes\u201D").text).toBe('"diabetes"');
    expect(normalizeText("\u041C\u0440").text).toBe("Mp");
  });

  test("decomposed accents are recomposed; CRLF becomes LF", () => {
    const n = normalizeText("hypothyreoi\u0308die\r\nregel");
    expect(n.text).toBe("hypothyreoïdie\nregel");
    const o = toOriginal(n, 0, 14);
    expect(o.text).toBe("hypothyreoi\u0308die");
  });

  test("a word spelled out letter by letter is read as the word, offsets kept", () => {
    const original = "je u-i-t-s-l-a-g: h e m o g l o b i n e  te laag, c.h.l.a.m.y.d.i.a";
    const n = normalizeText(original);
    expect(n.text).toBe("je uitslag: hemoglobine  te laag, chlamydia");
    expect(n.map.length).toBe(n.text.length + 1);
    const at = n.text.indexOf("hemoglobine");
    expect(toOriginal(n, at, at + 11).text).toBe("h e m o g l o b i n e");
    // a run with another separator before it, and an invisible character inside
    expect(normalizeText("x u\u200B-i-t-s-l-a-g").text).toBe("x uitslag");
  });

  test("a right-to-left override is read in display order; findings map back to the stored letters", () => {
    const original = "je \u202Egalstiu\u202C: je \u202Esetebaid (2T)\u202C is\n\u202Eok\nnext";
    const n = normalizeText(original);
    expect(n.text).toBe("je uitslag: je (T2) diabetes is\nko\nnext");
    const at = n.text.indexOf("diabetes");
    expect(toOriginal(n, at, at + 8).text).toBe("setebaid");
    // without an override the map stays ascending and nothing is marked reordered
    expect(normalizeText("je uitslag").reordered).toBeUndefined();
  });

  test("initials, short abbreviations and single letters stay as they are", () => {
    for (const s of [
      "J.H.M. de Vries",
      "t.a.v. mevrouw",
      "s.o.a.-test",
      "dat u u aanmeldt",
      "a b c",
      "A-B-C-D1",
    ])
      expect(normalizeText(s).text).toBe(s);
  });

  test("many overrides cost one pass", () => {
    for (const unit of ["\u202Eab ", "\u202Eab\u202C ", "\u202Eab\n"]) {
      const n = normalizeText(unit.repeat(100000));
      expect(n.map.length).toBe(n.text.length + 1);
    }
  });

  test("spelled-out runs cost one pass, however long or broken up", () => {
    for (const unit of ["a ", "a b c ", "a-b-c d.e.f ", "ab c "]) {
      const n = normalizeText(unit.repeat(Math.ceil(300000 / unit.length)));
      expect(n.map.length).toBe(n.text.length + 1);
    }
  });

  test("plain text is unchanged and cheap on very long lines", () => {
    const long = "a".repeat(200000);
    const n = normalizeText(long);
    expect(n.text.length).toBe(200000);
    expect(n.map[n.text.length]).toBe(200000);
  });

  test("foldWord", () => {
    expect(foldWord("Röntgen")).toBe("rontgen");
    expect(foldWord("ABC")).toBe("abc");
  });
});

describe("quoted text", () => {
  test("reply header and > lines", () => {
    const t =
      "Dank u.\n\nOp 3 mrt. 2025 om 16:48 schreef Ans de Boer <ans@hotmail.com>:\n> Zijn de uitslagen binnen?\n";
    const r = findQuotedRanges(t);
    expect(r).toHaveLength(1);
    expect(t.slice(r[0].start)).toMatch(/^Op 3 mrt/);
  });
  test("Outlook Van:/Verzonden: block", () => {
    const t =
      "Groet\n\n________________________________\nVan: Naomi <n@icloud.com>\nVerzonden: zondag 16 maart 2025\nAan: x\n\nHoi";
    expect(t.slice(findQuotedRanges(t)[0].start).trim()).toMatch(/^_+\nVan:/);
  });
  test("Apple Mail's Dutch reply header", () => {
    const t =
      "Groet\n\nOp 5 nov. 2026 om 19:40 heeft Henk Schipper <h@caiway.nl> het volgende geschreven:\n\n> Vraag";
    expect(t.slice(findQuotedRanges(t)[0].start)).toMatch(/^Op 5 nov/);
  });
  test("no quote in a plain mail", () => {
    expect(findQuotedRanges("Van harte welkom.\nVerzonden met zorg.")).toEqual([]);
  });
});
