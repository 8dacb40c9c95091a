import { detectDate } from "../../src/engine/detect/date";
import { normalizeText } from "../../src/engine/text/normalize";

// All dates and persons below are fictitious.
function dates(text: string): string[] {
  return detectDate({ norm: normalizeText(text), where: "body", senderNameParts: [] }).map(
    (f) => `${f.type}:${f.text}`
  );
}

describe("date: formats", () => {
  it.each([
    ["Afspraak op 12-03-2025 om 10.00 uur.", ["date:12-03-2025"]],
    ["Afspraak op 12/3/25.", ["date:12/3/25"]],
    ["Gepland 2025-03-12 in de agenda.", ["date:2025-03-12"]],
    ["Controle op 12.03.2025 bij de POH.", ["date:12.03.2025"]],
    [
      "Uw afspraak van dinsdag 8 april is verzet naar donderdag 10 april.",
      ["date:8 april", "date:10 april"],
    ],
    ["Op 3 mrt. 2025 om 16:48 schreef iemand:", ["date:3 mrt. 2025"]],
    ["Your appointment on Thursday 3 April at 09:20.", ["date:3 April"]],
    ["Seen on March 3rd, and again May 17, 2025.", ["date:March 3rd", "date:May 17, 2025"]],
    ["ECG in de praktijk (10-03, klachtenvrij).", ["date:10-03"]],
  ])("%s", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it("does not take ranges, doses, times, phone numbers or versions for dates", () => {
    expect(
      dates(
        "2-3x per week, duur 10-30 min, 10-12 weken, om 10.00 uur, tel. 06 - 4127 3390, " +
          "RR 162/94, 78/min, 24/7 bereikbaar, versie 1.2.3, 13.00-14.00 uur, 31-02-2020, " +
          "factuur 12031956, geboren 31021956"
      )
    ).toEqual([]);
  });
});

describe("date: birthdates", () => {
  it.each([
    ["Dhr. Mulder (geb. 02-11-1949) belde.", "02-11-1949"],
    ["Mw. J.W. Smit, geb. 14 juli 1961, BSN 7713.30.716", "14 juli 1961"],
    ["Geboortedatum: 06-07-1990", "06-07-1990"],
    ["Het wachtwoord is uw geboortedatum: 12031956.", "12031956"],
    ["geboren 31011956", "31011956"],
    ["Geboortedatum\n14-08-1999", "14-08-1999"],
    ["dhr. Peter Jansen, geboren 8 augustus 1979, die u verwees", "8 augustus 1979"],
    ["Zij is geboren op 3 feb. '62.", "3 feb. '62"],
    ["Patient transfer: Mr Daniel O'Connor, DOB 17/05/1984", "17/05/1984"],
    ["Mr O'Connor (date of birth 17 May 1984) has been registered", "17 May 1984"],
    ["He was born on 2 February 1970.", "2 February 1970"],
    ["Mevr. Jansen (15-12-1975) belde.", "15-12-1975"],
    ["Milan (geboren 19 november 2011) is bij ons in behandeling.", "19 november 2011"],
  ])("%s", (text, expected) => {
    expect(dates(text)).toEqual([`birthdate:${expected}`]);
  });

  it("finds a long-ago full date without a cue as a birthdate by plausibility", () => {
    expect(dates("Patiënt: P. Jansen 12-03-1956")).toEqual(["birthdate:12-03-1956"]);
  });

  it("keeps appointment and event dates as dates, not birthdates", () => {
    expect(dates("Uw afspraak op 14 mei 2025 om 10.40 uur.")).toEqual(["date:14 mei 2025"]);
    expect(dates("Opgenomen op 12-03-2019, ontslagen op 20-03-2019.")).toEqual([
      "date:12-03-2019",
      "date:20-03-2019",
    ]);
    expect(dates("Sinds 01-01-2002 diabetes.")).toEqual(["date:01-01-2002"]);
    expect(dates("Laatste controle 12-03-2010, MRI d.d. 14-02-2008.")).toEqual([
      "date:12-03-2010",
      "date:14-02-2008",
    ]);
    expect(dates("On Mon, 10 Mar 2025 at 08:14, someone wrote:")).toEqual(["date:10 Mar 2025"]);
    expect(dates("Verzonden: woensdag 19 februari 2025 22:41")).toEqual(["date:19 februari 2025"]);
    expect(dates("Dhr. Jansen, 12-03-2024 om 10.00 uur bij de POH.")).toEqual(["date:12-03-2024"]);
  });

  it("reports offsets in the original text", () => {
    const text = "geb.\u00a0\u200b12-03-1956";
    const [f] = detectDate({ norm: normalizeText(text), where: "body", senderNameParts: [] });
    expect(f.type).toBe("birthdate");
    expect(text.slice(f.start, f.end)).toBe("12-03-1956");
  });
});

describe("date: birth dates with an apostrophe or short year", () => {
  it.each([
    ["Mw. Koster, geb. 3-4-'61, belde.", ["birthdate:3-4-'61"]],
    ["Dhr. Lammers geb. 3/4/'61 heeft koorts.", ["birthdate:3/4/'61"]],
    ["Patiënt 03-04-'61 met klachten.", ["birthdate:03-04-'61"]],
    ["Dhr. Lammers ° 3-4-61 komt langs.", ["birthdate:3-4-61"]],
    ["Patient DOB 3.4.61, seen today.", ["birthdate:3.4.61"]],
    ["Geboren op 3-4-\u201961.", ["birthdate:3-4-\u201961"]],
  ])("%s", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it("keeps versions and times with dots that have no birth cue", () => {
    expect(dates("Versie 3.4.61 van de software.")).toEqual([]);
    expect(dates("Afspraak om 10.00.15 uur.")).toEqual([]);
  });
});
