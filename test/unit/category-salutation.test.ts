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
