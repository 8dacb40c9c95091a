import { detectMedical, medicalWeight } from "../../src/engine/detect/medical";
import { normalizeText } from "../../src/engine/text/normalize";
import type { Finding } from "../../src/engine/types";

const run = (text: string): Finding[] =>
  detectMedical({ norm: normalizeText(text), where: "body", senderNameParts: [] });
const texts = (text: string): string[] => run(text).map((f) => f.text);
const content = (text: string): string[] =>
  run(text)
    .filter((f) => medicalWeight(f) >= 2)
    .map((f) => f.text);

describe("medical recogniser", () => {
  test("diagnoses, medication, lab values and doses", () => {
    const t =
      "Bekend met DM2 en hypertensie, gebruikt metformine 500 mg 2dd. HbA1c 58 mmol/mol, RR 162/94.";
    expect(content(t)).toEqual(
      expect.arrayContaining([
        "DM2",
        "hypertensie",
        "metformine",
        "500 mg",
        "2dd",
        "HbA1c",
        "58 mmol/mol",
        "RR",
      ])
    );
  });

  test("Dutch compounds by medical head or modifier", () => {
    expect(content("na de knieoperatie")).toEqual(["knieoperatie"]);
    expect(content("de bloeddrukmeting thuis")).toEqual(["bloeddrukmeting"]);
    expect(content("al weken rugklachten")).toEqual(["rugklachten"]);
    expect(content("een longontsteking gehad")).toEqual(["longontsteking"]);
    expect(content("zij heeft suikerziekte")).toEqual(["suikerziekte"]);
    expect(content("uw afspraak voor de diabetescontrole")).toEqual(["diabetescontrole"]);
    expect(content("mijn insulinepennen zijn op")).toEqual(["insulinepennen"]);
    expect(content("sinds twee maanden ochtendhoofdpijn")).toEqual(["ochtendhoofdpijn"]);
  });

  test("lay words: a therapist of any kind, hearing aids, the -inkje diminutive", () => {
    expect(texts("woensdag naar de kinderfysio")).toEqual(["kinderfysio"]);
    expect(texts("bij de oefentherapeut")).toEqual(["oefentherapeut"]);
    expect(texts("je gehoorapparaat is gerepareerd")).toEqual(["gehoorapparaat"]);
    expect(texts("het hechtinkje mag er vrijdag uit")).toEqual(["hechtinkje"]);
    // "-inkje" is no diminutive of a non-medical "-ing"
    expect(texts("een leuk woninkje")).toEqual([]);
  });

  test("a phrase in a word list is a phrase, not two words ('multiple choice', 'my heart' are nothing)", () => {
    expect(texts("een multiple choice toets")).toEqual([]);
    expect(texts("with all my heart")).toEqual([]);
    expect(texts("zij heeft multiple sclerose")).toEqual(["multiple sclerose"]);
    expect(texts("Your dad's blood sugars were high")).toEqual(["blood sugars"]);
    expect(texts("heart failure")).toEqual(["heart failure"]);
  });

  test("a muscle is a body part ('scheur van de hamstring'); a motor test is a test ('MABC-2')", () => {
    expect(texts("een graad 2 scheur van de hamstring links")).toEqual(["scheur"]);
    expect(texts("op de MABC-2 scoort ze laag")).toEqual(["MABC-2"]);
  });

  test("compounds that only look medical are not", () => {
    expect(texts("de huisartsencoöperatie in de regio")).toEqual([]);
    expect(texts("10 flessen desinfectie en 20 dozen handschoenen")).toEqual([]);
    expect(content("4 bloeddrukmanchetten (large) en onderleggers")).toEqual([]);
    expect(content("de vacuümtest is mislukt, foutcode E07")).toEqual([]);
    expect(content("de medicijnkoelkast is kapot")).toEqual([]);
  });

  test("generic words count weakly, care providers not at all", () => {
    const weak = run("Bij pijnklachten buiten openingstijden belt u de spoedlijn.");
    expect(weak.map((f) => f.text)).toEqual(["pijnklachten"]);
    expect(medicalWeight(weak[0])).toBe(1);
    const provider = run("Uw huisarts of de cardioloog");
    expect(provider.length).toBe(2);
    expect(provider.every((f) => medicalWeight(f) === 0)).toBe(true);
  });

  test("sensitive contexts are tagged", () => {
    const tagged = (t: string): string[] =>
      run(t)
        .filter((f) => (f.tags ?? []).includes("sensitive-context"))
        .map((f) => f.text);
    expect(tagged("aanmelding voor de specialistische GGZ")).toEqual(["specialistische GGZ"]);
    expect(tagged("uitslag van de soa-test en hiv")).toEqual(expect.arrayContaining(["hiv"]));
    expect(tagged("intake bij het fertiliteitscentrum")).toEqual(["fertiliteitscentrum"]);
    expect(tagged("verwijzing naar de jeugdzorg en verslavingszorg")).toEqual([
      "jeugdzorg",
      "verslavingszorg",
    ]);
    expect(tagged("uitslag cholesterol")).toEqual([]);
  });

  test("abbreviations that are ordinary words in lower case only count in capitals", () => {
    expect(texts("een plank van 3 dm lang")).toEqual([]);
    expect(content("Bekend met DM")).toEqual(["DM"]);
    expect(texts("Pelikaanstraat 9, 9405 CT Assen")).toEqual([]);
    expect(content("CT-scan van de buik")).toEqual(["CT-scan"]);
  });

  test("English medical words", () => {
    expect(
      content("Your blood test shows an underactive thyroid; I suggest levothyroxine.")
    ).toEqual(expect.arrayContaining(["blood test", "underactive thyroid", "levothyroxine"]));
    expect(content("Please find our quotation for two treatment tables")).toEqual([]);
  });

  test("offsets point into the original text despite zero-width characters", () => {
    const original = "Uw chol\u200Besterol is verhoogd";
    const f = run(original).find((x) => x.text.includes("chol"));
    expect(f).toBeDefined();
    expect(original.slice(f!.start, f!.end)).toBe("chol\u200Besterol");
  });

  test("diacritics optional", () => {
    expect(content("hypothyreoïdie")).toEqual(["hypothyreoïdie"]);
    expect(content("hypothyreoidie")).toEqual(["hypothyreoidie"]);
    expect(content("röntgenfoto")).toEqual(["röntgenfoto"]);
  });
});

describe("medical: eponymous diseases with any name", () => {
  test("'X's disease', 'ziekte van X', 'syndroom van X' are conditions", () => {
    expect(content("The physio thinks it is Sever's disease.")).toEqual(["Sever's disease"]);
    expect(content("Bekend met de ziekte van Kahler.")).toEqual(["ziekte van Kahler"]);
    expect(content("Hun zoon heeft het syndroom van Down.")).toEqual(["syndroom van Down"]);
    expect(content("a case of Kienböck's disease")).toEqual(["Kienböck's disease"]);
  });

  test("a first name before 's disease' or after 'ziekte van' is a person, not an eponym", () => {
    expect(content("Noah's disease is getting better.")).toEqual([]);
    expect(content("De ziekte van Jan duurt lang.")).toEqual([]);
  });
});

describe("medical recogniser: care domains and homographs", () => {
  test("speech therapy, podiatry, home care, dietetics, dental, youth GGZ and midwifery words", () => {
    expect(content("de stotterernst en de dysartrie")).toEqual(["stotterernst", "dysartrie"]);
    expect(content("eelt en een likdoorn, nieuwe steunzolen")).toEqual([
      "eelt",
      "likdoorn",
      "steunzolen",
    ]);
    expect(content("het stomazakje en de steunkousen")).toEqual(["stomazakje", "steunkousen"]);
    expect(content("nog ondergewicht, start sondevoeding")).toEqual([
      "ondergewicht",
      "sondevoeding",
    ]);
    expect(content("de pocketdiepte bij parodontitis")).toEqual(["pocketdiepte", "parodontitis"]);
    expect(content("slikproblemen na het hersenletsel")).toEqual(["slikproblemen", "hersenletsel"]);
    expect(content("de weeën begonnen")).toEqual(["weeën"]);
  });

  test("a compound with a care head needs a medical modifier: 'printerproblemen' is not medical", () => {
    expect(content("stemproblemen en slikoefeningen")).toEqual(["stemproblemen", "slikoefeningen"]);
    expect(texts("printerproblemen en inlogproblemen")).toEqual([]);
  });

  test("homographs only with a body part or another medical word in the sentence", () => {
    expect(texts("Er zit een scheur in het plafond.")).toEqual([]);
    expect(texts("De ontsteking van de auto hapert.")).toEqual([]);
    expect(texts("In verband met de verbouwing sluiten we eerder.")).toEqual([]);
    expect(texts("We hebben last van lekkage.")).toEqual([]);
    expect(content("Een scheur in de meniscus.")).toEqual(["meniscus", "scheur"]);
    expect(content("Het tandvlees is ontstoken.")).toEqual(["ontstoken"]);
    expect(content("Ik heb last van mijn knie.")).toEqual(["last van"]);
  });

  test("childhood infections are conditions; a louse comb or a class is not", () => {
    expect(content("Emma heeft hoofdluis en krentenbaard")).toEqual(["hoofdluis", "krentenbaard"]);
    expect(content("Neem een kam mee naar groep 5")).toEqual([]);
  });
});

describe("a group or course named for a condition", () => {
  const found = (text: string) =>
    detectMedical({ norm: normalizeText(text), where: "body", senderNameParts: [] }).map(
      (f) => f.text
    );
  test("'rugklachtengroep', 'COPD-training': the condition of its members", () => {
    expect(found("de rugklachtengroep begint later")).toEqual(["rugklachtengroep"]);
  });
  test("a group named for no condition is none", () => {
    expect(found("de trainingsgroep en de looptraining")).toEqual([]);
  });
});

describe("everyday conditions from the GP's topic list (thuisarts/NHG), probed one by one", () => {
  test.each([
    "wratjes",
    "aambeien",
    "spataderen",
    "gordelroos",
    "koortslip",
    "buikgriep",
    "galstenen",
    "tekenbeet",
    "tennisarm",
    "kneuzing",
    "netelroos",
    "aften",
    "steenpuist",
    "luieruitslag",
    "schaamluis",
    "blowen",
    "droge ogen",
    "brandend maagzuur",
  ])("'%s' is a condition", (word) => {
    const found = run(`Fijn dat ${word} minder is.`);
    expect(found.map((f) => f.text)).toContain(word);
    expect(found.find((f) => f.text === word)?.tags).toContain("condition");
  });

  test("'overtijd' is a late period beside a test, extra time beside a match", () => {
    expect(texts("Je bent 2 weken overtijd, doe maar een test.")).toContain("overtijd");
    expect(texts("In de overtijd scoorde ons team nog.")).not.toContain("overtijd");
  });

  test("a word broken over a line with a hyphen is one word", () => {
    expect(texts("De blaas-\nontsteking is over.")).toEqual(["blaas-\nontsteking"]);
    expect(texts("De blaas-  \n> ontsteking is over.")).toHaveLength(1);
    // a hyphen in a name or a plain compound across the line stays what it was
    expect(texts("Het Jansen-\nteam komt langs.")).toEqual([]);
  });
});

test.each([
  "xarelto",
  "furadantine",
  "daktarin",
  "fucidin",
  "microgynon",
  "prikpil",
  "melatonine",
  "zetpil",
  "hoestdrank",
])("'%s', a medicine by its everyday or brand name, is medication", (word) => {
  const found = run(`Het recept voor de ${word} staat klaar.`);
  expect(found.find((f) => f.text === word)?.tags).toContain("medication");
});
