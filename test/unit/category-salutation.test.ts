/**
 * Issue 11 item 7: a first name whose initial matches the recipient's address is that person, and
 * inside the practice a salutation that names someone else does not warn unless the policy asks.
 */
import { check } from "../../src/engine";
import { parsePolicy } from "../../src/engine/policy";
import { emptyDraft, type Address } from "../../src/engine/draft";
import { initialOfAddress } from "../../src/engine/rules/salutation";

const FROM = { address: "poh@huisartsen-deberk.nl", name: "POH De Berk" };
const BODY = (name: string) =>
  `Hoi ${name},\n\nWil je de uitslag van mw. Smit bekijken? Haar HbA1c is gestegen naar 64 en de metformine helpt onvoldoende.\n\nGroet,\nPOH`;

const mismatch = (to: Address, name: string, policy = parsePolicy({})) =>
  check(emptyDraft({ from: FROM, to: [to], subject: "Uitslag", body: BODY(name) }), {
    policy,
  }).verdict.hits.some((h) => h.rule === "recipient-mismatch");

describe("a first name and the address's initial", () => {
  const hoekstra = { address: "j.hoekstra@ziekenhuis-oost.nl", name: "Dokter Hoekstra" };
  test("'Hoi Jeroen' to Dokter Hoekstra <j.hoekstra@…> is that person", () => {
    expect(mismatch(hoekstra, "Jeroen")).toBe(false);
  });
  test("'Hoi Karin' to the same address is someone else", () => {
    expect(mismatch(hoekstra, "Karin")).toBe(true);
  });
  test("the initial comes from 'j.hoekstra', 'j_hoekstra' or 'jhoekstra' with that display name", () => {
    const r = (address: string, name?: string) =>
      initialOfAddress(
        { address, name, field: "to", domain: "x.nl", class: "external" },
        (name ?? "").toLowerCase().split(/\s+/)
      );
    expect(r("j.hoekstra@x.nl")).toBe("j");
    expect(r("j_hoekstra@x.nl")).toBe("j");
    expect(r("jhoekstra@x.nl", "Dokter Hoekstra")).toBe("j");
    expect(r("jhoekstra@x.nl")).toBeNull();
    expect(r("info@x.nl")).toBeNull();
  });
});

describe("inside the practice", () => {
  const initials = { address: "k.devries@huisartsen-deberk.nl", name: "K. de Vries" };
  const named = { address: "k.devries@huisartsen-deberk.nl", name: "Karin de Vries" };
  test("a salutation that the address book cannot confirm does not warn by default", () => {
    expect(mismatch(initials, "Annelies")).toBe(false);
    // outside the practice the same entry warns
    expect(mismatch({ ...initials, address: "k.devries@fysio-noord.nl" }, "Annelies")).toBe(true);
  });
  test("it does when the policy asks (salutationCheckInternal)", () => {
    expect(mismatch(initials, "Annelies", parsePolicy({ salutationCheckInternal: true }))).toBe(
      true
    );
  });
  test("another first name in the colleague's display name still warns (wrong colleague picked)", () => {
    expect(mismatch(named, "Annelies")).toBe(true);
    expect(mismatch(named, "Karin")).toBe(false);
  });
});

describe("the patient in Bcc, the practice in To", () => {
  const practice = { address: "poh@huisartsen-deberk.nl", name: "POH De Berk" };
  const draft = (bcc: string) =>
    emptyDraft({
      from: FROM,
      to: [practice],
      bcc: [{ address: bcc }],
      subject: "Uw uitslag",
      body: "Beste mevrouw Smit,\n\nUw kweek was positief voor chlamydia. U kunt azitromycine ophalen.\n\nGroet,\nPOH",
    });
  test("the greeting is the Bcc recipient's: no mismatch for m.smit@…", () => {
    const r = check(draft("m.smit@ziggo.nl"));
    expect(r.verdict.action).toBe("secure");
    expect(r.verdict.hits.map((h) => h.rule)).not.toContain("recipient-mismatch");
  });
  test("someone else in Bcc is a mismatch", () => {
    const r = check(draft("k.jansen@ziggo.nl"));
    expect(r.verdict.hits.map((h) => h.rule)).toContain("recipient-mismatch");
  });
});

describe("a group greeting with one patient in Bcc", () => {
  const practice = { address: "info@verloskundigen-dewieg.nl" };
  const announce = (body: string) =>
    check(
      emptyDraft({
        from: { address: "e.vonk@verloskundigen-dewieg.nl", name: "Esther Vonk" },
        to: [practice],
        bcc: [{ address: "fam.hazelaar@hetnet.nl", name: "Nienke Hazelaar" }],
        subject: "Nieuw in ons team",
        body,
      })
    );
  test("'Hallo allemaal' announcing a new colleague is an announcement, not staff mail about someone", () => {
    const r = announce(
      "Hallo allemaal,\n\nPer 1 april komt Floor Wessels ons team versterken. Floor doet bij ons ook de termijnecho's. Je kunt haar tegenkomen op het spreekuur, bij een echo of bij een bevalling.\n\nGroet,\nEsther"
    );
    expect(r.category).toBe("general");
    expect(r.verdict.action).toBe("allow");
  });
  test("the same shape greeting her by name about her own pregnancy is kept back", () => {
    const r = announce(
      "Beste Nienke,\n\nDe termijnecho liet zien dat je 14 weken zwanger bent. Alles zag er goed uit.\n\nGroet,\nEsther"
    );
    expect(r.verdict.action).toBe("secure");
  });
});

describe("the greeted surname at a role mailbox", () => {
  const reply = check(
    emptyDraft({
      from: { address: "j.verhagen@huisartsen-goes.nl", name: "Jolien Verhagen" },
      to: [{ address: "directie@obsdezeester-goes.nl" }],
      subject: "Re: waterpokken",
      body:
        "Beste mevrouw Lous,\n\nWaterpokken is bij kinderen bijna altijd onschuldig. Kinderen met waterpokken hoeven niet thuis te blijven als ze zich goed genoeg voelen.\n\nMet vriendelijke groet,\nJolien Verhagen, huisarts\n\n" +
        "Op ma 7 dec 2026 om 16:12 schreef directie@obsdezeester-goes.nl:\n> Geachte dokter, in groep 3 hebben een paar kinderen waterpokken. Moeten\n> wij kinderen thuis laten blijven?\n> Met vriendelijke groet, Trees Lous, directeur\n",
    })
  );
  test("the quoted question's signer is the greeted addressee, not someone the answer is about", () => {
    expect(reply.category).toBe("general");
    expect(reply.verdict.action).toBe("allow");
  });
  test("a directie@ mailbox is an organisation's: its greeting is not checked", () => {
    expect(reply.verdict.hits.map((h) => h.rule)).not.toContain("recipient-mismatch");
  });
});
