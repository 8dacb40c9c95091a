import { detectText } from "../../src/engine/classify";
import { isValidBsn } from "../../src/engine/detect/bsn";

const bsns = (text: string) => detectText(text, "body", []).filter((f) => f.type === "bsn");

describe("11-proef", () => {
  it.each(["111222333", "123456782", "771330716", "236379847"])("accepts %s", (n) =>
    expect(isValidBsn(n)).toBe(true)
  );
  it.each(["123456789", "111222334", "000000000", "12345678a"])("rejects %s", (n) =>
    expect(isValidBsn(n)).toBe(false)
  );
  it("treats an 8-digit BSN as zero-padded", () =>
    expect(isValidBsn("12345672")).toBe(isValidBsn("012345672")));
});

describe("BSN recogniser", () => {
  it("finds a BSN written together, with dots or with spaces, and reports it as written", () => {
    expect(bsns("BSN 111222333").map((f) => f.text)).toEqual(["111222333"]);
    expect(bsns("burgerservicenummer: 7713.30.716").map((f) => f.text)).toEqual(["7713.30.716"]);
    expect(bsns("bsn 2363 79 847, geb. 1961").map((f) => f.text)).toEqual(["2363 79 847"]);
    expect(bsns("nummer 123.456.782 graag").map((f) => f.text)).toEqual(["123.456.782"]);
  });

  it("joins digits across table cells (a tab) only beside its keyword", () => {
    // an article number and an amount in neighbouring cells: 990012451 passes the 11-proef by chance
    expect(bsns("Baxterzakjes navulrol\t99001245\t1 rol\t6")).toEqual([]);
    expect(bsns("BSN\t111\t222\t333").map((f) => f.text)).toEqual(["111\t222\t333"]);
  });

  it("reports offsets into the original text", () => {
    const text = "Pt. met BSN 111222333 belt";
    const [f] = bsns(text);
    expect(text.slice(f.start, f.end)).toBe("111222333");
    expect(f.where).toBe("body");
  });

  it("raises confidence when a keyword stands nearby", () => {
    const [near] = bsns("sofinummer 111222333");
    const [bare] = bsns("nummer 111222333");
    expect(near.confidence).toBeGreaterThan(bare.confidence);
  });

  it("does not take a number labelled as another kind, unless a BSN keyword is near", () => {
    for (const t of [
      "Factuurnummer: 111222333",
      "Ordernummer 111222333",
      "Uw klantnummer 111222333",
      "Kenmerk: 111222333",
      "Btw-nummer: NL111222333B01",
      "btw NL 1112.22.333.B01",
    ])
      expect(bsns(t)).toHaveLength(0);
    expect(bsns("factuur voor BSN 111222333")).toHaveLength(1);
    expect(bsns("Factuurnummer 2026-01, BSN 111222333")).toHaveLength(1);
  });

  it("does not take numbers that fail the 11-proef (invoice, order, phone numbers)", () => {
    expect(bsns("Factuurnummer 123456789, ordernummer 987654321")).toEqual([]);
    expect(bsns("Bel 0612345678 of 020 123 4567")).toEqual([]);
  });

  it("does not cut a BSN out of a longer number, an IBAN or a date-like string", () => {
    expect(bsns("NL91ABNA0417164300")).toEqual([]);
    expect(bsns("1112223330")).toEqual([]);
    expect(bsns("ref 111222333-2")).toEqual([]);
  });

  it("takes an 8-digit BSN only with a keyword", () => {
    expect(bsns("BSN 12345672").map((f) => f.text)).toEqual(["12345672"]);
    expect(bsns("postbus 12345672")).toEqual([]);
  });

  it("sees through zero-width characters and full-width digits, reporting the original text", () => {
    const zw = "BSN 111\u200B222\u200B333";
    expect(bsns(zw).map((f) => f.text)).toEqual(["111\u200B222\u200B333"]);
    const fw = "BSN １１１２２２３３３";
    expect(bsns(fw).map((f) => f.text)).toEqual(["１１１２２２３３３"]);
  });
});

// Issue 11: the everyday spellings that passed before. 123456782 and 111222333 pass the 11-proef.
describe("BSN spellings (issue 11)", () => {
  const spellings: Array<[string, string]> = [
    ["BSN 123-456-782", "123-456-782"],
    ["BSN123456782", "123456782"],
    ["nr.123456782", "123456782"],
    ["bsn:123456782", "123456782"],
    ["123456782BSN", "123456782"],
    ["burgerservicenummer 1234 56782", "1234 56782"],
    ["BSN 12345 6782", "12345 6782"],
    ["BSN 123/456/782", "123/456/782"],
    ["BSN 123,456,782", "123,456,782"],
    ["BSN 123\u00B7456\u00B7782", "123\u00B7456\u00B7782"],
    ["BSN 123 - 456 - 782", "123 - 456 - 782"],
    ["BSN 123456\n782", "123456\n782"],
    ["BSN 123 456\r\n782", "123 456\r\n782"],
    ["> BSN 123 456\n> 782", "123 456\n> 782"],
    [
      "BSN 1\u200B2\u200B3\u200B4\u200B5\u200B6\u200B7\u200B8\u200B2",
      "1\u200B2\u200B3\u200B4\u200B5\u200B6\u200B7\u200B8\u200B2",
    ],
    [
      "BSN \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662",
      "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662",
    ],
    [
      "BSN \u0967\u0968\u0969\u096A\u096B\u096C\u096D\u096E\u0968",
      "\u0967\u0968\u0969\u096A\u096B\u096C\u096D\u096E\u0968",
    ],
    [
      "BSN \u{1D7CF}\u{1D7D0}\u{1D7D1}\u{1D7D2}\u{1D7D3}\u{1D7D4}\u{1D7D5}\u{1D7D6}\u{1D7D0}",
      "\u{1D7CF}\u{1D7D0}\u{1D7D1}\u{1D7D2}\u{1D7D3}\u{1D7D4}\u{1D7D5}\u{1D7D6}\u{1D7D0}",
    ],
    ["BSN 123.456.782.", "123.456.782"],
    ["(123456782)", "123456782"],
    ["nummer 12 34 56 782", "12 34 56 782"],
    ["BSN 1 2 3 4 5 6 7 8 2", "1 2 3 4 5 6 7 8 2"],
    ["BSN 123_456_782", "123_456_782"],
    ["patiënt 111222333 12-03-1956", "111222333"],
    ["06 12345678 111222333", "111222333"],
  ];
  it.each(spellings)("finds %j", (text, expected) => {
    expect(bsns(text).map((f) => f.text)).toEqual([expected]);
  });

  it("never takes a 9-digit number that fails the 11-proef, however it is written", () => {
    for (const text of [
      "factuur 123-456-789",
      "INV123456789",
      "nr.987654321",
      "order 1234 56789",
      "ticket 123/456/789",
      "ref 123\n456\n789",
    ])
      expect(bsns(text)).toEqual([]);
  });

  it("does not join numbers into a BSN across words or longer numbers", () => {
    expect(bsns("tel. 020-1234567 en 06-12345678")).toEqual([]);
    expect(bsns("+31 6 1234 5678")).toEqual([]);
    expect(bsns("kamer 12, 3 en 456782")).toEqual([]);
    expect(bsns("11122233312")).toEqual([]);
    // grouped with a leading zero: a phone number, unless a keyword says BSN
    expect(bsns("bel 0900 - 151 50")).toEqual([]);
    expect(bsns("BSN 090 015 150").map((f) => f.text)).toEqual(["090 015 150"]);
  });

  it("reads a 1 MB chain of digits and separators in one pass (a regex here would backtrack)", () => {
    for (const unit of ["1 ", "1-", "12\n", "1"]) expect(bsns(unit.repeat(500_000))).toBeDefined();
  });
});

describe("a BSN spelled out in digit words", () => {
  test("nine Dutch digit words passing the 11-proef are a BSN", () => {
    const found = bsns(
      "Patiënt A. Jansen, burgerservicenummer één twee drie vier vijf zes zeven acht twee."
    );
    expect(found.map((f) => f.text)).toEqual(["één twee drie vier vijf zes zeven acht twee"]);
  });

  test("in English, with commas and hyphens between", () => {
    expect(bsns("BSN: one, two, three - four five six, seven eight two").length).toBe(1);
  });

  test("nine digit words failing the 11-proef are not", () => {
    expect(bsns("burgerservicenummer één twee drie vier vijf zes zeven acht negen")).toEqual([]);
  });

  test("counting in a text ('een, twee, drie') is no BSN", () => {
    expect(bsns("Tel rustig: een, twee, drie, vier, en adem uit. Doe dit vijf keer.")).toEqual([]);
  });

  test("a million digit words read in one pass", () => {
    const text = "een ".repeat(250_000);
    expect(Array.isArray(bsns(text))).toBe(true);
  });
});
