/**
 * Kinds of error found in the twenty-second round and later (first scores in test/corpus-extra/README.md),
 * each as new fictitious mail written for this test by the engineer, not copied from the corpus. Each
 * kept-back case has a harmless twin where the kind allows one.
 */
import { check } from "../../src/engine";
import { analyse } from "../../src/engine/classify";
import { serviceMentions } from "../../src/engine/features/topic";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { readForeign } from "../../src/engine/features/language";
import { hasMoment } from "../../src/engine/features/moment";
import { topicSentence } from "../../src/engine/features/statements";

const PHYSIO = { address: "r.kok@fysiohetanker.nl", name: "Fysiotherapie Het Anker" };
const SCHOOL: Address[] = [{ address: "gymsectie@obs-delinde.nl", name: "Gymsectie De Linde" }];
const verdict = (from: Address, to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from, to, subject, body }));

describe("a person named only in the subject", () => {
  const BODY =
    "Hallo,\n\nVanaf volgende week mag hij weer meedoen, alleen nog niet springen of landen tot de kerstvakantie.\n\nGroet,\nRik";

  test("is who the body's opening sentences are about", () => {
    const v = verdict(PHYSIO, SCHOOL, "Daan Verhoef (groep 6) - gym", BODY);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("a subject without a name leaves the same words general", () => {
    const v = verdict(PHYSIO, SCHOOL, "Gymles", BODY);
    expect(v.verdict.action).toBe("allow");
  });
});

describe("a hearing-aid shop's reply", () => {
  const SHOP = { address: "service@hoorhuisdekade.nl", name: "Hoorhuis De Kade" };
  const CLIENT: Address[] = [{ address: "h.meijer52@kpnmail.nl", name: "Henk Meijer" }];

  test("a side's aid adjusted is the addressee's", () => {
    const body =
      "Goedemiddag meneer Meijer,\n\nIk heb het rechter toestel vanochtend wat zachter gezet. Laat u weten of het zo beter gaat?\n\nGroet,\nSandra";
    expect(verdict(SHOP, CLIENT, "RE: gepiep", body).verdict.action).toBe("secure");
  });

  test("hearing badly in the quoted question is the writer's own", () => {
    const body =
      "Beste meneer Meijer,\n\nHij is klaar, u kunt hem vanaf vrijdag ophalen.\n\nGroet,\nSandra\n\n> Is het al gemaakt? Hoor nu heel slecht.\n> H. Meijer";
    expect(verdict(SHOP, CLIENT, "RE: reparatie", body).verdict.action).toBe("secure");
  });

  test("the shop's opening hours to the same client go", () => {
    const body =
      "Beste meneer Meijer,\n\nWe zijn op zaterdag open van 10 tot 14 uur. Batterijen kunt u ook zonder afspraak komen halen.\n\nGroet,\nSandra";
    expect(verdict(SHOP, CLIENT, "RE: openingstijden", body).verdict.action).toBe("allow");
  });
});

describe("a speech therapist's progress note", () => {
  const SPEECH = { address: "info@logopediedeklank.nl", name: "Logopedie De Klank" };
  const PARENT: Address[] = [{ address: "fam.bakker@hetnet.nl", name: "Fam. Bakker" }];

  test("a child's speech sound is the child's care", () => {
    const body =
      "Hoi Lies,\n\nSem zegt de k nu vaak goed aan het begin van een woord. Blijf thuis de plaatjes oefenen, een paar minuten per dag.\n\nGroet,\nNina";
    expect(verdict(SPEECH, PARENT, "Sem", body).verdict.action).toBe("secure");
  });

  test("a general text on letter sounds to the same parent goes", () => {
    const body =
      "Hoi Lies,\n\nIn groep 3 leren kinderen welke letter aan het begin van een woord staat. Op onze website staan spelletjes die u thuis kunt doen.\n\nGroet,\nNina";
    expect(verdict(SPEECH, PARENT, "Spelletjes", body).verdict.action).toBe("allow");
  });
});

describe("restrictions told to an employer or school", () => {
  const ARBO = { address: "p.dekker@arboteamwest.nl", name: "Arboteam West" };
  const AGENCY: Address[] = [{ address: "planning@flexwerkt.nl", name: "Planning Flexwerkt" }];

  test("a named worker's restrictions are their health", () => {
    const body =
      "Hoi Ilse,\n\nVoor Ruud geldt tot maart: alleen dagdiensten en niet zwaar tillen. Daarna zie ik hem weer.\n\nGr Peter";
    expect(verdict(ARBO, AGENCY, "Ruud", body).verdict.action).toBe("secure");
  });

  test("a named pupil too tired for afternoons is their health", () => {
    const body =
      "Beste Marco,\n\nSanne komt voorlopig alleen 's ochtends. 's Middags is ze nog te moe om mee te doen.\n\nGroet,\nAnke";
    const school: Address[] = [{ address: "zorg@cbs-hetkompas.nl", name: "Zorg CBS Het Kompas" }];
    expect(verdict(ARBO, school, "Sanne groep 7", body).verdict.action).toBe("secure");
  });

  test("a vacancy's working hours go", () => {
    const body =
      "Hoi Ilse,\n\nDe vacature voor de magazijnmedewerker: alleen dagdiensten, geen nachtdiensten, start in maart.\n\nGr Peter";
    expect(verdict(ARBO, AGENCY, "Vacature magazijn", body).verdict.action).toBe("allow");
  });
});

describe("a health questionnaire", () => {
  test("a question with its answer boxes after it is topic text", () => {
    expect(topicSentence("Bent u allergisch voor medicijnen", " ja / nee\nHeeft u")).toBe(
      "general"
    );
    expect(topicSentence("Rookt u", " ☐ ja ☐ nee")).toBe("general");
    expect(topicSentence("Rookt u", " ja, tien per dag")).toBe("");
  });
});

describe("a short reply to a patient's own report", () => {
  const PHYSIO2 = { address: "info@fysiodeboog.nl", name: "Fysiotherapie De Boog" };
  const PATIENT: Address[] = [{ address: "marloes.vink@gmail.com", name: "Marloes Vink" }];
  const reply = (quoted: string) =>
    `Hoi Marloes,\n\nJa hoor, rustig opbouwen: eerst twee keer per week een kwartier.\n\nGr Bas\n\n> ${quoted}`;

  test("asking to take up a sport again is the writer's own injury", () => {
    expect(
      verdict(PHYSIO2, PATIENT, "Re: vraagje", reply("Mag ik al weer gaan hardlopen?")).verdict
        .action
    ).toBe("secure");
  });

  test("nights slept, counted, are the writer's own", () => {
    expect(
      verdict(PHYSIO2, PATIENT, "Re: update", reply("Deze week 5 van de 7 nachten doorgeslapen."))
        .verdict.action
    ).toBe("secure");
  });

  test("a question about the practice's running group goes", () => {
    expect(
      verdict(PHYSIO2, PATIENT, "Re: vraagje", reply("Hebben jullie ook een hardloopgroep?"))
        .verdict.action
    ).toBe("allow");
  });
});

describe("the next session told to a client", () => {
  const PSY = { address: "j.dam@psypraktijkdelinde.nl", name: "Psychologenpraktijk De Linde" };

  test("'Donderdag gaan we verder' to a client is their care", () => {
    const body =
      "Hoi Mark,\n\nGoed dat je het toch hebt geprobeerd. Donderdag gaan we verder met de volgende stap.\n\nGroet,\nJoke";
    const client: Address[] = [{ address: "mark.bosman@planet.nl", name: "Mark Bosman" }];
    expect(verdict(PSY, client, "Re: zaterdag", body).verdict.action).toBe("secure");
  });

  test("the same words to the builder go", () => {
    const body =
      "Hoi Mark,\n\nDank voor de offerte. Donderdag gaan we verder met de verbouwing van de wachtkamer.\n\nGroet,\nJoke";
    const builder: Address[] = [{ address: "mark@bosmanbouw.nl", name: "Bosman Bouw" }];
    expect(verdict(PSY, builder, "Re: verbouwing", body).verdict.action).toBe("allow");
  });
});

describe("general information in the patient's own language", () => {
  const GP = { address: "assistente@huisartsdemolen.nl", name: "Huisartsenpraktijk De Molen" };
  const PATIENT: Address[] = [{ address: "ana.gomez@gmail.com", name: "Ana Gómez" }];
  const GENERAL =
    "Hola Ana,\n\nGracias por su pregunta. En los Países Bajos la fisioterapia para adultos no la paga el seguro básico. Con un seguro complementario recibe unas sesiones al año. No necesita una carta del médico.\n\nSaludos,\nPraktijk De Molen";
  const PERSONAL =
    "Hola Ana,\n\nComo hablamos hoy por teléfono: el resultado de su análisis de sangre es bueno, el hierro está otra vez normal. No necesita más tabletas.\n\nSaludos,\nPraktijk De Molen";

  test("is read as general, and goes", () => {
    expect(readForeign(GENERAL)).toMatchObject({ foreign: true, general: true });
    expect(verdict(GP, PATIENT, "Re: fisioterapia", GENERAL).verdict.action).toBe("allow");
  });

  test("a result told today is this person's, whatever else the mail says", () => {
    expect(readForeign(PERSONAL).general).toBe(false);
    expect(readForeign(PERSONAL + "\nGracias por su pregunta.").general).toBe(false);
    expect(verdict(GP, PATIENT, "Resultado", PERSONAL).verdict.action).toBe("secure");
  });
});

describe("'je' before a care aid", () => {
  const GP = { address: "balie@huisartsdenieuwehaven.nl", name: "Huisartsen De Nieuwe Haven" };
  const ASKER: Address[] = [{ address: "frans.visser@kpnmail.nl", name: "Frans Visser" }];

  test("'waar je een rollator kunt lenen' is you in general, and goes", () => {
    const body =
      "Hallo Frans,\n\nKort lenen kan bij de uitleenwinkel van de thuiszorg, daar heb je alleen je zorgpas voor nodig.\n\nGroet, Wendy\n\n> Weet u waar je een rollator kan lenen? Ik wil het op het prikbord van het buurthuis zetten.";
    expect(verdict(GP, ASKER, "Re: lenen", body).verdict.action).toBe("allow");
  });

  test("'je nieuwe rollator' is the addressee's", () => {
    const body =
      "Hallo Frans,\n\nJe nieuwe rollator staat klaar bij de balie, je kunt hem morgen na 10 uur ophalen.\n\nGroet, Wendy";
    expect(verdict(GP, ASKER, "Rollator", body).verdict.action).toBe("secure");
  });
});

describe("a target group with words between", () => {
  const GP = { address: "balie@huisartsenpolderweg.nl", name: "Huisartsen Polderweg" };
  const RELATIVE: Address[] = [{ address: "kim@familie-smeets.nl", name: "Kim Smeets" }];

  test("'mensen jonger dan 60 met diabetes' is who an invitation is for, not the asker's mother", () => {
    const body =
      "Beste mevrouw Smeets,\n\nIedereen die voor 1 mei 60 wordt krijgt een uitnodiging. Ook mensen jonger dan 60 met bijvoorbeeld diabetes of een longziekte worden uitgenodigd.\n\nMet vriendelijke groet,\nFatima\n\n> Mijn moeder wordt in maart 60. Krijgt ze dit jaar al een oproep voor de griepprik?";
    expect(verdict(GP, RELATIVE, "Re: griepprik mijn moeder", body).verdict.action).toBe("allow");
  });
});

describe("a referral as what a service asks of anyone", () => {
  const ORTHO = { address: "info@orthodontiedekade.nl", name: "Orthodontie De Kade" };
  const PARENT: Address[] = [{ address: "sanne.claes@outlook.com", name: "Sanne Claes" }];

  test("'U heeft een verwijzing van uw tandarts nodig' in a general answer goes", () => {
    const body =
      "Beste mevrouw Claes,\n\nEen eerste controle is meestal rond 9 jaar. U heeft een verwijzing van uw eigen tandarts nodig; daarna krijgt u een uitnodiging.\n\nGroet,\nSabine\n\n> Onze dochter Fleur wordt in mei 9. Vanaf wanneer gaan kinderen naar de orthodontist?";
    expect(verdict(ORTHO, PARENT, "Re: vanaf welke leeftijd", body).verdict.action).toBe("allow");
  });

  test("the referral there is a service sentence's word", () => {
    const body =
      "U heeft een verwijzing van uw eigen tandarts nodig; daarna krijgt u een uitnodiging.";
    const a = analyse(emptyDraft({ from: ORTHO, to: PARENT, subject: "Re: vraag", body }));
    const referral = a.findings.find((f) => f.text === "verwijzing");
    expect(serviceMentions(a.findings, a.mail!).has(referral!)).toBe(true);
  });

  test("a referral for the child's crooked teeth is the child's", () => {
    const body =
      "Beste mevrouw Claes,\n\nWe hebben de verwijzing voor Fleur ontvangen vanwege haar scheve voortanden. Ze kan op dinsdag 12 januari om 15.20 uur komen.\n\nGroet,\nSabine";
    expect(verdict(ORTHO, PARENT, "Fleur", body).verdict.action).toBe("secure");
  });
});

describe("a weekday as how it usually is", () => {
  test("'op zaterdag is het vaak druk' is no moment; 'uw afspraak is zaterdag' is", () => {
    expect(hasMoment("Op zaterdag is het vaak druk, dan is een afspraak handiger.")).toBe(false);
    expect(hasMoment("Op maandag zijn we meestal gesloten.")).toBe(false);
    expect(hasMoment("Uw afspraak is zaterdag om 10 uur, dan is het vaak rustig.")).toBe(true);
  });
});

describe("medicines named as examples", () => {
  const PHARMACY = { address: "info@apotheekdegracht.nl", name: "Apotheek De Gracht" };
  const PARENT: Address[] = [{ address: "samira.b@outlook.com", name: "Samira B." }];

  test("'zoals neusspray of paracetamol' in a general answer goes", () => {
    const body =
      "Hoi Samira,\n\nKinderen onder de 18 hebben geen eigen risico. Middelen die je zonder recept koopt (zoals neusspray of paracetamol uit de winkel) worden nooit vergoed.\n\nGroet,\nApotheek De Gracht\n\n> Moet ik betalen voor de medicijnen van de kinderen?";
    expect(verdict(PHARMACY, PARENT, "Re: betalen", body).verdict.action).toBe("allow");
  });

  test("'bijv. morfine' and 'zoals:' before a list item are examples too", () => {
    const body =
      "Voor sommige medicijnen is een verklaring nodig, zoals:\n- sterke pijnstillers (bijv. morfine of oxycodon)";
    const a = analyse(emptyDraft({ from: PHARMACY, to: PARENT, subject: "Op reis", body }));
    const examples = serviceMentions(a.findings, a.mail!);
    const found = (word: string) => a.findings.find((f) => f.text === word);
    expect(examples.has(found("morfine")!)).toBe(true);
    expect(examples.has(found("pijnstillers")!)).toBe(true);
  });

  test("'zoals besproken: de hernia' is no example", () => {
    const body =
      "Hoi Samira,\n\nZoals besproken: de hernia is rustiger, het uitstralen naar je been is bijna weg.\n\nGroet,\nBas";
    expect(verdict(PHARMACY, PARENT, "Schema", body).verdict.action).toBe("secure");
  });
});

describe("a text for the local paper", () => {
  const PHARMACY = { address: "info@apotheekdebrug.nl", name: "Apotheek De Brug" };
  const EDITOR: Address[] = [{ address: "wilma.redactie@gmail.com", name: "Wilma" }];

  test("'dit stukje voor het decembernummer' hands on leaflet text in the 'u' form", () => {
    const body =
      "Beste Wilma,\n\nDaarom dit stukje voor het decembernummer:\n---\nKrijgt u voor het eerst een medicijn? Dan controleren wij of u niet allergisch bent en of de dosering past bij uw nierfunctie.\n---\n\nVriendelijke groet,\nApotheek De Brug";
    expect(verdict(PHARMACY, EDITOR, "Stukje december", body).verdict.action).toBe("allow");
  });

  test("own lines about the addressee's health before the hand-over keep it theirs", () => {
    const body =
      "Beste Wilma,\n\nUw wond ziet er goed uit. Hieronder de uitleg van onze website:\n---\nHoud uw wond droog en verschoon het gaasje elke dag.\n---\n\nVriendelijke groet,\nApotheek De Brug";
    expect(verdict(PHARMACY, EDITOR, "Nazorg", body).verdict.action).toBe("secure");
  });
});
