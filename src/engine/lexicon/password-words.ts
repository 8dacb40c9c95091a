/**
 * A password given as a fact the mail itself states elsewhere: "het wachtwoord is de geboortedatum
 * zonder streepjes" beside "geboren 12-03-1956" puts the secret in the mail (handbook 000: the password
 * never goes in the same mail). Without the fact in the mail it is a hint the recipient alone can use.
 */
export const PASSWORD_IS_BIRTH_DATE = [
  "wachtwoord|code|ww|password|passcode ~4 geboortedatum|geboortedag|birthdate|birthday",
  "wachtwoord|code|ww|password|passcode ~4 date of birth",
];

/** What names the secret of a protected file, in a sentence that may describe it instead of giving it. */
export const PASSWORD_CUES = ["wachtwoord|wachtwoordzin|toegangscode|password|passcode|passphrase"];
/**
 * What says a value opens the file, without naming a password: "PS voor het openen heeft u nodig:
 * Kastanje-714", "Om het te openen: … dus 1967smulders".
 */
export const OPENING_CUES = [
  "om het|de|dit bestand|bijlage|document|verslag te openen",
  "om het|hem|deze|dit te openen",
  // "ps. voor het openen: …", "code om te openen"
  "voor het openen",
  "om te openen",
  "openen met",
  // "P.S. het bestand gaat open met Zwaluw-4418": the value right after the cue
  "gaat|gaan|kan|kun|opent open met",
  "to open it",
  "to open the file|attachment|document|report",
  // patients' languages ("Açmak için: … yani 1979Kaya", "Aby otworzyć plik: …", "Zum Öffnen: …")
  "açmak için",
  "acmak icin",
  "aby otworzyć|otworzyc",
  "zum öffnen|offnen",
  "pour ouvrir",
  "para abrir",
  "لفتح",
];
/** Programs that open a file: "Om het bestand te openen heeft u nodig: 7-Zip" names no secret. */
export const OPENING_TOOLS = [
  "7-zip",
  "7zip",
  "winzip",
  "winrar",
  "office365",
  "o365",
  "m365",
  "digid",
  "adobe",
  "acrobat",
  "pdf-reader",
  "pdf-lezer",
];
/**
 * How a described password is built: "de naam van onze organisatie …, met een hoofdletter, en dan het
 * jaartal erachter, zonder spaties"; "type the words harbour and light as one word, all lower case,
 * followed by the number 42". Three of these in the sentence make it the secret, spelled out in words.
 */
export const PASSWORD_BUILDING = [
  "als|in één|een woord",
  "aan elkaar",
  "zonder spaties|streepjes|punten",
  "met een hoofdletter",
  // (one entry per sequence: "met hoofdletters|kleine letters" read as "met" + one word + "letters")
  "met hoofdletters",
  "kleine|grote letters",
  "de naam van",
  "uw|je|jouw geboortejaar|geboortedatum|postcode|huisnummer",
  "gevolgd door",
  "en dan",
  "erachter|ervoor|erna|daarachter",
  "het jaartal|getal|nummer",
  "as one word",
  "all lower|upper case",
  "lower|upper case",
  "followed by",
  "capital letter|letters",
  "the number|year",
  "no spaces",
  "type the words|word",
];

/**
 * A password given in pieces ("Het wachtwoord bestaat uit twee stukjes: … stukje 2 staat onderaan"): the
 * cue after the password word, and the label of each piece, whose value follows a colon.
 */
export const PASSWORD_IN_PIECES = [
  "bestaat uit|in ~1 stukjes|stukken|delen|gedeelten",
  "consists of|in ~1 parts|pieces",
];
export const PASSWORD_PIECE_LABELS = ["stukje|stuk|deel|gedeelte|part|piece"];
/** A piece named by its place ("het eerste deel is Molen", "the second half is …"). */
export const PASSWORD_PIECE_ORDINALS = ["eerste|tweede|derde|laatste|first|second|third|last"];
export const PASSWORD_HALVES = ["helft|half"];

/**
 * The NATO spelling alphabet and digit words (Dutch and English): a password spelled out to be typed.
 * Dutch spelling names (Anton, Karel) are left out: they are people's names as often.
 */
export const NATO_ALPHABET = [
  "alfa",
  "alpha",
  "bravo",
  "charlie",
  "delta",
  "echo",
  "foxtrot",
  "golf",
  "hotel",
  "india",
  "juliett",
  "juliet",
  "kilo",
  "lima",
  "mike",
  "november",
  "oscar",
  "papa",
  "quebec",
  "romeo",
  "sierra",
  "tango",
  "uniform",
  "victor",
  "whiskey",
  "whisky",
  "x-ray",
  "xray",
  "yankee",
  "zulu",
];
export const SPELLING_WORDS = [
  ...NATO_ALPHABET,
  "nul",
  "een",
  "één",
  "twee",
  "drie",
  "vier",
  "vijf",
  "zes",
  "zeven",
  "acht",
  "negen",
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "hoofdletter",
  "capital",
  "uitroepteken",
  "streepje",
  "punt",
];
