/**
 * Text written to slip past a reader of words (red team): a word spelled out letter by letter and a
 * right-to-left override that shows reversed letters as the word. The mail must be kept back as the
 * same mail in plain words is. Fictitious.
 */
import { check } from "../../src/engine";
import { emptyDraft } from "../../src/engine/draft";
import { draftFromEml } from "../../src/cli/eml";
import { htmlToText } from "../../src/engine/text/html";
import PostalMime from "postal-mime";
import { readdirSync, readFileSync } from "fs";
import * as path from "path";

const result = (body: string) =>
  check(
    emptyDraft({
      from: { address: "s.bakker@huisartsenpraktijk-delinde.nl", name: "Sanne Bakker" },
      to: [{ address: "pietmulder@ziggo.nl", name: "Piet Mulder" }],
      subject: "bericht",
      body,
    })
  );
const send = (body: string) => result(body).verdict.action;
const medicalWords = (body: string) =>
  result(body)
    .findings.filter((f) => f.type === "medical")
    .map((f) => f.text);

const PLAIN =
  "Beste Piet,\n\nJe uitslag: je hemoglobine is te laag. Je krijgt ijzertabletten.\n\nGroet,\nSanne";

test("the plain mail is kept back", () => {
  expect(send(PLAIN)).toBe("secure");
});

test.each([
  [
    "spelled out with hyphens and spaces",
    "Beste Piet,\n\nJe u-i-t-s-l-a-g: je h e m o g l o b i n e is te laag.\n\nGroet,\nSanne",
    "h e m o g l o b i n e",
  ],
  [
    "spelled out with dots",
    "Beste Piet,\n\nJe c.h.l.a.m.y.d.i.a-test was goed.\n\nGroet,\nSanne",
    "c.h.l.a.m.y.d.i.a",
  ],
  [
    "digits for look-alike letters",
    "Beste Piet,\n\nJe h1v-test en de s0a-test waren negatief.\n\nGroet,\nSanne",
    "h1v",
  ],
  [
    "reversed behind a right-to-left override",
    "Beste Piet,\n\nJe \u202Egalstiu\u202C: je \u202Eenibolgomeh\u202C is te laag.\n\nGroet,\nSanne",
    "enibolgomeh",
  ],
])("%s is read as the word and kept back", (_kind, body, asWritten) => {
  expect(medicalWords(body)).toContain(asWritten);
  expect(send(body)).toBe("secure");
});

test("codes and dosages with digits stay what they are", () => {
  expect(
    medicalWords(
      "Beste Piet,\n\nIk heb A4-papier en een 3D-printer besteld, de 5G-router komt dinsdag.\n\nGroet,\nSanne"
    )
  ).toEqual([]);
});

test("a result written with look-alike digits is a result: 'De test was p0sitief op chlamyd1a.'", () => {
  expect(send("Beste Piet,\n\nDe test was p0sitief op chlamyd1a.\n\nGroet,\nSanne")).toBe("secure");
  expect(send("Beste Piet,\n\nDe test was p0sitief op chlamyd1a.\n\nGroet,\nSanne")).toBe(
    send("Beste Piet,\n\nDe test was positief op chlamydia.\n\nGroet,\nSanne")
  );
});

test("an abbreviation written with dots is the abbreviation: 's.o.a.', 'A.D.H.D.'", () => {
  expect(
    medicalWords("Beste Piet,\n\nU heeft een s.o.a. Het recept ligt klaar.\n\nGroet,\nSanne")
  ).toContain("s.o.a.");
  expect(send("Beste Piet,\n\nU heeft een s.o.a. Het recept ligt klaar.\n\nGroet,\nSanne")).toBe(
    "secure"
  );
  expect(
    medicalWords("Beste Piet,\n\nUw zoon heeft volgens de school A.D.H.D.\n\nGroet,\nSanne")
  ).toContain("A.D.H.D");
  // everyday abbreviations with dots are no care words
  expect(
    medicalWords(
      "Beste Piet,\n\nI.v.m. de verbouwing t.a.v. de balie graag z.s.m. s.v.p. even bellen.\n\nGroet,\nSanne"
    )
  ).toEqual([]);
});

describe("a disguised mail is read a second time in plain letters", () => {
  // to a school: only the named pupil makes the mail about someone, so the name must be read
  const toSchool = (body: string) =>
    check(
      emptyDraft({
        from: { address: "s.bakker@huisartsenpraktijk-delinde.nl", name: "Sanne Bakker" },
        to: [{ address: "gym@obsdewaterlelie.nl" }],
        subject: "gym",
        body,
      })
    ).verdict.action;
  const KEPT =
    "Beste Carla,\n\nJesse is bij ons geweest voor een echo: een kleine scheur in de knie. Hij mag twee weken niet meedoen met gym.\n\nGroet,\nSanne";
  const FREE =
    "Beste Carla,\n\nDe praktijk is op vrijdag 24 december vanaf 12 uur gesloten. Voor spoed belt u de huisartsenpost.\n\nGroet,\nSanne";
  const fullWidth = (s: string) =>
    s.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const accents = (s: string) => s.replace(/([aeiou])/g, "$1\u0301");
  const capitals = (s: string) => s.toUpperCase();

  test.each([
    ["full-width letters", fullWidth],
    ["a combining accent on every vowel", accents],
    ["all in capitals", capitals],
  ])("%s: a pupil's injury is kept back, the closing notice goes", (_kind, disguise) => {
    expect(toSchool(KEPT)).toBe("secure");
    expect(toSchool(disguise(KEPT))).toBe("secure");
    expect(toSchool(disguise(FREE))).toBe("allow");
  });

  test("capitals alone do not make ordinary words names ('DOOR', 'BAL', 'BOVEN')", () => {
    expect(
      toSchool(
        "BESTE CARLA,\n\nDOOR DE STORM IS DE BAL BOVEN OP HET DAK BELAND. DE GYMZAAL IS MORGEN GEWOON OPEN.\n\nGROET,\nSANNE"
      )
    ).toBe("allow");
  });
});

test("in capitals, a surname after an initial and a form of address is a person", () => {
  expect(
    check(
      emptyDraft({
        from: { address: "s.bakker@huisartsenpraktijk-delinde.nl", name: "Sanne Bakker" },
        to: [{ address: "planning@thuiszorgwest.nl" }],
        subject: "stoma",
        body: "BESTE COLLEGA,\n\nMEVROUW W. SMIT KRIJGT VANAF MAANDAG EEN NIEUWE STOMAPLAAT VAN 50 MM. KUNNEN JULLIE DE VERZORGING OVERNEMEN?\n\nGROET,\nSANNE",
      })
    ).verdict.action
  ).toBe("secure");
});

describe("a second reading of quoted and hard-wrapped text", () => {
  const HOME_CARE = { address: "planning@thuiszorgdelinde.nl", name: "Thuiszorg De Linde" };
  const DAUGHTER = [{ address: "m.dekker@telfort.nl", name: "Marja Dekker" }];
  const send = (body: string) =>
    check(emptyDraft({ from: HOME_CARE, to: DAUGHTER, subject: "uw moeder", body })).verdict.action;
  const quoteAll = (s: string) =>
    s
      .split("\n")
      .map((l) => "> " + l)
      .join("\n");
  const KEPT =
    "Beste mevrouw Dekker,\n\nVanochtend om 8.15 uur stonden wij bij uw moeder (Kerkstraat 12) voor de deur, maar er werd niet opengedaan. Telefonisch kregen we ook geen gehoor. Weet u of zij bij u is?\n\nWilt u ons even terugbellen? Als we niks horen komt de collega om 11 uur nog een keer langs.\n\nMet vriendelijke groet,\nThuiszorg De Linde";
  const FREE =
    "Beste mevrouw Dekker,\n\nVan 24 december tot en met 2 januari is ons kantoor alleen 's ochtends open, van 8 tot 12 uur. De zorg thuis gaat gewoon door; voor vragen over de planning belt u het vaste nummer.\n\nMet vriendelijke groet,\nThuiszorg De Linde";

  test("a forward that passes on only a quoted visit to a relative is kept back", () => {
    expect(send(KEPT)).toBe("secure");
    expect(send(quoteAll(KEPT))).toBe("secure");
  });

  test("a forward that passes on only quoted practice news goes", () => {
    expect(send(quoteAll(FREE))).toBe("allow");
  });

  test("'U staat donderdag 17 december om 14.10 uur bij dokter Ramdin' is an appointment", () => {
    const v = check(
      emptyDraft({
        from: { address: "balie@huisartsramdin.nl", name: "Huisartsenpraktijk Ramdin" },
        to: [{ address: "kveenstra@kabelfoon.nl", name: "Kees Veenstra" }],
        subject: "afspraak",
        body: "Goedemiddag meneer Veenstra,\n\nU staat donderdag 17 december om 14.10 uur bij dokter Ramdin. Wilt u 5 minuten eerder aanwezig zijn?\n\nMet vriendelijke groet,\nDemi",
      })
    );
    expect(v.category).toBe("logistic");
    expect(v.verdict.action).toBe("secure");
  });
});

test.each([72, 40])(
  "a therapist's update on a named pupil hard-wrapped at %i columns is read as one text",
  (width) => {
    const body =
      "Hoi Hanneke,\n\nKorte terugkoppeling over Sem uit groep 5, zijn vader vond het goed dat ik jou even bijpraat.\n\nHet gaat echt beter, hij blijft minder lang hangen op de eerste klank en durft in de therapie weer zelf te beginnen met vertellen. Wat hij nog lastig vindt is hardop lezen in de kring, dus als hij dat een paar weken mag overslaan zou dat fijn zijn.\n\nIk zie hem tot eind februari nog wekelijks op dinsdag.\n\nGroet,\nFemke";
    const wrapped = body
      .split("\n")
      .map((line) => line.replace(new RegExp(`(.{1,${width}})(\\s+|$)`, "g"), "$1\n").trimEnd())
      .join("\n");
    const v = check(
      emptyDraft({
        from: { address: "femke@logopedie-spreekwijs.nl", name: "Femke" },
        to: [{ address: "h.schuurman@obs-dewereld.nl", name: "Hanneke Schuurman" }],
        subject: "Sem",
        body: wrapped,
      })
    );
    expect(v.verdict.action).toBe("secure");
  }
);

describe("a forward that passes on only a quoted mail is read as that mail", () => {
  // corpus-extra mails (fictitious), their whole body quoted as a forward without a note
  const quotedAll = async (stem: string) => {
    const dir = path.join(__dirname, "..", "corpus-extra");
    const file = readdirSync(dir).find((f) => f.startsWith(stem + "-") && f.endsWith(".eml"))!;
    const draft = await draftFromEml(new Uint8Array(readFileSync(path.join(dir, file))));
    const body = draft.body
      .split("\n")
      .map((l) => "> " + l)
      .join("\n");
    return check({ ...draft, body }).verdict.action;
  };

  test.each([
    ["x1130", "a pharmacy's comments on a municipal waste page"],
    ["x1193", "holiday cover arrangements between practices"],
    ["x1336", "signs of speech problems for a school"],
  ])("%s (%s) goes as it does unquoted", async (stem) => {
    expect(await quotedAll(stem)).toBe("allow");
  });

  test("x1237 (home care found no one at a father's door) stays kept back", async () => {
    expect(await quotedAll("x1237")).toBe("secure");
  });
});

test("a text broken after every word is read as one text", () => {
  const body =
    "Hoi Hanneke,\n\nKorte terugkoppeling over Sem uit groep 5, zijn vader vond het goed dat ik jou even bijpraat. Het gaat beter, hij durft in de therapie weer zelf te beginnen met vertellen. Hardop lezen in de kring vindt hij nog lastig.\n\nGroet,\nFemke";
  const v = check(
    emptyDraft({
      from: { address: "femke@logopedie-spreekwijs.nl", name: "Femke" },
      to: [{ address: "h.schuurman@obs-dewereld.nl", name: "Hanneke Schuurman" }],
      subject: "terugkoppeling",
      body: body.replace(/ /g, "\n"),
    })
  );
  expect(v.verdict.action).toBe("secure");
});

test("a leaflet text for an editor, as Outlook gives it from HTML (filled lines, no blank lines), still goes", async () => {
  // x304 (corpus-extra): each line a <br>; the lines ending a sentence end a paragraph and stay apart
  const dir = path.join(__dirname, "..", "corpus-extra");
  const file = readdirSync(dir).find((f) => f.startsWith("x304-"))!;
  const raw = readFileSync(path.join(dir, file));
  const draft = await draftFromEml(new Uint8Array(raw));
  const html = (await PostalMime.parse(raw)).html;
  expect(html).toBeDefined();
  const body = htmlToText(html!).text;
  expect(body).not.toMatch(/\n\n/);
  expect(check({ ...draft, body }).verdict.action).toBe("allow");
});
