import {
  detectAddress,
  detectEmail,
  detectPhone,
  detectPostcode,
} from "../../src/engine/detect/contact";
import type { Recognizer } from "../../src/engine/detect/context";
import { normalizeText } from "../../src/engine/text/normalize";

const found = (r: Recognizer, text: string): string[] =>
  r({ norm: normalizeText(text), where: "body", senderNameParts: [] }).map((f) => f.text);

describe("phone", () => {
  test.each([
    ["bel 06-12345678", "06-12345678"],
    ["mobiel: 06 - 4127 3390.", "06 - 4127 3390"],
    ["T 020 - 123 45 67", "020 - 123 45 67"],
    ["tel. 0592 - 34 56 00 (ma t/m do)", "0592 - 34 56 00"],
    ["+31 20 675 3108", "+31 20 675 3108"],
    ["+31 (0)6 1234 5678", "+31 (0)6 1234 5678"],
    ["0031 6 12 34 56 78", "0031 6 12 34 56 78"],
    ["bel 0800-0113 gratis", "0800-0113"],
    ["(033) 461 28 70", "(033) 461 28 70"],
    ["０６１２３４５６７８", "０６１２３４５６７８"],
  ])("finds %s", (text, expected) => {
    expect(found(detectPhone, text)).toEqual([expected]);
  });

  test.each([
    "geboren 06-07-1990 12 uur",
    "IBAN NL44 RABO 0123 4567 89",
    "BSN 123456782",
    "factuur 0123456789",
    "om 08.30 uur",
    "KvK 01098765",
  ])("does not take %s for a phone number", (text) => {
    expect(found(detectPhone, text)).toEqual([]);
  });
});

describe("email", () => {
  test("finds addresses, not near-misses", () => {
    expect(found(detectEmail, "Mail naar a.kok@gc-zuiderhout.nl of info@praktijk.nl.")).toEqual([
      "a.kok@gc-zuiderhout.nl",
      "info@praktijk.nl",
    ]);
    expect(found(detectEmail, "ons @-adres of iemand@localhost")).toEqual([]);
  });
});

describe("postcode and address", () => {
  test("postcode with or without space", () => {
    expect(found(detectPostcode, "Weideweg 14, 3815 AK Amersfoort en 2012PJ Haarlem")).toEqual([
      "3815 AK",
      "2012PJ",
    ]);
  });
  test("not units, years or unissued letter pairs", () => {
    expect(found(detectPostcode, "1000 MG per dag, in 2025 EN verder, 1234 SS")).toEqual([]);
  });
  test("street and number", () => {
    expect(found(detectAddress, "woont aan de Lorentzkade 88, 2014 AK Haarlem")).toEqual([
      "Lorentzkade 88",
    ]);
    expect(found(detectAddress, "Beukenlaan 14a in Assen; Van Goghstraat 7-2")).toEqual([
      "Beukenlaan 14a",
      "Van Goghstraat 7-2",
    ]);
    expect(found(detectAddress, "in de straat lopen 20 mensen")).toEqual([]);
  });
});
