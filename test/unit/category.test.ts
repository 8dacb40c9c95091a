import { analyse } from "../../src/engine/classify";
import { emptyDraft, type Address } from "../../src/engine/draft";
import type { Category } from "../../src/engine/types";

const from: Address = { address: "assistent@huisartsen-voorbeeld.nl", name: "Sanne Voorbeeld" };
const patient: Address = { address: "k.pieters@gmail.com" };
const signature =
  "\n\nMet vriendelijke groet,\n\nSanne Voorbeeld\ndoktersassistente\nHuisartsen Voorbeeld\n010 - 123 45 67\n";

function category(
  subject: string,
  body: string,
  to: Address[] = [patient],
  extra: { bcc?: Address[]; cc?: Address[] } = {}
): Category {
  return analyse(
    emptyDraft({
      subject,
      body: body + signature,
      from,
      to,
      bcc: extra.bcc ?? [],
      cc: extra.cc ?? [],
    })
  ).category;
}

describe("message category", () => {
  test("medical: results for a named patient", () => {
    expect(
      category(
        "Uitslag",
        "Beste Karin,\n\nDe uitslag van je bloedonderzoek is goed: je ferritine is weer normaal."
      )
    ).toBe("medical");
  });

  test("medical: health content only in the quoted patient mail", () => {
    const body =
      "Beste mevrouw Pieters,\n\nDe huisarts belt u morgen terug.\n\nOp 3 mrt. 2025 om 10:00 schreef K. Pieters <k.pieters@gmail.com>:\n> Ik heb al een week koorts en hoofdpijn.";
    expect(category("Re: vraag", body)).toBe("medical");
  });

  describe("an answer to the addressee's general question", () => {
    const question = (q: string) =>
      `\n\nOp 4 nov. 2026 om 12:18 schreef K. Pieters <k.pieters@gmail.com>:\n> ${q}`;
    const answer =
      "Hoi Karin,\n\nVoor wijkverpleging heb je geen verwijzing van de huisarts nodig. Je kunt ons zelf bellen. Een wijkverpleegkundige komt dan bij iemand thuis voor een gesprek over de zorg die nodig is.";
    test("general: the question asked how care works", () => {
      expect(
        category("Re: wijkverpleging", answer + question("Heb je daar een verwijzing voor nodig?"))
      ).toBe("general");
    });
    test("medical: the question named the writer's own health", () => {
      expect(
        category(
          "Re: wijkverpleging",
          answer + question("Mijn been is open en ontstoken, heb ik een verwijzing nodig?")
        )
      ).toBe("medical");
    });
    test("general: the question names the writer's own care provider", () => {
      expect(
        category(
          "Re: wijkverpleging",
          answer + question("Moet ik daarvoor eerst langs mijn huisarts?")
        )
      ).toBe("general");
    });
    test("general: advice about anyone's child in the answer", () => {
      expect(
        category(
          "Re: tandarts",
          "Hoi Karin,\n\nHet advies is: ga met je kind naar de tandarts rond de tweede verjaardag. Poetsen doe je twee keer per dag." +
            question("Vanaf welke leeftijd moeten kinderen naar de tandarts?")
        )
      ).toBe("general");
    });
    test("general: a relative named in the question without health", () => {
      expect(
        category(
          "Re: question",
          "Dear Priya,\n\nYou do not need a referral to see a midwife. If there is a medical reason, you are referred to an obstetrician during pregnancy." +
            question("My husband and I are moving here next year. How does maternity care work?")
        )
      ).toBe("general");
    });
  });

  test("general: how repeat prescriptions work, to one patient", () => {
    const body =
      "Beste mevrouw Pieters,\n\nHerhaalrecepten vraagt u aan via het portaal. Het gaat om medicijnen die de huisarts eerder heeft voorgeschreven; voor een nieuw medicijn is een recept van de arts nodig.";
    expect(category("Re: herhaalrecept", body)).toBe("general");
    // one word about a complaint makes it this person's care
    expect(category("Re: herhaalrecept", body + " Uw hoofdpijn is eerder behandeld.")).toBe(
      "medical"
    );
  });

  test("general: the cover note of an encrypted file whose password goes by phone", () => {
    const zip = (password: boolean) =>
      analyse(
        emptyDraft({
          subject: "Rapportage",
          body:
            "Geachte heer Bos,\n\nHierbij het bestand. Het wachtwoord krijgt u telefonisch." +
            (password ? "\nWachtwoord: Zomer2026!" : "") +
            signature,
          from,
          to: [{ address: "j.bos@gemeente-voorbeeld.nl" }],
          attachments: [
            {
              name: "rapport.zip",
              contentType: "application/zip",
              size: 2000,
              kind: "file",
              extraction: {
                texts: [],
                facts: [
                  {
                    type: "encrypted",
                    text: "rapport.zip",
                    where: "attachment:rapport.zip",
                    start: 0,
                    end: 0,
                    confidence: 1,
                  },
                ],
              },
            },
          ],
        })
      );
    expect(zip(false).category).toBe("general");
    expect(zip(false).because).toBe("general-encrypted-cover");
    // with the password in the mail the file's content counts: no cover note
    expect(zip(true).because).not.toBe("general-encrypted-cover");
  });

  test("general: a health column for the local paper", () => {
    expect(
      category(
        "Kopij",
        "Beste redactie,\n\nHierbij onze tekst. Bewaar medicijnen bij hitte koel. Zetpillen en oordruppels kunnen in de koelkast.",
        [{ address: "redactie@stadskrant-voorbeeld.nl" }]
      )
    ).toBe("general");
  });

  test("medical: internal note about a patient", () => {
    expect(
      category(
        "Terugbellen",
        "Hoi Ruud,\n\nDhr. de Vries belde over zijn rugklachten, wil jij hem terugbellen?",
        [{ address: "r@huisartsen-voorbeeld.nl" }]
      )
    ).toBe("medical");
  });

  test("medical: English", () => {
    expect(
      category(
        "Your scan",
        "Dear Mr Smith,\n\nYour MRI shows a small tear in the meniscus. I have referred you to the orthopaedic surgeon."
      )
    ).toBe("medical");
  });

  test("logistic: a rescheduled appointment, no medical content", () => {
    expect(
      category(
        "Uw afspraak",
        "Beste mevrouw Pieters,\n\nUw afspraak bij de fysiotherapeut is verplaatst naar woensdag 12 maart om 14.30 uur."
      )
    ).toBe("logistic");
  });

  test("logistic: appointment at a GGZ practice (sensitive setting, still no medical content)", () => {
    const a = analyse(
      emptyDraft({
        subject: "Bevestiging",
        body:
          "Beste Tim,\n\nJe volgende gesprek bij de psycholoog is op dinsdag 4 maart om 10.00 uur." +
          signature,
        from,
        to: [patient],
      })
    );
    expect(a.category).toBe("logistic");
    expect(a.sensitiveContext).toBe(true);
  });

  test("logistic: English reminder", () => {
    expect(
      category(
        "Reminder",
        "Dear Ms Brown,\n\nThis is a reminder of your appointment with Dr Jones on Monday 5 May at 10:30."
      )
    ).toBe("logistic");
  });

  test("general: how to make an appointment is not an appointment", () => {
    expect(
      category(
        "Re: afspraak",
        "Beste meneer Jansen,\n\nU kunt voor een afspraak bellen op werkdagen tussen 8.00 en 10.00 uur."
      )
    ).toBe("general");
  });

  test("general: flu-shot campaign for everyone, eligibility by diagnosis, in Bcc", () => {
    const body =
      "Beste patiënten,\n\nMensen met diabetes, COPD of hartfalen krijgen een uitnodiging voor de griepprik op zaterdag 18 oktober.";
    expect(category("Griepprik", body, [from], { bcc: [patient, { address: "b@ziggo.nl" }] })).toBe(
      "general"
    );
  });

  test("general: practice moved, to one patient", () => {
    expect(
      category(
        "Re: nieuw adres",
        "Beste mevrouw Bakker,\n\nWij zijn verhuisd naar de Dorpsstraat 5. Parkeren kan voor de deur."
      )
    ).toBe("general");
  });

  test("none: supplier order with medical supplies", () => {
    const body =
      "Beste Erik,\n\nGraag bestellen wij 10 dozen handschoenen, 200 naalden en 50 doses griepvaccin. De factuur graag naar ons praktijkadres.";
    expect(category("Bestelling", body, [{ address: "orders@groothandel.nl" }])).toBe("none");
  });

  test("none: IT ticket", () => {
    expect(
      category(
        "Storing printer",
        "Goedemorgen,\n\nDe printer bij de balie geeft een storing (serienummer 12345). Kan er een monteur komen?",
        [{ address: "support@ict.nl" }]
      )
    ).toBe("none");
  });

  test("signature job titles do not make a mail medical", () => {
    const body =
      "Beste mevrouw Pieters,\n\nUw afspraak is op maandag 7 april om 9.00 uur.\n\nMet vriendelijke groet,\n\nEls\npraktijkverpleegkundige diabetes/COPD";
    expect(category("Afspraak", body)).toBe("logistic");
  });
});

describe("message category: generalisation", () => {
  const colleague: Address = { address: "l.devries@huisartsen-voorbeeld.nl" };

  test("medical: an English mail about a child's eponymous diagnosis", () => {
    const body =
      "Hi,\n\nNoah has had pain in his heel for weeks. The physio thinks it is Sever's disease. Could we book an appointment on Tuesday at 10:00?\n\nThanks,\nJames";
    expect(category("Noah", body)).toBe("medical");
  });

  test("logistic: an internal mail moving one named patient's appointment, with or without a day", () => {
    expect(
      category(
        "afspraak",
        "Hoi Linda,\n\nKun je dhr. Bakker omboeken? Zijn afspraak bij de POH moet naar een andere dag.",
        [colleague]
      )
    ).toBe("logistic");
    expect(
      category(
        "afspraak",
        "Hoi Linda,\n\nMevrouw Jansen wil haar afspraak van donderdag verplaatsen naar een dag later.",
        [colleague]
      )
    ).toBe("logistic");
  });

  test("general: how to register at the practice, without an appointment for a person", () => {
    const body =
      "Beste familie Yilmaz,\n\nU kunt zich inschrijven door het inschrijfformulier op de website in te vullen. Neem uw legitimatiebewijs mee naar de balie. Daarna kunt u een kennismakingsgesprek met de huisarts inplannen. Voor een afspraak belt u tussen 8.00 en 10.00 uur.";
    expect(category("Inschrijven", body)).toBe("general");
    // a fixed appointment for this person stays logistic
    expect(
      category(
        "Inschrijven",
        "Beste meneer Yilmaz,\n\nUw inschrijving is rond. Uw kennismakingsgesprek staat op dinsdag 4 maart om 10.00 uur."
      )
    ).toBe("logistic");
  });

  test("medical: one identified patient's data with a BSN; not for a BSN-free practice notice", () => {
    expect(
      category("gegevens", "Hierbij de gegevens van de patiënt, BSN 111222333.", [
        { address: "info@ziekenhuis-voorbeeld.nl" },
      ])
    ).toBe("medical");
    expect(
      category("gegevens", "Hierbij de gegevens van onze praktijk voor uw administratie.", [
        { address: "info@ziekenhuis-voorbeeld.nl" },
      ])
    ).not.toBe("medical");
  });
});

describe("message category: care domains and homographs", () => {
  const to = (address: string): Address[] => [{ address }];

  test.each([
    [
      "speech therapy",
      "Beste mevrouw Smit,\n\nDe stotterernst van Daan is gedaald. We gaan verder met het Lidcombe-programma.",
    ],
    [
      "swallowing",
      "Beste meneer Bos,\n\nNa de logopedie voor de dysfagie van uw vrouw gaat het slikken beter. De dysartrie is onveranderd.",
    ],
    [
      "podiatry",
      "Beste mevrouw Kok,\n\nUw steunzolen zijn klaar. De drukplekken bij de hallux valgus en het eelt behandelen we bij de volgende controle.",
    ],
    [
      "youth mental health, to the parents of one child",
      "Beste ouders van Sem,\n\nSem is gestart met EMDR voor zijn trauma. De somberheid is minder.",
    ],
    [
      "a body part supports a homograph",
      "Beste Anouk,\n\nUw knie is nog ontstoken, daarom rust u nog een week.",
    ],
  ])("medical: %s", (_what, body) => {
    expect(category("Verslag", body, to("ouder@gmail.com"))).toBe("medical");
  });

  test.each([
    [
      "a crack and a leak",
      "Beste meneer Pronk,\n\nEr zit een scheur in het plafond van de wachtkamer en bij regen is er lekkage.",
    ],
    [
      "a leak, cold and pressure",
      "Beste Kees,\n\nWe hebben last van een lek bij de verwarming en het is koud. De druk van de cv-ketel is te laag.",
    ],
    [
      "an engine's ignition",
      "Hallo Jan,\n\nDe ontsteking van de dienstauto hapert. De monteur kan donderdag.",
    ],
    [
      "'in verband met'",
      "Beste Ans,\n\nIn verband met de verbouwing leveren we de kasten later. De factuur volgt.",
    ],
  ])("none: one homograph in a facilities mail (%s)", (_what, body) => {
    expect(category("Melding", body, to("info@bouwbedrijf.nl"))).toBe("none");
  });

  test("general: how the practice works (referral, waiting list, insurance), even to a named enquirer", () => {
    expect(
      category(
        "Re: vraag",
        "Beste mevrouw de Boer,\n\nWij behandelen kinderen vanaf 2 jaar; een verwijzing van de huisarts is niet nodig. De wachtlijst is 6 weken en logopedie wordt vergoed door de zorgverzekeraar. Na aanmelding volgt een intake.",
        to("deboer@gmail.com")
      )
    ).toBe("general");
    expect(
      category(
        "Re: question",
        "Dear Mr Brown,\n\nWe treat children and adults; no referral is needed, the waiting time is about six weeks and therapy is covered by your insurance.",
        to("brown@gmail.com")
      )
    ).toBe("general");
  });

  test("general: a mailing to referrers lists diagnoses as target groups", () => {
    expect(
      category(
        "Spreekuur",
        "Beste collega,\n\nGraag wijzen wij u op ons spreekuur voor verwijzers. Wij zien patiënten met hersenletsel, CVA of een hersentumor.",
        to("info@huisarts-a.nl")
      )
    ).toBe("general");
  });

  test("logistic: several patients' shared group session; general: a new group for everyone", () => {
    const bcc = [{ address: "a@gmail.com" }, { address: "b@hotmail.com" }];
    expect(
      category(
        "Groepstraining",
        "Beste deelnemers,\n\nDe groepstraining van dinsdag 14 mei om 19.00 uur is in zaal 2, met fysiotherapeut Anne.",
        [from],
        { bcc }
      )
    ).toBe("logistic");
    expect(
      category(
        "Beweeggroep",
        "Beste patiënten,\n\nVanaf maandag 3 maart om 10.00 uur start een nieuwe beweeggroep. Aanmelden kan bij de balie.",
        [from],
        { bcc }
      )
    ).toBe("general");
  });

  test("logistic: an internal list of tonight's home visits", () => {
    expect(
      category(
        "Visiteroute",
        "Hoi team,\n\nVisiteroute vanavond:\n18.30 Dorpsstraat 4 mevr. Jansen\n19.15 Kerkweg 12 dhr. Pieters",
        to("team@huisartsen-voorbeeld.nl")
      )
    ).toBe("logistic");
  });

  test("cover note of an encrypted attachment: medical details make it medical, practice text general", () => {
    expect(
      category(
        "Verwijsbrief",
        "Beste meneer Bakker,\n\nIn de beveiligde bijlage vindt u de verwijsbrief. De artrose in uw knie is toegenomen en we adviseren een knieprothese. Het wachtwoord ontvangt u per sms.",
        to("bakker@gmail.com")
      )
    ).toBe("medical");
    expect(
      category(
        "Document",
        "Beste meneer Bakker,\n\nIn de beveiligde bijlage vindt u een document. Het wachtwoord ontvangt u per sms. Bel ons gerust bij vragen.",
        to("bakker@gmail.com")
      )
    ).toBe("general");
  });
});

describe("message category: topics, screening appointments, practice information", () => {
  const bccPatients: Address[] = [
    { address: "a.voorbeeld@gmail.com" },
    { address: "b.voorbeeld@hotmail.com" },
    { address: "c.voorbeeld@ziggo.nl" },
  ];
  const team: Address[] = [{ address: "info@huisartsen-voorbeeld.nl" }];

  test("general: information evening on IVF sent Bcc to many", () => {
    expect(
      category(
        "Uitnodiging informatieavond IVF en eicellen invriezen",
        "Beste belangstellende,\n\nGraag nodigen wij u uit voor onze informatieavond over IVF, ICSI en het invriezen van eicellen op donderdag 12 maart om 19.30 uur. De gynaecoloog vertelt over de behandeling en de kans op zwangerschap.",
        team,
        { bcc: bccPatients }
      )
    ).toBe("general");
  });

  test("medical: one addressed patient's own IVF treatment stays medical", () => {
    expect(
      category(
        "Uw behandeling",
        "Beste Karin,\n\nUw IVF-behandeling start na de punctie op donderdag 12 maart; de uitslag van uw zwangerschapstest volgt."
      )
    ).toBe("medical");
  });

  test("general: guest lesson on sexual health at a school", () => {
    expect(
      category(
        "Gastles seksuele gezondheid",
        "Beste meneer Jansen,\n\nOp dinsdag 4 februari om 10.00 uur verzorg ik graag de gastles over seksuele gezondheid voor klas 3. Onderwerpen zijn SOA, anticonceptie en condoomgebruik. Een soa-test is gratis bij de GGD.",
        [{ address: "j.jansen@school-voorbeeld.nl" }]
      )
    ).toBe("general");
  });

  test("medical: a named person's SOA test result is not a topic", () => {
    expect(
      category(
        "Uitslag",
        "Beste meneer Jansen,\n\nDe uitslag van uw soa-test is binnen: chlamydia is aangetoond. U krijgt een antibioticumkuur.",
        [{ address: "j.jansen@gmail.com" }]
      )
    ).toBe("medical");
  });

  test("general: out-of-office reply telling not to mail medical details", () => {
    expect(
      category(
        "Automatisch antwoord: vraag",
        "Geachte afzender,\n\nIk ben afwezig tot maandag 6 januari. Stuur geen medische gegevens per mail. Bel bij spoed de huisartsenpost."
      )
    ).toBe("general");
  });

  test("general: flyer about a vaccination campaign", () => {
    expect(
      category(
        "Flyer vaccinatiecampagne HPV",
        "Beste collega's,\n\nBijgaand de flyer over de vaccinatiecampagne. Alle jongeren van 12 jaar krijgen een uitnodiging voor de prik op woensdag 9 april in de sporthal. Wilt u de flyer in de wachtkamer leggen?",
        [{ address: "info@apotheek-voorbeeld.nl" }]
      )
    ).toBe("general");
  });

  test("logistic: hearing test of named toddlers at a daycare, listed as bullets", () => {
    expect(
      category(
        "Gehoortest dinsdag",
        "Beste medewerkers van kinderdagverblijf De Boomhut,\n\nOp dinsdag 14 oktober om 9.30 uur komt jeugdverpleegkundige Petra de Wit langs voor de gehoortest van:\n- Noor Bakker\n- Sem de Jong\n\nWilt u de ouders hiervan op de hoogte brengen?",
        [{ address: "info@kdv-voorbeeld.nl" }]
      )
    ).toBe("logistic");
  });

  test("medical: a named child's abnormal hearing test result", () => {
    expect(
      category(
        "Gehoortest Noor",
        "Beste ouders van Noor,\n\nDe uitslag van de gehoortest van Noor Bakker was afwijkend; wij verwijzen haar naar de KNO-arts."
      )
    ).toBe("medical");
  });

  test("logistic: screening appointment of a named patient", () => {
    expect(
      category(
        "Uitstrijkje",
        "Beste mevrouw Pieters,\n\nUw afspraak voor het uitstrijkje (bevolkingsonderzoek) staat op woensdag 9 april om 10.20 uur bij de praktijkondersteuner."
      )
    ).toBe("logistic");
  });

  // (HR mail, as the independent writers label every vacancy sent out: 27 of 28 in corpus-extra)
  test("none: a vacancy for a doctor's assistant", () => {
    expect(
      category(
        "Vacature doktersassistente",
        "Beste collega's,\n\nWij zoeken per 1 maart een doktersassistente voor 24 uur per week. Herken je jezelf in deze vacature? Solliciteren kan tot 15 februari met een cv en motivatiebrief.",
        [{ address: "info@huisartsen-west.nl" }]
      )
    ).toBe("none");
  });

  test("none: HR work on a contract and a vacancy text stays business", () => {
    expect(
      category(
        "Contract en vacature",
        "Hoi Marloes,\n\nKun je het contract van onze baliemedewerker verlengen en de vacaturetekst aanpassen? Haar personeelsnummer staat op de factuur.",
        [{ address: "m@hr-advies.nl" }]
      )
    ).toBe("none");
  });

  test("medical: exercises from a hospital folder after a named patient's operation", () => {
    expect(
      category(
        "Re: knie",
        "Hoi Naomi,\n\nFijn dat de operatie goed is verlopen. Houd de oefeningen uit de folder van het ziekenhuis aan tot de controle bij de orthopeed."
      )
    ).toBe("medical");
  });

  test("general: a new consent form announced to partner practices", () => {
    expect(
      category(
        "Nieuw toestemmingsformulier",
        "Beste collega's,\n\nVanaf 1 januari werken wij met een nieuw toestemmingsformulier voor het delen van gegevens. De nieuwe werkwijze staat in de bijlage.",
        [{ address: "info@huisartsen-west.nl" }]
      )
    ).toBe("general");
  });

  describe("false alarms: staff matters, service information, identifiers without patients", () => {
    const colleague: Address = { address: "bram@huisartsen-voorbeeld.nl" };
    test("none: a colleague registered for a course on diabetes care", () => {
      expect(
        category(
          "Aanmelding cursus diabeteszorg",
          "Beste Marieke,\n\nHierbij meld ik onze POH Ellen de Boer aan voor de nascholing diabeteszorg op 12 maart, over insuline en hypoglykemie bij diabetes type 2. Accreditatie is aangevraagd.",
          [{ address: "secretariaat@nascholing-voorbeeld.nl" }]
        )
      ).toBe("none");
    });
    test("none: a physiotherapist's course certificate with PE-punten", () => {
      expect(
        category(
          "Certificaat",
          "Beste Tom,\n\nBijgaand het certificaat van de cursus schouderpijn en frozen shoulder. De PE-punten staan in je BIG-registratie.",
          [{ address: "tom.bakker@gmail.com" }]
        )
      ).toBe("none");
    });
    test("medical: a named patient's complaints stay medical (no course words)", () => {
      expect(
        category(
          "Schouder",
          "Beste Tom,\n\nJe schouderpijn en frozen shoulder vragen nog zes weken oefentherapie.",
          [{ address: "tom.bakker@gmail.com" }]
        )
      ).toBe("medical");
    });
    test("general: how repeat prescriptions work via the portal", () => {
      expect(
        category(
          "Herhaalrecepten",
          "Beste mevrouw Jansen,\n\nHerhaalrecepten kunt u online aanvragen via het patiëntenportaal. Log in met DigiD, kies uw medicatie en het recept staat na twee werkdagen klaar bij de apotheek."
        )
      ).toBe("general");
    });
    test("medical: a named patient's own medication change", () => {
      expect(
        category(
          "Medicatie",
          "Beste mevrouw Jansen,\n\nUw metformine gaat naar 1000 mg 2dd vanwege de hoge glucose."
        )
      ).toBe("medical");
    });
    test("general: insurance cover for dietitian visits (English)", () => {
      expect(
        category(
          "Dietitian",
          "Dear Mrs Brown,\n\nDietitian visits are covered by basic insurance, 3 hours per year. You do not need a referral from your GP."
        )
      ).toBe("general");
    });
    test("general: head lice in a school class; medical for one named child", () => {
      expect(
        category(
          "Hoofdluis",
          "Beste juf Anne,\n\nEr is hoofdluis geconstateerd in groep 5. Wilt u de ouders vragen hun kind te controleren?",
          [{ address: "juf.anne@school-voorbeeld.nl" }]
        )
      ).toBe("general");
      expect(
        category(
          "Hoofdluis",
          "Beste mevrouw Kok,\n\nUw dochter Emma heeft hoofdluis, behandel haar met een antiluizenmiddel."
        )
      ).toBe("medical");
    });
    test("none: parking permits for house calls", () => {
      expect(
        category(
          "Parkeervergunning",
          "Beste heer Visser,\n\nDe parkeervergunningen voor visites van de huisartsen zijn verlengd tot 31 december. De vergunning geldt voor huisbezoeken in de wijk.",
          [{ address: "parkeren@gemeente-voorbeeld.nl" }]
        )
      ).toBe("none");
    });
    test("logistic: a named patient's cancellation without the word afspraak", () => {
      expect(
        category(
          "Afzegging",
          "Hoi Bram,\n\nAfzegging: Pieter Jansen kan morgen niet komen. Verzet naar vrijdag.",
          [colleague]
        )
      ).toBe("logistic");
    });
    test("not logistic: a colleague cannot come to the team drinks", () => {
      expect(
        category("Borrel", "Hoi Bram,\n\nPieter Jansen kan morgen niet komen naar de borrel.", [
          colleague,
        ])
      ).not.toBe("logistic");
    });
    test("none: a new partner's BSN to the accountant; medical for a patient's BSN", () => {
      expect(
        category(
          "Nieuwe maat",
          "Beste Henk,\n\nDe gegevens van onze nieuwe maat Anna de Wit voor de maatschapsakte: BSN 111222333, geboren 12-03-1980.",
          [{ address: "henk@accountants-voorbeeld.nl" }]
        )
      ).toBe("none");
      expect(
        category(
          "Overdracht",
          "Hoi Bram,\n\nPatiënt Anna de Wit, geboren 12-03-1980, BSN 111222333: graag het dossier overdragen.",
          [colleague]
        )
      ).toBe("medical");
    });
    test("none: the staff birthday list", () => {
      expect(
        category(
          "Verjaardagen",
          "Hoi allemaal,\n\nDe verjaardagslijst van het team:\nAnna de Wit 12-03-1980\nPieter Smit 04-07-1975",
          [{ address: "team@huisartsen-voorbeeld.nl" }]
        )
      ).toBe("none");
    });
  });

  describe("pharmacy pickup, tariffs, practice news and facilities", () => {
    const pharmacy: Address = { address: "info@apotheek-voorbeeld.nl" };
    test("general, not logistic: how repeat prescriptions work, with a generic pickup sentence", () => {
      expect(
        category(
          "Re: online herhaalrecept",
          "Beste mevrouw Jansen,\n\nVia de app kunt u herhaalrecepten aanvragen. Een herhaalrecept dat u voor 10.00 uur aanvraagt, ligt twee werkdagen later klaar bij uw apotheek."
        )
      ).toBe("general");
    });

    test("general, not logistic: a notice to colleagues that patients can collect medication on Saturday", () => {
      expect(
        category(
          "Nieuw nummer collegalijn",
          "Beste collega's,\n\nVanaf zaterdag 4 oktober zijn wij open tot 17.00 uur, zodat uw patiënten hun medicatie nog bij ons kunnen ophalen.",
          [
            { address: "info@huisartsen-oost.nl", name: "Huisartsen Oost" },
            { address: "balie@gc-west.nl", name: "Gezondheidscentrum West" },
          ]
        )
      ).toBe("general");
    });

    test("general, not logistic: the counter moved to another entrance (a place, not a moment)", () => {
      expect(
        category(
          "Verbouwing",
          "Beste mevrouw Jansen,\n\nTijdens de verbouwing in week 38 is onze balie verplaatst naar de zij-ingang. De openingstijden blijven 8.00 - 17.00 uur."
        )
      ).toBe("general");
    });

    test("logistic: one patient's visit moved to another day", () => {
      expect(
        category(
          "Afspraak",
          "Hoi Sanne,\n\nKun je mevrouw Jansen verzetten naar donderdag 10.30 uur? Ze kan dinsdag niet.",
          [{ address: "balie@huisartsen-voorbeeld.nl" }]
        )
      ).toBe("logistic");
    });

    test("general: 'you can book an intake' offers no particular appointment", () => {
      expect(
        category(
          "Dietitian",
          "Dear Mr Larsen,\n\nDietitian care is covered by basic insurance. You can book an intake by phone (0299 - 42 81 15) or on our website."
        )
      ).toBe("general");
    });

    test("logistic: a pharmacy's pickup notice to one named patient", () => {
      expect(
        category(
          "Uw bestelling ligt klaar",
          "Beste mevrouw Jansen,\n\nUw bestelling ligt vanaf vandaag 14.00 uur voor u klaar in de afhaalkluis bij Apotheek De Linde. Uw ophaalcode staat in de app."
        )
      ).toBe("logistic");
      expect(
        category(
          "Herhaalrecept",
          "Beste heer Bakker,\n\nUw medicijnen liggen klaar. U kunt uw herhaalrecept vanaf donderdag ophalen bij de apotheek."
        )
      ).toBe("logistic");
    });
    test("medical, not logistic: a pickup notice that names the medicine and a result", () => {
      expect(
        category(
          "Medicatie",
          "Beste mevrouw Jansen,\n\nUw metformine ligt vanaf morgen 10.00 uur klaar bij de apotheek. Uw HbA1c was te hoog, daarom is de dosis verhoogd."
        )
      ).toBe("medical");
    });
    test("not logistic: a supplier's order ready in its warehouse", () => {
      expect(
        category(
          "Bestelling",
          "Beste Henk,\n\nUw bestelling handschoenen ligt vanaf maandag 9.00 klaar in ons magazijn, de factuur volgt.",
          [{ address: "henk@leverancier-voorbeeld.nl" }]
        )
      ).not.toBe("logistic");
    });
    test("general: a physiotherapy practice's tariffs to one enquirer", () => {
      expect(
        category(
          "Tarieven",
          "Beste mevrouw De Groot,\n\nDank voor uw vraag. Onze tarieven: per behandeling €38,50. Fysiotherapie wordt vergoed vanuit de aanvullende verzekering; de vergoeding hangt af van uw polis."
        )
      ).toBe("general");
    });
    test("general: a new GP announced to the pharmacy", () => {
      expect(
        category(
          "Nieuwe huisarts",
          "Beste collega's,\n\nPer 1 maart komt Anna de Wit ons team versterken als nieuwe huisarts. Haar AGB-code is 01234567; bijgaand haar handtekening zodat u haar als voorschrijver kunt registreren.",
          [pharmacy]
        )
      ).toBe("general");
    });
    test("none: the municipality about an advertising sign on the facade", () => {
      expect(
        category(
          "Reclamebord",
          "Geachte heer Smit,\n\nUw aanvraag voor een reclamebord aan de gevel van de praktijk is ontvangen. De vergunning wordt getoetst aan de welstand; patiënten zien het bord pas na goedkeuring.",
          [{ address: "vergunningen@gemeente-voorbeeld.nl" }]
        )
      ).toBe("none");
    });
    test("logistic: a colleague asked to reschedule several patients", () => {
      expect(
        category(
          "Dinsdag",
          "Hoi Lisa,\n\nKun je mw. Kramer van 9.00 verzetten naar 11.30 en dhr. Pietersen naar vrijdag? De POH is dinsdag afwezig.",
          [{ address: "lisa@huisartsen-voorbeeld.nl" }]
        )
      ).toBe("logistic");
    });
  });
});
