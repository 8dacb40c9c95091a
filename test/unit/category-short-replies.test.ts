/**
 * Short personal care replies in everyday words, and general answers to a patient's question, one to one
 * to a private address (issue 11). Written for this test by the engineer (fictitious), as kinds of mail:
 * the corpora measure generalisation, this file keeps each kind from coming back.
 */
import { check } from "../../src/engine";
import { emptyDraft } from "../../src/engine/draft";
import { analyse } from "../../src/engine/classify";

const FROM = { address: "s.verhoef@huisartsdebrug.nl", name: "Sanne Verhoef" };
const send = (body: string) =>
  check(
    emptyDraft({
      from: FROM,
      to: [{ address: "ans.janssen@gmail.com", name: "Ans Janssen" }],
      subject: "Re: vraagje",
      body,
    })
  );

const PERSONAL = [
  "Hoi Ans,\n\nFijn dat het plekje op je arm al kleiner wordt. Blijf er nog een week die zalf op smeren.\n\nSanne",
  "Beste mevrouw Janssen,\n\nDe foto van uw pols laat geen breuk zien. U mag de brace na twee weken afdoen.\n\nGroet, Sanne",
  "Hoi Ans,\n\nGoed dat je even mailde. Die duizeligheid komt waarschijnlijk door de nieuwe pillen, halveer ze maar tot vrijdag.\n\nSanne",
  "Dag Ans,\n\nJe suiker was vanochtend te hoog, 14,2. Wil je morgen nuchter nog een keer prikken?\n\nGroet, Sanne",
  "Hoi Ans,\n\nDe kuur mag je gewoon afmaken, ook al voel je je al beter. Na het weekend hoor ik graag hoe het gaat met het hoesten.\n\nSanne",
  "Beste Ans,\n\nHet uitstrijkje was goed, u hoeft pas over vijf jaar weer.\n\nMet vriendelijke groet,\nSanne",
  "Hoi Ans,\n\nNog last van je buik gehad na het eten? Zo niet, dan kunnen we de afspraak van donderdag laten vervallen.\n\nSanne",
  "Beste Ans,\n\nZoals beloofd: de zwangerschapstest was positief! Gefeliciteerd. De verloskundige neemt contact met je op.\n\nSanne",
  "Hi Ans,\n\nYour scan looked fine, nothing to worry about. The headaches should settle in a few weeks.\n\nSanne",
  "Hoi Ans,\n\nIk heb het recept voor de antibiotica naar de apotheek gestuurd. Drie keer per dag innemen, bij het eten.\n\nSanne",
  "Beste meneer Janssen,\n\nUw vrouw mag morgen naar huis. De wond ziet er goed uit.\n\nGroet,\nSanne",
  "Hoi Ans,\n\nDe tandarts heeft gekeken: het gaatje wordt volgende week gevuld. Tot die tijd niet op die kant kauwen.\n\nSanne",
  "Beste Ans,\n\nUit het gesprek van gisteren: we gaan verder met de slaaptraining en bouwen de oxazepam af.\n\nSanne",
  "Hoi Ans,\n\nNoor mag weer naar de opvang als ze 24 uur geen koorts meer heeft. Beterschap!\n\nSanne",
  "Hallo Ans,\n\nJe bloeddruk was 150/95, dat is te hoog. We gaan starten met een plaspil.\n\nSanne",
  // the addressee as the subject of a condition, in one sentence and in a subordinate clause
  "Beste Ans,\n\nU heeft een blaasontsteking. Drink veel water.\n\nGroet, Sanne",
  "Hoi Ans,\n\nJe bent nu 8 weken zwanger. Misselijkheid komt in de eerste weken veel voor.\n\nSanne",
  "Hoi Ans,\n\nOmdat je hooikoorts hebt, stuur ik je de tips over pollen.\n\nSanne",
  "Hoi Ans,\n\nDe wond is gehecht en de anticonceptiepil is voorgeschreven tot juni.\n\nSanne",
  // everyday words: sympathy before a complaint, a complaint that has gone, care done, a step with a moment
  "Hoi Ans,\n\nVervelend dat het nog nabloedt na het trekken. Bijt nog een half uur stevig op een gaasje.\n\nSanne",
  "Hoi Ans,\n\nFijn dat de bult kleiner wordt. Blijf nog even koelen.\n\nSanne",
  "Beste Ans,\n\nJe gaat goed vooruit, de zwelling is bijna weg. Nog twee keer fysio.\n\nSanne",
  "Beste Ans,\n\nDe tandarts heeft de wortelkanaalbehandeling afgerond, het kroontje volgt in maart.\n\nSanne",
  "Hoi Ans,\n\nDe pillen mag je vanaf vandaag halveren. Laat even weten hoe het gaat.\n\nSanne",
  "Hi Ans,\n\nYour stitches can come out on Friday. The cut looks clean.\n\nSanne",
  // "vergeet niet", "denk eraan" are imperatives: a step in the addressee's care with its moment
  "Hoi Ans,\n\nVergeet niet morgen nuchter te komen, dan prikken we bloed.\n\nSanne",
  // everyday conditions (a GP's topic list) and a word broken over a line
  "Hoi Ans,\n\nGoed dat je bent gestopt met blowen. Houd vol!\n\nSanne",
  "Hoi Ans,\n\nJe bent 2 weken overtijd, doe maar een test.\n\nSanne",
  "Beste Ans,\n\nDe wratjes zijn weg na het aanstippen. Fijn!\n\nSanne",
  "Beste Ans,\n\nDe blaas-\nontsteking is over, fijn.\n\nSanne",
  // a labelled result, as in a lab report, without "uw" or "je"
  "Hoi Ans,\n\nHIV-test: positief. Bel me even.\n\nSanne",
  "Beste Ans,\n\nKweek (12 maart): negatief. Fijn!\n\nSanne",
  // a condition in quotes or brackets right after "u heeft"
  "Beste Ans,\n\nJe hebt vermoedelijk (eczeem).\n\nSanne",
];

const GENERAL = [
  "Beste Ans,\n\nDank voor uw vraag. Een griepprik krijgt u als u 60 jaar of ouder bent of een chronische ziekte heeft. De uitnodiging komt in oktober.\n\nGroet, Sanne",
  "Hoi Ans,\n\nJa hoor, je kunt je kind vanaf 2 jaar meenemen naar de tandarts. Kinderen tot 18 jaar zijn gratis verzekerd.\n\nSanne",
  "Beste Ans,\n\nHerhaalrecepten kunt u aanvragen via de receptenlijn of de app. Voor 10.00 uur aangevraagd, de volgende dag na 16.00 uur af te halen.\n\nGroet",
  "Beste Ans,\n\nBij een verstuikte enkel is het advies: rust, ijs, zwachtel en hoog leggen. Kunt u na een paar dagen nog niet op de voet staan, bel dan de praktijk.\n\nGroet",
  "Beste Ans,\n\nDe fysiotherapeut zit op dinsdag en donderdag in ons gebouw. U heeft geen verwijzing nodig; de eerste afspraak maakt u zelf.\n\nGroet",
  "Hoi Ans,\n\nLeuk dat je wilt helpen bij de informatieavond over diabetes op 12 maart. Wil je om 19.00 uur bij de ingang staan?\n\nSanne",
  "Beste Ans,\n\nDe praktijk is met kerst gesloten. Bij spoed belt u de huisartsenpost.\n\nGroet",
  "Beste Ans,\n\nIn de bijlage vindt u onze folder over de overgang. Veel vrouwen krijgen opvliegers; dat is normaal.\n\nGroet",
  "Dear Ans,\n\nThank you for asking. Antibiotics do not help against a cold; most colds clear up within two weeks.\n\nKind regards",
  // a present passive tells how care goes; a range with a unit is an amount, not a date
  "Beste Ans,\n\nChronische medicatie wordt voor maximaal 3 maanden voorgeschreven en de anticonceptiepil voor maximaal 6 maanden. Indien nodig wordt een herhaalrecept na een controle verlengd.\n\nGroet",
  "Hoi Ans,\n\nDe eerste afspraak bij de verloskundige is meestal rond 7-10 weken. Daarna volgen de echo's.\n\nSanne",
  "Beste Ans,\n\nHet is goed dat u na het trekken de wond met rust laat. Een nabloeding is meestal na een paar uur over.\n\nGroet",
  "Beste Ans,\n\nBedankt voor je sollicitatie als doktersassistente. We nodigen je uit voor een gesprek op dinsdag 4 maart om 10.00 uur.\n\nGroet",
  "Beste Ans,\n\nDe praktijk is morgen gesloten. Herhaalrecepten kunt u dan via de app aanvragen.\n\nGroet",
  "Beste Ans,\n\nBent u zwanger of heeft u een blaasontsteking? Dan krijgt u voorrang bij de assistente.\n\nGroet",
  // a blank form's alternatives are no result
  "Beste Ans,\n\nOp het formulier vult u in: Uitslag zwangerschapstest: positief/negatief.\n\nGroet",
  "Hoi Ans,\n\nVergeet niet: de praktijk is morgen gesloten. Recepten kun je via de app aanvragen.\n\nSanne",
  "Beste Ans,\n\nOp uw vraag over de kosten: een consult bij de huisarts valt niet onder het eigen risico. Een bloedonderzoek via het lab wel.\n\nGroet",
];

test.each(PERSONAL)("a personal care reply is kept back: %s", (body) => {
  const r = send(body);
  expect(r.verdict.action).toBe("secure");
  expect(r.category).toBe("medical");
});

test.each(GENERAL)("a general answer goes: %s", (body) => {
  expect(send(body).verdict.action).toBe("allow");
});

/** Mail about one person to a school, an employer, the municipality or a colleague elsewhere. */
const ABOUT_ONE: { to: string; subject: string; body: string }[] = [
  {
    to: "mentor@obs-dekring.nl",
    subject: "Tim van Dam, groep 7",
    body: "Beste mevrouw De Wit,\n\nZoals telefonisch besproken: Tim kan de komende drie weken niet meedoen met gym vanwege zijn knie. Hij mag wel fietsen.\n\nMet vriendelijke groet,\nSanne Verhoef\nfysiotherapeut",
  },
  {
    to: "p.bakker@bouwbedrijf-bakker.nl",
    subject: "P. Smits",
    body: "Geachte heer Bakker,\n\nUw medewerker, de heer P. Smits, is bij ons onder behandeling voor zijn rug. Hij kan voorlopig geen zware dingen tillen.\n\nMet vriendelijke groet,\nSanne Verhoef",
  },
  {
    to: "wmo@gemeente-zwolle.nl",
    subject: "Wmo-aanvraag",
    body: "Hallo,\n\nHierbij de gegevens voor de Wmo-aanvraag van mevrouw G. de Jong (12-05-1941). Zij kan sinds haar val niet meer zelfstandig douchen.\n\nGroet,\nSanne",
  },
  {
    to: "peter.jansen@thuiszorg-oost.nl",
    subject: "meneer Visser",
    body: "Hoi Peter,\n\nKun je maandag even bij meneer Visser langs? Zijn been is weer dik en rood.\n\nSanne",
  },
  {
    to: "poli.oogheelkunde@isala.nl",
    subject: "Terugbelverzoek",
    body: "Beste collega,\n\nWilt u mevrouw Kok (geb. 3-4-1950) terugbellen? Ze heeft sinds gisteren last van haar ogen na de staaroperatie.\n\nGroet,\nSanne",
  },
  {
    to: "info@apotheek-centrum.nl",
    subject: "FW: vraag",
    body: "Hoi,\n\nZie onderstaand bericht van de patiënt.\n\nSanne\n\n-----Oorspronkelijk bericht-----\nVan: Ans Janssen <ans.janssen@gmail.com>\nVerzonden: maandag 30 november 2026 21:14\nAan: praktijk\nOnderwerp: vraag\n\nIk ben sinds vorige week steeds zo moe en ik val veel af. Kan de dokter naar mijn bloed kijken?\n\nAns",
  },
  {
    to: "j.brown@gmail.com",
    subject: "Emily",
    body: "Dear Mr Brown,\n\nYour daughter Emily can return to school tomorrow; the rash is not contagious anymore.\n\nBest regards,\nSanne",
  },
  {
    to: "ans@familiejanssen.nl",
    subject: "enkel",
    body: "Hoi Ans,\n\nIk zag je gisteren op de gang, is het met je enkel een beetje beter? Het koelen helpt echt.\n\nGroetjes Sanne",
  },
];

// a named person with a condition in everyday words, to an employer and to the municipality
ABOUT_ONE.push(
  {
    to: "hr@transportbedrijf-vos.nl",
    subject: "Anouk",
    body: "Beste Mark,\n\nAnouk is zwanger en mag geen nachtdiensten meer draaien.\n\nGroet,\nSanne",
  },
  {
    to: "wmo@gemeente-ede.nl",
    subject: "Aanvraag",
    body: "Hallo,\n\nMevrouw Bos (78) valt vaak en kan niet meer zelf douchen. Kunnen jullie langskomen?\n\nSanne",
  }
);

const TO_ORGANISATIONS: { to: string; subject: string; body: string }[] = [
  {
    to: "redactie@culemborgsecourant.nl",
    subject: "Persbericht: 25 jaar",
    body: 'Beste redactie,\n\nTandarts Henk Hoekstra begon in 2001 aan de Molenhoek. Zoon Ruben Hoekstra nam in 2019 de praktijk over. "We zien minder gaatjes bij kinderen dan vroeger," zegt hij.\n\nGroet,\nAnouk',
  },
  {
    to: "mentor@obs-dekring.nl",
    subject: "Folder blessurepreventie",
    body: "Beste mevrouw De Wit,\n\nLeuk dat u onze folder over blessurepreventie op school wilt uitdelen. Warming-up voor de gymles vermindert het risico op blessures aan knie en enkel.\n\nMet vriendelijke groet,\nSanne",
  },
  {
    to: "p.bakker@bouwbedrijf-bakker.nl",
    subject: "Bedrijfsfysiotherapie",
    body: "Geachte heer Bakker,\n\nDank voor uw vraag over onze bedrijfsfysiotherapie. Wij bieden werkplekonderzoek en een spreekuur voor medewerkers met rug- en nekklachten. De kosten zijn 95 euro per uur.\n\nMet vriendelijke groet,\nSanne",
  },
  {
    to: "peter.jansen@thuiszorg-oost.nl",
    subject: "Nieuw formulier",
    body: "Beste Peter,\n\nVanaf 1 januari werken wij met een nieuw overdrachtsformulier voor de wijkverpleging. Het formulier staat op het gedeelde kanaal.\n\nGroet,\nSanne",
  },
  {
    to: "j.brown@gmail.com",
    subject: "Vaccinations",
    body: "Dear Ms Brown,\n\nThank you for your question. Children in the Netherlands are vaccinated against measles at 14 months and 9 years. The youth health service sends an invitation.\n\nKind regards,\nSanne",
  },
];

const sendTo = (m: { to: string; subject: string; body: string }) =>
  check(emptyDraft({ from: FROM, to: [{ address: m.to }], subject: m.subject, body: m.body }));

test.each(ABOUT_ONE.map((m) => [m.subject, m] as const))(
  "mail about one person is kept back: %s",
  (_, m) => {
    const r = sendTo(m);
    expect(r.verdict.action).toBe("secure");
    expect(r.category).toBe("medical");
  }
);

test.each(TO_ORGANISATIONS.map((m) => [m.subject, m] as const))(
  "general mail to an organisation goes: %s",
  (_, m) => {
    expect(sendTo(m).verdict.action).toBe("allow");
  }
);

test.each([
  "Goedemiddag,\n\nDe pil kunt u morgen na 14.00 uur ophalen, de huisarts heeft het recept goedgekeurd.\n\nApotheek",
  "Hoi Karin,\n\nBedankt voor de foto. Het been van je moeder ziet er een stuk beter uit.\n\nJoost",
])("care for one person in few words is kept back: %s", (body) => {
  expect(send(body).verdict.action).toBe("secure");
});

test.each([
  "Beste Ans,\n\nHet lab stuurt de uitslag naar de huisarts. U belt zelf voor de uitslag, na ongeveer vijf werkdagen, tussen 11.00 en 12.00 uur.\n\nGroet",
  "Beste Ans,\n\nMet ingang van 1 januari zijn wij op zaterdag niet meer open. U kunt uw medicijnen ophalen uit de afhaalkluis.\n\nGroet",
  "Dear Ans,\n\nYou do not need a referral for physiotherapy. Call us on weekdays between 8:00 and 17:00.\n\nKind regards",
  "Beste Ans,\n\nKinderen zijn welkom vanaf het eerste tandje. Neem uw kind gerust mee tijdens uw eigen controle. Advies: twee keer per dag poetsen.\n\nGroet",
  "Beste Ans,\n\nDe herhaalservice is voor medicijnen die u al eerder van ons heeft gekregen. Ongeveer tien dagen voordat uw medicijnen op zijn, liggen ze voor u klaar.\n\nGroet",
])("how care works goes: %s", (body) => {
  expect(send(body).verdict.action).toBe("allow");
});

test.each([
  "Hoi Henk,\n\nKlinkt goed! Dat die nagel weer mooi aangroeit is precies wat we willen. Het verbandje mag er vrijdag af.\n\nGr Bart",
  "Great job on the food diary, Tom! The low-FODMAP phase seems to be helping your bloating. Keep writing down when the cramps come back.\n\nMarloes",
])("a short note on one client's care is kept back: %s", (body) => {
  expect(send(body).verdict.action).toBe("secure");
});

test("a named pupil's hoarse voice, to the teacher, is kept back", () => {
  const r = sendTo({
    to: "m.bos@cbsdekompas-haren.nl",
    subject: "Julia, groep 4",
    body: "Beste juf Marieke,\n\nJulia (groep 4) komt sinds oktober bij mij voor haar schorre stem. Ze heeft kleine knobbeltjes op de stembanden.\n\nDank je wel!",
  });
  expect(r.verdict.action).toBe("secure");
});

test("a care aid for the addressee's father is his care; rollators in the hall are no one's", () => {
  expect(
    send(
      "Hoi Karin,\n\nDe douchestoel voor je vader is besteld via de Wmo, levering is volgende week dinsdag.\n\nGroet, Sophie"
    ).verdict.action
  ).toBe("secure");
  expect(
    send(
      "Hoi Karin,\n\nKun je dinsdag de lekkage bij de ingang maken? Pas op voor de rollators in de gang.\n\nGroet, Sophie"
    ).verdict.action
  ).toBe("allow");
});

test("a test result that came in is the addressee's: 'De kweek is terug: toch een blaasontsteking'", () => {
  expect(
    send(
      "Beste Sietske,\n\nDe kweek is terug: toch een blaasontsteking. Het recept staat bij de apotheek.\n\nGroet"
    ).verdict.action
  ).toBe("secure");
});

test("'prescribed medicines' in travel advice is no prescription for this person", () => {
  expect(
    send(
      "Dear Ms Turner,\n\nSome general points for travelling with prescribed medicines: keep them in the original packaging. Painkillers with codeine need a certificate.\n\nKind regards"
    ).verdict.action
  ).toBe("allow");
});

test("text for a local paper's copy desk (kopij@) is text for readers", () => {
  const r = sendTo({
    to: "kopij@wijkkrantbinnenstad.nl",
    subject: "Achter de schermen bij de apotheek",
    body: "Beste redactie,\n\nHierbij ons stukje. Bent u zwanger of heeft u een allergie? Zeg het bij de balie, dan kijken wij of uw medicijn past.\n\nGroet",
  });
  expect(r.verdict.action).toBe("allow");
});

describe("kinds from x851–x950", () => {
  test("an instruction in prose for the addressee's own knee is theirs; the same in a leaflet list is not", () => {
    expect(
      send(
        "Hoi Ria,\n\nWat goed dat de trap weer lukt! Blijf dat oefeningetje met het elastiek voor je knie doen, drie keer per dag.\n\nBas"
      ).verdict.action
    ).toBe("secure");
    expect(
      send(
        "Hoi Marloes,\n\nHieronder de informatie voor de buurtapp.\n\n- Neem uw uitnodigingsbrief mee en draag kleding waarmee u uw bovenarm makkelijk bloot kunt maken.\n- Neem ook uw pas mee.\n\nIlse"
      ).verdict.action
    ).toBe("allow");
  });

  test("'die hechtingen' in a note to a mother is her care", () => {
    expect(
      send(
        "Hoi Lisa,\n\nFijn dat de kleine goed drinkt. Die hechtingen lossen vanzelf op, daar hoef je niks mee te doen.\n\nAnouk"
      ).verdict.action
    ).toBe("secure");
  });

  test("a condition told verb first is no pickup notice: 'Liggen ze klaar, dan krijgt u een sms'", () => {
    expect(
      send(
        "Beste mevrouw Janssen,\n\nDe medicijnkluis van de apotheek werkt zo: liggen ze klaar, dan krijgt u een sms met een code. Met die code opent u uw vakje.\n\nGroet"
      ).verdict.action
    ).toBe("allow");
  });

  test("a reply whose subject asks how care works answers a general question", () => {
    const r = check(
      emptyDraft({
        from: FROM,
        to: [{ address: "ans.janssen@gmail.com", name: "Ans Janssen" }],
        subject: "Re: moet ik eerst naar de huisarts?",
        body: "Hoi Ans,\n\nJe kunt bij de fysiotherapeut zonder verwijzing terecht. Bij je eerste afspraak kijken we of fysiotherapie bij jouw klacht past.\n\nGroet",
      })
    );
    expect(r.verdict.action).toBe("allow");
  });

  test("'Re: uitslag?' asks for one's own result: the answer stays personal", () => {
    const r = check(
      emptyDraft({
        from: FROM,
        to: [{ address: "ans.janssen@gmail.com", name: "Ans Janssen" }],
        subject: "Re: uitslag?",
        body: "Hoi Ans,\n\nHet bloed prikken was goed hoor, alles netjes. Gewoon doorgaan met de pilletjes.\n\nSanne",
      })
    );
    expect(r.verdict.action).toBe("secure");
  });

  test("a person named three short sentences back owns 'zijn schouder' (abbreviations end no sentence)", () => {
    const r = sendTo({
      to: "casemanagement@arbovitaal-nl.nl",
      subject: "Voortgang",
      body: "Beste mevrouw Sanders,\n\nEen korte update over meneer K. Terpstra (geb. 14-02-1979). Hij komt twee keer per week voor zijn schouder.\n\nGroet",
    });
    expect(r.verdict.action).toBe("secure");
    expect(r.verdict.hits.map((h) => h.rule)).not.toContain("recipient-mismatch");
  });

  test("meeting minutes name their attendees as staff, also by first name later on", () => {
    const r = sendTo({
      to: "apotheek@apotheekhetkruis.nl",
      subject: "Notulen FTO",
      body: "Beste Raymond,\n\nAanwezig: Raymond Kolman (apotheker), Marianne Poulen en Joost Hamers (huisartsen)\n\n- Opiaten en slaapmiddelen worden nooit zonder overleg herhaald.\n\nActiepunten: Marianne licht de assistentes in; Joost maakt een voorstel.\n\nGroet",
    });
    expect(r.verdict.action).toBe("allow");
  });

  test("a pupil's project is the topic: answers for 'je werkstuk' go", () => {
    const r = send(
      "Hoi Yara,\n\nLeuk dat je voor je werkstuk bij ons aanklopt. De verloskundige stelt bij de eerste afspraak vragen over eerdere zwangerschappen, je eigen gezondheid en die van je partner.\n\nSucces met je werkstuk!"
    );
    expect(r.verdict.action).toBe("allow");
  });

  test("a quoted 'ik moet 's nachts wel vier keer plassen' is the writer's complaint", () => {
    expect(
      send(
        "Dag meneer,\n\nDe dokter belt u morgenochtend.\n\nGroet\n\n> Ik moet 's nachts wel vier keer plassen en het komt er zo langzaam uit. Moet ik me zorgen maken?"
      ).verdict.action
    ).toBe("secure");
  });
});

describe("kinds from x851–x950, continued", () => {
  test("a file's name and its content are one text: a blank form's fields are read as a form", () => {
    const name = "formulier-inzage-dossier.pdf";
    const draft = emptyDraft({
      from: FROM,
      to: [{ address: "keeshazenberg@ziggo.nl", name: "Kees Hazenberg" }],
      subject: "Re: mijn dossier opvragen",
      body: "Beste meneer Hazenberg,\n\nU kunt uw dossier inzien op het spreekuur. Vul voor een kopie het formulier in de bijlage in.\n\nMet vriendelijke groet",
      attachments: [
        {
          name,
          contentType: "application/pdf",
          size: 1000,
          kind: "file",
          extraction: {
            texts: [
              { source: name, text: name, fromName: true },
              {
                source: name,
                text: "Huisartsenpraktijk De Wilgenhof\nVerzoek om inzage of kopie van uw medisch dossier\nNaam: ..............\nGeboortedatum: ..............\nBSN: ..............",
              },
            ],
            facts: [],
          },
        },
      ],
    });
    const r = check(draft);
    expect(r.verdict.action).toBe("allow");
    expect(analyse(draft).mail!.parts.filter((p) => p.where === `attachment:${name}`)).toHaveLength(
      1
    );
  });

  test("to a supplier's service mailbox, a tie between business and care words is business", () => {
    const r = sendTo({
      to: "service@telzorg-systemen.nl",
      subject: "Storing receptenlijn",
      body: "Goedemorgen,\n\nSinds gisteren neemt onze receptenlijn (keuze 2 in het keuzemenu) geen berichten meer op. Het gaat om de installatie van vorige maand. Patiënten spreken daar hun herhaalrecepten in.\n\nMet vriendelijke groet",
    });
    expect(r.category).toBe("none");
  });

  test("a group named for a condition tells its members' condition", () => {
    const r = check(
      emptyDraft({
        from: FROM,
        to: [
          { address: "jos.aalbers@zeelandnet.nl" },
          { address: "g.smit@kabelfoon.nl" },
          { address: "an.devries@caiway.nl" },
        ],
        subject: "Rugklachtengroep: woensdag later",
        body: "Beste deelnemers van de rugklachtengroep,\n\nWoensdag begint de training een uur later, om 18.30 uur.\n\nGroet",
      })
    );
    expect(r.category).toBe("medical");
  });
});

describe("one identified person without health content is care logistics", () => {
  test("'Hallo collega's' to one other practice about one patient's registration is about that patient", () => {
    const r = sendTo({
      to: "info@huisartsoostkapelle.nl",
      subject: "BSN 601 784 686 ingeschreven?",
      body: "Hallo collega's,\n\nMevrouw Eversdijk zegt dat ze per 1 december bij jullie ingeschreven staat, klopt dat? Dan kunnen wij haar uitschrijven. Ze had nog een afspraak bij ons op 8 december staan.\n\nGroetjes Jolanda",
    });
    expect(r.category).toBe("logistic");
    expect(r.verdict.action).toBe("secure");
  });

  test("a patient's own BSN beside an encrypted file is logistic, not a cover note", () => {
    const r = send(
      "Beste meneer Prins,\n\nHierbij het bestand voor uw verzekeraar, versleuteld. Het wachtwoord krijgt u per sms. Uw BSN (453 72 0511) staat er ook bij.\n\nGroet"
    );
    expect(r.category).toBe("logistic");
    expect(r.because).toBe("logistic-patient-id");
  });
});

test("a pickup notice says the items are in the locker; how the locker works is no pickup", () => {
  const pharmacy = (body: string) =>
    check(
      emptyDraft({
        from: { address: "info@apotheekdelinde-maarn.nl", name: "Apotheek De Linde" },
        to: [{ address: "riahoogendoorn@telfort.nl", name: "Ria Hoogendoorn" }],
        subject: "Uw medicijnen",
        body,
      })
    );
  expect(
    pharmacy(
      "Beste mevrouw Hoogendoorn,\n\nUw medicijnen liggen vanaf morgen 14.00 uur in de afhaalkluis van de apotheek.\n\nGroet"
    ).category
  ).toBe("logistic");
  expect(
    pharmacy(
      "Beste mevrouw Hoogendoorn,\n\nMet kerst zijn wij gesloten. Uw medicijnen kunt u ook dag en nacht ophalen uit de afhaalkluis naast de ingang van de apotheek. Wilt u uw herhaalmedicatie het liefst voor 19 december aanvragen?\n\nGroet"
    ).verdict.action
  ).toBe("allow");
});

test("a general question restated in the answer ('Je vroeg of je een verwijzing nodig hebt') is answered generally", () => {
  expect(
    send(
      "Beste Eva,\n\nJe vroeg of je een verwijzing nodig hebt en hoe het zit met de vergoeding. Een mondhygiënist is vrij toegankelijk: je kunt zonder verwijzing van de tandarts een afspraak maken. Voor wie jonger is dan 18 jaar betaalt de basisverzekering de behandeling.\n\nGroet"
    ).verdict.action
  ).toBe("allow");
  // a restated question about one's own result is no general question
  expect(
    send(
      "Beste Eva,\n\nJe vroeg of je uitslag al binnen is. Het bloed was goed, je ijzer is weer normaal.\n\nGroet"
    ).verdict.action
  ).toBe("secure");
});

test("an appointment confirmation that says how to cancel ('afmelden') is no newsletter", () => {
  const r = send(
    "Beste mevrouw De Vries,\n\nHierbij bevestigen wij uw afspraak op dinsdag 14 oktober om 10:30 bij dokter Bakker. Bij verhindering graag 24 uur van tevoren afmelden via 020-1234567.\n\nMet vriendelijke groet"
  );
  expect(r.category).toBe("logistic");
  expect(r.verdict.action).toBe("secure");
});

test("a named colleague who is ill is the subject of the mail, whatever her role", () => {
  const r = sendTo({
    to: "salaris@loonbureau-achterhoek.nl",
    subject: "Ziekmelding",
    body: "Beste Erik,\n\nOnze tandartsassistente Kim van Dalen is sinds 29 september ziek. Ze is geopereerd aan een hernia en mag minimaal 8 weken niet werken.\n\nGroet,\nMonique",
  });
  expect(r.verdict.action).toBe("secure");
  // the same role beside care she gives is staff, not a patient
  const staff = sendTo({
    to: "redactie@wijkblad-oost.nl",
    subject: "Nieuwe collega",
    body: "Beste redactie,\n\nOnze tandartsassistente Kim van Dalen geeft voortaan poetsles aan kinderen met gaatjes.\n\nGroet,\nMonique",
  });
  expect(staff.verdict.action).toBe("allow");
});

test("a check-up note that ends with the next visit ('Tot over twee weken.') is kept back", () => {
  const r = send(
    "Beste Ans,\n\nHet kindje groeit goed en ligt al met het hoofdje naar beneden. Tot over twee weken.\n\nMarieke"
  );
  expect(r.verdict.action).toBe("secure");
  // "tot over twee weken" in the middle of a sentence is a span of time, no meeting
  const span = send(
    "Beste Ans,\n\nDe informatieavond is verplaatst tot over twee weken; de datum volgt.\n\nMarieke"
  );
  expect(span.verdict.action).toBe("allow");
});

test("meeting the addressee at a social occasion is no care visit; at the practice it is", () => {
  const social = send(
    "Beste Ans,\n\nDank voor de bloemen! Het team heeft ervan genoten. Tot de volgende keer bij de buurtbarbecue op 20 juni.\n\nMarieke"
  );
  expect(social.verdict.action).toBe("allow");
  const visit = send(
    "Beste Ans,\n\nDank voor de bloemen! Tot de volgende keer op het spreekuur op 20 juni, dan kijken we naar je knie.\n\nMarieke"
  );
  expect(visit.verdict.action).toBe("secure");
});
