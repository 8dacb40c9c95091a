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

  it("reports offsets into the original text", () => {
    const text = "Pt. met BSN 111222333 belt";
    const [f] = bsns(text);
    expect(text.slice(f.start, f.end)).toBe("111222333");
    expect(f.where).toBe("body");
  });

  it("raises confidence when a keyword stands nearby", () => {
    const [near] = bsns("sofinummer 111222333");
    const [bare] = bsns("referentie 111222333");
    expect(near.confidence).toBeGreaterThan(bare.confidence);
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
