import { htmlOffsets, htmlToText } from "../../src/engine/text/html";
import { analyse } from "../../src/engine/classify";
import { emptyDraft } from "../../src/engine/draft";

describe("htmlToText", () => {
  test("joins text split across inline tags, breaks at blocks", () => {
    const h = htmlToText("<p>Beste mevrouw Jan<span>sen</span>,</p><p>uw <b>uit</b>slag</p>");
    expect(h.text).toBe("Beste mevrouw Jansen,\nuw uitslag");
  });

  test("decodes entities and maps offsets back to the HTML", () => {
    const html = "<div>caf&eacute; BSN 1234&#46;56&#x2e;789 &amp; meer</div>";
    const h = htmlToText(html);
    expect(h.text).toBe("café BSN 1234.56.789 & meer");
    const at = h.text.indexOf("1234.56.789");
    const o = htmlOffsets(html, h, at, at + 11);
    expect(html.slice(o.start, o.end)).toBe("1234&#46;56&#x2e;789");
    const e = h.text.indexOf("café");
    expect(html.slice(...(Object.values(htmlOffsets(html, h, e, e + 4)) as [number, number]))).toBe(
      "caf&eacute;"
    );
  });

  test("hidden content and alt text are included, scripts and styles are not", () => {
    const h = htmlToText(
      '<style>p{color:red}</style><p>Hallo</p><div style="display:none">diagnose: COPD</div><img alt="uitslag HbA1c" src="x.png"><script>var a=1</script>'
    );
    expect(h.text).toContain("diagnose: COPD");
    expect(h.text).toContain("uitslag HbA1c");
    expect(h.text).not.toContain("color");
    expect(h.text).not.toContain("var a");
  });

  test("blockquotes are kept and reported as quoted", () => {
    const h = htmlToText("<p>Dank u.</p><blockquote><p>Ik heb koorts.</p></blockquote><p>Na</p>");
    expect(h.text).toBe("Dank u.\nIk heb koorts.\nNa");
    expect(h.quoted.map((q) => h.text.slice(q.start, q.end).trim())).toEqual(["Ik heb koorts."]);
  });

  test("a hidden medical term in HTML still makes the mail medical", () => {
    const html =
      '<p>Beste meneer De Vries,</p><p>Zie hieronder.</p><div style="display:none">Uw HbA1c is 64 mmol/mol, de metformine wordt verhoogd.</div>';
    const draft = emptyDraft({
      body: htmlToText(html).text,
      from: { address: "a@praktijk.nl" },
      to: [{ address: "x@gmail.com" }],
    });
    expect(analyse(draft).category).toBe("medical");
  });
});

test("a list item reads as one, as in a plain-text mail", () => {
  expect(htmlToText("<p>Neem mee:</p><ul><li>uw pas</li><li>uw brief</li></ul>").text).toBe(
    "Neem mee:\n- uw pas\n- uw brief"
  );
});
