/**
 * Kinds of error from the thirty-third round's blocks (w148-w150), each as new fictitious mail written for
 * this test, with a twin that must keep its category.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";

const verdict = (from: Address, to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from, to, subject, body }));

describe("teaching cases declared invented", () => {
  const ASSISTANT = { address: "m.kuipers@huisartsdeleeuw.nl", name: "Mieke Kuipers" };
  const TEACHER: Address[] = [{ address: "j.dekker@roc-midden.nl", name: "Jolanda Dekker" }];

  test("'alle casussen zijn verzonnen' with placeholder names is teaching material", () => {
    const body =
      "Hoi Jolanda,\n\nHier de oefencasussen voor de les telefonische triage. Alle casussen zijn verzonnen.\n\nCasus 1 (fictief): mevrouw Voorbeeld, 81 jaar, belt dat ze sinds vanmiddag niet goed uit haar woorden komt. Welke urgentie?\n\nCasus 2 (fictief): de moeder van Jantje Test (3 jaar) belt: hij heeft 39,8 koorts en hoest blaffend. Welke vragen stel je?\n\nGroet,\nMieke";
    const v = verdict(ASSISTANT, TEACHER, "Oefencasussen triage", body);
    expect(v.category).toBe("general");
    expect(v.verdict.action).toBe("allow");
  });

  test("a case called invented that carries a birth date is still someone's", () => {
    const body =
      "Hoi Jolanda,\n\nHier de casus voor de les (fictief): mevrouw Hanneke Brouwer, geboren 14-05-1948, belt dat ze sinds vanmiddag niet goed uit haar woorden komt.\n\nGroet,\nMieke";
    const v = verdict(ASSISTANT, TEACHER, "Casus triage", body);
    expect(v.verdict.action).toBe("secure");
  });

  test("a pseudonym alone ('fictieve naam') does not make a real case invented", () => {
    const body =
      "Hoi Jolanda,\n\nVoor de les een casus uit onze praktijk: mevrouw Jansen (fictieve naam) belde gisteren dat ze sinds de val haar arm niet meer kan optillen; de röntgenfoto liet een breuk zien.\n\nGroet,\nMieke";
    const v = verdict(ASSISTANT, TEACHER, "Casus", body);
    expect(v.verdict.action).toBe("secure");
  });
});

describe("a text handed on to a school speaks of any reader's child", () => {
  const HYGIENIST = { address: "m.hendriks@tandartswaterpoort.nl", name: "Marloes Hendriks" };
  const SCHOOL: Address[] = [{ address: "e.smit@obsdetoren.nl", name: "Eveline Smit" }];

  test("'het tandvlees van uw kind' in a piece for the parents' letter is general", () => {
    const body =
      "Beste Eveline,\n\nZoals beloofd hierbij een kort stukje voor de ouderbrief.\n\n---\nBloedt het tandvlees van uw kind bij het poetsen?\nGezond tandvlees is roze en bloedt niet. Rood of bloedend tandvlees wijst op een ontsteking. Poets twee keer per dag en poets uw kind na tot het tien jaar is.\n---\n\nGroet,\nMarloes";
    const v = verdict(HYGIENIST, SCHOOL, "Stukje ouderbrief", body);
    expect(v.category).toBe("general");
    expect(v.verdict.action).toBe("allow");
  });

  test("a named pupil's body beside the piece is still that pupil's", () => {
    const body =
      "Beste Eveline,\n\nZoals beloofd hierbij een kort stukje voor de ouderbrief. Verder: het tandvlees van Sem Bakker bloedde gisteren flink, wil je zijn ouders vragen te bellen?\n\n---\nBloedt het tandvlees van uw kind bij het poetsen? Poets twee keer per dag.\n---\n\nGroet,\nMarloes";
    const v = verdict(HYGIENIST, SCHOOL, "Stukje ouderbrief", body);
    expect(v.category).toBe("medical");
    expect(v.verdict.action).toBe("secure");
  });

  test("a daughter at work told of her mother's appointment and glasses is that care", () => {
    const body =
      "Goedemorgen Karin,\n\nZoals je moeder vroeg: haar afspraak bij de geriater is verzet naar woensdag 16 december om 10.45 uur. Ze moet haar bril en de medicijnlijst meenemen.\n\nGroet,\nIngrid";
    const v = verdict(
      { address: "ingrid@huisartsenhof.nl", name: "Ingrid" },
      [{ address: "karin.evers@adviesgroep-noord.nl", name: "Karin Evers" }],
      "Afspraak je moeder",
      body
    );
    expect(v.verdict.action).toBe("secure");
  });
});
