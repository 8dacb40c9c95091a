/**
 * Office files as the Open XML SDK and exporters write them: namespace prefixes on every element
 * (`<x:row>`, `<w:t>`), single-quoted attributes, parts found through the package relationships and
 * content types (a renamed main part), and every place text hides: headers, footers, footnotes,
 * comments, text boxes, SmartArt data, altChunk, embedded packages, custom and core properties, image
 * alt text, Excel drawings and inline strings, PowerPoint notes; ODF headers and user-defined
 * properties; RTF headers; the file name. All data fictitious; 111222333 passes the 11-proef.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { extractAttachment } from "../../src/extract";
import { check } from "../../src/engine";
import { emptyDraft } from "../../src/engine/draft";
import * as build from "../fixtures/attachments/build";

const BSN = "111222333";
const XML = '<?xml version="1.0" encoding="utf-8"?>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const x = (s: string) => strToU8(XML + s);

function rels(list: Array<[string, string]>): Uint8Array {
  return x(
    `<Relationships xmlns="${PR}">${list
      .map(([type, target], i) => `<Relationship Id="R${i}" Type="${type}" Target="${target}"/>`)
      .join("")}</Relationships>`
  );
}

const textOf = async (name: string, bytes: Uint8Array) =>
  build
    .contentOnly(await extractAttachment({ name, contentType: "", bytes }))
    .texts.map((t) => t.text)
    .join("\n");

/** A docx written the SDK's way, with its main part renamed and a part for every hiding place. */
function sdkDocx(): Uint8Array {
  const inner = zipSync({
    "[Content_Types].xml": x(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/wb.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`
    ),
    "_rels/.rels": rels([[`${R}/officeDocument`, "xl/wb.xml"]]),
    "xl/wb.xml": x(
      `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`
    ),
    "xl/_rels/wb.xml.rels": rels([[`${R}/worksheet`, "s/blad.xml"]]),
    "xl/s/blad.xml": x(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t='inlineStr'><x:is><x:t>ingebed blad ${BSN}</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`
    ),
  });
  const files: Zippable = {
    "[Content_Types].xml": x(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/hoofd.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/losse-voettekst.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`
    ),
    "_rels/.rels": rels([
      [`${R}/officeDocument`, "/word/hoofd.xml"],
      [
        `http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties`,
        "docProps/core.xml",
      ],
      [`${R}/custom-properties`, "docProps/custom.xml"],
    ]),
    "word/hoofd.xml": x(
      `<w:document ${W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body><w:p><w:r><w:t>Hoofdtekst</w:t></w:r></w:p><w:p><w:r><w:drawing><wp:inline><wp:docPr id='1' name='Afbeelding 1' descr='Foto van de wond van mw. Testpersoon'/></wp:inline></w:drawing></w:r></w:p><w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>in een tekstvak</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p><w:p><w:r><w:fldChar/><w:instrText> PAGE 987654321 </w:instrText></w:r></w:p><w:altChunk r:id="R9" xmlns:r="${R}"/></w:body></w:document>`
    ),
    "word/_rels/hoofd.xml.rels": rels([
      [`${R}/header`, "kop.xml"],
      [`${R}/footnotes`, "voetnoten.xml"],
      [`${R}/comments`, "opmerkingen.xml"],
      [`${R}/diagramData`, "diagrams/data1.xml"],
      [`${R}/aFChunk`, "brok.htm"],
      [`${R}/package`, "embeddings/blad.xlsx"],
    ]),
    "word/kop.xml": x(`<w:hdr ${W}><w:p><w:r><w:t>Kop: dossier 4471</w:t></w:r></w:p></w:hdr>`),
    "word/losse-voettekst.xml": x(
      `<w:ftr ${W}><w:p><w:r><w:t>voettekst zonder relatie</w:t></w:r></w:p></w:ftr>`
    ),
    "word/voetnoten.xml": x(
      `<w:footnotes ${W}><w:footnote><w:p><w:r><w:t>voetnoot: COPD</w:t></w:r></w:p></w:footnote></w:footnotes>`
    ),
    "word/opmerkingen.xml": x(
      `<w:comments ${W}><w:comment><w:p><w:r><w:t>opmerking: BSN ${BSN}</w:t></w:r></w:p></w:comment></w:comments>`
    ),
    "word/diagrams/data1.xml": x(
      `<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst><dgm:pt><dgm:t><a:p><a:r><a:t>SmartArt: verwijzing cardioloog</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`
    ),
    "word/brok.htm": strToU8("<html><body><p>altChunk: uitslag HbA1c</p></body></html>"),
    "word/embeddings/blad.xlsx": inner,
    "docProps/core.xml": x(
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Titel: mw. Testpersoon</dc:title><dc:creator>niet lezen</dc:creator></cp:coreProperties>`
    ),
    "docProps/custom.xml": x(
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Patiënt BSN"><vt:lpwstr>${BSN}</vt:lpwstr></property></Properties>`
    ),
  };
  return zipSync(files);
}

describe("docx the Open XML SDK's way", () => {
  let text = "";
  let r: Awaited<ReturnType<typeof extractAttachment>>;
  beforeAll(async () => {
    r = await extractAttachment({ name: "brief.docx", contentType: "", bytes: sdkDocx() });
    text = r.texts.map((t) => t.text).join("\n");
  });

  test.each([
    ["the renamed main part", "Hoofdtekst"],
    ["a header", "Kop: dossier 4471"],
    ["a footer reached only through the content types", "voettekst zonder relatie"],
    ["footnotes", "voetnoot: COPD"],
    ["comments", `opmerking: BSN ${BSN}`],
    ["a text box", "in een tekstvak"],
    ["image alt text (wp:docPr descr)", "Foto van de wond van mw. Testpersoon"],
    ["SmartArt data", "SmartArt: verwijzing cardioloog"],
    ["an altChunk (HTML)", "altChunk: uitslag HbA1c"],
    ["an embedded xlsx with x: prefixes and an inline string", `ingebed blad ${BSN}`],
    ["core properties", "Titel: mw. Testpersoon"],
    ["custom properties", `Patiënt BSN: ${BSN}`],
  ])("%s", (_label, expected) => {
    expect(text).toContain(expected);
  });

  test("not text: field instructions and the author", () => {
    expect(text).not.toContain("987654321");
    expect(text).not.toContain("niet lezen");
  });

  test("the embedded parts are parts of their own", () => {
    expect(r.texts.map((t) => t.source)).toEqual(
      expect.arrayContaining(["brief.docx/word/brok.htm", "brief.docx/word/embeddings/blad.xlsx"])
    );
  });
});

describe("xlsx with prefixes, single quotes, inline strings and drawings", () => {
  const bytes = zipSync({
    "[Content_Types].xml": x(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
    ),
    "_rels/.rels": rels([[`${R}/officeDocument`, "xl/workbook.xml"]]),
    "xl/workbook.xml": x(
      `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`
    ),
    "xl/_rels/workbook.xml.rels": rels([
      [`${R}/worksheet`, "worksheets/sheet1.xml"],
      [`${R}/sharedStrings`, "sharedStrings.xml"],
    ]),
    "xl/sharedStrings.xml": x(
      `<x:sst xmlns:x='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><x:si><x:t>Naam</x:t></x:si><x:si><x:r><x:t>Test</x:t></x:r><x:r><x:t>persoon</x:t></x:r><x:rPh><x:t>fonetisch</x:t></x:rPh></x:si></x:sst>`
    ),
    "xl/worksheets/sheet1.xml": x(
      `<x:worksheet xmlns:x='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><x:sheetData><x:row r='1'><x:c r='A1' t='s'><x:v>0</x:v></x:c><x:c r='B1' t='inlineStr'><x:is><x:t>BSN</x:t></x:is></x:c></x:row><x:row r='2'><x:c r='A2' t='s'><x:v>1</x:v></x:c><x:c r='B2'><x:v>${BSN}</x:v></x:c></x:row></x:sheetData></x:worksheet>`
    ),
    "xl/worksheets/_rels/sheet1.xml.rels": rels([[`${R}/drawing`, "../drawings/drawing1.xml"]]),
    "xl/drawings/drawing1.xml": x(
      `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="Tekstvak 1" title="toelichting"/></xdr:nvSpPr><xdr:txBody><a:p><a:r><a:t>tekstvak: diagnose astma</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>`
    ),
  });

  test("rows and cells, shared (rich, without phonetic runs) and inline strings, a text box", async () => {
    const t = await textOf("lijst.xlsx", bytes);
    expect(t).toContain(`Naam\tBSN\nTestpersoon\t${BSN}`);
    expect(t).toContain("tekstvak: diagnose astma");
    expect(t).toContain("toelichting");
    expect(t).not.toContain("fonetisch");
  });
});

test("pptx: slide and speaker notes through the slide's relationships", async () => {
  const P =
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  const bytes = zipSync({
    "[Content_Types].xml": x(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
    ),
    "_rels/.rels": rels([[`${R}/officeDocument`, "ppt/presentation.xml"]]),
    "ppt/presentation.xml": x(`<p:presentation ${P}/>`),
    "ppt/_rels/presentation.xml.rels": rels([[`${R}/slide`, "slides/dia1.xml"]]),
    "ppt/slides/dia1.xml": x(
      `<p:sld ${P}><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>Casus</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`
    ),
    "ppt/slides/_rels/dia1.xml.rels": rels([[`${R}/notesSlide`, "../notesSlides/notities1.xml"]]),
    "ppt/notesSlides/notities1.xml": x(
      `<p:notes ${P}><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>notitie: mw. Testpersoon, BSN ${BSN}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>`
    ),
  });
  const t = await textOf("casus.pptx", bytes);
  expect(t).toContain("Casus");
  expect(t).toContain(`notitie: mw. Testpersoon, BSN ${BSN}`);
});

test("odt: header in styles.xml and a user-defined property in meta.xml", async () => {
  const bytes = zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
    "content.xml": x(
      `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:font-face-decls><style:font-face xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" style:name="Liberation"/></office:font-face-decls><office:body><office:text><text:p>Romp</text:p></office:text></office:body></office:document-content>`
    ),
    "styles.xml": x(
      `<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:styles><style:style style:name="x"><number:text xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0">stijltekst</number:text></style:style></office:styles><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>Koptekst: dossier 4471</text:p></style:header></style:master-page></office:master-styles></office:document-styles>`
    ),
    "meta.xml": x(
      `<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta><meta:user-defined meta:name="BSN">${BSN}</meta:user-defined></office:meta></office:document-meta>`
    ),
  });
  const t = await textOf("verslag.odt", bytes);
  expect(t).toContain("Romp");
  expect(t).toContain("Koptekst: dossier 4471");
  expect(t).toContain(`BSN: ${BSN}`);
  expect(t).not.toContain("stijltekst");
  expect(t).not.toContain("Liberation");
});

test("rtf: \\header and \\footer groups are text", async () => {
  const rtf = strToU8(
    `{\\rtf1\\ansi{\\header Kop: mw. Testpersoon\\par}{\\footerl BSN ${BSN}\\par}Romp\\par}`
  );
  const t = await textOf("brief.rtf", rtf);
  expect(t).toContain("Kop: mw. Testpersoon");
  expect(t).toContain(`BSN ${BSN}`);
});

test("health data only in the file name reaches the engine, where = attachment", async () => {
  const name = `Testpersoon_${BSN}.pdf`;
  const extraction = await extractAttachment({
    name,
    contentType: "application/pdf",
    bytes: build.pdf([["Zie bijgaand"]]),
  });
  expect(extraction.texts.find((t) => t.fromName)).toEqual({
    source: name,
    text: `Testpersoon ${BSN}.pdf`,
    fromName: true,
  });
  const draft = emptyDraft({
    subject: "Stukken",
    body: "Hierbij.",
    from: { address: "a@praktijk-test.nl" },
    to: [{ address: "iemand@gmail.com" }],
    attachments: [{ name, contentType: "application/pdf", size: 1, kind: "file", extraction }],
  });
  const found = check(draft).findings.filter((f) => f.type === "bsn");
  expect(found.map((f) => f.where)).toEqual([`attachment:${name}`]);
});

test("an attached .eml whose health data is only in the HTML alternative", async () => {
  const bytes = build.eml({
    subject: "Doorgestuurd",
    body: "Zie hieronder.",
    html: `<p>Zie hieronder.</p><div style="display:none">BSN ${BSN}</div>`,
  });
  const t = await textOf("bericht.eml", bytes);
  expect(t).toContain("Zie hieronder.");
  expect(t).toContain(`BSN ${BSN}`);
  expect(t.match(/Zie hieronder/g)).toHaveLength(1);
});
