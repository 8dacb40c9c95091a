import { checkReason, reasonProblemMessage } from "../../src/engine/reason";

const user = { name: "Karin Bakker" };

describe("override reasons carry no patient data (issue 14)", () => {
  test.each([
    ["Mevrouw Johanna de Vries (BSN 111222333) heeft geen DigiD", ["name", "bsn"]],
    ["Geboren 12-03-1956, bel 06-12345678", ["birthdate", "phone"]],
    ["Patiënt met diabetes wil het zo", ["health"]],
    ["pt had longontsteking, spoed", ["health"]],
    ["gebruikt metformine en wil het recept", ["health"]],
    ["zwanger, wil de uitslag per mail", ["health"]],
    ["mail naar j.devries@gmail.com gevraagd", ["email"]],
    ["woont op Dorpsstraat 12, 1234 AB Ons Dorp", ["address"]],
  ])("refuses %j", (text, problems) => {
    const result = checkReason(text, user);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(expect.arrayContaining(problems));
  });

  test.each([
    "Spoedverwijzing, ontvanger heeft geen beveiligde mail",
    "Ontvanger (ziekenhuis) heeft geen ZorgMail; spoed",
    "Overleg met dr. Bakker, spoed",
    "Wettelijke plicht: melding aan GGD",
    "Patiënt heeft geen DigiD en wil de uitslag vandaag",
  ])("accepts %j", (text) => {
    expect(checkReason(text, user)).toEqual({ ok: true, problems: [] });
  });

  it("says in Dutch what to leave out, without repeating the text", () => {
    const check = checkReason("Mevrouw Johanna de Vries (BSN 111222333) heeft geen DigiD", user);
    const message = reasonProblemMessage(check, "nl");
    expect(message).toBe(
      "De toelichting wordt bewaard en mag niets over de patiënt bevatten. Laat een naam en een BSN weg."
    );
    expect(message).not.toContain("Vries");
    expect(reasonProblemMessage(check, "en")).toContain("Leave out a name and a BSN.");
  });

  it("refuses a text longer than any reason needs", () => {
    expect(checkReason("x".repeat(501)).ok).toBe(false);
  });
});
