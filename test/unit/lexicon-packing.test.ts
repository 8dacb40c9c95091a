import { unpackWords, nameLexicon } from "../../src/engine/lexicon";
import { COMMON_WORDS } from "../../src/engine/lexicon/names.generated";

describe("front-coded word lists", () => {
  it("decodes each word from the prefix it shares with the one before", () => {
    // aan, aanbod (3 shared), aandacht (3), abel (1), zee (0)
    expect([...unpackWords("0aan3bod3dacht1bel0zee")]).toEqual([
      "aan",
      "aanbod",
      "aandacht",
      "abel",
      "zee",
    ]);
  });

  it("reads prefix lengths above nine as letters", () => {
    expect([...unpackWords("0aaaaaaaaaaaa" + "Bb")]).toEqual(["aaaaaaaaaaaa", "aaaaaaaaaaab"]);
  });

  it("keeps diacritics, hyphens and apostrophes inside a word", () => {
    expect([...unpackWords("0ayşe0büşra0o'neil2-x")]).toEqual(["ayşe", "büşra", "o'neil", "o'-x"]);
  });

  it("the shipped lists decode to lower-case words, as many as their packing characters", () => {
    const common = nameLexicon().common;
    expect(common.size).toBe((COMMON_WORDS.match(/[0-9A-Z]/g) ?? []).length);
    expect(common.has("aandacht")).toBe(true);
    expect(common.has("zaterdag") || common.has("water")).toBe(true);
    for (const w of common) expect(w).toMatch(/^[^0-9A-Z\s]+$/);
  });
});
