import fc from "fast-check";
import { detectName } from "../../src/engine/detect/name";
import { detectDate } from "../../src/engine/detect/date";
import { normalizeText } from "../../src/engine/text/normalize";
import type { Where } from "../../src/engine/types";
import { senderNameParts as senderNamePartsOf } from "../../src/engine/classify";

// All names below are fictitious.
function names(text: string, sender = "Eva Hoogland", where: Where = "body"): string[] {
  const senderNameParts = senderNamePartsOf({ from: { name: sender, address: "x@voorbeeld.nl" } });
  return detectName({ norm: normalizeText(text), where, senderNameParts }).map((f) => f.text);
}

describe("name: forms of address and titles", () => {
  it.each([
    ["Beste mevrouw De Boer,", ["De Boer"]],
    ["Geachte heer Van der Linden,", ["Van der Linden"]],
    ["Dhr. Mulder (geb. 02-11-1949) belde.", ["Mulder"]],
    ["Mw. J.W. Smit, geb. 14 juli 1961", ["J.W. Smit"]],
    ["Mevr. F. Öztürk heeft hoge RR.", ["F. Öztürk"]],
    ["De brief van dr. Hoekstra is binnen.", ["Hoekstra"]],
    ["Overleg met prof. dr. K. van Dalen.", ["K. van Dalen"]],
    ["Uw afspraak bij drs. W.F. ter Horst is verzet.", ["W.F. ter Horst"]],
    ["Mw. in 't Veld belt u nog.", ["in 't Veld"]],
    ["de medicatie van uw vader, de heer Jan Brouwer, is aangepast", ["Jan Brouwer"]],
    ["Dear Ms Carter, your results are in.", ["Carter"]],
    ["Patient transfer: Mr Daniel O'Connor, DOB 17/05/1984", ["Daniel O'Connor"]],
    ["I refer Mrs. Jane Doe to you.", ["Jane Doe"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("reports names that are ordinary words only in a name context", () => {
    expect(names("Beste meneer Bakker,")).toEqual(["Bakker"]);
    expect(names("Mw. Groen (di 8.30): frozen shoulder.")).toEqual(["Groen"]);
    expect(
      names("Kun je de bakker bellen? De visser ving veel vis. Het wordt groen en de roos bloeit.")
    ).toEqual([]);
    expect(names("Koster, Kok en Smit zijn beroepen.")).toEqual([]);
  });
});

describe("name: roles and relations", () => {
  it.each([
    ["Geachte collega Schuurman,", ["Schuurman"]],
    ["Dokter Hendriks heeft de uitslagen bekeken.", ["Hendriks"]],
    ["Helaas is tandarts Mertens dinsdag afwezig.", ["Mertens"]],
    ["tandarts Floor Mertens werkt die week ook", ["Floor Mertens"]],
    ["De afspraak van uw zoon Lucas is om 16.00 uur.", ["Lucas"]],
    ["Apotheker Hanneke Brouwer heeft overlegd.", ["Hanneke Brouwer"]],
    ["Huisarts: dokter A.M. Kok", ["A.M. Kok"]],
    ["dokter Van Rijn heeft de medicatie aangepast", ["Van Rijn"]],
    ["Naam: Fleur de Boer", ["Fleur de Boer"]],
    ["could your colleague Stefan do the installation?", ["Stefan"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("reads 'de zus van Tessa' as a relation, not as the surname 'van Tessa'", () => {
    expect(
      names("Als mantelzorger is de zus van Tessa gemachtigd. De psychiater van David belt.")
    ).toEqual(["Tessa", "David"]);
    expect(names("U kunt terecht bij dokter van Dam.")).toEqual(["van Dam"]);
  });

  it("does not take organisations or places after a role for names", () => {
    expect(names("Een overzicht van huisartsen in Amersfoort staat online.")).toEqual([]);
    expect(
      names("praktijkmanager\nHuisartsen Kloosterveld\nKloosterveldweg 5, 9403 AB Assen")
    ).toEqual([]);
    expect(names("huisarts\nHuisartsenpraktijk De Weide")).toEqual([]);
    expect(names("Beste patiënt,\n\nIn verband met de vakantie zijn we dicht.")).toEqual([]);
  });
});

describe("name: salutations, closings and reply headers", () => {
  it("finds names after greetings", () => {
    expect(names("Hoi Roos,\n\nBij deze de bevestiging.")).toEqual(["Roos"]);
    expect(names("Beste Tim Groen,\n\nHierbij bevestigen wij uw intake.")).toEqual(["Tim Groen"]);
    expect(names("Hi Anna,\n\nAs promised, here is your programme.")).toEqual(["Anna"]);
    expect(names("Hoi Maarten (cc Anja, casemanager),")).toEqual(["Maarten", "Anja"]);
  });

  it("tags the greeted name (for the recipient-mismatch rule), and only that one", () => {
    const found = detectName({
      norm: normalizeText("Beste mevrouw De Boer,\n\nDokter Hendriks belt u.\n\nHoi Sanne,"),
      where: "body",
      senderNameParts: [],
    });
    expect(found.map((f) => [f.text, f.tags ?? []])).toEqual([
      ["De Boer", ["salutation"]],
      ["Hendriks", []],
      ["Sanne", ["salutation"]],
    ]);
  });

  it("takes a capitalised interfix after a greeting as the start of a surname, but not a day's name", () => {
    expect(names("Beste Van Dalen,\n\nDag van de Mantelzorg\nHoi De Wit,")).toEqual([
      "Van Dalen",
      "De Wit",
    ]);
  });

  it("does not take greetings to groups for names", () => {
    expect(
      names("Beste collega's,\n\nHallo allemaal,\nBeste lezer,\nGoedemorgen,\nDear doctor,")
    ).toEqual([]);
  });

  it("finds the writer of a quoted message and skips the sender's own signature", () => {
    const text =
      "Beste meneer Hoek,\n\nWij zijn open.\n\nMet vriendelijke groet,\n\nKim Dijkman\nTandartsenpraktijk Het Lindeplein\n\n" +
      "Op 10 mrt. 2025 om 19:02 schreef Piet Hoek <pietjehoek@example.nl>:\n> Hallo, wanneer zijn jullie open?\n> Groet Piet Hoek";
    expect(names(text, "Kim Dijkman")).toEqual(["Hoek", "Piet Hoek", "Piet Hoek"]);
  });

  it("reads Outlook and English reply headers, including 'Surname, I.'", () => {
    expect(
      names(
        "Van: Naomi Smeets <naomi@example.com>\nVerzonden: zondag 16 maart 2025 20:37",
        "Mark van der Hoek"
      )
    ).toEqual(["Naomi Smeets"]);
    expect(
      names(
        "Van: Oosterhuis, M. <m.oosterhuis@example.nl>\nAan: W. Zijlstra <w.zijlstra@example.nl>",
        "Wouter Zijlstra"
      )
    ).toEqual(["Oosterhuis, M."]);
    expect(names("On Mon, 10 Mar 2025 at 08:14, Emily Carter <emily@example.com> wrote:")).toEqual([
      "Emily Carter",
    ]);
    expect(names("Van: Jolanda Koster [mailto:jolanda@example.nl]")).toEqual(["Jolanda Koster"]);
  });

  it("takes an unknown first name alone under a closing for a signature", () => {
    expect(names("> Dank je!\n> Groetjes,\n> Yfke")).toEqual(["Yfke"]);
    expect(names("Met vriendelijke groet,\nHuisartsenpraktijk Zuid")).toEqual([]);
  });

  it("does not take a service desk or practice in a reply header for a person", () => {
    expect(
      names(
        "Op 11 mrt. 2025 om 16:05 schreef Servicedesk ZorgICT Partners <servicedesk@example.nl>:"
      )
    ).toEqual([]);
    expect(
      names("Met vriendelijke groet,\nnamens het team van Huisartsenpraktijk Het Veer,")
    ).toEqual([]);
  });
});

describe("name: first names, initials, double surnames", () => {
  it.each([
    ["Bij vragen kun je Niels bellen.", ["Niels"]],
    ["Morgen belt Jan-Peter je terug.", ["Jan-Peter"]],
    ["Het contract van Priscilla Martina loopt af.", ["Priscilla Martina"]],
    ["Zijn moeder Sandra is altijd mee.", ["Sandra"]],
    ["Jesse van Dongen (do 16.30, 14 jaar): Osgood-Schlatter.", ["Jesse van Dongen"]],
    ["Graag verwijs ik P.J. de Vries naar u.", ["P.J. de Vries"]],
    ["haar dochter, mevrouw Bos-Kramer, regelt de medicatie", ["Bos-Kramer"]],
    ["voor mw. C. Visser-Bakker (geb. 24 oktober 1940)", ["C. Visser-Bakker"]],
    ["Met vriendelijke groet,\nA. de Jong-van Beek", ["A. de Jong-van Beek"]],
    [
      "Verwijzing dhr. Th. de Vries en mw. Chr. Bakker-IJzerman.",
      ["Th. de Vries", "Chr. Bakker-IJzerman"],
    ],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("finds a first name again after it was seen as a name, also at the start of a sentence", () => {
    expect(names("Welkom Sara Lindqvist\nSara werkte hiervoor in Rotterdam.")).toEqual([
      "Sara Lindqvist",
      "Sara",
    ]);
  });

  it("reports the maximal span, not its parts", () => {
    expect(names("Groeten,\nAns de Boer")).toEqual(["Ans de Boer"]);
  });

  it("does not take initials before an ordinary word, or a bacterium, for a name", () => {
    expect(names("De kweek laat een E. coli zien. N.B. Graag nuchter komen.")).toEqual([]);
  });

  it("ignores words inside e-mail addresses and links", () => {
    expect(
      names(
        "Mail naar P.Jansen@example.nl of Sanne.Bakker@example.com, zie www.Praktijk-DeVries.nl/Jan-Peter"
      )
    ).toEqual([]);
  });

  it("ignores a first name that is part of an organisation or follows an article", () => {
    expect(
      names("Apotheek Sint Anna en Gezondheidscentrum Maria Oord geven de griepprik.")
    ).toEqual([]);
    expect(names("Op een Mac kunt u The Unarchiver gebruiken.")).toEqual([]);
    expect(
      names("Zij is verwezen naar het Catharina Ziekenhuis en daarna naar Maxima Medisch Centrum.")
    ).toEqual([]);
  });
});

describe("name: eponyms and the sender", () => {
  it("does not report eponymous diseases", () => {
    expect(
      names(
        "Thuiswonend met de ziekte van Alzheimer; ook de ziekte van Crohn en Parkinson. Osgood-Schlatter."
      )
    ).toEqual([]);
  });

  it("still reports a person with such a surname when addressed as one", () => {
    expect(names("Beste meneer Parkinson,")).toEqual(["Parkinson"]);
  });

  it("never reports the sender's own name, also as initials or first name only", () => {
    const sender = "Anne-Marie Kok";
    expect(names("Met collegiale groet,\n\nA.M. Kok, huisarts", sender)).toEqual([]);
    expect(names("Groet,\nAnne-Marie", sender)).toEqual([]);
    expect(names("Anne-Marie Kok\nhuisarts", sender)).toEqual([]);
  });

  it("a name in a table cell ends at the cell's tab, before the address in the next cell", () => {
    expect(names("Femke Jansen\tAssendorperstraat 81\tdi 8 dec 10.00")).toEqual(["Femke Jansen"]);
  });

  it("a street named after someone, with its house number, is no name ('Laan van Nova 3')", () => {
    expect(names("Leveren aan de achterkant van Laan van Nova 3, vraag naar de balie.")).toEqual(
      []
    );
    expect(names("Ik sprak Jan van Nova gisteren.")).toEqual(["Jan van Nova"]);
  });

  it("a greeting to a role made specific with a hyphen ('Beste Wmo-consulent,') names no one", () => {
    expect(names("Beste Wmo-consulent,\n\nNamens mevrouw Geertje de Boer vraag ik")).toEqual([
      "Geertje de Boer",
    ]);
    expect(names("Beste Anne-Marie,\n\nDank voor je mail.")).toEqual(["Anne-Marie"]);
  });

  it("knows the sender's initial from a titled display name ('dr. P. Lammers')", () => {
    expect(names("Met vriendelijke groet,\n\ndr. P. Lammers, huisarts", "dr. P. Lammers")).toEqual(
      []
    );
    // another person with the sender's surname and another initial is still someone else
    expect(names("Mevrouw H. Lammers belde vanochtend.", "dr. P. Lammers")).toEqual(["H. Lammers"]);
  });

  it("knows the sender's surname also from a 'Surname, First' display name", () => {
    expect(
      names("Met vriendelijke groet,\n\nKimberley Dijkman\nassistente", "Dijkman, Kim")
    ).toEqual([]);
  });

  it("does report someone else with the sender's surname when addressed as a patient", () => {
    expect(names("Dhr. Kok belde vanochtend.", "Anne-Marie Kok")).toEqual(["Kok"]);
  });
});

describe("name: names from many backgrounds and signature variants", () => {
  it("knows Turkish, Moroccan, Surinamese and Polish names with their diacritics", () => {
    expect(names("Vandaag belde Büşra over haar moeder. Ook Ayşe en Agnieszka waren er.")).toEqual([
      "Büşra",
      "Ayşe",
      "Agnieszka",
    ]);
    expect(names("Mevr. Ş. Yıldırım (geb. 5-6-1988) belde.")).toEqual(["Ş. Yıldırım"]);
  });

  it("treats a signature with the sender's surname as the sender's own", () => {
    expect(names("Met vriendelijke groet,\n\nThijs van Aalst\npsycholoog", "T. van Aalst")).toEqual(
      []
    );
    // but not in a quoted message from someone else
    expect(names("> Groeten,\n> Ans van Aalst", "T. van Aalst")).toEqual(["Ans van Aalst"]);
  });

  it("takes a surname after 'dokter' even when it is an ordinary word, but not after 'Pt.'", () => {
    expect(names("U kunt terecht bij dokter Pan.")).toEqual(["Pan"]);
    expect(names("Pt. Heeft sinds gisteren koorts.")).toEqual([]);
  });
});

describe("name: offsets and evasion", () => {
  it("reports the text and offsets as they stand in the original", () => {
    const text = "Beste mevrouw\u00a0De\u200b Boer,";
    const [f] = detectName({ norm: normalizeText(text), where: "body", senderNameParts: [] });
    expect(f.text).toBe("De\u200b Boer");
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("takes a known surname in a subject line, but not bare surnames or places in running text", () => {
    expect(names("Uitslag Jansen", "", "subject")).toEqual(["Jansen"]);
    expect(names("Morgen rijden we naar Leuven en daarna Hasselt. Ook Jansen komt.")).toEqual([]);
  });

  it("handles subject lines", () => {
    expect(names("Consultvraag mw. Smit – palpitaties", "", "subject")).toEqual(["Smit"]);
    expect(names("Verlenging contract Priscilla + vacature mondhygiënist", "", "subject")).toEqual([
      "Priscilla",
    ]);
  });

  it("stays linear on one huge line with many reply markers", () => {
    const text =
      "Op 3 mrt. 2025 schreef Piet Hoek <p@example.nl>: dank voor uw bericht, mevrouw Jansen. ".repeat(
        5000
      );
    // No timing assertion (shared machines): a super-linear pass would not finish within jest's timeout.
    expect(names(text)).toContain("Piet Hoek");
  });

  it("reads a long text (speed is measured in npm run bench, not here)", () => {
    const para = "Beste mevrouw Jansen, de uitslag van dhr. P. de Vries is binnen. Groet, Sanne\n";
    const text = para.repeat(2000);
    const found = names(text);
    expect(found.length).toBeGreaterThan(1000);
  });
});

describe("name and date: any input", () => {
  const pieces = [
    "Beste",
    "mevrouw",
    "De",
    "Boer",
    "P.J.",
    "de",
    "Vries",
    "dhr.",
    "Groet,",
    "\n",
    "> ",
    "Jansen, P.",
    "<a@b.nl>",
    "Van:",
    "schreef",
    "Anne-Marie",
    "'t",
    "in",
    "12-03-1956",
    "geb.",
    "3 feb. '62",
    "\u200b",
    "\u00a0",
    " ",
    ",",
    ".",
    "Sanne",
    "Bakker",
    "Noah's",
    "'s",
    "Wendy’s",
  ];
  it("never throws and reports text exactly as it stands at its offsets", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), {
          maxLength: 40,
        }),
        (parts) => {
          const text = parts.join(" ");
          const input = {
            norm: normalizeText(text),
            where: "body" as const,
            senderNameParts: ["sanne"],
          };
          for (const f of [...detectName(input), ...detectDate(input)]) {
            expect(text.slice(f.start, f.end)).toBe(f.text);
            expect(f.text.length).toBeGreaterThan(0);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("name: generalisation (places after postcodes, lower case, subjects, quoted sender)", () => {
  it("a place after a Dutch postcode is never a name", () => {
    const sig =
      "Met vriendelijke groet,\n\nEva Hoogland\nPraktijk Duinrand\nStrandweg 4\n1781 AB Den Helder\nof: Postbus 12, 2012 PJ Haarlem";
    expect(names(sig)).toEqual([]);
    // a name on the next line after an address is still found
    expect(names("Afzender:\n1781 AB Den Helder\nMw. De Helder belt u nog.")).toEqual([
      "De Helder",
    ]);
  });

  it("a lower-case first name after a lower-case greeting, as written", () => {
    expect(names("hoi sander,\n\nkun je morgen bellen?")).toEqual(["sander"]);
    expect(names("beste anne,\nde uitslag is binnen.")).toEqual(["anne"]);
    expect(names("hallo allemaal,\nfijn weekend")).toEqual([]);
    expect(names("beste collega,\nzie bijlage")).toEqual([]);
    expect(names("hoi goedemorgen, hoe gaat het")).toEqual([]);
  });

  it("a first name that is also a word, as the subject of a person's verb at sentence start", () => {
    expect(names("Hallo,\n\nEva belt je morgen terug.", "Peter Smit")).toEqual(["Eva"]);
    expect(names("Thanks. Mark has had pain in his heel since May.", "Peter Smit")).toEqual([
      "Mark",
    ]);
    expect(names("Lotte belt je morgen.", "Peter Smit")).toEqual(["Lotte"]);
    expect(names("Noah has had pain in his heel.", "Peter Smit")).toEqual(["Noah"]);
    // words that are names too, without a person's verb: no name
    expect(names("Mark the date in your calendar.", "Peter Smit")).toEqual([]);
    expect(names("Storm komt eraan, rij voorzichtig.", "Peter Smit")).toEqual([]);
  });

  it("the sender's name beside the sender's own address in a quoted header is not a finding", () => {
    const quoted =
      "Prima.\n\nGroet,\nWillemijn\n\nVan: Kees de Boer <kees@voorbeeld.nl>\nAan: Willemijn Sluiter <w.sluiter@praktijk-voorbeeld.nl>\nOnderwerp: vraag\n\nHoi Willemijn,\nvraagje over dhr. Sluiter.";
    const found = (display: string): string[] =>
      detectName({
        norm: normalizeText(quoted),
        where: "body",
        senderNameParts: display
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => w.length > 1),
        senderAddress: "w.sluiter@praktijk-voorbeeld.nl",
      }).map((f) => f.text);
    // display name only a first name, none, or a practice name: the same result
    for (const display of ["Willemijn", "", "Praktijk Voorbeeld"])
      expect(found(display)).toEqual(["Kees de Boer", "Sluiter"]);
    // another sender address: the header name is someone else's
    expect(
      detectName({
        norm: normalizeText(quoted),
        where: "body",
        senderNameParts: ["willemijn"],
        senderAddress: "balie@praktijk-voorbeeld.nl",
      }).map((f) => f.text)
    ).toContain("Willemijn Sluiter");
  });

  it("a name in an eponymous disease is no person, in English and Dutch", () => {
    expect(
      names("Dr Hughes thinks it is Hughes's disease, or the disease of Hughes.", "Peter Smit")
    ).toEqual(["Hughes"]);
    expect(names("Zij heeft de ziekte van Kahler.", "Peter Smit")).toEqual([]);
  });
});

describe("name: context stays within its sentence", () => {
  const other = "Peter Smit";
  it("an organisation, place or eponym cue before a sentence end does not hide the next name", () => {
    expect(
      names("De verdere controles doen we samen met het ziekenhuis. Lotte belt je morgen.", other)
    ).toEqual(["Lotte"]);
    expect(names("Je bent nu 27 weken. Lotte belt je morgen.", other)).toEqual(["Lotte"]);
    expect(names("Ze woont in Lisse! Sanne belt je nog.", other)).toEqual(["Sanne"]);
    expect(names("Haal het op bij de apotheek? Sanne weet ervan.", other)).toEqual(["Sanne"]);
    expect(names("Het is een zeldzame ziekte. Van Anna hoorde ik het.", other)).toEqual(["Anna"]);
    // within the sentence the context still holds
    expect(names("De controles doen we met het ziekenhuis Lotte.", other)).toEqual([]);
    expect(names("Zij werkt bij Apotheek Anna in Zeist.", other)).toEqual([]);
    expect(names("Hij woont in Lisse en belt morgen.", other)).toEqual([]);
  });

  it("a name found elsewhere is found again after an organisation in the previous sentence", () => {
    expect(
      names("Beste Lotte,\n\nDe uitslag komt van het ziekenhuis. Lotte, bel ons gerust.", other)
    ).toEqual(["Lotte", "Lotte"]);
    expect(names("Beste Lotte,\n\nDe uitslag komt van Ziekenhuis Lotte.", other)).toEqual([
      "Lotte",
    ]);
  });

  it("a form of address or role ending a sentence does not make the next word a name", () => {
    expect(names("Vraag het de dokter. Misschien kan zij helpen.", other)).toEqual([]);
    expect(names("Ik overleg met een collega. Daarna bel ik je.", other)).toEqual([]);
    expect(names("Bel de assistente. Spoedgevallen gaan voor.", other)).toEqual([]);
    // abbreviations and initials do carry on: "dhr.", "mw.", "fam.", "P.J."
    expect(names("Overleg met dhr. Jansen i.v.m. de uitslag.", other)).toEqual(["Jansen"]);
    expect(names("De fam. Yilmaz belt morgen.", other)).toEqual(["Yilmaz"]);
    expect(names("Mw.Kok komt donderdag.", other)).toEqual(["Kok"]);
    expect(names("Brief voor P.J. de Vries.", other)).toEqual(["P.J. de Vries"]);
  });

  it("'schreef' in running text takes no name from the next sentence", () => {
    expect(names("De huisarts schreef het op. Jansen Bakker\nvolgt.", other)).toEqual([]);
    expect(names("Op 3 mei schreef Ans de Boer <ans@voorbeeld.nl>:", other)).toEqual([
      "Ans de Boer",
    ]);
  });

  it("a street suffix with a number on the next line is a signature, not an address", () => {
    expect(names("Met vriendelijke groet,\nPeter Hoogedijk\n010 123 4567", "Eva Hoogland")).toEqual(
      ["Peter Hoogedijk"]
    );
    expect(names("Het adres is Peter Hoogedijk 12 in Delft.", "Eva Hoogland")).toEqual([]);
  });

  it("an eponym cue does not reach across a blank line", () => {
    expect(names("Het syndroom van\n\nP. Bakker komt later.", other)).toEqual(["P. Bakker"]);
    expect(names("Het syndroom van\nP. Bakker is zeldzaam.", other)).toEqual([]);
  });
});

describe("name: possessives", () => {
  const other = "Peter Smit";
  it("a known first name with a possessive 's is a person, reported without the 's", () => {
    expect(names("Following up on Noah's assessment.", other)).toEqual(["Noah"]);
    expect(names("Noah's heel still hurts.", other)).toEqual(["Noah"]);
    expect(names("Emma's results are in.", other)).toEqual(["Emma"]);
    expect(names("Mark's results are in.", other)).toEqual(["Mark"]);
    expect(names("Noah’s fiets staat er nog.", other)).toEqual(["Noah"]);
    expect(names("Anna's uitslag is binnen.", other)).toEqual(["Anna"]);
    expect(names("Beste Lotte,\nEmma's fiets staat hier.", other)).toEqual(["Lotte", "Emma"]);
    const text = "Following up on Noah's assessment.";
    const [found] = detectName({ norm: normalizeText(text), where: "body", senderNameParts: [] });
    expect(text.slice(found.start, found.end)).toBe("Noah");
  });

  it("a possessive ends the name", () => {
    expect(names("dhr. Jansen's dossier is compleet.", other)).toEqual(["Jansen"]);
    expect(names("Noah's Bakker is dicht.", other)).toEqual(["Noah"]);
  });

  it("eponymous diseases, shops and plurals with 's are no persons", () => {
    expect(names("He has Crohn's disease.", other)).toEqual([]);
    expect(names("She has Sever's disease in her heel.", other)).toEqual([]);
    expect(names("Parkinson's runs in the family.", other)).toEqual([]);
    expect(names("We ate at McDonald's.", other)).toEqual([]);
    expect(names("Een reep Tony's Chocolonely.", other)).toEqual([]);
    expect(names("Ze ging naar Emma's Kliniek.", other)).toEqual([]);
    expect(names("Let's meet. It's fine, the CT's are in.", other)).toEqual([]);
    expect(names("De foto's en echo's zijn binnen.", other)).toEqual([]);
    // but the first names themselves, without the brand, are persons
    expect(names("Tony's results are fine.", other)).toEqual(["Tony"]);
    expect(names("Wendy's knee is better.", other)).toEqual(["Wendy"]);
  });
});

describe("name: shared mailbox, the person signing is the sender", () => {
  const detect = (
    text: string,
    display: string,
    address = "info@praktijk-voorbeeld.nl"
  ): string[] =>
    detectName({
      norm: normalizeText(text),
      where: "body",
      senderNameParts: display
        .toLowerCase()
        .split(/[^a-zà-ÿ'-]+/)
        .filter((w) => w.length > 1),
      senderAddress: address,
    }).map((f) => f.text);

  it.each([
    ["Planning Thuiszorg De Zonnewijzer", "Met vriendelijke groet,\nMarjolein"],
    ["Podotherapie Westhoek - administratie", "Groet,\nBas"],
    ["HAP Lingedal - coördinatie", "Best wishes,\n\nWendy"],
    ["Revalidatiecentrum Heuvelrand", "Hartelijke groeten,\nEllen Brandsma"],
    ["Logopediepraktijk De Vlinder", "Met vriendelijke groet,\n\nMarco Pauwels\nPlanner"],
  ])("%s signed by a person: not reported", (display, closing) => {
    const text = `Hallo,\n\nDe afspraak van mevrouw Verhoef is verzet.\n\n${closing}\n`;
    expect(detect(text, display)).toEqual(["Verhoef"]);
  });

  it("the signer's name recurs in the top message and in a quoted header: not reported", () => {
    const text =
      "Hoi Kees,\n\nMarjolein hier, ik bel je morgen.\n\nMet vriendelijke groet,\nMarjolein\n\n" +
      "Op 3 mrt. 2025 om 10:00 schreef Kees Dekker <kees@voorbeeld.nl>:\n> Beste Marjolein,\n> kun je dhr. Verhoef bellen?\n> Groet,\n> Kees";
    expect(detect(text, "Planning Thuiszorg De Zonnewijzer")).toEqual([
      "Kees",
      "Kees Dekker",
      "Verhoef",
      "Kees",
    ]);
  });

  it("a name under a closing in a quoted message is someone else", () => {
    const text =
      "Dank, geregeld.\n\nGroet,\nBas\n\nOp 3 mrt. 2025 om 10:00 schreef Kees Dekker <kees@voorbeeld.nl>:\n> Graag terugbellen.\n> Met vriendelijke groet,\n> Sientje Mol";
    expect(detect(text, "Podotherapie Westhoek - administratie")).toEqual([
      "Kees Dekker",
      "Sientje Mol",
    ]);
  });

  it("with a person's display name, another signer stays reported", () => {
    expect(detect("Hallo,\n\nGroet,\nBas Veenstra\n", "Eva Hoogland", "eva@voorbeeld.nl")).toEqual([
      "Bas Veenstra",
    ]);
  });
});

describe("name: a quoted salutation addressing the sender by surname", () => {
  const sender = "Rachida Ouali";
  const quoted = (greeting: string): string =>
    `Dank u, ik kom dinsdag.\n\nOp 3 mrt. 2025 om 10:00 schreef Kees Dekker <kees@voorbeeld.nl>:\n> ${greeting}\n> Uw uitslag is binnen.`;
  it.each(["Goedenavond mevrouw Ouali,", "Beste mevrouw Ouali,", "Beste mevrouw R. Ouali,"])(
    "%s: the sender, not reported",
    (greeting) => {
      expect(names(quoted(greeting), sender)).toEqual(["Kees Dekker"]);
    }
  );
  it("another first name or initial with the sender's surname stays reported", () => {
    expect(names(quoted("Beste mevrouw F. Ouali,"), sender)).toEqual(["Kees Dekker", "F. Ouali"]);
    expect(names(quoted("Beste mevrouw Fatima Ouali,"), sender)).toEqual([
      "Kees Dekker",
      "Fatima Ouali",
    ]);
  });
  it("the sender's surname after a form of address in the new text stays reported", () => {
    expect(names("Beste mevrouw Ouali,\n\nUw uitslag is binnen.", sender)).toEqual(["Ouali"]);
    expect(names(quoted("Hallo,\n> dhr. Ouali belde ook."), sender)).toEqual([
      "Kees Dekker",
      "Ouali",
    ]);
  });
});

describe("name: role labels with a colon", () => {
  it.each([
    ["Arts: Youssef, chauffeur: Dirk", ["Youssef", "Dirk"]],
    ["Verpleegkundige: Anna", ["Anna"]],
    ["Contactpersoon: P. de Groot", ["P. de Groot"]],
    ["Behandelaar: Jorien Kamphuis", ["Jorien Kamphuis"]],
    ["Triagist: Femke, planner: Joost", ["Femke", "Joost"]],
    ["Invaller: Ruud Hendriksen", ["Ruud Hendriksen"]],
  ])("%s", (text, expected) => {
    expect(names(text, "Peter Smit")).toEqual(expected);
  });
  it("a role followed by an ordinary word is no name", () => {
    expect(names("Chauffeur: onbekend. Planner: volgt nog.", "Peter Smit")).toEqual([]);
    expect(names("De verzorgende handelingen gaan door.", "Peter Smit")).toEqual([]);
  });
});

describe("name: lower-case surname after a form of address", () => {
  it.each([
    ["Graag terugbellen naar mevrouw kasanwirjo.", ["kasanwirjo"]],
    ["Afspraak voor dhr. de vries is verzet.", ["de vries"]],
  ])("%s", (text, expected) => {
    expect(names(text, "Peter Smit")).toEqual(expected);
  });
  it("an ordinary word after a form of address is no name", () => {
    expect(
      names(
        "Mevrouw is ziek. De heer heeft gebeld. Meneer zelf komt niet. Mw. gaat mee.",
        "Peter Smit"
      )
    ).toEqual([]);
  });
});

describe("name: letters beyond Latin-1 (Turkish, Polish, Czech, Romanian, Vietnamese, Hungarian)", () => {
  it("keeps such a display name as whole words", () => {
    const parts = (name: string) =>
      senderNamePartsOf({ from: { name, address: "x@voorbeeld.nl" } });
    expect(parts("Esra Doğan")).toEqual(["esra", "doğan"]);
    expect(parts("Łukasz Wójcik-Żak")).toEqual(["łukasz", "wójcik-żak"]);
    expect(parts("İbrahim Yılmaz")).toEqual(["ibrahim", "yılmaz"]);
    expect(parts("Nguyễn Thị Hương")).toEqual(["nguyễn", "thị", "hương"]);
    expect(parts("Planning | Ștefan Țurcanu")).toEqual(["planning", "ștefan", "țurcanu"]);
  });

  it("recognises the sender with such letters, and still reports someone else", () => {
    const text = "Hoi Marieke,\n\nIk bel je morgen.\n\nGroet,\nEsra Doğan";
    expect(names(text, "Esra Doğan")).toEqual(["Marieke"]);
    expect(names(text, "Esra Dogan Yildiz")).toEqual(["Marieke", "Esra Doğan"]);
    expect(names("Groet,\nİbrahim Yılmaz", "Ibrahim Yılmaz")).toEqual([]);
  });

  it.each([
    ["Mevrouw Şahin belde vanochtend.", ["Şahin"]],
    ["Beste Łukasz Wójcik,", ["Łukasz Wójcik"]],
    ["Dhr. Nguyễn Văn Thành komt om 10 uur.", ["Nguyễn Văn Thành"]],
    ["Beste İbrahim Yılmaz,", ["İbrahim Yılmaz"]],
    ["Mevrouw Popescu-Ștefănescu belde.", ["Popescu-Ștefănescu"]],
    ["Dhr. Dvořák en mevr. Szőke komen samen.", ["Dvořák", "Szőke"]],
    ["Mw. Żaneta Kowalczyk, geb. 3 mei 1980", ["Żaneta Kowalczyk"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("judges capitals of such letters: lower case and all capitals are no name", () => {
    expect(names("Hij zei: şahin is hier een gewoon woord.")).toEqual([]);
    expect(names("Mevrouw ŞAHİN belde.")).toEqual([]);
  });
});

describe("name: full names after a role and in list items", () => {
  it.each([
    ["Onze tandartsassistente Kim van Dalen is sinds maandag terug.", ["Kim van Dalen"]],
    ["Onze assistente Sanne van Beek-de Wit is er vrijdag.", ["Sanne van Beek-de Wit"]],
    [
      "Indeling:\n- Lotte van Dalen (groep Vlinders)\n- Mila Zomer (groep Rupsjes)",
      ["Lotte van Dalen", "Mila Zomer"],
    ],
    [
      "Groepen:\n• Sem Fransen (groep Vlinders)\n• Noor de Groot (groep Rupsjes)",
      ["Sem Fransen", "Noor de Groot"],
    ],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("does not take a department or organisation after a first name for a surname", () => {
    expect(names("Kim van Planning belt je terug.")).toEqual([]);
    expect(names("Groet van Sanne van Zorg en Welzijn")).toEqual(["Sanne"]);
    // without a known first name, ordinary capitalised words in a list are no name
    expect(names("Mee te nemen:\n- Koffie Bakken (groep)\n- Lekker Weer")).toEqual([]);
  });
});

describe("name: relation names in brackets, line-start interfixes, opening names, appointments, departments", () => {
  it("reports a full name in brackets after a relation word, also when the first name is a word", () => {
    expect(names("Mijn moeder (Trees Koster) is sinds maandag opgenomen.")).toEqual([
      "Trees Koster",
    ]);
    expect(names("Haar partner (Roos Meijer) belt u nog.")).toEqual(["Roos Meijer"]);
    expect(names("Mijn moeder (zie bijlage) is ziek.")).toEqual([]);
    expect(names("Mijn vader (tachtig jaar) valt vaak.")).toEqual([]);
  });

  it("keeps a capitalised interfix at the start of a line or list item as part of the surname", () => {
    expect(names("Notities:\n- Van Leeuwen: LDL te hoog\n- Ter Horst: controle")).toEqual([
      "Van Leeuwen",
      "Ter Horst",
    ]);
    expect(names("De Vries belde over de pijn.")).toEqual(["De Vries"]);
    expect(names("De uitslag is goed.\nVan de week komt hij.")).toEqual([]);
    expect(names("De Kok kookt vanavond.")).toEqual([]);
  });

  it("reads a first name alone on the opening line as a greeting", () => {
    expect(names("Bas,\n\nkun je morgen bellen?")).toEqual(["Bas"]);
    expect(names("Roos,\n\ndank je voor je hulp.")).toEqual(["Roos"]);
    expect(names("Hoi,\n\nhoe gaat het?")).toEqual([]);
    expect(names("Mark de datum,\nalsjeblieft.")).toEqual([]);
  });

  it("reports the person an English appointment is with", () => {
    expect(
      names("Your appointment with Wessel on Thursday is confirmed; please ask for Joost.")
    ).toEqual(["Wessel", "Joost"]);
    expect(names("For your appointment, please contact Ilvar at the desk.")).toEqual(["Ilvar"]);
    expect(names("Your appointment with Radiology is on Monday.")).toEqual([]);
    expect(names("We will contact Zwolle about it.")).toEqual([]);
  });

  it("does not take a department display name in a quoted header for a person", () => {
    expect(
      names(
        "Van: Secretariaat Radiologie Kennemer <sec@voorbeeld.nl>\nFrom: Afdeling Cardiologie Noord\n"
      )
    ).toEqual([]);
    expect(names("Van: Sanne de Boer <s.deboer@voorbeeld.nl>\nOnderwerp: x")).toEqual([
      "Sanne de Boer",
    ]);
  });
});

describe("name: lab and product notation glued to a name", () => {
  it.each([
    ["dhr. Kuipers HbA1c 58, graag controle.", ["Kuipers"]],
    ["dhr. Kuipers HbA1c", ["Kuipers"]],
    ["Mw. Verhoef COVID19 positief.", ["Verhoef"]],
    ["Mw. Terpstra NT-proBNP verhoogd.", ["Terpstra"]],
    ["dhr. Jansen LDL 4,1", ["Jansen"]],
    ["dhr. Jansen eGFR 48", ["Jansen"]],
    ["Mw. Hofstede B12 laag.", ["Hofstede"]],
    ["mw. McKenzie belde", ["McKenzie"]],
    ["Dhr. DiMaggio komt morgen.", ["DiMaggio"]],
    ["Mevr. LeBlanc heeft gebeld.", ["LeBlanc"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("never reports a word glued to a digit as a name", () => {
    expect(names("Uitslag Q3 en HbA1c volgen, Vitamine B12 ook.")).toEqual([]);
  });
});
