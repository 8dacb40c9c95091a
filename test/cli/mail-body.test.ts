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

  it("reads the HTML whole, so a hidden sentence keeps its place before the closing", async () => {
    const draft = await draftFromEml(
      eml(
        "Beste Ans,\r\n\r\nGroet,\r\nSanne",
        "<p>Beste Ans,</p><div style='display:none'>Uw kweek is positief voor chlamydia.</div><p>Groet,<br>Sanne</p>"
      )
    );
    expect(draft.body.indexOf("chlamydia")).toBeLessThan(draft.body.indexOf("Groet"));
  });

  it("adds the text part after the HTML where it has words of its own", () => {
    expect(
      bodyOf("Beste Jan,\n\nBSN 111222333", "<p>Beste Jan,</p><p>Tot <b>dinsdag</b>.</p>")
    ).toBe("Beste Jan,\nTot dinsdag.\n\nBeste Jan,\n\nBSN 111222333");
  });
});

test("a display name with an unquoted comma is read whole, as Outlook shows it", async () => {
  const draft = await draftFromEml(
    new TextEncoder().encode(
      [
        "From: Sanne <s.koopmans@optiekvanderwal.nl>",
        "To: J. Hoekstra, huisarts <j.hoekstra@lms.lifeline.nl>, p.devries@gmail.com",
        "Subject: Terugrapportage",
        "",
        "Beste collega,",
      ].join("\r\n")
    )
  );
  expect(draft.to).toEqual([
    { address: "j.hoekstra@lms.lifeline.nl", name: "J. Hoekstra, huisarts" },
    { address: "p.devries@gmail.com" },
  ]);
});
