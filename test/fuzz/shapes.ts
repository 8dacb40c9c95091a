/**
 * 1 MB inputs of the shapes that make super-linear regexes hang (long runs of one character class,
 * entity runs, deep tag nesting, one very long line). Shared by test/fuzz/pathological.test.ts and
 * bench/pathological.ts.
 */
export const SHAPE_BYTES = 1 << 20;

const fill = (unit: string): string =>
  unit.repeat(Math.ceil(SHAPE_BYTES / unit.length)).slice(0, SHAPE_BYTES);

export const PATHOLOGICAL_SHAPES: ReadonlyArray<readonly [string, () => string]> = [
  ["spaces", () => fill(" ")],
  ["&nbsp;", () => fill("&nbsp;")],
  ["digits", () => fill("1234567890")],
  ["dots", () => fill(".")],
  ["capitals", () => fill("ABCDEFGHIJKLMNOPQRSTUVWXYZ")],
  ["@", () => fill("@")],
  ["nested tags", () => fill("<div><span><b><blockquote>")],
  ["unclosed tags", () => fill("<")],
  [
    "one long line",
    () =>
      fill(
        "Beste mevrouw Jansen, uw uitslag van 12-03-2025 is goed; bel 06-12345678 als u vragen heeft. "
      ),
  ],
  [
    // one sentence of sentence-level statements: each word's check must not rescan the sentence
    "care statements in one sentence",
    () =>
      fill(
        "vandaag mag je de pillen halveren, uw kweek was goed, vervelend dat het nabloedt, Anouk is zwanger, hieronder de informatie van onze website "
      ),
  ],
  // dotted letters (abbreviations) and look-alike digits with labelled results, without end
  ["letters and dots", () => fill("s.o.a.h.i.v.")],
  ["labelled results", () => fill("HIV-test: p0sitief (1): U heeft (")],
  ["hyphens at line ends", () => fill("kwast-\n> penseel-\n-")],
  // a line-start pattern over "\s" ran over every blank line after each line start (quadratic)
  ["blank lines", () => fill("\n")],
  ["greetings on short lines", () => fill("Hoi Mark, fijn dat de\n")],
  ["appointments over wrapped lines", () => fill("uw afspraak op het\n  \n")],
  ["pronouns after names", () => fill("Sem. Hij krijgt nu dagelijks de ")],
  // a relative's complaints without any event, in one endless sentence
  ["a relative's complaints in one sentence", () => fill("je moeder heeft pijn en koorts, ")],
  // one endless sentence of relatives, visits and wrapped quotes: each must be asked once per sentence
  [
    "relatives and visits in one sentence",
    () =>
      fill("Jan was gisteren bij mij en je moeder heeft weer pijn, zijn benen, heb ik\n> last, "),
  ],
  // the addressee's body with a complaint, over and over in one sentence: whose it is, asked once per
  // sentence (it was asked per medical word: 100 kB took 3.4 s)
  ["the addressee's body and complaints in one sentence", () => fill("uw knie met pijn, ")],
  // a password in pieces: piece labels without a colon, line after line
  [
    "password pieces without colons",
    () => fill("Het wachtwoord bestaat uit twee stukjes\n- stukje 1 staat hieronder "),
  ],
  // a password spelled out: spelling and digit words in one long run after the cue
  ["spelling words after a password cue", () => "Het wachtwoord spel ik: " + fill("een - kilo - ")],
  // hours written short, and closings with blank lines between (the signature's blank-line gap)
  ["short hours", () => fill("ma 8u, di 14u-17u ")],
  ["closings over blank lines", () => fill("Groet,\n\n\nAnna\n")],
  // a care provider's shorthand without end, and a schedule table's header over and over
  ["care shorthand", () => fill("li knie re 2 dgn 3x/dg vanaf ma do 9.40 ")],
  ["schedule table headers", () => fill("Cliënt | Dag | Tijd\nAnna de Vries | di 8 dec 10.00\n")],
  ["schedule table header without rows", () => fill("Cliënt Dag Tijd Leerling Datum ")],
  // tab-separated cells (a tab now stays a tab after normalisation)
  ["table cells with tabs", () => fill("Femke Jansen\tKerkstraat 4\tdi 8 dec 10.00\t\t")],
];
