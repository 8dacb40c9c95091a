/**
 * Kinds of error found in the twenty-fourth round (first scores in test/corpus-extra/README.md), each as
 * new fictitious mail written for this test by the engineer, not copied from the corpus. Each kept-back
 * case has a harmless twin where the kind allows one.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { classifyAddress } from "../../src/engine/recipients";
import { DEFAULT_POLICY } from "../../src/engine/policy";

const verdict = (from: Address, to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from, to, subject, body }));

describe("an occupational therapist's update in English to a relative", () => {
  const OT = { address: "m.visser@ergotherapieoost.nl", name: "Ergotherapie Oost" };
  const SON: Address[] = [{ address: "tom.dekker81@gmail.com", name: "Tom Dekker" }];

  test("a named client's aids and what she manages are her health", () => {
    const body =
      "Hi Tom,\n\nGood news: Mrs Dekker can now put on her support stockings herself with the little frame, it takes her ten minutes.\nPlease don't let her carry the washing basket down the stairs any more.\n\nKind regards,\nMarieke";
    const v = verdict(OT, SON, "Update", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("where such aids are sold, told to the same relative, goes", () => {
    const body =
      "Hi Tom,\n\nSupport stockings and the frames to put them on are sold at most pharmacies and medical supply shops; the insurer's website lists which ones it covers.\n\nKind regards,\nMarieke";
    expect(verdict(OT, SON, "Where to buy", body).verdict.action).toBe("allow");
  });
});

describe("a supplier's returns mailbox", () => {
  const practice = ["praktijkdewaal.nl"];

  test("is an organisation, not a private person, though its display name has no company word", () => {
    expect(
      classifyAddress(
        "retouren@medline-distributie.nl",
        practice,
        DEFAULT_POLICY,
        "Retouren Medline Distributie"
      )
    ).toBe("external");
    expect(
      classifyAddress("orders@zorgshop-oost.nl", practice, DEFAULT_POLICY, "Orders Zorgshop Oost")
    ).toBe("external");
  });

  test("a person at their own domain stays private", () => {
    expect(classifyAddress("anna@degroot.net", practice, DEFAULT_POLICY, "Anna de Groot")).toBe(
      "private"
    );
  });

  test("a return of the practice's stock after a power cut goes", () => {
    const from = { address: "inkoop@praktijkdewaal.nl", name: "Praktijk De Waal" };
    const to = [
      { address: "retouren@medline-distributie.nl", name: "Retouren Medline Distributie" },
    ];
    const body =
      "Goedemorgen,\n\nNa een stroomstoring was onze koelkast te warm. Deze producten mogen we niet meer gebruiken:\n- Insuline flacons (praktijkvoorraad), 4 stuks\n- Boostrix, 10 stuks\n\nKunt u een retournummer sturen?\n\nMet vriendelijke groet,\nInkoop";
    expect(verdict(from, to, "Retour koelkastproducten", body).verdict.action).toBe("allow");
  });
});

describe("a physiotherapy practice writing to its landlord", () => {
  const PHYSIO = { address: "m.schouten@fysiodebosrand.nl", name: "Martijn Schouten" };
  const LANDLORD: Address[] = [{ address: "info@hemmesvastgoed.nl", name: "Hemmes Vastgoed" }];

  test("the groups it moved because of a leaking roof are its business", () => {
    const body =
      "Beste meneer Hemmes,\n\nDe oefenzaal is dicht: er staan emmers onder het dak. De groepstrainingen (hartrevalidatie en de COPD-groep) wijken uit naar de sporthal.\nKan de dakdekker deze week komen? De loodgieter mag tussen 8 en 17 uur binnen, de sleutel ligt bij de balie. De schade aan de loopband hebben we bij onze inventarisverzekering gemeld.\n\nMet vriendelijke groet,\nMartijn Schouten";
    const v = verdict(PHYSIO, LANDLORD, "Lekkage oefenzaal", body);
    expect(v.category).toBe("none");
    expect(v.verdict.action).toBe("allow");
  });

  test("a group's moved session told to its visible participants is still theirs", () => {
    const members: Address[] = [
      { address: "j.bosman@ziggo.nl", name: "Jan Bosman" },
      { address: "r.kuipers@kpnmail.nl", name: "Riet Kuipers" },
      { address: "h.smits@home.nl", name: "Henk Smits" },
    ];
    const body =
      "Beste allemaal,\n\nDoor de lekkage in de oefenzaal gaat de COPD-groep donderdag 3 december niet door. We halen het in op dinsdag 8 december om 10.00 uur.\n\nGroet,\nMartijn";
    const v = verdict(PHYSIO, members, "COPD-groep verplaatst", body);
    expect(v.verdict.action).not.toBe("allow");
  });
});

describe("the practice's neighbours visible to each other", () => {
  const GP = { address: "r.jansma@huisartsenkerkstraat.nl", name: "Rob Jansma" };
  const NEIGHBOURS: Address[] = [
    { address: "wim.hoogland@kpnmail.nl", name: "Wim Hoogland" },
    { address: "gerdazijlstra@ziggo.nl", name: "Gerda Zijlstra" },
    { address: "karin.dehaan@gmail.com", name: "Karin de Haan" },
  ];

  test("written to as the neighbourhood association's board, are not a group of patients", () => {
    const body =
      "Beste Wim, Gerda en Karin,\n\nAls bestuur van de buurtvereniging willen we jullie vooraf informeren over de verbouwing van de praktijk, zodat jullie het in de buurtapp kunnen zetten. Van 11 januari tot half februari werkt de aannemer op werkdagen van 7.30 tot 16.30 uur.\n\nHartelijke groet,\nRob Jansma";
    const v = verdict(GP, NEIGHBOURS, "Verbouwing januari", body);
    expect(v.verdict.hits.map((h) => h.rule)).not.toContain("visible-group-recipients");
    expect(v.verdict.action).toBe("allow");
  });

  test("the same addresses told about the renovation as patients stay blocked", () => {
    const body =
      "Beste Wim, Gerda en Karin,\n\nVan 11 januari tot half februari verbouwen we de praktijk. Uw afspraken gaan gewoon door; de ingang is dan aan de achterkant.\n\nHartelijke groet,\nRob Jansma";
    const v = verdict(GP, NEIGHBOURS, "Verbouwing januari", body);
    expect(v.verdict.hits.map((h) => h.rule)).toContain("visible-group-recipients");
  });
});

describe("a general answer that turns to the asker's own situation", () => {
  const PHYSIO = { address: "info@fysiodeweide.nl", name: "Fysiotherapie De Weide" };
  const ASKER: Address[] = [{ address: "m.vanwijk@caiway.nl", name: "Marleen van Wijk" }];
  const GENERAL =
    "Hoi Marleen,\n\nIn het algemeen wordt fysiotherapie uit de aanvullende verzekering betaald; hoeveel behandelingen hangt af van je pakket.";
  const END = "\n\nGroet,\nSven\n\n> Hoeveel behandelingen krijg ik vergoed?";

  test("'je zit nu op behandeling 5' after it is her care", () => {
    const body = `${GENERAL}\n\nJe zit nu op behandeling 5 van de 9; voor de enkel na de operatie plannen we er nog 3.${END}`;
    expect(verdict(PHYSIO, ASKER, "Re: vergoeding", body).verdict.action).toBe("secure");
  });

  test("what her dentist saw at her check-up is her care", () => {
    const DENTAL = { address: "balie@mondzorgdeweide.nl", name: "Mondzorg De Weide" };
    const body =
      "Beste mevrouw Van Wijk,\n\nPoets twee keer per dag twee minuten en reinig dagelijks tussen de tanden met ragers.\n\nBij uw controle zagen we dat het tandvlees rechtsboven nog bloedt; daarom krijgt u een afspraak bij de mondhygiënist.\n\nMet vriendelijke groet,\nBalie";
    expect(verdict(DENTAL, ASKER, "Re: poetstips", body).verdict.action).toBe("secure");
  });

  test("the general answer alone goes", () => {
    expect(verdict(PHYSIO, ASKER, "Re: vergoeding", `${GENERAL}${END}`).verdict.action).toBe(
      "allow"
    );
  });
});

describe("a hearing-aid shop's reply naming only the side", () => {
  const SHOP = { address: "service@hoorpuntdebrink.nl", name: "Hoorpunt De Brink" };
  const CLIENT: Address[] = [{ address: "t.bosma@hetnet.nl", name: "Tineke Bosma" }];

  test("'uw linker is terug van de reparatie' is the addressee's aid", () => {
    const body =
      "Dag mevrouw Bosma,\n\nUw linker is terug van de reparatie en staat nu iets zachter. U kunt hem vanaf dinsdag ophalen.\n\nGroet,\nPeter";
    expect(verdict(SHOP, CLIENT, "Re: reparatie", body).verdict.action).toBe("secure");
  });

  test("the shop's left and right entrances are no one's aid", () => {
    const body =
      "Dag mevrouw Bosma,\n\nDe ingang links is dicht; de rechter ingang is open van 9 tot 17 uur.\n\nGroet,\nPeter";
    expect(verdict(SHOP, CLIENT, "Re: ingang", body).verdict.action).toBe("allow");
  });
});

describe("a child's name that is also an English word, at the start of a sentence", () => {
  const SPEECH = { address: "info@logopediehetwoord.nl", name: "Logopedie Het Woord" };
  const PARENT: Address[] = [{ address: "sanne.kok@ziggo.nl", name: "Sanne Kok" }];
  const names = (body: string) =>
    verdict(SPEECH, PARENT, "vandaag", body)
      .findings.filter((f) => f.type === "name")
      .map((f) => f.text);

  test("'Ties deed het super' names Ties, and the reply is his care", () => {
    const body =
      "Hoi Sanne,\nTies deed het echt super vandaag! De 's' aan het begin lukt steeds vaker. Thuis blijven oefenen met de kaartjes.\nGroetjes Esther";
    expect(names(body)).toContain("Ties");
    expect(verdict(SPEECH, PARENT, "vandaag", body).verdict.action).toBe("secure");
  });

  test("'Ties and scarves' found in the waiting room are no one", () => {
    expect(
      names(
        "Hoi Sanne,\nTies and scarves left in the waiting room are at the desk.\nGroetjes Esther"
      )
    ).not.toContain("Ties");
  });
});

describe("people named in the practice's business mail", () => {
  const PHARMACY = { address: "inkoop@apotheekdelinde.nl", name: "Apotheek De Linde - inkoop" };
  const WHOLESALER: Address[] = [
    { address: "klantenservice@farmagroothandel-zuid.nl", name: "Klantenservice" },
  ];
  const ORDER =
    "Goedemorgen,\n\nBij de levering van vanochtend ontbraken 2 kratten (o.a. omeprazol 20 mg, metformine 500 mg, insulinepennen koelwaar). Kunnen jullie die vandaag naleveren?";

  test("the contact for the driver is staff: a back-order stays business", () => {
    const body = `${ORDER}\n\nContactpersoon voor de chauffeur is Gerda Vos, zij is er tot 17.00.\n\nMet vriendelijke groet,\nStefan`;
    const v = verdict(PHARMACY, WHOLESALER, "Backorder", body);
    expect(v.category).not.toBe("medical");
    expect(v.verdict.action).toBe("allow");
  });

  test("an order for a named client is that client's health", () => {
    const body = `${ORDER}\n\nDe insulinepennen zijn voor mevrouw Gerda Vos, zij wacht erop.\n\nMet vriendelijke groet,\nStefan`;
    expect(verdict(PHARMACY, WHOLESALER, "Backorder", body).verdict.action).toBe("secure");
  });
});

describe("the practice's neighbours greeted as neighbours", () => {
  const PHYSIO = { address: "info@beweegpuntlinde.nl", name: "Beweegpunt Linde" };
  const NEIGHBOURS: Address[] = [
    { address: "fam.kuipers@ziggo.nl" },
    { address: "jan.en.els.boom@kpnmail.nl" },
    { address: "r.smit71@hotmail.com" },
  ];

  test("'Beste buren' about building work is no group of patients", () => {
    const body =
      "Beste buren,\n\nVanaf 11 januari verbouwen wij onze praktijkruimte. In week 2 en 3 staat er een container op twee parkeervakken.\n\nMet vriendelijke groet,\nTeam Beweegpunt";
    const v = verdict(PHYSIO, NEIGHBOURS, "Verbouwing", body);
    expect(v.verdict.hits.map((h) => h.rule)).not.toContain("visible-group-recipients");
  });

  test("'Beste patiënten' with the same addresses is", () => {
    const body =
      "Beste patiënten,\n\nVanaf 11 januari verbouwen wij onze praktijkruimte. In week 2 en 3 staat er een container op twee parkeervakken.\n\nMet vriendelijke groet,\nTeam Beweegpunt";
    const v = verdict(PHYSIO, NEIGHBOURS, "Verbouwing", body);
    expect(v.verdict.hits.map((h) => h.rule)).toContain("visible-group-recipients");
  });
});

describe("a former employee's reference and a job interview in English", () => {
  const PHYSIO = { address: "hans@fysiodeoever.nl", name: "Hans Bakker" };
  const EMPLOYER: Address[] = [{ address: "caroline.meester@gmail.com", name: "Caroline Meester" }];

  test("a reference about a physiotherapist's work is no one's care", () => {
    const body =
      "Beste Caroline,\n\nJe belde voor een referentie over Timo Brouwer. Timo heeft van 2021 tot 2026 bij ons gewerkt als fysiotherapeut. Hij is vakinhoudelijk sterk, vooral in sportrevalidatie en knie/schouder, en patiënten vonden hem rustig en duidelijk.\n\nGroet,\nHans";
    expect(verdict(PHYSIO, EMPLOYER, "Referentie", body).verdict.action).toBe("allow");
  });

  test("an invitation to interview for a job is no appointment of a patient", () => {
    const body =
      "Dear Chloe,\n\nThank you for applying for the sports physiotherapist position. We would like to invite you for an interview on Thursday 10 December at 14:00 with Bart Kuipers and me. If you have worked with ACL rehab, we'd love to hear about it.\n\nKind regards,\nWendy";
    expect(verdict(PHYSIO, EMPLOYER, "Your application", body).verdict.action).toBe("allow");
  });

  test("a patient's own report about the same physiotherapist's treatment stays care", () => {
    const body =
      "Beste Caroline,\n\nTimo Brouwer heeft je knie vandaag behandeld; de sportrevalidatie gaat goed en volgende week gaan we verder met springen.\n\nGroet,\nHans";
    expect(verdict(PHYSIO, EMPLOYER, "Je knie", body).verdict.action).toBe("secure");
  });
});

describe("the practice's own business with a studio and with payroll", () => {
  const MIDWIVES = { address: "praktijk@vkdestroom.nl", name: "Verloskundigen De Stroom" };

  test("a yoga studio on a free mailbox is an organisation, and renting its room is business", () => {
    const practice = ["vkdestroom.nl"];
    expect(
      classifyAddress("yogastudio.noord@gmail.com", practice, DEFAULT_POLICY, "Yoga Studio Noord")
    ).toBe("external");
    expect(classifyAddress("wendy.noord@gmail.com", practice, DEFAULT_POLICY, "Wendy Noord")).toBe(
      "private"
    );
    const to = [{ address: "yogastudio.noord@gmail.com", name: "Yoga Studio Noord" }];
    const body =
      "Hoi Wendy,\n\nKunnen we de zaal in januari op dinsdag van 19.00 tot 21.00 huren voor onze zwangerschapscursus? Graag de factuur naar ons praktijkadres.\n\nGroetjes,\nAnnemiek";
    expect(verdict(MIDWIVES, to, "zaalhuur januari", body).verdict.action).toBe("allow");
  });

  test("a new employee's birth date for payroll is no patient's identifier", () => {
    const to = [
      { address: "salaris@administratiekantoor-west.nl", name: "Salarisadministratie West" },
    ];
    const body =
      "Hallo,\n\nPer 1 januari komt Yara Dominicus bij ons werken als praktijkassistent, 24 uur per week, schaal 5. Geboortedatum 30-09-1998. Het contract sturen we via jullie portaal.\n\nGroet,\nAnnemiek";
    const v = verdict(MIDWIVES, to, "nieuwe medewerker", body);
    expect(v.category).toBe("none");
    expect(v.verdict.action).toBe("allow");
  });

  test("a client's birth date sent to the same office for her maternity care is kept back", () => {
    const to = [
      { address: "salaris@administratiekantoor-west.nl", name: "Salarisadministratie West" },
    ];
    const body =
      "Hallo,\n\nMevrouw Yara Dominicus (geboortedatum 30-09-1998) is bij ons onder controle; ze is 20 weken zwanger en de echo was goed.\n\nGroet,\nAnnemiek";
    expect(verdict(MIDWIVES, to, "cliënt", body).verdict.action).toBe("secure");
  });
});

describe("a pharmacy's pickup for someone else", () => {
  const PHARMACY = { address: "s.wolters@apotheekdeklaver.nl", name: "Apotheek De Klaver" };
  const NEIGHBOUR: Address[] = [{ address: "gonny.arends@zeelandnet.nl", name: "Gonny Arends" }];

  test("'het pakketje voor mevrouw Tijink ligt in de afhaalkluis' is her logistics", () => {
    const body =
      "Beste Gonny,\n\nFijn dat u het pakketje voor mevrouw Tijink wilt ophalen. Het ligt vanaf morgen 10.00 uur in de afhaalkluis naast de ingang. De code krijgt u per sms.\n\nMet vriendelijke groet,\nSanne Wolters\nApotheek De Klaver";
    const v = verdict(PHARMACY, NEIGHBOUR, "ophalen", body);
    expect(v.category).toBe("logistic");
    expect(v.verdict.action).toBe("secure");
  });

  test("how the locker works, told to the same neighbour, goes", () => {
    const body =
      "Beste Gonny,\n\nU kunt een pakketje voor een ander ophalen uit de afhaalkluis naast de ingang; de code krijgt de patiënt per sms.\n\nMet vriendelijke groet,\nSanne Wolters\nApotheek De Klaver";
    expect(verdict(PHARMACY, NEIGHBOUR, "ophalen", body).verdict.action).toBe("allow");
  });
});
