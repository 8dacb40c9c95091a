/**
 * Linear time: 1 MB of each pathological shape through htmlToText and through the whole engine
 * (`check`), as plain body and as HTML body. No timing assertion (speed is measured in bench/); a
 * super-linear regex makes a test run far past its timeout instead.
 */
import { check } from "../../src/engine";
import { emptyDraft } from "../../src/engine/draft";
import { htmlToText } from "../../src/engine/text/html";
import { PATHOLOGICAL_SHAPES } from "./shapes";

const draft = (body: string) =>
  emptyDraft({
    subject: "Bericht",
    body,
    from: { address: "assistent@praktijk-test.nl" },
    to: [{ address: "iemand@gmail.com" }],
  });

const TIMEOUT = 60_000;

describe.each(PATHOLOGICAL_SHAPES)("1 MB of %s", (name, make) => {
  const input = make();

  test(
    "htmlToText finishes and maps every character",
    () => {
      const h = htmlToText(input);
      expect(h.map).toHaveLength(h.text.length + 1);
      expect(h.map[h.text.length]).toBe(input.length);
    },
    TIMEOUT
  );

  test(
    "the whole engine finishes, on the text and on the HTML body",
    () => {
      for (const body of [input, htmlToText(input).text]) {
        const r = check(draft(body));
        expect(["allow", "warn", "secure", "block"]).toContain(r.verdict.action);
      }
    },
    TIMEOUT
  );
});
