/**
 * Kinds of error left from earlier rounds and found in the thirty-eighth round's blocks, each as new
 * fictitious mail written for this test, with a twin that must keep its category.
 */
import { check } from "../../src/engine";
import { emptyDraft, type Address } from "../../src/engine/draft";

const verdict = (from: Address, to: Address[], subject: string, body: string) =>
  check(emptyDraft({ from, to, subject, body }));

describe("a youth-care invoice that names a client's care", () => {
  const CONTROLLER = { address: "h.brink@jeugdzorgdeoever.nl", name: "Harm Brink" };
  const MUNICIPALITY: Address[] = [
    { address: "facturen@gemeente-voorbeeldstad.nl", name: "Team Facturen Jeugd" },
  ];
  const closing = "\n\nMet vriendelijke groet,\n\nHarm Brink\ncontroller\nJeugdzorg De Oever";

  test("a client named beside 'ambulante begeleiding' is that child's care, however much is billing", () => {
    const body =
      "Geachte heer Vos,\n\nIn onze factuur over september staat een fout. Voor Lotte de Wit hebben wij 8 uur ambulante begeleiding gedeclareerd, maar twee afspraken zijn niet doorgegaan. Wij sturen een creditnota voor 2 uur." +
      closing;
    const v = verdict(CONTROLLER, MUNICIPALITY, "Correctie factuur september", body);
    expect(v.verdict.action).toBe("secure");
  });

  test("the same correction for the team's training is business", () => {
    const body =
      "Geachte heer Vos,\n\nIn onze factuur over september staat een fout. Voor de training van ons team hebben wij 8 uur gedeclareerd, maar de afspraken met trainer Karel Smit op dinsdag 6 oktober zijn niet doorgegaan. Wij sturen een creditnota voor 2 uur." +
      closing;
    const v = verdict(CONTROLLER, MUNICIPALITY, "Correctie factuur september", body);
    expect(v.verdict.action).toBe("allow");
  });

  test("a tariff question about ambulante begeleiding names no one", () => {
    const body =
      "Geachte heer Vos,\n\nWat is in 2027 het uurtarief voor ambulante begeleiding in het contract? Wij willen onze facturen daarop aanpassen." +
      closing;
    const v = verdict(CONTROLLER, MUNICIPALITY, "Tarief 2027", body);
    expect(v.verdict.action).toBe("allow");
  });
});

describe("a working day arranged with a new colleague at a private address", () => {
  const DENTIST = { address: "petra@tandartsdeweide.nl", name: "Petra Kok" };
  const NEWCOMER: Address[] = [{ address: "lotte2006@hotmail.com" }];

  test("'het rooster komt nog, di om 8u beginnen' is work, not a care visit", () => {
    const v = verdict(
      DENTIST,
      NEWCOMER,
      "rooster",
      "Hoi Lotte, het rooster komt nog, di gewoon om 8u beginnen. tot dan!\nPetra"
    );
    expect(v.verdict.action).toBe("allow");
  });

  test("a therapist's moved session that asks about the patient's own roster stays theirs", () => {
    const v = verdict(
      { address: "m.bos@psychotherapiebos.nl", name: "Marit Bos" },
      [{ address: "joris.vd.berg@gmail.com", name: "Joris van den Berg" }],
      "donderdag",
      "Hoi Joris,\n\nDonderdag kan ik je pas om 11.00 zien in plaats van 10.00. Lukt dat met je rooster?\n\nGroet, Marit"
    );
    expect(v.verdict.action).toBe("secure");
  });
});
