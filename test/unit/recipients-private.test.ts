import {
  classifyAddress,
  isProviderDomain,
  looksLikePersonalDomain,
} from "../../src/engine/recipients";
import { check } from "../../src/engine";
import { emptyDraft } from "../../src/engine/draft";
import { DEFAULT_POLICY, parsePolicy } from "../../src/engine/policy";

const practice = ["huisartsen-lindehof.nl"];
const cls = (address: string, name?: string) =>
  classifyAddress(address, practice, DEFAULT_POLICY, name);

describe("recipients as people (issue 11)", () => {
  it("a slip of a mailbox provider is a private person's mailbox", () => {
    expect(cls("bram.verschoor@gmaill.com", "Bram Verschoor")).toBe("private");
    expect(cls("a.jansen@hotmial.nl")).toBe("private");
    expect(cls("info@fysio-noord.nl")).toBe("external");
  });

  it("knows consumer providers from the maintained list and regional Dutch ISPs", () => {
    for (const d of [
      "gmail.com",
      "zeelandnet.nl",
      "caiway.nl",
      "solcon.nl",
      "kpnplanet.nl",
      "hccnet.nl",
      "gmx.de",
      "web.de",
    ])
      expect(isProviderDomain(d)).toBe(true);
    for (const d of [
      "huisartsen-lindehof.nl",
      "rivierenland-ziekenhuis.nl",
      "lms.lifeline.nl",
      "microsoft.com",
    ])
      expect(isProviderDomain(d)).toBe(false);
  });

  it("classifies patients at family and personal domains as private", () => {
    expect(cls("jan@familie-jansen.nl")).toBe("private");
    expect(cls("post@famdevries.nl")).toBe("private");
    expect(cls("piet@jansen-online.nl", "Piet Jansen")).toBe("private");
    expect(cls("anna@degroot.net", "Anna de Groot")).toBe("private");
    expect(cls("m.bakker@bakker.frl")).toBe("private");
  });

  it("keeps organisations and colleagues external", () => {
    expect(cls("j.jansen@huisartsenpraktijk-jansen.nl", "J. Jansen, huisarts")).toBe("external");
    expect(cls("info@degroot.net", "Familie de Groot")).toBe("external");
    expect(cls("piet@bakkerij-jansen.nl", "Piet Jansen")).toBe("external");
    expect(cls("a.smit@rivierenland-ziekenhuis.nl", "Anna Smit")).toBe("external");
    expect(cls("k.visser@acme.com", "Karin Visser")).toBe("external");
    expect(looksLikePersonalDomain("redactie@devries-media.nl", "Redactie")).toBe(false);
    // a team's mailbox, also in the plural, at a domain named after the practice's place
    expect(cls("assistentes@hadehofstede.nl", "Assistentes HA De Hofstede")).toBe("external");
    expect(cls("huisartsen@dekoppel.nl", "Huisartsen De Koppel")).toBe("external");
    // a company's address-book entry carries its own name, which is its domain's
    expect(cls("po@scheldehavenlogistiek.nl", "P&O Scheldehaven Logistiek")).toBe("external");
    expect(cls("salaris@loonbureau-achterhoek.nl", "Loonbureau Achterhoek")).toBe("external");
  });

  it("a policy's known organisation domain is never a private person", () => {
    const policy = parsePolicy({ knownDomains: ["jansen-online.nl"] });
    expect(classifyAddress("piet@jansen-online.nl", practice, policy, "Piet Jansen")).toBe(
      "external"
    );
  });

  it("blocks patients at regional ISPs and own domains visible to each other", () => {
    const draft = emptyDraft({
      from: { address: "assistent@huisartsen-lindehof.nl", name: "Mirjam Assistent" },
      subject: "Uitnodiging groepsvoorlichting",
      body: "Beste deelnemers,\n\nHierbij de uitnodiging voor de voorlichtingsavond op 12 maart.\n\nMet vriendelijke groet,\nMirjam",
      to: [
        { address: "h.dekker@zeelandnet.nl" },
        { address: "fam.vos@caiway.nl" },
        { address: "jan@familie-jansen.nl" },
        { address: "t.bos@solcon.nl" },
      ],
    });
    const result = check(draft);
    expect(result.verdict.action).toBe("block");
    expect(result.verdict.hits.map((h) => h.rule)).toContain("visible-group-recipients");
  });
});
