/**
 * Every place where an HTML body or attachment can carry text a reader sees (or that the mail carries
 * as alt/title text), and which the earlier hand-written tokenizer missed. All data fictitious;
 * 111222333 passes the 11-proef.
 */
import { htmlOffsets, htmlToText } from "../../src/engine/text/html";
import { check } from "../../src/engine";
import { emptyDraft } from "../../src/engine/draft";
import { extractAttachment } from "../../src/extract";
import { enc } from "../fixtures/attachments/build";

const BSN = "111222333";
const text = (html: string) => htmlToText(html).text;

function bsnInBody(html: string): string[] {
  const draft = emptyDraft({
    subject: "Bericht",
    body: text(html),
    from: { address: "assistent@praktijk-test.nl" },
    to: [{ address: "iemand@gmail.com" }],
  });
  return check(draft)
    .findings.filter((f) => f.type === "bsn")
    .map((f) => f.text.replace(/\D/g, ""));
}

describe("HTML hiding places", () => {
  test("text inside an <xml> element is text", () => {
    expect(text(`<p>Zie bijlage</p><xml><o:x>BSN ${BSN}</o:x></xml>`)).toContain(`BSN ${BSN}`);
  });

  test("<!--> closes the comment at once: what follows is shown", () => {
    const t = text(`<p>Hallo<!--> BSN ${BSN} <!-- echt commentaar --></p>`);
    expect(t).toContain(`BSN ${BSN}`);
    expect(t).not.toContain("echt commentaar");
    expect(text(`a<!---> BSN ${BSN}`)).toContain(BSN);
  });

  test("a stray quote in an unquoted attribute does not swallow the text after the tag", () => {
    expect(text(`<p class=a"b>BSN ${BSN}</p><p>"c</p>`)).toBe(`BSN ${BSN}\n"c`);
  });

  test("<template> content counts (mail clients without template support show it)", () => {
    expect(text(`<template><p>diagnose COPD</p></template>`)).toBe("diagnose COPD");
  });

  test("CSS content: strings in a style element and a style attribute, with CSS escapes", () => {
    const h = `<style>.x::before { content: "BSN \\31 11222333"; } .y { align-content: "nee" }</style><p class=x>Hallo</p>`;
    const t = text(h);
    expect(t).toContain(`BSN ${BSN}`);
    expect(t).not.toContain("nee");
    expect(t).not.toContain("before");
    expect(text(`<span style="color:red;content:'ziekte van Crohn'">x</span>`)).toContain(
      "ziekte van Crohn"
    );
  });

  test("title attributes and alt text; hidden form values are not shown", () => {
    const t = text(
      `<abbr title="diabetes mellitus">DM</abbr> <img alt="uitslag &amp; advies" src=x.png><input type=hidden value=verborgen><input value="zichtbaar">`
    );
    expect(t).toContain("diabetes mellitus");
    expect(t).toContain("uitslag & advies");
    expect(t).toContain("zichtbaar");
    expect(t).not.toContain("verborgen");
  });

  test("a document's <title> is text (an HTML attachment shows it in the window title)", async () => {
    const r = await extractAttachment({
      name: "brief.html",
      contentType: "text/html",
      bytes: enc(
        `<!doctype html><html><head><title>Uitslag mw. Testpersoon, BSN ${BSN}</title></head><body><p>Zie titel</p></body></html>`
      ),
    });
    expect(r.texts.map((t) => t.text).join("\n")).toContain(`BSN ${BSN}`);
  });

  test("scripts are not text; <plaintext> makes the rest text", () => {
    expect(text(`<script>var bsn="${BSN}"</script>ok`)).toBe("ok");
    expect(text(`<p>voor</p><plaintext><b>BSN ${BSN}</b>`)).toBe(`voor\n<b>BSN ${BSN}</b>`);
  });

  test("legacy entities without a semicolon decode as browsers do; offsets cover the whole entity", () => {
    const html = "<p>&nbsp;x&notit; &amp&period;</p>";
    const h = htmlToText(html);
    expect(h.text).toBe("\u00a0x\u00acit; &.");
    const at = h.text.indexOf("&");
    const o = htmlOffsets(html, h, at, at + 2);
    expect(html.slice(o.start, o.end)).toBe("&amp&period;");
  });

  test("a BSN split across table cells is found by the engine", () => {
    const html = `<table><tr><td>BSN</td><td>111</td><td>222</td><td>333</td></tr></table>`;
    expect(text(html)).toBe("BSN\t111\t222\t333");
    expect(bsnInBody(html)).toEqual([BSN]);
  });

  test("a BSN split by <br> is found by the engine", () => {
    const html = `<p>BSN:<br>111<br>222<br>333</p>`;
    expect(text(html)).toBe("BSN:\n111\n222\n333");
    expect(bsnInBody(html)).toEqual([BSN]);
  });

  test("control: the same digits that fail the 11-proef are no BSN", () => {
    expect(bsnInBody(`<td>111</td><td>222</td><td>334</td>`)).toEqual([]);
  });
});
