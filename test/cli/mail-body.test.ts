import { bodyOf, draftFromEml } from "../../src/cli/mail";

const eml = (text: string, html: string) =>
  new TextEncoder().encode(
    [
      "From: Sanne <balie@huisartsen-lindehof.nl>",
      "To: p.devries@gmail.com",
      "Subject: Verwijzing",
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      text,
      "--b1",
      "Content-Type: text/html; charset=utf-8",
      "",
      html,
      "--b1--",
      "",
    ].join("\r\n")
  );

describe("multipart/alternative: the HTML part is read too (issue 12)", () => {
  it("adds the HTML's text when it holds what the text part lacks", async () => {
    const draft = await draftFromEml(
      eml(
        "Beste meneer De Vries,\r\n\r\nZie de verwijzing.",
        "<p>Beste meneer De Vries,</p><p>Zie de verwijzing.</p><p style='display:none'>BSN 111222333</p>"
      )
    );
    expect(draft.body).toContain("111222333");
  });

  it("keeps the text part alone when the HTML says the same", () => {
    expect(bodyOf("Beste Jan,\n\nTot dinsdag.", "<p>Beste Jan,</p><p>Tot dinsdag.</p>")).toBe(
      "Beste Jan,\n\nTot dinsdag."
    );
    expect(bodyOf(undefined, "<p>Alleen HTML</p>")).toBe("Alleen HTML");
  });
});
