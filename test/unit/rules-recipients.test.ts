import { visibleGroupRecipients } from "../../src/engine/rules/visibleGroupRecipients";
import { lookalikeDomain } from "../../src/engine/rules/lookalikeDomain";
import { recipientMismatch } from "../../src/engine/rules/recipientMismatch";
import { newRecipient } from "../../src/engine/rules/newRecipient";
import {
  editDistance,
  lookalikeOf,
  PRIVATE_MAIL_DOMAINS,
  registrableLabel,
} from "../../src/engine/recipients";
import { run } from "./ruleFixtures";

const privates = [
  "a.een@gmail.com",
  "b.twee@hotmail.com",
  "c.drie@ziggo.nl",
  "d.vier@kpnmail.nl",
].map((address) => ({ address }));

describe("visible-group-recipients (002 Praktijkregels: ontvangers zien niet naar wie nog meer)", () => {
  it("blocks patients visible to each other in To or Cc", () => {
    expect(run(visibleGroupRecipients, { draft: { to: privates.slice(0, 3) } })?.action).toBe(
      "block"
    );
    expect(
      run(visibleGroupRecipients, { draft: { to: [privates[0]], cc: privates.slice(1) } })?.action
    ).toBe("block");
  });

  it("blocks two when the salutation speaks to a group", () => {
    expect(
      run(visibleGroupRecipients, {
        draft: { to: privates.slice(0, 2), body: "Beste patiënten,\n\nWij verhuizen." },
      })
    ).not.toBeNull();
    expect(
      run(visibleGroupRecipients, {
        draft: { to: privates.slice(0, 2), body: "Beste meneer en mevrouw Een,\n\nTot morgen." },
      })
    ).toBeNull();
  });

  it("allows Bcc, organisations and a policy that raises the minimum", () => {
    expect(
      run(visibleGroupRecipients, {
        draft: { to: [{ address: "info@huisartsen-lindehof.nl" }], bcc: privates },
      })
    ).toBeNull();
    expect(
      run(visibleGroupRecipients, {
        draft: {
          to: [
            { address: "a@praktijk-een.nl" },
            { address: "b@praktijk-twee.nl" },
            { address: "c@praktijk-drie.nl" },
          ],
        },
      })
    ).toBeNull();
    expect(
      run(visibleGroupRecipients, {
        draft: { to: privates.slice(0, 3) },
        policy: { visibleGroupMinimum: 4 },
      })
    ).toBeNull();
  });
});

describe("lookalike-domain (000: dubbelcheck de geadresseerde)", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("gmial.com", "gmail.com")).toBe(1);
    expect(editDistance("outlok.com", "outlook.com")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("finds typos and homoglyphs of well-known domains", () => {
    const known = [
      "gmail.com",
      "hotmail.com",
      "outlook.com",
      "ziggo.nl",
      "kpnmail.nl",
      "huisartsen-lindehof.nl",
    ];
    expect(lookalikeOf("gmial.com", known)).toBe("gmail.com");
    expect(lookalikeOf("hotmial.com", known)).toBe("hotmail.com");
    expect(lookalikeOf("zigo.nl", known)).toBe("ziggo.nl");
    expect(lookalikeOf("kpnmial.nl", known)).toBe("kpnmail.nl");
    expect(lookalikeOf("gmai1.com", known)).toBe("gmail.com");
    expect(lookalikeOf("hotrnail.com", known)).toBe("hotmail.com");
    expect(lookalikeOf("huisartsen-lindenhof.nl", known)).toBe("huisartsen-lindehof.nl");
    expect(lookalikeOf("gmail.com", known)).toBeNull();
    expect(lookalikeOf("ziekenhuis-voorbeeld.nl", known)).toBeNull();
    expect(lookalikeOf("aon.com", ["aol.com"])).toBeNull();
    // a practice's or partner's long name two letters away is a related organisation, not a slip
    expect(lookalikeOf("ggdlimburgnoord.nl", ["jgzlimburgnoord.nl"])).toBeNull();
    expect(lookalikeOf("jgzlimburgnord.nl", ["jgzlimburgnoord.nl"])).toBe("jgzlimburgnoord.nl");
  });

  it("finds a slip in an international provider's label under another TLD", () => {
    const known = [...PRIVATE_MAIL_DOMAINS];
    expect(lookalikeOf("gmial.nl", known)).toBe("gmail.com");
    expect(lookalikeOf("gmai.nl", known)).toBe("gmail.com");
    expect(lookalikeOf("hotmial.be", known)).not.toBeNull();
    expect(lookalikeOf("hotmial.nl", known)).toBe("hotmail.nl");
    expect(lookalikeOf("outlok.nl", known)).toBe("outlook.nl");
    expect(lookalikeOf("outlok.be", known)).not.toBeNull();
    expect(lookalikeOf("yaho.nl", known)).toBe("yahoo.nl");
    expect(lookalikeOf("yahooo.de", known)).not.toBeNull();
    expect(lookalikeOf("gmial.co.uk", known)).toBe("gmail.com");
    expect(lookalikeOf("mail.hotmial.be", known)).not.toBeNull();
    expect(lookalikeOf("hotmai1.be", known)).not.toBeNull();
    // a slip of ".com" is still a typo
    expect(lookalikeOf("gmail.co", known)).toBe("gmail.com");
  });

  it("leaves correctly spelled providers under other TLDs, short labels and regional words alone", () => {
    const known = [...PRIVATE_MAIL_DOMAINS];
    for (const d of [
      "gmail.nl",
      "hotmail.be",
      "hotmail.fr",
      "outlook.de",
      "outlook.be",
      "yahoo.co.uk",
      "aol.nl",
      "gmx.nl",
      "gmz.de",
      "me.nl",
      "ziggo.com",
      "planes.be",
      "sonnet.com",
      "fysio-deltapark.nl",
    ])
      expect(lookalikeOf(d, known)).toBeNull();
  });

  it("takes the label just before the public suffix", () => {
    expect(registrableLabel("gmial.nl")).toBe("gmial");
    expect(registrableLabel("mail.gmial.co.uk")).toBe("gmial");
    expect(registrableLabel("praktijk.example.com")).toBe("example");
  });

  it("warns with the domain and what it resembles, and knows the policy's colleague domains", () => {
    const hit = run(lookalikeDomain, { draft: { to: [{ address: "henk@gmial.com" }] } });
    expect(hit?.action).toBe("warn");
    expect(hit?.explanation).toContain("gmail.com");
    expect(
      run(lookalikeDomain, { draft: { to: [{ address: "poli@ziekenhuis-voorbeeld.nl" }] } })
    ).toBeNull();
    expect(
      run(lookalikeDomain, {
        draft: { to: [{ address: "poli@ziekenhuis-voorbeld.nl" }] },
        policy: { knownDomains: ["ziekenhuis-voorbeeld.nl"] },
      })
    ).not.toBeNull();
  });
});

describe("recipient-mismatch (000 dubbelcheck; 002 adresboek)", () => {
  const med = { category: "medical" as const };
  it("warns when a PHI mail greets someone else", () => {
    expect(
      run(recipientMismatch, {
        ...med,
        draft: {
          to: [{ address: "marleen.h@live.nl", name: "Marleen Hoekstra" }],
          body: "Beste mevrouw Prins,\n\nUw uitslag...",
        },
      })?.action
    ).toBe("warn");
    expect(
      run(recipientMismatch, {
        ...med,
        draft: {
          to: [{ address: "e.smit@ezorg.nl", name: "E. Smit, orthopedisch chirurg" }],
          body: "Geachte collega Bakker,\n",
        },
      })
    ).not.toBeNull();
    expect(
      run(recipientMismatch, {
        ...med,
        draft: {
          to: [{ address: "r.v@praktijk.nl", name: "Rick Vermeulen" }],
          body: "Hoi Fatima,\n",
        },
      })
    ).not.toBeNull();
  });

  it("accepts first names, surnames with particles, initials and the address when there is no display name", () => {
    const fits = [
      { to: { address: "marleen.h@live.nl", name: "Marleen Hoekstra" }, body: "Beste Marleen,\n" },
      {
        to: { address: "kvd@hotmail.com", name: "Kevin van Dijk" },
        body: "Beste meneer Van Dijk,\n",
      },
      {
        to: { address: "m.oosterhuis@zkh.nl", name: "Oosterhuis, M." },
        body: "Beste Marjolein,\n",
      },
      {
        to: { address: "fam.kuiper@planet.nl", name: "fam. Kuiper" },
        body: "Beste mevrouw Kuiper,\n",
      },
      { to: { address: "jandegroot@kpnmail.nl" }, body: "Beste meneer De Groot,\n" },
      {
        to: { address: "m.vanrijn@praktijk.nl", name: "Maarten van Rijn" },
        body: "Hoi Maarten (cc Anja, casemanager),\n",
      },
    ];
    for (const f of fits)
      expect(run(recipientMismatch, { ...med, draft: { to: [f.to], body: f.body } })).toBeNull();
  });

  it("stays quiet without PHI, for group or generic salutations, and for organisation mailboxes", () => {
    const wrong = {
      to: [{ address: "jan@kpnmail.nl", name: "Jan de Groot" }],
      body: "Beste meneer Smit,\n",
    };
    expect(run(recipientMismatch, { category: "general", draft: wrong })).toBeNull();
    expect(
      run(recipientMismatch, { ...med, draft: { ...wrong, body: "Beste patiënt,\n" } })
    ).toBeNull();
    expect(
      run(recipientMismatch, { ...med, draft: { ...wrong, body: "Geachte heer, mevrouw,\n" } })
    ).toBeNull();
    expect(
      run(recipientMismatch, {
        ...med,
        draft: {
          to: [
            { address: "loon@salarisbureau.nl", name: "Salarisbureau Midden - loonadministratie" },
          ],
          body: "Beste Wilma,\n",
        },
      })
    ).toBeNull();
    expect(
      run(recipientMismatch, {
        ...med,
        draft: {
          to: [{ address: "praktijk.k@lms.lifeline.nl", name: "Huisartsenpraktijk Keizerslanden" }],
          body: "Beste collega Aydin,\n",
        },
      })
    ).toBeNull();
  });
});

describe("recipient-mismatch: organisations, roles and Cc", () => {
  const med = { category: "medical" as const };
  it("stays quiet for a person greeted at an organisation's or a role's mailbox", () => {
    const orgs = [
      { address: "hadorpsweg@lms.lifeline.nl", name: "Huisartsen Dorpsweg-Noord" },
      { address: "apotheek.molen@lms.lifeline.nl", name: "Apotheek De Molen" },
      { address: "t.west@voorbeeldzkh.nl", name: "Team Wondzorg West" },
      { address: "cardio@voorbeeldzkh.nl", name: "Polikliniek Cardiologie" },
      { address: "declaraties@verzekeraar.nl", name: "Zorgverzekeraar Voorbeeld" },
      { address: "assistentes@huisartsen-lindehof.nl", name: "Hendriks" },
      { address: "balie@fysio-voorbeeld.nl", name: "Karin" },
      { address: "secretariaat@voorbeeldzkh.nl" },
      { address: "planning@thuiszorg-voorbeeld.nl" },
      { address: "info@tandarts-voorbeeld.nl" },
    ];
    for (const to of orgs)
      expect(
        run(recipientMismatch, {
          ...med,
          draft: {
            to: [to],
            cc: [{ address: "p.jansen@gmail.com", name: "Pieter Jansen" }],
            body: "Geachte collega Verhoef,\n\nBijgaand de uitslag.",
          },
        })
      ).toBeNull();
  });

  it("compares the salutation with every To recipient, not with the patient in Cc", () => {
    const draft = {
      to: [
        { address: "l.mulder@fysio-voorbeeld.nl", name: "Lotte Mulder" },
        { address: "r.verhoef@fysio-voorbeeld.nl", name: "Ruud Verhoef" },
      ],
      cc: [{ address: "p.jansen@gmail.com", name: "Pieter Jansen" }],
      body: "Beste collega Verhoef,\n\nMeneer Jansen (in cc) komt volgende week.",
    };
    expect(run(recipientMismatch, { ...med, draft })).toBeNull();
  });

  it("still warns when a person's mailbox in To is greeted by another name", () => {
    expect(
      run(recipientMismatch, {
        ...med,
        draft: {
          to: [{ address: "l.mulder@fysio-voorbeeld.nl", name: "Lotte Mulder" }],
          cc: [{ address: "p.jansen@gmail.com", name: "Pieter Jansen" }],
          body: "Beste collega Verhoef,\n\nMeneer Jansen komt volgende week.",
        },
      })?.action
    ).toBe("warn");
    expect(
      run(recipientMismatch, {
        ...med,
        draft: {
          to: [{ address: "j.postma@voorbeeldzkh.nl", name: "Jelle Postma" }],
          body: "Geachte collega Dijkman,\n",
        },
      })
    ).not.toBeNull();
    expect(
      run(recipientMismatch, {
        ...med,
        draft: {
          to: [{ address: "ward.smit@live.nl" }],
          body: "Beste mevrouw Prins,\n",
        },
      })
    ).not.toBeNull();
  });
});

describe("recipient-mismatch: an organisation's entry that names one person", () => {
  const med = { category: "medical" as const };
  const pharmacist = {
    address: "wnoord@apotheek-voorbeeld.nl",
    name: "Apotheek Voorbeeld-Noord, M. Veldman",
  };
  const greet = (to: { address: string; name?: string }, body: string) =>
    run(recipientMismatch, { ...med, draft: { to: [to], body } });

  it("warns when the greeted first name does not fit the person's initial or first name", () => {
    expect(greet(pharmacist, "Beste Harm,\n")?.action).toBe("warn");
    expect(
      greet({ address: "balie@fysio-oost.nl", name: "Karin de Wit - Fysio Oost" }, "Hoi Anja,\n")
    ).not.toBeNull();
    expect(
      greet(
        { address: "cardio@zkh-voorbeeld.nl", name: "Polikliniek Cardiologie (dr. P.J. de Vries)" },
        "Beste Harm,\n"
      )
    ).not.toBeNull();
    // a surname after a title is compared with the surname, not with the initial
    expect(greet(pharmacist, "Beste mevrouw Mulder,\n")).not.toBeNull();
  });

  it("stays quiet where the greeting could be that person, and for entries without a full name", () => {
    for (const body of [
      "Beste Marieke,\n",
      "Beste mevrouw Veldman,\n",
      "Beste collega,\n",
      "Beste apotheker,\n",
      "Beste allemaal,\n",
    ])
      expect(greet(pharmacist, body)).toBeNull();
    expect(
      greet({ address: "balie@fysio-oost.nl", name: "Karin de Wit - Fysio Oost" }, "Hoi Karin,\n")
    ).toBeNull();
    // a bare surname or first name next to the organisation could be anyone's: not checked
    for (const name of [
      "Maatschap Huisartsen, Dr. Jansen",
      "Apotheek Oost, Harm",
      "Apotheek Jan Steen",
    ])
      expect(greet({ address: "info@apotheek-oost.nl", name }, "Beste Pieter,\n")).toBeNull();
    // no PHI, no warning
    expect(
      run(recipientMismatch, {
        category: "general",
        draft: { to: [pharmacist], body: "Beste Harm,\n" },
      })
    ).toBeNull();
  });
});

describe("recipient-mismatch: branches and organisation names are not a person", () => {
  const med = { category: "medical" as const };
  const greet = (to: { address: string; name?: string }, body: string) =>
    run(recipientMismatch, { ...med, draft: { to: [to], body } });

  it("stays quiet for a branch of an organisation, whatever the local part", () => {
    const branches = [
      {
        address: "locatie.vianen@kdv-voorbeeld.nl",
        name: "Kinderdagverblijf De Kikker, locatie Vianen",
      },
      { address: "vianen@kdv-voorbeeld.nl", name: "Kinderdagverblijf De Kikker, locatie Vianen" },
      { address: "m.oord@opvang-voorbeeld.nl", name: "De Kikker, locatie Vianen" },
      { address: "oost@voorbeeldzorg.nl", name: "Het Anker - vestiging Oost" },
      { address: "noord@voorbeeld-hap.nl", name: "De Linde, post Noord" },
      { address: "info@voorbeeld.nl", name: "De Kikker, locatie Vianen" },
      { address: "vestiging.zuid@voorbeeld.nl", name: "Jansen" },
    ];
    for (const to of branches) expect(greet(to, "Beste Joyce,\n\nBijgaand de uitslag.")).toBeNull();
  });

  it("still warns for a named person at a branch, and a Postma is still a person", () => {
    // a surname Post is a person, "post Noord" a branch
    expect(
      greet({ address: "marijke.post@hetnet.nl", name: "Marijke Post" }, "Beste Jolanda,\n")?.action
    ).toBe("warn");
    expect(
      greet(
        { address: "info@apotheek-voorbeeld.nl", name: "Apotheek Winschoten-Noord, M. Veldman" },
        "Beste Harm,\n"
      )?.action
    ).toBe("warn");
    expect(
      greet(
        {
          address: "locatie.vianen@kdv-voorbeeld.nl",
          name: "De Kikker, locatie Vianen, Karin de Wit",
        },
        "Beste Joyce,\n"
      )?.action
    ).toBe("warn");
    expect(
      greet(
        {
          address: "locatie.vianen@kdv-voorbeeld.nl",
          name: "De Kikker, locatie Vianen, Karin de Wit",
        },
        "Beste Karin,\n"
      )
    ).toBeNull();
    expect(
      greet({ address: "j.postma@voorbeeldzkh.nl", name: "Jelle Postma" }, "Beste Joyce,\n")?.action
    ).toBe("warn");
  });
});

describe("new-recipient (000 dubbelcheck; needs the mailbox history)", () => {
  const draft = { to: [{ address: "nieuw@ziekenhuis-voorbeeld.nl" }] };
  it("warns for PHI to an address never written to", () => {
    expect(
      run(newRecipient, { draft, category: "medical", knownRecipient: () => false })?.action
    ).toBe("warn");
  });
  it("is skipped without a history, for known addresses and for mail without PHI", () => {
    expect(run(newRecipient, { draft, category: "medical" })).toBeNull();
    expect(
      run(newRecipient, { draft, category: "medical", knownRecipient: () => true })
    ).toBeNull();
    expect(
      run(newRecipient, { draft, category: "general", knownRecipient: () => false })
    ).toBeNull();
  });
});
