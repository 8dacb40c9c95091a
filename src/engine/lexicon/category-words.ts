/**
 * The vocabulary of the message category (features/ and mailtext/), as data in the notation of
 * ./terms.ts. Each list is used by one feature; a word that two features need is in one list that
 * both read, not copied.
 *
 * Source: hand-written for this project from the corpus label definitions (shared/corpus/README.md),
 * the handbook's decision tree (shared/handbook, 002 "Moet ik veilige e-mail gebruiken?") and everyday
 * Dutch practice mail (appointment, pharmacy, registration, HR and supplier wording). Moved unchanged
 * from the regexes of the former category.ts (issue 11); calendar words are the Dutch and English
 * day and month names. Medical vocabulary is elsewhere: detect/medical-lexicon.ts.
 */

/** Words that open a salutation line ("Beste", "Hoi", "Dear"). */
export const GREETINGS = [
  "beste",
  "geachte",
  "hoi",
  "hallo",
  "hai",
  "hey",
  "dag",
  "lieve",
  "goedemorgen",
  "goedemiddag",
  "goedenavond",
  "dear",
  "hi",
  "hello",
  "good morning",
  "good afternoon",
];
/** Greetings the category reads in every line (the rules' parser knows a few more). */
export const CATEGORY_GREETINGS = GREETINGS.filter(
  (g) => g !== "hai" && g !== "good morning" && g !== "good afternoon"
);

/** Titles before a name in a salutation ("Beste mevrouw Prins"). */
export const SALUTATION_TITLES = [
  "mevrouw",
  "mevr",
  "mw",
  "mej",
  "meneer",
  "mr",
  "mrs",
  "ms",
  "miss",
  "dhr",
  "heer",
  "de heer",
  "dr",
  "drs",
  "prof",
  "ir",
  "collega",
  "collega's",
  "dokter",
  "fam",
  "familie",
  "zuster",
  "juffrouw",
  "sir",
  "madam",
];
/** Name particles ("van der", "'t"). */
export const NAME_PARTICLES = [
  "van",
  "de",
  "der",
  "den",
  "het",
  "ter",
  "ten",
  "te",
  "op",
  "in",
  "la",
  "le",
  "du",
  "da",
  "el",
  "al",
  "'t",
  "en",
  "and",
];
/** A salutation word that makes the mail written to a group (the recipient rules' reading). */
export const SALUTATION_GROUP_WORDS = [
  "patiënten",
  "patienten",
  "clienten",
  "cliënten",
  "allen",
  "allemaal",
  "iedereen",
  "deelnemers",
  "ouders",
  "collega's",
  "collegas",
  "leden",
  "team",
  "everyone",
  "all",
  "colleagues",
  "patients",
  "members",
  "heren",
  "dames",
  "lezer",
  "lezers",
];
/**
 * Councils of clients, patients, residents or parents, and their members: people who read a practice's
 * business as members, not as patients (one list for the salutation, the own-people words and the
 * council's business in the audience). Patient panels and sounding-board groups are left out: their
 * members are asked as patients, and visible to each other they show who is one.
 */
export const COUNCIL_NAMES = [
  "cliëntenraad",
  "clientenraad",
  "patiëntenraad",
  "patientenraad",
  "bewonersraad",
  "ouderraad",
  "medezeggenschapsraad",
  "ondernemingsraad",
  "adviesraad",
  "wmo-raad",
  "raadsleden",
];
/**
 * A group greeted as the practice's own people or its neighbours, not its patients ("Lieve
 * vrijwilligers", "Beste collega's", "Beste buren"): their private addresses visible to each other
 * disclose no one's care.
 */
export const SALUTATION_OWN_PEOPLE = [
  "vrijwilligers",
  "collega's",
  "collegas",
  "medewerkers",
  "teamleden",
  "team",
  "bestuursleden",
  "stagiaires",
  "oud-collega's",
  "colleagues",
  "volunteers",
  "staff",
  // a council greeted as such ("Beste leden van de cliëntenraad"): members, not patients
  ...COUNCIL_NAMES,
  // the practice's neighbours greeted as such ("Beste buren", "Beste omwonenden")
  "buren",
  "omwonenden",
  "buurtbewoners",
  "neighbours",
];
/**
 * What a mail to the practice's own people says (volunteers, staff written to at home): their tasks
 * and roster, not anyone's care; also a mail to its neighbours as neighbours. Two of these make the
 * visible addresses the team's ("Hierbij het koffierooster … Nogmaals dank voor jullie inzet", "wie
 * helpt? … opbouw: Kim, Bas … werkmail").
 */
export const OWN_PEOPLE_TEXT = [
  "vrijwilliger*|volunteer|volunteers",
  "werktijd|werktijden|werkmail|werkrooster",
  "borrel|kerstborrel|personeelsuitje|personeelsfeest|kerstlunch|kantine|sleutelbeheer",
  "gastvrouw|gastvrouwen|gastheer|gastheren",
  "jullie inzet|hulp",
  "dienstrooster|koffierooster|rooster|indeling|taakverdeling",
  "vog",
  "verklaring omtrent het gedrag",
  "handen nodig",
  "wie helpt|kan er nog",
  "opbouw|opruimen|rondleiding",
  "collega|collega's|personeelsvereniging|teamuitje",
  // the practice's neighbours written to as neighbours ("Als bestuur van Buurtvereniging … de buurtapp")
  "buurtvereniging*|wijkvereniging*|bewonersvereniging*|bewonerscommissie|buurtapp|buurtbewoners|omwonenden|buurtgenoten",
  // a council's members written to about its business ("de vergadering van de cliëntenraad", "de notulen")
  COUNCIL_NAMES.join("|"),
  "vergadering|notulen|agendapunt|agendapunten|conceptagenda",
];
/**
 * An invitation to join ("Aanmelden voor de groep kan tot 1 maart"): the readers are asked to take part,
 * so a group named after a condition says nothing about them yet.
 */
export const INVITATION_TO_JOIN = [
  "aanmelden|aanmelding|opgeven|inschrijven",
  "meld|meldt je|u|jezelf aan",
  "geef|geeft je|u op",
  "schrijf|schrijft je|u in",
];
/** A group greeted as the practice's patients or clients ("Beste deelnemers", "Beste ouders"). */
export const SALUTATION_PATIENT_GROUP = [
  "patiënten",
  "patienten",
  "cliënten",
  "clienten",
  "deelnemers",
  "cursisten",
  "ouders",
  "leden",
  "patients",
  "members",
];
/** A salutation word that names a role, not a person ("Beste patiënt", "Geachte huisarts"). */
export const SALUTATION_GENERIC_WORDS = [
  "patiënt",
  "patient",
  "cliënt",
  "client",
  "heer",
  "mevrouw",
  "heer/mevrouw",
  "zorgverlener",
  "collega",
  "mevrouw/heer",
  "sir",
  "madam",
  "sir/madam",
  "klant",
  "relatie",
  "wijkverpleegkundigen",
  "wijkverpleegkundige",
  "assistente",
  "doktersassistente",
  "huisarts",
  "tandarts",
  "fysiotherapeut",
  "apotheker",
  "specialist",
];

/** The category's reading of an addressee: a group of people ("Beste patiënten", "Hoi allemaal"). */
export const GROUP_ADDRESSEES = [
  "alle patienten|patiënten|patients|lezer|lezers|deelnemer|deelnemers|allen|allemaal|iedereen|leden|bewoners|ouders|ouders/verzorgers|clienten|cliënten|all|everyone|readers|members|participants|abonnees",
  "patienten|patiënten|patients|lezer|lezers|deelnemer|deelnemers|allen|allemaal|iedereen|leden|bewoners|ouders|ouders/verzorgers|clienten|cliënten|all|everyone|readers|members|participants|abonnees",
];
/** Participants of a session ("Beste deelnemers"): their shared session is their care logistics. */
export const PARTICIPANT_ADDRESSEES = [
  "alle deelnemer|deelnemers|participants",
  "deelnemer|deelnemers|participants",
];
/** "Beste ouders van Sem": the parents of one child (followed by a capital). */
export const PARENTS_OF = ["ouders|ouders/verzorgers|verzorgers|familie|parents van|of"];
/** Addressees that name nobody in particular ("Geachte heer/mevrouw", "Beste collega's"). */
export const NEUTRAL_ADDRESSEES = [
  "dames en heren",
  "sir",
  "madam",
  "sir/madam",
  "collega's",
  "collegas",
  "colleagues",
  "team",
  "wijkteam",
  "wijkverpleegkundigen",
  "zorgverlener",
  "zorgverleners",
  "klantenservice",
  "servicedesk",
  "support",
];
/** "heer/mevrouw", "mevrouw of heer": the two forms together are neutral. */
export const FORMS_OF_ADDRESS = ["heer", "mevrouw", "meneer"];
/** A role without a name ("Beste collega", "Dear doctor"): skipped, unless a capitalised name follows. */
export const ROLE_ADDRESSEES = ["collega", "dr.", "dr", "dokter", "doctor"];

/** Possessives that tie a relative to one person ("uw moeder", "her son"). */
// ("jullie vader": siblings written to together)
export const POSSESSIVES = [
  "uw",
  "je",
  "jouw",
  "jullie",
  "haar",
  "zijn",
  "mijn",
  "your",
  "her",
  "his",
  "my",
];
/** Family relations of one person. */
/**
 * A relative called by what the family calls them, capitalised as a name ("Mama at vandaag weer een hele
 * boterham", "Oma heeft goed geslapen"): one person's relative, matched in this case only.
 */
export const RELATIVES_AS_NAMES = ["Mama|Papa|Mam|Pap|Oma|Opa"];
export const RELATIVES = [
  "vader",
  "moeder",
  "zoon",
  "dochter",
  "man",
  "vrouw",
  "partner",
  "kind",
  "kinderen",
  "echtgenoot",
  "echtgenote",
  "baby",
  "oma",
  "opa",
  "broer",
  "zus",
  "zoontje",
  "dochtertje",
  "schoonmoeder",
  "schoonvader",
  "mama",
  "papa",
  "mam",
  "pap",
  "father",
  "mother",
  "son",
  "daughter",
  "husband",
  "wife",
  "child",
];
/** A relative's, as in "je moeders onderbeen", "your mother's knee". */
export const RELATIVES_GENITIVE = [
  "vaders",
  "moeders",
  "zoons",
  "dochters",
  "partners",
  "echtgenotes",
  "oma's",
  "opa's",
  "mama's",
  "papa's",
  "father's",
  "mother's",
  "son's",
  "daughter's",
  "husband's",
  "wife's",
  "child's",
  "partner's",
];
/** One patient spoken of ("de patiënt", "this client"); the determiner is optional. */
export const PATIENT_SINGULAR = ["patient|patiënt|patiente|patiënte|client|cliënt|cliente|cliënte"];
/** What follows "patient" in a service's name ("the patient portal"): no patient spoken of. */
export const PATIENT_SERVICES = ["portal|portaal|app|login|account|information|leaflet|leaflets"];

/** Closing words of a letter: a signature follows. */
export const CLOSING_ADJECTIVES = [
  "vriendelijke",
  "hartelijke",
  "collegiale",
  "sportieve",
  "warme",
  "lieve",
  "beste",
  "zonnige",
];
export const CLOSING_GREETING = ["groet", "groeten", "groetjes"];
export const CLOSINGS = [
  "groet",
  "groeten",
  "groetjes",
  "gr",
  "gr.",
  "mvg",
  "m.v.g.",
  "kind regards",
  "best regards",
  "warm regards",
  "regards",
  "best wishes",
  "best",
  "sincerely",
  "yours sincerely",
  "cheers",
  "thanks",
  "bedankt",
  "dank je wel",
  "tot dan",
  "tot snel",
  "tot ziens",
];

/** A closing on behalf of a team ("Namens de assistentes,"): the words open the line, a comma ends it. */
export const ON_BEHALF_OF = ["namens", "on behalf of"];

/** Newsletter and mailing-list wording, matched anywhere (also inside "zomernieuwsbrief"). */
export const NEWSLETTER_PARTS = [
  "nieuwsbrief",
  "newsletter",
  "referring physicians|professionals|colleagues",
  // "afmelden" and "uitschrijven" alone are also a patient's appointment or registration
  "afmelden|uitschrijven ~4 link|hier|mailing|mailinglijst|e-mails|berichten|maillijst",
  "link|hier ~3 afmelden|uitschrijven",
  "unsubscribe",
  "u ontvangt deze e-mail|email|mail|nieuwsbrief|brief|berichten",
  "you are receive|receiving this",
  "you receive|receiving this",
];
/** ... and as a whole word. */
export const NEWSLETTER_WORDS = ["verwijzers"];

/** A part of the day glued to a weekday ("vrijdagochtend", "dinsdagavond"). */
export const DAY_PARTS = ["ochtend|middag|avond|morgen|nacht"];
export const WEEKDAYS = [
  "maandag",
  "dinsdag",
  "woensdag",
  "donderdag",
  "vrijdag",
  "zaterdag",
  "zondag",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "morgen",
  "overmorgen",
  "vandaag",
  "vanmiddag",
  "vanavond",
  "tomorrow",
  "today",
];
/**
 * An answer turning from how care works to the addressee ("Voor u betekent dat:", "Maar jij bent …",
 * "In jouw geval"): what follows in the sentence is theirs.
 */
/**
 * The addressee's own visit to the care provider, just past ("Nog even kort na uw bezoek van
 * vanochtend"): what follows is about their care, in whatever words.
 */
export const ADDRESSEE_PAST_VISIT = [
  "na|tijdens|bij|sinds uw|je|jouw bezoek|consult|afspraak|controle|spreekuur|gesprek van|op vanochtend|vanmiddag|gisteren|vandaag|vorige|afgelopen|maandag|dinsdag|woensdag|donderdag|vrijdag",
  // "Nog even wat ik vandaag zei: …": the advice of their own consult, written down
  "wat ik ~2 vandaag|vanochtend|vanmiddag|gisteren zei|vertelde|uitlegde|voordeed|liet",
  "de|het|je|uw oefening|oefeningen|ademoefening|huiswerk|opdracht|schema van vandaag|vanochtend|vanmiddag|gisteren",
];
/** One tooth by its number ("uw kroon op de 36", "je vulling in element 46"): a leaflet names no tooth. */
export const OWN_NUMBERED_TOOTH = [
  "uw|je|jouw|your kroon|kroontje|vulling|vullingen|brug|implantaat|kies|tand|wortelkanaalbehandeling|facing|crown|filling op|aan|van|in|on de|het|element|the #",
  // the treatment both know, on its tooth ("Na de wortelkanaalbehandeling van de 36 kunt u …")
  "de|het kroon|kroontje|vulling|implantaat|wortelkanaalbehandeling|extractie|trekken|behandeling op|aan|van|in de|element #",
];
export const PERSONAL_TURN = [
  "voor u|jou betekent dat",
  "in uw|jouw|your geval|case",
  "maar jij|u bent|hebt|heeft|was",
  "bij jou|u is|was het",
  // after the general answer, the addressee's own situation ("Voor jou persoonlijk", "Bij uw controle
  // zagen we …", "Omdat u via dokter Haverkamp in de ketenzorg diabetes zit", "je zit nu op behandeling 7")
  "voor jou|u persoonlijk",
  "bij uw|je|jouw controle|behandeling|bezoek|consult|afspraak zag|zagen|merkte|merkten|vond|vonden",
  "omdat|aangezien|doordat u|je|jij",
  "je|u zit nu op|in",
  ...OWN_NUMBERED_TOOTH,
  // the addressee's pregnancy by its week ("Je bent nu 31 weken, dus …"): a leaflet says "vanaf 24 weken"
  "je|jij|u bent nu|inmiddels|al #",
];
/** Before a test's number, a figure over many people ("gemiddeld HbA1c 53"), no one's result. */
export const AGGREGATE_BEFORE = [
  "gemiddeld|gemiddelde|gemiddelden|mediaan|mediane|median|average|mean|patiënten|patienten|procent",
];
/** The addressee as a pronoun ("U had een afspraak", "we hebben je verzet"). */
export const ADDRESSEE_PRONOUNS = ["u|je|jij|you"];
/** Taking a medicine ("daarvan neemt u een halve", "slik je er twee"): the verb of a dose. */
export const DOSE_VERBS = [
  "neem|neemt|nemen|slik|slikt|slikken|innemen|gebruik|gebruikt|take|takes",
];
/** How much is taken, in words ("een halve", "twee per dag", "1 per dag"). */
export const DOSE_AMOUNTS = [
  "een halve|hele",
  "anderhalve",
  "per dag|week",
  "# keer|x|maal per dag",
  "a day",
];
/** What a reminder is of when it is no appointment's ("Herinnering factuur 2026-1187"). */
export const REMINDER_WORDS = ["herinnering|reminder"];
export const PAYMENT_REMINDED = [
  "factuur|facturen|nota|rekening|betaling|betalingen|openstaande|openstaand|incasso|declaratie|invoice|payment",
];
/** The word right before a tooth's FDI number ("uw 46", "kies 36", "element 46"). */
export const TOOTH_NUMBER_AFTER = [
  "uw|je|jouw|zijn|haar|mijn|your|kies|tand|element|molaar|hoektand|snijtand|verstandskies|melktand",
];
/** A number range with a unit ("rond 7-10 weken", "tussen 40-60 jaar"): an amount, not a date. */
export const RANGE_UNITS = [
  "weken|week|dagen|dag|maanden|maand|jaar|jaren|uur|minuten|keer|kilo|kg|gram|cm|mm|procent|mg|ml|graden|weeks|days|months|years",
];
export const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
  "jan",
  "feb",
  "mrt",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "okt",
  "nov",
  "dec",
  "january",
  "february",
  "march",
  "may",
  "june",
  "july",
  "august",
  "october",
];
/** Words before a time that make it the end of a range ("t/m", "tot en met", "tussen"). */
export const RANGE_WORDS = [
  "t/m",
  "tot",
  "tot en met",
  "tussen",
  "to",
  "until",
  "till",
  "through",
  "between",
];
/** Before a date: when a rule starts ("met ingang van 1 januari zijn wij op zaterdag gesloten"). */
export const EFFECTIVE_FROM = [
  "met ingang van",
  "m.i.v.",
  "per",
  "vanaf",
  "as of",
  "from",
  "starting",
  // a deadline for everyone ("Haal uw medicatie het liefst vóór 23 december op", before the holidays)
  "vóór",
];
/** Before a weekday: every week ("elke dinsdag"), not one moment. */
export const HABITUAL_BEFORE = ["elke", "iedere", "every", "op alle"];
/** After a weekday: how it usually is ("op zaterdag is het vaak druk"), every week, not one moment. */
export const HABITUAL_AFTER = [
  "vaak",
  "meestal",
  "altijd",
  "doorgaans",
  "gewoonlijk",
  "usually",
  "often",
];
/**
 * Before a clock time, an open range or a deadline: "vanaf 22.00 uur niets meer eten", "vóór 11.00 uur
 * aangevraagd" are rules, not a moment.
 */
export const OPEN_RANGE_WORDS = [
  "vanaf",
  "na",
  "vóór",
  "voor",
  "uiterlijk",
  "from",
  "after",
  "before",
];
/** Opening and phone hours: a time near them is not a moment of someone's appointment. */
export const OPENING = [
  "open",
  "geopend",
  "openingstijden",
  "opening hours",
  "bereikbaar",
  "gesloten",
  "dicht",
  "sluiten|sluit|closed|closes|closing",
  "spreekuren",
  "werkdagen",
  "telefonisch spreekuur",
];

/** Appointments and visits (with a moment near them: someone's appointment). */
export const APPOINTMENTS = [
  "afspraak|afspraken|afspraakherinnering|afspraakbevestiging|herinnering|intake|intakegesprek|kennismakingsgesprek|vervolgafspraak|consult|visite|huisbezoek|controleafspraak",
  "appointment|appointments|consultation|visites|visiteroute|visiteronde|huisbezoeken|check-up|behandelafspraak|behandeling|gesprek|vervolggesprek|sessie|session",
  "gehoortest|oogtest|hielprik|screening|bevolkingsonderzoek|uitstrijkje|ogtt|gehooronderzoek|oogonderzoek",
  "home visit|visits",
  // the dental chair this person sat in ("was vanochtend van 8.30 tot 9.15 bij ons in de stoel")
  "bij ons in de stoel",
  // "hij kan vanaf 7 januari elke donderdag om 14.00 uur bij mij terecht"
  "bij mij terecht",
  // a third person's hour at the practice ("Zij heeft dan op dinsdag en vrijdag om 10.00 uur bij ons")
  "heeft|hebben ~8 om # bij",
  "heeft|hebben ~8 om # uur bij",
  // a home visit ("kom ik donderdag 3 december om 11 uur bij meneer Visser langs")
  "kom|komen ik|we ~8 bij ~3 langs",
  // a named child's hour out of class for care, told to the school ("Daan gaat op donderdag om 14.15 uur de
  // klas uit, voor ons", "komt pas na het derde uur op school", "will leave school at 13.30 to see our
  // practice nurse"); the provider's visit at a day-care group "voor Noor"
  "de klas|les uit",
  "uit de klas|les",
  "pas na het ~1 uur op school",
  "leave|leaves school|class",
  "to see our|the practice|school nurse|doctor|gp|physiotherapist|dentist|therapist",
  "bij jullie ~4 voor",
  // "Ik kom dan bij haar langs"
  "ik|we|wij kom|komen ~6 bij haar|hem|mevrouw|meneer|mw.|dhr. ~3 langs",
  // done at a care provider's at an hour ("Hij is rond 14.15 klaar bij de dokter")
  "klaar bij de dokter|huisarts|tandarts|fysio|fysiotherapeut|praktijk",
  // "De volgende keer is donderdag 17 december om 8.30"
  "de volgende keer is",
  // the next session with the addressee ("Donderdag gaan we verder met de volgende stap", "dinsdag zien we elkaar")
  "gaan|gaat we|wij ~2 verder",
  "zien|spreken we elkaar|je|u",
  // the doctor wants to see the addressee again ("De dokter wil je over twee weken nog even zien", not
  // "Wilt u de folder zien?"); "ik zet je op dinsdag 10.15 uur" books them (not "op de wachtlijst")
  "dokter|huisarts|tandarts|arts|fysio|fysiotherapeut|verloskundige|hij|zij|ze|ik|we wil|wilt|willen je|u ~6 zien|terugzien|spreken|controleren",
  "zet|zetten je|u op|voor maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag # uur",
  // one hour for one person ("je kunt om 8.15 terecht bij Marloes"); opening hours give a span
  // the sender's next contact with a third person, with its moment ("ik spreek hem 7 december weer")
  "spreek|spreken|zie|zien ik|we hem|haar ~3 weer|terug",
  "ik|we spreek|spreken|zie|zien hem|haar ~3 weer|terug",
  "om # terecht",
  // a fitting or check at a provider's at an hour ("Passen kan op woensdag 3 december om 16.00 uur bij
  // tandarts Nijhof")
  "om # bij ~1 dokter|huisarts|tandarts|mondhygiënist|mondhygienist|fysio|fysiotherapeut|verloskundige|orthodontist|praktijkondersteuner|poh|podotherapeut|logopedist",
  "om # uur bij ~1 dokter|huisarts|tandarts|mondhygiënist|mondhygienist|fysio|fysiotherapeut|verloskundige|orthodontist|praktijkondersteuner|poh|podotherapeut|logopedist",
  "om # uur terecht",
  "terecht om #",
  // "u kunt do 9.40 bij de assistente terecht": a slot on a day at an hour (opening hours are a range)
  "# ~3 terecht",
  // "Ma controle bij mij": a check-up on a day (written short) at the sender's
  "ma|di|wo|do|vr|za|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag controle|consult|afspraak bij mij|ons",
  // a relative's appointment ("je moeder staat morgen om 11.10 bij dokter Wessels")
  // ("U staat donderdag 17 december om 14.10 uur bij dokter Ramdin": a day, a date and an hour between)
  "staat|staan ~8 bij dokter|huisarts|tandarts|jeugdarts|fysio|fysiotherapeut|logopedist|verloskundige|praktijkondersteuner|poh",
  // "Kunnen jullie dinsdag om 17.30 uur bij mij komen?"
  "bij mij|ons komen",
  // a check-up with its moment ("staan op 12 mei voor de halfjaarlijkse controle (10.20)")
  // (a particular one: "een jaarlijkse controle" is how care works)
  "de|uw|je|jouw|zijn|haar|volgende|komende ~1 controle|jaarcontrole|halfjaarcontrole",
  // someone who has to go to a care provider ("haar dochtertje moet morgen om 10.15 bij de dokter komen")
  "bij|naar de dokter|huisarts|tandarts|orthodontist|kinderarts|jeugdarts|fysio|fysiotherapeut|logopedist|consultatiebureau ~1 moet|moeten|komen",
  // a well-baby clinic visit or weighing ("het 14-maandenbezoek: donderdag 9 april om 14.10 uur")
  "consultatiebureaubezoek|weging|maandenbezoek|jarenbezoek|weekbezoek",
  // a fitting at an hour ("U kunt ze komen passen op dinsdag 8 december om 14.10 uur")
  "komen passen|aanmeten|pasafspraak|aanmeetafspraak",
  // the next one at the usual hour ("Volgende week donderdag zelfde tijd staat nog gewoon")
  "zelfde|dezelfde tijd",
];
/** A treatment by its name, at an hour ("elke dinsdag om 10.30 logopedie"): one person's appointment. */
export const THERAPIES = [
  "logopedie|fysiotherapie|fysio|oefentherapie|ergotherapie|podotherapie|therapie|kinderfysio|kinderfysiotherapie",
];
/** The appointment word the reschedule test needs beside a reschedule word (as a word start / anywhere). */
export const APPOINTMENT_NOUN_STARTS = ["afspraak|afspraken"];
export const APPOINTMENT_NOUN_PARTS = ["appointment"];
/** Moving, missing or cancelling an appointment. */
export const RESCHEDULE = [
  "verzet|verzetten|verplaatst|verplaatsen|verschoven|verschuiven|omboeken|omgeboekt|omzetten|afgezegd|geannuleerd|no-show|rescheduled",
  "gemiste afspraak",
  "niet verschenen|afgemeld",
  "missed appointment",
  "missed your appointment",
];
/**
 * Right before an appointment word, or the word in the plural: any appointment, not one ("Een afspraak
 * van maandag …", "Appointments on Mondays …").
 */
export const ANY_APPOINTMENT_BEFORE = ["een|elke|iedere|a|an|every|any"];
export const APPOINTMENT_PLURALS = ["afspraken|consulten|sessies|appointments|sessions"];
/** Whose appointments: a possessive before a plural makes them someone's ("uw afspraken", "hun afspraken"). */
export const APPOINTMENT_OWNERS = ["uw|je|jouw|zijn|haar|hun|your|his|her|their"];
/** A practice's rule in the sentence: a duty or a deadline ("moet u uiterlijk … afzeggen", "should be cancelled"). */
export const APPOINTMENT_RULE = [
  // the addressee's or anyone's duty, not the sender's own ("Ik moet dinsdag helaas afzeggen")
  "moet|dient|hoeft u|je|jij",
  "u|je|jij moet|dient|hoeft",
  "moeten|dienen ~4 worden",
  "should|must be",
  "need to be",
  "you should|must|need to",
  "uiterlijk|minimaal|tenminste",
  "van tevoren|vantevoren|in advance|no later than|at the latest",
];
/** Near an appointment word: no particular appointment ("zonder afspraak", "een afspraak maken"). */
export const NO_PARTICULAR_APPOINTMENT = ["niet nodig", "maken", "inplannen", "aanvragen"];
export const NO_PARTICULAR_APPOINTMENT_STARTS = ["book", "schedule", "make an"];
/** How to book, told in the sentence ("Een afspraak in de avond kunt u vanaf half december maken"). */
export const BOOKING_HOW = [
  "kunt|kan|kun u|je|jij ~8 maken|inplannen|plannen|boeken|aanvragen|reserveren",
  "you can|may ~8 make|book|schedule",
];
/**
 * Before an appointment word, a topic or a practice's recurring round, not one person's appointment:
 * "Ook vragen over uw afspraken beantwoorden wij via het portaal", "Rond de feestdagen verschuift de
 * wekelijkse visite" (a GP's round at a care home); "uw vaste afspraak" keeps its owner.
 */
export const APPOINTMENT_TOPIC_BEFORE = [
  "vragen|vraag|questions|question|informatie|information|info over|about|rond|omtrent",
  "de|het|onze|the|our wekelijkse|tweewekelijkse|maandelijkse|vaste|reguliere|weekly|monthly|regular",
  // a school's talk with parents ("10-min gesprek", "het tien minuten gesprek"), no care visit
  "10-min|10-minuten|tienminuten|min|minuten|ouder|rapport|portfolio",
];
/** Prices and their rules: an event told of them ("De tarieven zijn vastgesteld") is no one's care. */
export const PRICE_WORDS = [
  "tarief|tarieven|prijs|prijzen|prijslijst|tarievenlijst|nza|fees|prices",
];
/** Glued before an appointment word, a service, not a visit ("Proef met het e-consult via de app"). */
export const SERVICE_PREFIXES = ["e-"];
/** A colleague covers the work ("neemt … de visite over", "vervangt mij"): the "zij" after it is staff. */
export const STAFF_COVER = [
  "neemt|nemen ~8 over",
  "vervangt|vervangen|vervangt mij|neemt|nemen ~3 waar",
  "takes|take ~4 over",
];
/** "zonder" or "geen" right before the appointment word ("Tussen 12.00 en 13.00 uur heeft ze geen afspraken"). */
export const WITHOUT = ["zonder|geen|no"];
/** Second-person possessives: the addressee's own ("uw afspraak", "je medicijnen"). */
export const OWN = ["uw", "je", "jouw", "your"];
export const OWN_PLURAL = ["uw", "je", "jouw", "jullie", "your"];
export const OWN_OR_THIRD = ["uw", "je", "jouw", "zijn", "haar", "your"];
/**
 * Aids for one person's daily care (Wmo, home care): with a person in the sentence ("de douchestoel voor
 * je vader") they tell of that person's health; alone ("rollators in de gang") they do not.
 */
export const CARE_AIDS = [
  "douchestoel|douchekruk|rollator|tillift|postoel|po-stoel|steunkousen|hoog-laagbed|rolstoel|scootmobiel|traplift|toiletverhoger|incontinentiemateriaal|krukken|wheelchair|walker|commode",
  // aids of the senses and the body ("Uw rechter hoortoestel is gerepareerd")
  "hoortoestel|hoortoestellen|toestel|toestellen|gehoorapparaat|oorstukje|oorstukjes|bril|lenzen|contactlenzen|steunzolen|brace|spalk|nachtspalk|kunstgebit|gebitsprothese|beugel|pessarium|stoma|katheter",
  // a person's medicines as the pharmacy packs them ("de zakjes voor je moeder", "zijn baxterrol")
  "baxterrol|baxterrollen|baxterzakjes|medicijnrol|medicijnzakjes|weekdoseerder|pillendoos|medicijndoos|zakjes",
];
/** The side a worn aid is on ("het linker toestel", "de rechter lens"). */
export const AID_SIDES = ["linker", "rechter", "linkse", "rechtse", "left", "right"];
/** A verb right after a side word that stands for the aid itself ("uw rechter is terug", "je linker piept"). */
export const AID_SIDE_VERBS = ["is|zit|staat|fluit|piept|doet|werkt|was|wordt|gaat|moet|kan|heeft"];
/**
 * One particular person by their role ("de leerling uit groep 6", "de medewerker die we bespraken",
 * "jullie keeper", "jullie spits"): a third person as much as "hij".
 */
export const ONE_BY_ROLE = [
  // an adult relative of the addressee ("de baxterrol van je vader is aangepast"); a child is any
  // parent's in leaflet text ("geef uw kind…")
  "je|jullie|uw vader|moeder|man|vrouw|partner|echtgenoot|echtgenote|opa|oma|schoonvader|schoonmoeder",
  "de|deze|die|jullie|je|uw|onze leerling|leerlinge|medewerker|medewerkster|werknemer|collega|stagiair|stagiaire|vrijwilliger|bewoner|cliënt|client|pupil|student|deelnemer|cursist|huurder",
  "de|deze|die|jullie|je|onze keeper|keepster|speler|speelster|spits|verdediger|middenvelder|aanvaller|sporter|turnster|turner|zwemmer|zwemster|loper|loopster|atleet|danser|danseres",
];
/**
 * Written right before a name, these make it a patient or client ("jullie cliënt mevrouw Pauwels",
 * "meneer De Graaf"): care told of such a person is theirs, also in a mail about a folder or a course.
 */
export const PATIENT_BEFORE_NAME = [
  "dhr|dhr.|hr|hr.|heer|meneer|mijnheer|mevr|mevr.|mevrouw|mw|mw.|mej|mej.",
  "cliënt|cliënte|client|patiënt|patiënte|patient|bewoner|bewoonster",
];
/**
 * Around a condition, these tell each recipient of a mailing that it is theirs ("U staat bij ons
 * ingeschreven in het diabetesprogramma", "omdat u COPD heeft"): the mailing shares a diagnosis.
 */
export const ENROLLED_IN = [
  "u staat|bent ~3 ingeschreven|aangemeld|opgenomen|geregistreerd",
  "omdat|aangezien u ~3 heeft|hebt",
  "u doet|deed ~2 mee",
];
/** A third person's possessive: "zijn knie", "haar rug". */
// ("zn" as typed in a hurry: "voor zn knie")
export const THIRD_POSSESSIVES = ["zijn", "z'n", "zn", "haar", "his", "her"];

/** How to register at the practice. */
export const REGISTRATION = [
  "inschrijven",
  "inschrijving",
  "inschrijfformulier",
  "aanmelden als pati|patiënt",
  "aanmelden als nieuwe patient|patiënt",
  "registreren",
  "register",
  "registration",
];
/** A fixed appointment of this person ("uw afspraak", "staat ingepland"). */
export const CONCRETE_APPOINTMENT = [
  "uw|je|jouw|your ~1 afspraak|appointment|consult|intake|intakegesprek|kennismakingsgesprek",
  "staat|is ~1 ingepland|gepland",
  "ingepland",
  "scheduled",
  // "voor meneer Haddad hebben we een afspraak gemaakt … op donderdag 10 december om 14.20 uur"
  "afspraak|afspraken|consult ~1 gemaakt|vastgelegd|geboekt|bevestigd",
];

/** Practice and care-service information (general). */
export const CARE_TERMS = [
  "patient|patiënt|patienten|patiënten|patients|client|cliënt|clienten|cliënten",
  "openingstijden|geopend|gesloten|sluiting|zomersluiting|vakantiesluiting|spreekuur|spreekuren|inloopspreekuur|avondspreekuur|ochtendspreekuur|spoedspreekuur|inhaalspreekuur",
  "opening hours",
  "griepprik|griepprikken|vaccinatie|nieuwsbrief|newsletter|spoed|spoedlijn|spoedgevallen|huisartsenpost|dienstapotheek|waarneming|waarnemer|herhaalrecept|herhaalrecepten|wachtlijst|patiëntenstop|patientenstop",
  "inschrijven|inschrijving|registreren|register|registration|parkeren|parkeerplaats|route|routebeschrijving|bereikbaar|bereiken|telefoonnummer|verhuizing|verhuist|verhuizen|locatie",
  "nieuw|nieuwe adres",
  "new patients",
  "legitimatiebewijs|zorgverzekeraar|workshop|informatieavond|voorlichtingsavond|voorlichting|gastles|gastlessen|lezing|webinar|campagne|vaccinatiecampagne|flyer|folder|toestemmingsformulier|toestemmingsformulieren|verwijsformulier|aanvraagformulier|aanmeldformulier",
  "werkwijze|werkafspraken|samenwerkingsafspraken|protocol|zorgpad|ketenpartners|zorgpartners|afwezig|solliciteren|tarief|tarieven|agb-code|voorschrijver|handtekening",
  "nieuwe huisarts|collega|praktijkondersteuner|assistent|assistente|fysiotherapeut",
  "team versterken",
  "team komt versterken",
];
/** A published vacancy: a care word (the practice's own news) and a business word (HR) at once. */
export const VACANCY = ["vacature"];
/** Applying: "sollicit" as the start of a word (solliciteren, sollicitatie), or these whole words. */
export const APPLY_START = ["sollicit"];
export const VACANCY_APPLY = [
  "motivatiebrief",
  // an intern's placement is a work relation as a job is ("Je stagebegeleider vroeg ernaar")
  "stageplek|stageplaats|stagebegeleider|stagebegeleidster|stageopdracht|stageverslag|stageperiode|stagecontract|stagevergoeding|beroepspraktijkvorming",
  // a reference asked about a former employee ("een referentie over Timo Brouwer"), and in English
  "referentie over|voor|check|gesprek",
  "referentiecheck",
  "reference check|for|about",
  "applying|applied for the|a|this",
  "your|je|jouw application for",
];
/** "cv" as a word, not "cv-ketel". */
export const CV = ["cv"];
/**
 * A volunteer's or buddy's sign-up ("Leuk dat je je hebt aangemeld als maatje!"): the training evenings and
 * the introductory talk are theirs as a volunteer, no care appointment.
 */
export const VOLUNTEER_SIGNUP = [
  "aangemeld als ~1 maatje|vrijwilliger|vrijwilligster|buddy|gastvrouw|gastheer",
  "aanmelding als ~1 maatje|vrijwilliger|vrijwilligster|buddy|gastvrouw|gastheer",
  "nieuwe maatjes|vrijwilligers|buddy's",
  "signed up as a ~1 volunteer|buddy",
];

/** Supplier, IT, finance, facilities and HR wording: the practice's business, not care. */
export const BUSINESS_TERMS = [
  "factuur|facturen|factuurnummer|factuuradres|invoice|invoices|bestelling|bestellen|besteld|bestelnummer|order|ordernummer|levering|leveren|geleverd|leverancier|afleveradres|offerte|quotation|quote|klantnummer|pakbon|retour|retourlabel",
  "ticket|ticketnummer|servicedesk|helpdesk|storing|printer|monteur|serienummer|servicecontract|contract|contractnummer|arbeidsovereenkomst|vacaturetekst|salaris|salarisadministratie|salarisbureau|loon|loonadministratie|loonheffing|loonheffingskorting|personeelsnummer",
  "rooster|werkrooster|btw|vat|boekhouding|accountant|kwartaal|lease|leasecontract|bankafschriften|kvk|inkoopfacturen|verkoopfacturen|schoonmaak|schoonmaakbedrijf|warranty|delivery|installation|software|licentie|account|inloggen|authenticator|autoclaaf|apparaat|device|brochure|crediteren|debiteuren|klantenservice|garantie|onderhoud|budget",
  "begroting praktijk",
  // IT and systems upkeep
  "accounts|backup|backups|back-up|restore|hersteltest|maintenance|onderhoudsvenster|multi-factor|mfa|tweestapsverificatie|authentication|server|servers|firewall|netwerk|network|updates|installatie|storingen|keuzemenu|voicemailmodule|licenties|licence|license",
  // contracting and claims with insurers and municipalities (zorginkoop, declaraties)
  "contract*|conceptcontract|contractnr|declaratie|declaraties|declaratiebatch|declareren|gedeclareerd|vecozo|zorginkoop|omzetplafond|budgetplafond|prestatiecode|prestatiecodes|productcode|productcodes|productcodelijst|indexatie|verzamelfactuur|crediteurenadministratie|retourcode|tekentermijn|ondertekening|relatienummer|cao|loonkosten|koerier",
  "excl. btw",
  "bezetting|avonddienst|diensten|ruilen|verlofaanvraag|vakantiedagen|personeel|personeelszaken|sollicitatie|sollicitant|teamoverleg|teamuitje|borrel|payroll|salary|reclamebord|reclame-uiting|gevel|gevelbord|welstand|welstandscommissie|omgevingsvergunning|bouwvergunning|bestemmingsplan|uithangbord|naambord",
  // the building and its landlord ("de dakdekker … de loodgieter … de inventarisverzekering")
  "verhuurder|huurder|huurcontract|daklekkage|dakdekker|loodgieter|aannemer|elektricien|plafondplaten|inventarisverzekering|opstalverzekering|schadeformulier|vastgoed",
];
/** A general question restated in the answer ("Je vroeg of je een verwijzing nodig hebt"). */
export const REPORTED_QUESTION = [
  "je|u wilde|wilt weten of|hoe|wat|wanneer|waar|welke|wie",
  "je|u vroeg|vraagt|vroegen of|hoe|wat|wanneer|waar|welke|wie",
  "you asked whether|how|what|when|where|which|who|if",
];
/** The question quoted after a colon ('U vroeg: "wat moet je doen na het trekken van een kies?"'). */
export const REPORTED_QUESTION_QUOTED = ["je|u vroeg:|vraagt:|vroegen:|wilde:|wilt:"];
/** A restated question about one's own health, not how care works ("U vroeg of uw uitslag al binnen is"). */
export const REPORTED_OWN_HEALTH = [
  "uw|je|jouw|your ~1 uitslag|uitslagen|diagnose|klacht|klachten|pijn|result|results|scan|bloed",
];
/** A supplier's, school's or employer's service mailbox ("service@", "stagebureau@"): business to it. */
export const SERVICE_MAILBOXES = [
  "service|support|helpdesk|servicedesk|klantenservice|sales|verkoop|order|orders|bestellingen|facturen|facturatie|debiteuren|stage|stages|stagebureau|vacature|vacatures|hr|ict|it|storing|storingen|ticket|tickets",
];
/** Words in a domain that make it a care organisation's, whose service mailbox may well be about care. */
export const CARE_DOMAIN_WORDS = [
  "zorg|praktijk|huisarts|apotheek|ziekenhuis|fysio|tandarts|ggz|kliniek|ggd|verloskund|thuiszorg|umc|mc|arts|therap|lab",
];
/** HR and partnership matters of the practice's own people. */
export const HR_TERMS = [
  // a new employee's terms for payroll ("komt bij ons werken als praktijkassistent, 24 uur per week, schaal 5")
  "uur per week",
  "schaal #",
  "in dienst",
  "indiensttreding|proeftijd|loonstrook|loonstroken|salarisstrook|arbeidscontract",
  "werken als",
  "maatschap|maatschapsakte|vennoot|toetreding|verjaardag|verjaardagen|verjaardagslijst|jarig|personeelsdossier|parkeervergunning|parkeervergunningen|vergunning|vergunningen",
  "nieuwe maat",
  // a locum's or new colleague's practical arrangements
  "waarneming|waarnemen|waarneemt|waarneemperiode|toegangspas|sleutel|alarmcode|diensttelefoon|inwerken|uzi-pas",
  "locum",
  "shows|show you around",
  "your|je|jouw start|first day|eerste dag|eerste werkdag",
];

/** Words before examples ("zoals neusspray of paracetamol"): what follows illustrates, it says nothing of someone. */
export const EXAMPLE_WORDS = [
  "zoals|bijvoorbeeld|bijv|bv",
  "onder andere",
  "such as",
  "for example",
  "e.g",
];
/** Practice information about care services ("een verwijzing is niet nodig", "wordt vergoed"). */
export const SERVICE_PHRASES = [
  "niet nodig",
  "geen verwijzing",
  "zonder verwijzing",
  // "U heeft een verwijzing van uw eigen tandarts nodig": what the service asks of anyone
  "verwijzing|verwijsbrief ~6 nodig",
  "vergoed|vergoedt|vergoeding|wachtlijst|wachttijd|wachttijden|aanmelden|aanmelding|zorgverzekeraar|basisverzekering|tarief|tarieven|klaarliggen|afhaalkluis|afhaalpunt|ophaalcode|afhaalcode|ophalen|afhalen|bezorgen|bezorgd|bezorging|portaal|patientenportaal|patiëntenportaal|inloggen|digid",
  "meldt|melden u|je|zich aan",
  "wij|we behandelen|bieden",
  "ons aanbod",
  "aanvullende verzekering",
  "no referral",
  "waiting list|time",
  "covered by",
  "we treat|offer",
  "do not need",
  "don't need",
  "no need",
  "not needed",
  "per behandeling|sessie|consult|uur",
  "kost|kosten|tarief|prijs|prijzen|euro",
  "price|prices|costs|fee|fees",
  "eigen risico",
  "ligt|liggen ~6 klaar",
  "online aanvragen|bestellen",
  "kunt u ~3 aanvragen|bestellen",
  "log in",
  "log dan in",
  "via de|onze website|app",
  "how to order|request",
  "can order|request|ordered|requested",
  "can be order|request|ordered|requested",
  "patient portal",
  "portal",
];
/** Medical words that name a care service when a service sentence holds them (stems, either end). */
export const SERVICE_WORD_STARTS = [
  "verwij",
  "doorverwij",
  "intake",
  "behandel",
  "therap",
  "logoped",
  "podotherap",
  "ergotherap",
  "fysiotherap",
  "oefentherap",
  "dieet",
  "voedings",
  "sessie",
  "consult",
  "revalidatie",
  "referral",
  "therapy",
  "treatment",
  "herhaalrecept",
  "recept",
  "medicatie",
  "medicijn",
  "prescription",
  "repeat",
];
export const SERVICE_WORD_ENDS = ["therapie"];

/** Sentences about a topic or a mail rule, not a person ("gastles over SOA", "stuur geen ... per mail"). */
export const TOPIC_SENTENCE = [
  "informatieavond|voorlichtingsavond|voorlichting|gastles|gastlessen|lezing|webinar|themaavond|thema-avond|campagne|vaccinatiecampagne|flyer|onderwerpen",
  "stuur geen",
  "stuur ons geen",
  "nooit ~1 per",
  // "vragen over uitslagen of klachten beantwoorden wij nooit via gewone e-mail": a rule for any mail
  "nooit ~2 via",
  "niet per mail|e-mail|email",
  "geen ~3 per mail|e-mail|email",
  "automatisch antwoord",
  "out of office",
];
/** A whole mail about a topic (an information evening, a campaign). */
export const TOPIC_MAIL = [
  "informatieavond|voorlichtingsavond|voorlichting|gastles|gastlessen|lezing|webinar|themaavond|thema-avond|campagne|vaccinatiecampagne",
  // a pupil's or student's project about care ("Hierbij de antwoorden voor je werkstuk")
  "werkstuk|werkstukken|profielwerkstuk|spreekbeurt|scriptie|afstudeeronderzoek|essay",
  "school project|projects",
  // a vaccination day for everyone invited (the handbook's "griepprik-campagne" is practice information)
  "inhaalmoment|prikmoment|prikmomenten|vaccinatiemoment|vaccinatiemomenten|griepprikdag|griepprikspreekuur|priksessie",
  "information|info evening|session|meeting|night",
  "lecture|lectures|campaign|webinar|workshop",
  // an automatic reply tells how the practice works, of no one ("Automatisch antwoord: vraagje")
  "automatisch antwoord",
  "out of office",
  "automatic reply",
  "afwezigheidsbericht",
  // a software ticket's test record is no one ("de testpatiënt in het HIS")
  "testpatiënt|testpatient|testpatiënte|testdossier|dummypatiënt|dummypatient",
  "test patiënt|patient",
];
/** An attachment that is a leaflet, not a document about the addressee ("in de bijlage onze folder"). */
export const LEAFLET_WORDS = [
  "folder|folders|foldertje|flyer|flyers|brochure|brochures|leaflet|leaflets|informatieblad|informatiefolder|patiëntenfolder|patientenfolder|poster",
  // a blank form to fill in is for anyone ("vul het formulier in de bijlage in")
  "formulier|formulieren|aanvraagformulier|inschrijfformulier|aanmeldformulier|machtigingsformulier|form|forms",
  // the practice's prices are for anyone ("In de bijlage vind je onze tarievenlijst voor 2027")
  "tarievenlijst|tarieflijst|prijslijst|tarievenoverzicht|prijsoverzicht|tarieven|prices|fees",
];
/**
 * A line that hands on published text for anyone ("Hieronder de informatie van onze website:",
 * "Hierbij de tekst uit de folder"): what follows speaks to every reader, as a leaflet does. Only
 * an announcing word ("hieronder", "hierbij", "onderstaand") makes it a hand-over; "meer informatie op
 * onze website" at the end of a personal note is a pointer, not the text itself.
 */
export const HANDED_ON_TEXT = [
  "hieronder|hierbij|onderstaand|onderstaande ~8 website|site|folder|foldertekst|brochure|thuisarts.nl|thuisarts|nieuwsbrief|informatieblad|patiëntenfolder|patientenfolder",
  "website|site|folder|brochure|thuisarts.nl|thuisarts|nieuwsbrief ~6 hieronder|onderstaand",
  // (one entry per sequence: "algemene informatie|uitleg" would read as "algemene" + "informatie|uitleg")
  "hieronder|hierbij|onderstaand|onderstaande ~4 algemene informatie",
  "hieronder|hierbij|onderstaand|onderstaande ~4 uitleg|tekst|stukje|artikel|persbericht|concept",
  // "Hier het stukje voor de volgende editie"
  "hier ~2 stukje|tekstje|artikel|artikeltje|persbericht",
  // "daarom dit stukje voor het decembernummer:", "een tekstje voor de wijkkrant"
  "dit|deze|een ~1 stukje|tekstje|artikeltje|persbericht|column",
  // "een korte tekst die u kunt meegeven aan ouders", "deze tekst om op te hangen in de wachtkamer"
  "een|deze|onderstaande ~1 tekst|teksten die|om ~4 meegeven|uitdelen|gebruiken|plaatsen|ophangen|doorsturen",
  "stukje|tekstje|tekst|artikel|artikeltje|column voor ~3 nummer|editie|krant|dorpskrant|wijkkrant|nieuwsbrief|clubblad",
  "below|here is|here's ~6 website|site|leaflet|brochure|general information",
];
/** The addressee's own question or message ("Dank voor je vraag over zwangerschap"): it names a topic. */
export const ADDRESSEE_QUESTION = [
  "uw|je|jouw|your vraag|vragen|mail|mailtje|bericht|question|message",
];
/**
 * Teaching cases declared invented ("Casus 1 (fictief):", "alle casussen zijn verzonnen, namen en gegevens
 * bestaan niet"): their names are placeholders, no one's. A pseudonym alone ("fictieve naam") is not
 * enough: the rest of a real case may still identify its patient.
 */
export const INVENTED_CASES = [
  "casus|casussen|oefencasus|oefencasussen|voorbeeldcasus|voorbeeldcasussen|case|cases ~3 fictief|fictieve|verzonnen|gefingeerd|gefingeerde|invented|fictional|fictitious",
  "fictieve|verzonnen|gefingeerde|invented|fictional|fictitious casus|casussen|oefencasus|oefencasussen|case|cases",
  "namen en gegevens ~2 bestaan niet",
  "namen en gegevens ~2 zijn verzonnen|fictief",
];
/**
 * A council of clients or patients and its business ("de conceptagenda voor de vergadering van de
 * cliëntenraad", "Agendapunt valpreventie voor het overleg"): its members read as members, not patients.
 */
export const COUNCILS = [COUNCIL_NAMES.join("|"), "raad van toezicht"];
export const COUNCIL_BUSINESS = [
  "agenda|conceptagenda|agendapunt|agendapunten|vergadering|overleg|concepttekst|conceptteksten|stukken|notulen|verslag|adviesaanvraag|advies",
];
/** A flyer or folder as the subject of the mail. */
export const TOPIC_SUBJECT = ["flyer|flyers|folder|folders|poster|posters"];
/** The addressee's (or a third person's) own health ("uw uitslag", "haar behandeling"). */
export const OWN_HEALTH_NOUNS = [
  "uitslag|uitslagen|diagnose|behandeling|medicatie|klachten|dossier|onderzoek|test|zwangerschap|verwijzing|result|results|treatment",
];
/**
 * What a patient does at home between sessions (exercising, brushing): care for one named person
 * ("Sem poetst al veel beter"), but advice for anyone in a reply to a general question; several of
 * them together weigh as one word.
 */
export const CARE_ACTIVITIES = [
  "oefenen|oefen|oefent|oefende|oefenden|oefening|oefeningen|poetst|poetsen|napoetsen|gepoetst",
];
/** Screening tests: an appointment for one says nothing about a condition. */
export const SCREENING = [
  "gehoortest|gehoortesten|oogtest|oogtesten|hielprik|screening|screenings|screeningen|ogtt|bevolkingsonderzoek|bevolkingsonderzoeken|uitstrijkje|uitstrijkjes|gehooronderzoek|oogonderzoek|ogenonderzoek",
];
/**
 * How care is delivered, not what is wrong with someone: repeat prescriptions, the surgery hours, a
 * blood draw. A reply made only of these explains a service (in the labelled corpora, every such
 * one-to-one mail was informational); one word about a body, complaint, result or treatment makes it
 * someone's care.
 */
export const CARE_PROCESS = [
  "herhaalrecept|herhaalrecepten|recept|recepten|medicijn|medicijnen|medische|spreekuur|spreekuren|overdracht|visite|visites|bloedafname|onderzoeken|prikpost|prikposten",
];
/** Staff training and professional registration: the medical words name the course topic. */
export const STAFF_TRAINING = [
  "nascholing|nascholingen|bijscholing|scholingsavond|accreditatie|accreditatiepunten|geaccrediteerd|pe-punten|accreditation|cpd|cme-punten|big-registratie|big-register|herregistratie|kwaliteitsregister|cursuscertificaat|deelnamecertificaat",
  "certificaat|certificate van|voor|of|for cursus|training|course|nascholing|module|scholing",
  "certificaat|certificate van|voor|of|for de|het|the|a|this cursus|training|course|nascholing|module|scholing",
];
/** A cancellation of someone's visit without the word "afspraak". */
export const CANCELLATION = [
  "afzegging|afgezegd|afzeggen|afbellen|afgebeld|afgemeld|cancel|canceled|cancelled",
  // a missed hour ("Ik had je gisteren om 4 uur verwacht maar je was er niet")
  "ik|we had|hadden je|u ~4 verwacht",
  "je|u was|bent er niet",
  "kan ~2 niet komen",
  "komt ~2 niet",
  "cannot|can't ~1 come",
];
/** "verzet naar maandag": moved to another moment (the moment is matched in code). */
export const MOVED = ["verzet|verzetten|verplaatst|verplaatsen|verschoven"];
/** Short weekday forms before "dag" are matched by the stem list. */
export const MOMENT_WORDS = ["morgen", "overmorgen", "volgende week"];
export const WEEKDAY_STEMS = ["ma", "di", "wo", "do", "vr", "za", "zo"];

/**
 * The sender meets the addressee ("zie ik je vrijdag", "Tot dinsdag!", "Donderdag 10.30 uur gewoon
 * doorgaan?"): with a moment in the same sentence, a care provider's one-to-one mail then concerns this
 * person's own visit or session (handbook 002, Toolkit: logistic), whatever its vocabulary.
 */
export const MEETING = [
  "zie|zien ik|we je|jou|jullie|u",
  // "Dinsdag kan ik je pas om 16.00 zien"
  "kan|kunnen ik|we je|jou|u ~4 zien|spreken",
  "zie|ziet je|jij|jullie|u",
  "tot dan|morgen|straks|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
  "tot de|het ~1 volgende|komende",
  // "Tot de 18e." (a day of the month, checked in code)
  "tot de",
  // "Morgen ben ik er om 8.00 weer" (a maternity or home-care visit)
  "ben|zijn ik|we er ~2 om|rond|tussen",
  // "zoals besproken: volgende week woensdag 16.00" (with its moment)
  "zoals besproken|afgesproken",
  // "Tot over twee weken.", "Tot volgende week!" (a sentence of its own, checked in code)
  "tot over ~1 dag|dagen|week|weken|maand|maanden",
  "tot volgende|komende week|maand|keer",
  "gewoon doorgaan",
  "gaat ~1 door",
  "kijken|bespreken|bekijken we ~3 samen",
  // "Dan bespreken we het dinsdag om 10.30" (with its moment)
  "bespreken|bekijken|evalueren|kijken we",
  "see you",
  // a visit of the sender or a colleague at the addressee's home ("Ik kom morgen tussen 11 en 12 langs")
  "kom|komt|komen ~8 langs|kijken",
  // a carer's visit moved ("morgen komt Ilse om 10.30 uur ipv 8.00 uur")
  "kom|komt|komen ~2 om|rond|tussen",
  // "Je staat donderdag 3/12 om 10.40 bij Mirjam"
  "je|u|jij staat|sta ~4 bij|ingepland|genoteerd",
  "staat|sta je|u|jij ~4 bij|ingepland|genoteerd",
];
/** Social occasions where a practice's people meet someone outside care (a thank-you note's "tot dan"). */
export const SOCIAL_EVENTS = [
  "barbecue|bbq|buurtbarbecue|borrel|nieuwjaarsborrel|kerstborrel|buurtfeest|straatfeest|feest|feestje",
  "verjaardag|verjaardagsfeest|bruiloft|receptie|afscheidsreceptie|jubileum|etentje|diner|uitje|teamuitje",
  "wedstrijd|repetitie|koor|kerkdienst|markt|braderie|sportdag|schoolreis",
];
/**
 * A working day arranged with a (new) colleague at a private address ("rooster volgt, ma gewoon om 8u
 * beginnen. tot dan!"): they meet for work, not care.
 */
export const WORK_DAY = [
  // (the practice's roster: "je rooster" is the addressee's own job's, "Lukt dat met je rooster?")
  "het|ons|jullie|nieuwe rooster|werkrooster|dienstrooster",
  "rooster|werkrooster|dienstrooster volgt|komt|staat",
  "inwerkdag|inwerken|proefdag|meeloopdag|meelopen",
  "eerste werkdag",
  // a newcomer welcomed ("Welkom volgende week!", "welkom in het team"): a start at work
  "welkom volgende|komende week|maand",
  "welkom in het|ons team",
];
/** The next visit of this addressee ("de volgende keer", "bij de komende controle"): a meeting with "we". */
export const NEXT_VISIT = [
  "de|het|bij volgende|komende keer|afspraak|consult|controle|sessie|bezoek|gesprek|behandeling",
];
/** Care staff named by their role ("huisarts Sjoerd de Vries", "Baukje (POH)"): no patient. */
export const STAFF_ROLES = [
  "huisarts|dokter|dr.|dr|arts|tandarts|apotheker|verloskundige|psycholoog|gz-psycholoog|jeugdarts",
  "praktijkondersteuner|poh|poh-ggz|poh-s|poh-somatiek|poh-jgz|praktijkverpleegkundige|verpleegkundige|jeugdverpleegkundige",
  "orthopedagoog|pedagoog|gedragswetenschapper|psychotherapeut|jeugdhulpverlener|gezinscoach",
  "assistente|assistent|doktersassistente|doktersassistent|apothekersassistent|apothekersassistente",
  "fysiotherapeut|fysio|mondhygiënist|mondhygienist|diëtist|dietist|logopedist|podotherapeut|waarnemer",
  "praktijkmanager|kraamverzorgende|wijkverpleegkundige|ergotherapeut|orthodontist|kaakchirurg",
  "echoscopist|secretaresse|praktijkassistente|tandartsassistente|preventieassistente|kraamverzorgster|triagist",
  "kinderarts|gynaecoloog|internist|cardioloog|psychiater|orthopeed|chirurg|bedrijfsarts|specialist|casemanager",
  "praktijkhouder|praktijkeigenaar|aios|haio|stagiair|stagiaire|teamleider|coördinator|coordinator",
  // "samen met collega Bart Hoekstra", "onze collega Sanne"; the sender's "mijn collega Jolien van Wijk
  // neemt de visite over" (a quoted patient's "mijn collega" is not the practice's: staffName)
  "onze|met|mijn collega",
  "sportfysio|sportfysiotherapeut|kinderfysio|kinderfysiotherapeut|bekkenfysiotherapeut",
  // "Ik neem Wouter mee (onze sportfysio)"
  "onze|ons sportfysio|fysio|fysiotherapeut|assistente|huisarts|tandarts|poh|verpleegkundige|diëtist|dietist|logopedist|mondhygiënist|verloskundige",
];
/**
 * People named by their job at an organisation, the job before the name ("Onze directeur, Annelies
 * Vreeswijk:", "accountmanager Bas de Wit"): no patient, but no care role either. After a name the job
 * is often a patient's ("dhr. Smulders (monteur bij …)"): only before.
 */
export const ORGANISATION_ROLES = [
  "directeur|directrice|bestuurder|bestuursvoorzitter|woordvoerder|woordvoerster|accountmanager|vertegenwoordiger",
  // those a practice hires or meets for its business ("trainer Karel Smit", "monteur Piet")
  "trainer|trainster|docent|docente|cursusleider|cursusleidster|spreker|consultant|adviseur|monteur|installateur|schoonmaker|schoonmaakster|projectleider|boekhouder|accountant|jurist|advocaat|notaris|makelaar|auditor",
];
/**
 * A named colleague who is ill ("Onze assistente Kim van Dalen is sinds maandag ziek", "is geopereerd"):
 * then their role says who they are, not that they are care staff rather than the mail's subject.
 */
export const STAFF_ILL = [
  "is|was|wordt|werd|raakte|ligt ~4 ziek|ziekgemeld|geopereerd|opgenomen|uitgevallen|herstellende|overspannen|arbeidsongeschikt",
  "heeft|had ~3 burn-out|burnout|hernia|ongeluk|ongeval|operatie",
  // "Onze assistente Tamara Smits valt uit met een hernia"
  "valt|viel uit met|door|wegens",
];
/**
 * Right after a name, what only the practice's own people do ("Ruben Hoekstra nam in 2019 de praktijk
 * over", "komt Floor Wessels ons team versterken"): staff, whatever role word is missing.
 */
export const STAFF_AFTER = [
  "nam|neemt ~3 de praktijk over",
  // (one entry per sequence: "versterken|komt versterken" would read as "versterken|komt" + "versterken")
  "ons|het team ~1 versterken|versterkt",
  "is|wordt onze nieuwe",
];
/** Colleagues' meetings: "Volgende HAGRO: 28 januari bij Joost" names the host, a colleague. */
export const STAFF_MEETINGS = [
  "hagro|overleg|teamoverleg|vergadering|intervisie|moc|fto|bijeenkomst|borrel|etentje|nascholing|toetsgroep",
];
/** Verbs of a quoted speaker before the name in an article ("…", vertelt Tessa Ruiterkamp). */
export const SPEAKER_VERBS = ["zegt|vertelt|aldus|legt|benadrukt|adviseert|zei|vertelde"];
/** A line listing a meeting's people ("Aanwezig: Raymond Kolman (apotheker), Marianne Poulen"). */
export const ATTENDANCE_LABELS = [
  "aanwezig|afwezig|afgemeld|notulist|notulen|voorzitter|present|absent|attendees|chair|minutes",
];
/** Whom to reach about the mail itself: "bel of mail Lieke even" names a colleague, not a patient. */
export const CONTACT_VERBS = [
  "bel|mail|app|vraag|bellen|mailen|call|email|ask",
  "contact op met",
  // whom a delivery or visitor asks for at the door ("ask for Martijn (lab)", "vraag naar Petra")
  "ask for",
  "vraag|vragen naar",
  "meld|melden je|u|jullie ~1 bij",
];
/** A contact person for readers ("voor vragen kunt u contact opnemen met Linda Groot, 033 …"): staff. */
export const CONTACT_PERSON = [
  "contact opnemen|op met",
  "contactpersoon|contactpersonen|aanspreekpunt|woordvoerder|woordvoerster|perscontact|persvoorlichter|persvoorlichting|informatie|inlichtingen|info:|contact:",
  "neem|nemen|kunt|kan ~2 contact op met",
];
/**
 * Around a birth date, a birthday or a birth celebrated, or a colleague's ("Onze collega Petra is geboren op
 * 12 maart 1979 en wordt 47", "Welkom Noah, geboren 1 dec. 2026, gefeliciteerd"): no patient's identifier.
 */
export const CELEBRATED_BIRTH = [
  "jarig|verjaardag|felicitatie|felicitatiekaart|felicitatiekaartje|gefeliciteerd|taart|geboortekaart|geboortekaartje|kraamfeest|kraamvisite|welkom|birthday|congratulations",
  // (not "collega" alone: "Geachte collega" greets a care provider about a patient)
  "onze|mijn|een|nieuwe collega|collega's|colleague",
  "medewerker|medewerkster|werknemer|personeelslid|personeelsavond|personeelsuitje|employee",
];
/** A named contact for the business at hand ("Contactpersoon voor de chauffeur is Gerda Vos"): staff. */
export const CONTACT_ROLES = [
  "contactpersoon|aanspreekpunt|aanspreekpersoon",
  // an invoice's or letter's addressee ("Factuur graag naar de praktijk t.a.v. Ingrid Bosman")
  "t.a.v.|tav|attn|attn.",
  "ter attentie van",
  "contact person",
  "point of contact",
  // the supplier's person a deal was made with ("conform de prijsafspraak die ik in september met mevrouw
  // Brouwer heb gemaakt")
  "prijsafspraak|prijsafspraken|tariefafspraak|tariefafspraken|contractafspraak|contractafspraken ~6 met ~1",
  // "Contact on site: Bart Hulshof"
  "contact on site",
  "contact ter plaatse",
];
/** A quoted writer's own diagnosis or medicine follows these ("ik heb suikerziekte", "ik slik metformine"). */
export const FIRST_PERSON_HAS = [
  "ik heb|had|gebruik|gebruikte|slik|slikte|neem|krijg|kreeg",
  // inverted after a fronted phrase ("Sinds april heb ik bijna elke dag paniekaanvallen")
  "heb|had|gebruik|gebruikte|slik|slikte|neem|krijg|kreeg ik",
];
/** First-person possessives of a quoted writer ("mijn voet", "my knee"). */
export const FIRST_POSSESSIVE = ["mijn", "m'n", "mn", "my"];
/**
 * What anyone sees or feels on a body, in everyday words (no diagnosis): "een bult", "die plekjes",
 * "rode kringen". One alternation, used where a writer has them and where both know them.
 */
export const EVERYDAY_SIGNS =
  "bult|bultje|bultjes|bulten|bobbel|bobbeltje|knobbel|knobbeltje|plek|plekje|plekjes|plekken|vlek|vlekje|vlekjes|vlekken|kring|kringen|korstje|korstjes|korst|schilfers|wondje|wondjes|blaar|blaren|blaasje|blaasjes|puist|puistje|puistjes|pukkels|wrat|wratje|jeuk|uitslag|zwelling|bloeding|roodheid|melkkorst|melkkorstjes";
/**
 * A sign both know, at a clause start or after a preposition, one word between ("Die rode kringen om
 * zijn mond", "met dat plekje"): the addressee's (or their child's) own body.
 */
export const KNOWN_SIGN_BEFORE = ["die|those"];
/** A quoted writer's own complaint in everyday words ("ik heb een bult", "I've had back pain"). */
export const FIRST_COMPLAINTS = [
  `ik heb|had ~3 ${EVERYDAY_SIGNS}|bloedneus|hoest|hoofdpijn|buikpijn|keelpijn|rugpijn|kiespijn|pijn|klachten|koorts|diarree`,
  "ik ben ~2 ziek|misselijk|duizelig|zwanger|gevallen|flauwgevallen|benauwd|verkouden|grieperig",
  // the writer's own medicine pointed at ("Kan ik die nieuwe pillen ook bij het ontbijt nemen?")
  "ik ~4 die|deze ~1 pillen|pil|pilletje|pilletjes|tablet|tabletje|tabletten|medicijnen|pufjes|druppels|zalf|capsules|plaspillen|antibiotica",
  // the writer's own care aid asked after ("Zijn mijn nieuwe lenzen al binnen?", "mn beugel")
  "mijn|mn|m'n|my ~1 lenzen|contactlenzen|glazen|bril|toestel|toestellen|hoortoestel|hoortoestellen|gehoorapparaat|oorstukjes|zolen|steunzolen|beugel|brace|spalk|kunstgebit|prothese|glasses|lenses|hearing",
  // the writer's own medicine missed ("ik ben gisteren mn pil vergeten")
  "mijn|mn|m'n ~1 pil|pillen|strip|medicijnen|medicatie|tabletten|tablet|insuline|puffer|prik ~2 vergeten|overgeslagen|kwijt",
  "i forgot|missed my ~1 pill|pills|medication|medicine|insulin|inhaler|dose",
  // an unborn child who moves less ("Ze schopt minder hard dan vorige week")
  "schopt|schoppen|trappelt|beweegt ~2 minder|weinig|nauwelijks",
  // the writer's own sleep in hours ("slept 6 hrs three nights in a row")
  "i slept|sleep|sleeping ~3 better|badly|hrs|hours|night|nights",
  "slept # hrs|hours",
  // sleep, eating, walking in the writer's own words ("ik slaap nog steeds heel slecht")
  "ik slaap|sliep ~3 slecht|nauwelijks|niet|amper",
  // asking to take up a sport or work again ("Mag ik weer gaan hardlopen??"): the writer's own injury
  "mag ik ~2 weer ~2 hardlopen|sporten|fietsen|zwemmen|voetballen|tennissen|hockeyen|tillen|werken|autorijden",
  // nights slept, counted ("deze week 4 van de 5 nachten doorgeslapen")
  "nachten doorgeslapen|geslapen|wakker|wakkergelegen",
  // hearing and sight in the writer's own words, "ik" often left out ("Hoor erg slecht zonder")
  "hoor|zie ~2 slecht|nauwelijks|niks|amper",
  "ik kan ~3 niet|nauwelijks|amper slapen|eten|lopen|plassen|zitten|staan",
  // what the body does, in the writer's own words ("ik moet 's nachts wel vier keer plassen")
  "ik moet|moest ~6 plassen|overgeven|braken|hoesten|spugen",
  "ik plas|hoest|spuug|bloed|bloedde|lek|lekte",
  "i have|had|i've ~3 pain|rash|lump|fever|cough|headache|headaches|backache",
  // the writer's own result asked after ("is de uitslag van vorige week al binnen?", "mijn uitslag")
  "is|zijn de|die|het|mijn ~1 uitslag|uitslagen|meting|metingen|kweek|foto|foto's|test|buisje|buisjes|potje|monster ~4 al binnen|bekend|doorgegeven|klaar|terug",
  "mijn ~1 uitslag|uitslagen|bloeduitslag|bloeduitslagen|labuitslag|labuitslagen",
  "my ~1 results|result|test results",
  // the writer's own complaint getting better or worse ("the cough is much better")
  "the|my cough|fever|rash|pain|headache is|was|has ~2 better|worse|gone|settling",
  "i am|i'm ~2 sick|ill|pregnant|dizzy",
];
/** The sender and the addressee together ("nemen we … door"). */
export const WE_TOGETHER = ["we", "wij", "samen"];

/**
 * A person's visit to the sender, a care provider ("Luuk is gisteren bij mij geweest", "Daan was vanmiddag
 * weer bij mij", "Vanaf deze week komt Noor op donderdag bij ons", "Donderdag zie ik hem weer"): that they
 * come for care. Read in a sentence that names them (statements.ts).
 */
export const VISIT_TO_SENDER = [
  "was|waren ~3 bij mij|ons",
  "is|zijn ~3 bij mij|ons geweest",
  // "dat hij donderdag 3 december van 9.00 tot 10.00 uur bij ons op de praktijk is"
  "bij mij|ons op|in de praktijk|behandelkamer|prikpost|spreekuur is|zijn|was|waren",
  // (a rhythm and an hour may come between: "komt vanaf 26 november om de week op donderdag om 10.30 uur bij ons")
  "komt|komen|kwam|kwamen ~12 bij mij|ons",
  // "Ik zag Yara Mertens vanmorgen bij ons op het spreekuur", "het spreekuur van vanochtend met Sevda"
  "ik|we zag|zagen|zie|zien ~5 bij mij|ons",
  "ik|we zag|zagen|zie|zien ~5 op het|mijn|ons spreekuur|consult",
  "spreekuur|consult ~3 met",
  // the sender visits them ("Ik kom sinds september als wijkverpleegkundige bij mevrouw Ouali")
  "ik|we kom|komen ~6 bij",
  "niet op het spreekuur verschenen",
  // in a subordinate clause ("omdat ze dan met Noor bij ons op het consultatiebureau komt")
  "bij mij|ons ~4 komt|komen|kwam|kwamen",
  "zie|zag|zien|zagen ik|we hem|haar|ze",
  // "Over drie weken zie ik Daan weer op school", "ik zie Noor volgende week terug"
  "zie|zien ik|we ~3 weer|terug",
  "ik|we zie|zien ~4 weer|terug",
  // the sender saw or spoke them ("Vanmorgen heb ik Wilma Hoekstra op het spreekuur gezien", "heb ik
  // Yusuf en zijn vader gesproken"), or will again ("ik spreek hem 7 december weer")
  "heb|hebben ik|we ~5 gezien|gesproken",
  "ik|we heb|hebben ~5 gezien|gesproken",
  "spreek|spreken ik|we ~3 weer|terug",
  "ik|we spreek|spreken ~4 weer|terug",
  // the person's own sessions at the sender's ("in verband met de gesprekken bij ons", told to an employer)
  "de|haar|zijn|hun gesprekken|gesprek|behandeling|behandelingen|afspraken|sessies|therapie bij mij|ons",
];
/** A name called, then spoken to ("Henk Dijk, jij mag je oefenband meenemen"): after the name and a comma. */
/** "Joost, jouw verwijzing voor de kruisband is binnen": the called reader's own care, in their sentence. */
export const VOCATIVE_POSSESSIVES = ["jouw|uw|your"];
export const VOCATIVE_AFTER = ["jij|je|u|you", ...VOCATIVE_POSSESSIVES];
/** In the sender's own text, "mijn collega Inge neemt het over": a colleague, whose news is work. */
export const COLLEAGUE_WORDS = ["collega|collega's|vervanger|vervangster|invaller|invalster"];
/** "bij ons in dienst", "bij ons op stage": work, not a visit. */
export const AT_SENDER_FOR_WORK = [
  "in dienst|werken|werkt|werkzaam|stage|stagiair|stagiaire|solliciteren|vergadering|overleg|koffie|borrel",
];
/** "verdeeld over 8 dagen": a span something is spread over, not a moment ("over 8 dagen" alone is one). */
export const SPREAD_OVER = ["verdeeld|verspreid|uitgesmeerd|spread"];
/** "ligt dan … klaar": inside a pickup phrase, a step of how a service works. */
export const PROCESS_THEN = ["dan", "then"];
/** A pharmacy's pickup or delivery notice (concrete forms only). */
export const PICKUP = [
  "ligt|liggen ~6 klaar",
  // for a relative ("De bestelling voor uw man ligt vanaf morgen na 14.00 uur voor hem klaar"); a
  // leaflet's "ligt twee werkdagen later voor u klaar" is for anyone
  "ligt|liggen ~8 voor hem|haar|hen klaar",
  "klaarliggen|ophaalcode|afhaalcode",
  // in the locker now, not how the locker works ("U kunt ook ophalen uit de afhaalkluis")
  "ligt|liggen|staat|staan ~6 afhaalkluis|afhaalpunt|kluis|kluisje",
  "vanaf ~4 ophalen|afhalen",
  // a day for this person's pickup ("De pil kunt u morgen na 14.00 uur ophalen")
  "morgen|vandaag|vanmiddag|overmorgen ~4 ophalen|afhalen",
  "komen|wordt|worden ~3 bezorgd",
];
/** A possibility, not a notice ("U kunt ook afspreken dat de medicijnen worden bezorgd"). */
export const POSSIBILITY = [
  "u|je|jij kunt|kan|mag",
  "kunt|kan|kun|mag u|je|jij",
  "you can|may|could",
];
/** Where to collect it: the locker, a code or the pharmacy. */
export const PICKUP_PLACE = [
  "afhaalkluis|afhaalpunt|ophaalcode|afhaalcode|kluis|kluisje",
  "bij apotheek",
  "bij de|onze|uw apotheek",
];
/** The addressee's own items ("uw bestelling"). */
export const OWN_ITEM_NOUNS = [
  "bestelling|medicijn|medicijnen|medicatie|herhaalmedicatie|herhaalrecept|herhaalrecepten|recept|recepten|geneesmiddel|geneesmiddelen|pakket|pakketje|zakje|zakjes|tasje|baxterrol|hulpmiddel|hulpmiddelen|order|medication|prescription|pil|pillen|pilletjes|tabletten|zalf|puffer|insuline|doosje|doosjes",
];
export const PHARMACY = [
  "apotheek|apotheker|medicijn|medicijnen|medicatie|geneesmiddel|geneesmiddelen|herhaalrecept|herhaalrecepten|recept|recepten|hulpmiddel|hulpmiddelen|pharmacy|prescription",
];
/** Identifiers are patient data only in a patient or care context. */
export const PATIENT_CONTEXT = [
  "patient|patiënt|patiente|patiënte|patienten|patiënten|client|cliënt|cliente|cliënte|clienten|cliënten|dossier|zorgverzekeraar|verzekerde|consult|afspraak|medical|huisarts|zorg",
  "verwijz*",
  "behandel*",
  "medisch*",
  // care needs at the municipality and in home care
  "wmo*",
  "indicatie|zorgvraag|hulpvraag|hulpmiddel|hulpmiddelen|thuiszorg|wijkverpleging|mantelzorger|keukentafelgesprek|keukentafelgesprekken",
];
/** Diagnoses as target groups ("patiënten met CVA"), and school settings. */
export const TARGET_GROUP_PEOPLE = [
  "patienten|patiënten|mensen|kinderen|volwassenen|ouderen|jongeren|clienten|cliënten|vrouwen|mannen|gezinnen|patients|people|children|adults|families ~4 met|with",
];
/** "in groep 5": followed by a digit (matched in code). */
export const SCHOOL_CLASS = ["in groep|klas"];
export const TARGET_GROUP_OTHER = [
  "doelgroep*",
  // what a surgery hour or care programme is for ("spreekuur voor onder andere diabetes en COPD")
  "spreekuur|spreekuren|zorgprogramma|ketenzorg voor",
  "bij klachten|problemen als|zoals",
];
/**
 * Where a topic is for a school's pupils ("hoofdluis in de klas"); beside a named pupil it is where
 * that pupil is ("Daan Verschuren … valt soms in slaap in de klas").
 */
export const SCHOOL_PLACE = [
  "in de|uw|jullie|your klas|groep|class",
  "op school",
  "op de school",
  "at school",
];
/** A session these recipients take part in. */
export const GROUP_SESSION = [
  "groepstraining|groepsbehandeling|groepssessie|groepsbijeenkomst|groepsles|beweeggroep|training|trainingen|bijeenkomst|sessie|cursus|cursusavond|les|session|class",
  "group session",
];
export const OWN_SESSION_NOUNS = [
  "groep|groepstraining|training|sessie|bijeenkomst|cursus|les|session|class",
];
export const SESSION_ORDINALS = ["volgende", "eerste", "laatste"];

/*
 * Statements about a person vs topic text (issue 11). A sentence is about a specific person when its
 * care content is tied to a referent; generic and conditional second person, instructions, text about
 * data and privacy, and blank form fields are topic text.
 */

/** Sentence openers of generic or conditional text ("Als u…", "Wanneer je…"). */
/**
 * How the consequence of a condition opens: Dutch inverts ("Als er een reden is, wordt u verwezen"),
 * English keeps its subject ("If there is a reason, you are referred"). "Als u vragen heeft, uw uitslag
 * is binnen" is two statements.
 */
export const CONSEQUENCE_STARTS = [
  "dan|then|wordt|worden|word|kunt|kan|kun|moet|moeten|mag|mogen|krijgt|krijg|gaat|gaan|is|zijn|heeft|hebt|komt|you|we|it|there|the",
];
export const CONDITIONAL_OPENERS = ["als", "wanneer", "indien", "zodra", "mocht", "if", "when"];
/**
 * Words that open a clause as its subject or adverb, not as its verb: a clause opening with anything
 * else and followed by ", dan" is a condition told verb first ("Heeft u koorts, dan …").
 */
export const NOT_VERB_FIRST = [
  "de|het|een|uw|je|jouw|mijn|m'n|zijn|haar|hun|ons|onze|u|ik|jij|hij|zij|ze|wij|we|jullie|men|er|dit|dat|deze|die|daar|hier|nu|nog|al|dus|en|maar|of|want|toen|dan|ook|wel|niet|geen|als|wanneer|indien|zodra|omdat|nadat|voordat|sinds|tot|na|voor|met|in|op|bij|van|aan|om|the|a|an|you|we|i|it|if|when|then",
];
/**
 * A relative clause describes a kind of thing, not an event of this person ("medicatie die nog niet eerder
 * is voorgeschreven", "medicijnen die u al eerder heeft gekregen").
 */
export const RELATIVE_MARKERS = ["die", "welke", "which", "who", "that"];
/** A time clause describes how care goes ("Uitslagen verschijnen pas nadat de huisarts ze heeft bekeken"). */
export const TEMPORAL_OPENERS = [
  "nadat",
  "voordat",
  "totdat",
  "zodra",
  "after",
  "before",
  "once",
  "until",
];
/** The generic subject after such an opener. */
export const GENERIC_SUBJECTS = [
  "u",
  "je",
  "jij",
  "men",
  "iemand",
  "uw",
  "er",
  "een",
  "you",
  "your",
  "there",
  "someone",
  "a",
];
/**
 * Inside a sentence, "het" too opens a condition ("…, alleen als het nodig is voor uw behandeling"); at a
 * sentence start "Als het goed is, …" is a hedge, so the sentence-level test keeps GENERIC_SUBJECTS.
 */
export const CLAUSE_SUBJECTS = [...GENERIC_SUBJECTS, "het", "it", "ik", "i"];
/** Modal instructions: general advice, not a statement ("U kunt…", "Je mag…", "you can"). */
/** "mag je paracetamol …?": after a verb, "je" is the subject, not whose medicine it is. */
export const SUBJECT_PRONOUN_AFTER = [
  "mag|mogen|kan|kun|kunt|moet|moeten|wil|wilt|zou|zal|mag|hoef|hoeft|neem|neemt|gebruik|gebruikt je|u|jij",
];
/**
 * What the addressee can do, in the clause of their own results ("Uw uitslagen kunt u inzien in de app"):
 * how a service works, not a result that came in.
 */
export const MODAL_PAIRS = [
  "kunt|kan|kun|mag u|je|jij",
  "u|je|jij kunt|kan|kun|mag",
  "you can",
  "can you",
];
/** "op tv zeiden ze dat je paracetamol … mag gebruiken": after a conjunction, "je" is the clause's subject. */
export const SUBJECT_PRONOUN_IN_CLAUSE = ["dat|of|hoe je|u"];
export const MODAL_INSTRUCTIONS = [
  "u|je|jij|men kunt|kan|kun|mag|moet|hoeft|dient",
  "u|je wordt geadviseerd",
  "kunt|kun|mag|moet|hoeft|dient u|je|jij",
  "you can|may|should|must",
  "het is verstandig|belangrijk|raadzaam",
  "het advies is",
];
/** Instruction verbs that open an imperative sentence ("Neem…", "Spoel…"). */
export const INSTRUCTION_VERBS = [
  "neem",
  "gebruik",
  "bel",
  "spoel",
  "houd",
  "hou",
  "drink",
  "eet",
  "vermijd",
  "zorg",
  "stop",
  "schud",
  "adem",
  "leg",
  "doe",
  "probeer",
  "let",
  "raadpleeg",
  "lees",
  "vul",
  "maak",
  "was",
  "smeer",
  "poets",
  "blijf",
  "volg",
  "bewaar",
  "controleer",
  "draag",
  "beweeg",
  "rust",
  "koel",
  "plak",
  "log",
  "ga",
  "kom",
  "meld",
  // "Vergeet niet nuchter te komen", "Denk eraan je pas mee te nemen"
  "vergeet",
  "niet vergeten",
  "denk eraan|erom",
  "denk er aan|om",
  "take",
  "use",
  "call",
  "avoid",
  "keep",
  "do",
];
/** Words about data, records and privacy: such a sentence is about information handling, not health. */
export const DATA_WORDS = [
  "gegevens",
  "persoonsgegevens",
  "patientgegevens",
  "patiëntgegevens",
  "gezondheidsgegevens",
  "medische gegevens",
  "dossier|dossiers",
  "patientendossier|patiëntendossier",
  "privacy|privacyverklaring|privacyreglement|avg|gdpr",
  "verwerk*",
  "beveilig*",
  "datalek|datalekken",
  "verwerkersovereenkomst",
  "bewaartermijn",
  "inzage",
  "versleuteld|versleuteling",
  "data",
  "medicatiegegevens|zorggegevens",
  // what a letter or file holds ("In de verwijsbrief staat kort uw medische geschiedenis")
  "medische geschiedenis|voorgeschiedenis",
  "landelijk schakelpunt",
  "records|record",
  "medical|health record|records",
  "personal data",
];
/** Heads of data compounds ("huisartsgegevens", "medicatiedossier"). */
export const DATA_HEADS = ["gegevens|dossier|dossiers"];
/** Blank form fields: checkboxes and answer lines. */
export const FORM_MARKS = ["☐", "□", "[ ]", "( )", "___", "...."];
/** Contact about this person's own complaint ("u belde met klachten", "zoals besproken"). */
export const CONTACT_PAST = [
  "u|je|jij belde|vertelde|meldde|gaf|liet|was|kwam",
  "u|je heeft|hebt ~2 gebeld|verteld|gemeld|aangegeven|laten weten",
  "zoals besproken|afgesproken|beloofd",
  "naar aanleiding van uw|je|jouw",
  "you called|told|mentioned",
  "as discussed",
];
/** First-person complaints in a quoted patient's mail ("ik ben zwanger", "mijn knie"). */
export const FIRST_PERSON = [
  "ik ben|heb|had|voel|was|kan|word|merk|slik|gebruik",
  "mijn",
  "i am|have|had|feel|was",
  "my",
];
/**
 * Words that never stand between a possessive and its noun: after them "je" is the subject ("heb je
 * geen verwijzing nodig", "kun je ook uitslagen zien"), not "your".
 */
export const NOT_BETWEEN_POSSESSIVE_AND_NOUN = [
  "geen|een|de|het|niet|nog|ook|al|wel|dan|er|hier|daar|die|dat|dit|deze|zelf|eerst|even|altijd|nooit|meestal|soms|gewoon|daarna|dus|toch|alleen|zo|wat|naar|van|voor|met|bij|via|om|op|in|aan|na|no|not|a|the|also|any",
];
/** Nouns of the addressee's own care ("uw uitslag", "je oefeningen", "uw wond"). */
export const OWN_CARE_NOUNS = [
  "uitslag|uitslagen|behandeling|behandelingen|oefeningen|oefenprogramma|operatie|ingreep|wond|hechtingen|medicatie|medicijnen|klachten|pijn|herstel|bloeding|zwelling|controle|onderzoek|bloedwaarden|waarden|diagnose|zwangerschap|verwijzing|recept|results|treatment|exercises|wound|recovery|check-up|checkup|scan|tests",
  // the pill as it is taken ("Het was week 2 van je strip")
  "strip|pilstrip|stopweek",
  // what a dietitian, psychologist or continence nurse asked the addressee to keep ("Dank voor je
  // eetdagboek", "het werkblad over je piekermomenten")
  "eetdagboek|voedingsdagboek|eetlijst|slaapdagboek|hoofdpijndagboek|plasdagboek|plaslijst|mictielijst|werkblad|piekermomenten|piekergedachten|angstklachten|paniekaanvallen|paniekaanval|stemming|stemmingsdagboek",
];
/**
 * A home exercise both know ("Blijf die oefening met de keukenstoel elke dag doen"): a leaflet says "deze
 * oefening"; "die" points at the one the addressee was given.
 */
export const KNOWN_TREATMENT = [
  "die|dat|those oefening|oefeningen|oefenschema|ademoefening|ademoefeningen|exercise|exercises",
  // a therapist's homework ("Wat goed dat je die opdracht hebt gedaan")
  "die|dat|those opdracht|opdrachten|huiswerkopdracht|werkblad|dagboek|eetdagboek|exposure|exposure-oefening|homework|assignment",
];
/**
 * Things a treatment leaves on one person's body, which "de", "die" or "the" already makes theirs in a
 * mail to them ("no swimming until the stitches are out", "de mitella mag af", "die hechtingen lossen op").
 */
export const DEFINITE_CARE = [
  "de|het|die|the ~1 hechtingen|hechting|draadjes|stitches|sutures|gips|mitella|sling|spalk|splint|brace|drain|katheter|catheter|verbandje|pleister|pleistertje|gaasje|dressing|plaster|tape|kinesiotape|zwachtel|bandage|drukverband",
];
/** Body parts too short or too common as word endings to head a compound ("ste|en", "ren|tenier", "bel|oren"). */
export const NOT_COMPOUND_HEADS = [
  "nier",
  "nieren",
  "oren",
  "ogen",
  "teen",
  "tenen",
  "been",
  "benen",
  "hoofd",
  "mond",
  "borst",
  "stem",
];
/**
 * Body parts of the addressee beyond detect/medical-lexicon.ts ANATOMY ("de draadjes in je hand"); kept
 * out of the medical recogniser, where they would head compounds ("handleiding").
 */
export const MORE_BODY_PARTS = [
  "hand",
  "handen",
  "duim",
  "duimen",
  "pink",
  "kuit",
  "kuiten",
  "oksel",
  "arm",
  "armen",
  "bovenarm",
  "onderarm",
  "wang",
  "wangen",
  "kin",
  "rib",
  "ribben",
  "dij",
  "dijen",
  "bil",
  "billen",
  "scheen",
  "tepel",
  "tepels",
  "navel",
];
/** Anatomy words (detect/medical-lexicon.ts ANATOMY) that are no body part of the addressee ("uw functie"). */
export const NOT_BODY_PARTS = [
  "functie",
  "lab",
  "rontgen",
  "taal",
  "spraak",
  "stem",
  "slik",
  "slaap",
  "suiker",
  "urine",
  "wervels",
];

/*
 * Generic care text (issue 11, tuning): a mail whose care sentences state no concrete event in time
 * about this person (no past event, no result, no own appointment date, no quoted complaint) is topic
 * text, also when written to one patient in the "u" form ("U krijgt van de huisarts een code").
 */
/** Moments of this person's own event: they make care text concrete wherever they stand. */
/**
 * A third person's care, changed or repeated ("Hij is nu 6 keer bij mij geweest", "Hij krijgt nu dagelijks
 * levetiracetam", "de furosemide gaat van 40 naar 80 mg"): read with a third person in the sentence.
 */
export const THIRD_PERSON_CHANGE = [
  "is|wordt|werd|zijn|worden ~2 aangepast|verhoogd|verlaagd|gestopt|afgebouwd",
  "gaat van #",
  "is|was|ben|bent ~5 geweest",
  "krijgt|gebruikt|slikt|neemt|kreeg nu|sinds|voortaan|tegenwoordig|dagelijks",
  "sinds zijn|haar|z'n|zn",
  // "Het gaat al beter met praten bij Sem": progress
  "gaat|ging ~3 beter|slechter|moeilijker|makkelijker|achteruit|vooruit",
];

/**
 * A check's or test's outcome told in everyday words, in the past or as seen ("alles was in orde", "Het
 * ziet er goed uit: het is mooi dicht", "everything came back fine", "your iron levels are back to
 * normal"): to one person, their result, where the sentence names care, a sign or a body part ("bij de
 * dokter", "de roodheid is weg", "your check-up"): the designer's "Het ziet er mooi uit!" is not.
 * ("Alles is in orde met uw inschrijving" is present tense.)
 */
export const PLAIN_FINDINGS = [
  // a test's finding about the addressee, told in the past ("Uit de gehoortest bleek dat u rechts meer
  // hoge tonen mist"); a survey's "bleek dat u de bereikbaarheid belangrijk vindt" names no care
  "bleek|bleken|showed|revealed dat|that u|je|jij|you",
  // results told plainly ("de waarden zijn net als vorig jaar", "de uitslagen waren goed"): the result
  // word is their care; "De waarden zijn normaal als ze onder de grens blijven" is a rule
  "de|die uitslag|uitslagen|waarden|waardes|bloedwaarden|labwaarden|values|results is|zijn|was|waren|are|were ~1 goed|prima|normaal|hetzelfde|gelijk|stabiel|onveranderd|verbeterd|mooi|fine|normal|good|unchanged",
  // "de uitslag viel mee", "de foto is meegevallen": in the past tense, someone's own result ("de uitslag
  // valt vaak mee" is how tests go)
  "de|die|uw|je|jouw uitslag|uitslagen|waarden|bloedwaarden|kweek|foto|scan|echo|test viel|vielen ~1 mee|tegen",
  "de|die|uw|je|jouw uitslag|uitslagen|waarden|bloedwaarden|kweek|foto|scan|echo|test is|zijn|was|waren ~1 meegevallen|tegengevallen",
  "de|die uitslag|uitslagen|waarden|waardes|bloedwaarden|labwaarden is|zijn|was|waren ~1 in orde",
  "de|die uitslag|uitslagen|waarden|waardes|bloedwaarden|labwaarden is|zijn|was|waren ~1 net|precies|ongeveer als",
  "alles was|bleek|leek ~1 in orde|goed|prima|normaal|schoon",
  "het ziet|zag er ~1 goed|prima|mooi|netjes|rustig|schoon uit",
  "we|ik zagen|zag ~2 niets|niks bijzonders|afwijkends|geks",
  "everything came back|was|looked ~1 fine|normal|clear|good",
  "came back fine|normal|clear|negative",
  "levels|level|count|readings|numbers|values|results are|were|is|was ~1 back to normal",
];
export const CONCRETE_CARE = [
  // time deixis of an event that happened or will happen to this person
  "gisteren|eergisteren|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|zojuist|daarnet|inmiddels",
  "vorige|afgelopen|komende week|maand|keer|dagen|nacht|weekend|weken|maanden",
  "yesterday|today|tonight|recently",
  "last week|time|night|visit",
];
/**
 * Events, results and documents that tie care text to this person, except inside a conditional clause
 * ("een verwijzing achteraf, als u al bij een specialist bent geweest, …" is a rule, not an event).
 */
/**
 * Past events of care (participles and past tense about a person), and what the care provider did for
 * this person ("ik heb het recept naar de apotheek gestuurd"). In a relative clause ("medicatie die nog
 * niet eerder is voorgeschreven") they describe a kind of medicine, not an event.
 */
export const PAST_CARE_EVENTS = [
  "bent|is|was|waren geweest|gevallen|geopereerd|bevallen|opgenomen|behandeld|onderzocht|geprikt",
  "heeft|hebt|heb|had gehad|gekregen|gebroken|verstuikt|gekneusd",
  "gebleken|vastgesteld|geconstateerd|voorgeschreven|afgenomen|getrokken|gehecht|gemeten",
  "heb|heeft|hebben|is|zijn ~8 gestuurd|verstuurd|doorgestuurd|opgestuurd|aangevraagd|gekeken|bekeken|beoordeeld|goedgekeurd|nagevraagd|nagekeken",
  // care done to this person ("De tandarts heeft de wortelkanaalbehandeling afgerond")
  "heb|heeft|hebben|is|zijn ~6 afgerond|geplaatst|gevuld|verwijderd|weggehaald|weggenomen|ingespoten|gecontroleerd",
  "was|were|been|has|have|had ~1 referred|prescribed",
];
/** Present passive ("indien nodig wordt de wond gehecht"): how care goes, not an event that happened. */
export const PRESENT_PASSIVE = ["wordt|worden|word"];
/**
 * The next visit or week of someone's care ("tot de volgende controle"); to readers it is the work's
 * ("Foto's stuurt Karin volgende week") or the leaflet's ("meld het bij je volgende controle").
 */
export const NEXT_CARE_STEP = ["volgende controle|afspraak|behandeling|keer|week|maand"];
export const CONCRETE_EVENTS = [
  // results and documents about the person: a result that came in ("de uitslag is binnen"), not how
  // results are obtained ("u belt zelf voor de uitslag")
  "uitslag|uitslagen|result|results|labuitslag|bloeduitslag is|zijn|was|waren|are|is|came binnen|bekend|binnengekomen|terug|back|in",
  "labuitslag|bloeduitslag",
  "uw|je|jouw|your uitslag|result",
  // plural results are this person's only with an owner ("uitslagen inzien" is what a portal offers)
  "uw|je|jouw|de|your|the uitslagen|results",
  "bijlage|bijlagen|bijgevoegd|bijgaand|attached|attachment",
  // this person's images ("Uw foto's: 2 gaatjes linksonder")
  "uw|je|jouw|your foto|foto's|fotos|röntgenfoto|röntgenfoto's|rontgenfoto|rontgenfoto's|scan|echo|x-ray|x-rays",
  // something of this person ready now ("uw medicijnen liggen klaar")
  "ligt|liggen|staat|staan ~3 klaar",
  // how the person is doing
  "hoe gaat|is het",
  "how is|are the|your|you",
  "how's",
  ...PAST_CARE_EVENTS,
  "na uw|je|jouw",
  "is|zijn klaar",
  "nog ~1 dagen|weken|maanden",
  "is|zijn|was ~2 verlopen|gelukt|gegaan",
  // English: a referral or prescription for this person, not "prescribed medicines" in general
  "was|were|been|i|we|has|have|had ~1 referred|prescribed",
  // a test's finding ("the scan showed", "it shows a small tear"), not "she shows you the basics"
  "test|tests|scan|scans|x-ray|x-rays|ecg|result|results|blood|biopsy|it|this|which showed|shows",
  // the course of this person's condition and their next step in care
  "minder|beter|erger|slechter|kleiner|groter|rustiger wordt|worden|gaat|gaan|geworden",
  "aan het herstellen|genezen",
  "herstelt|geneest",
  // the person's care event as a point in time ("Dat u sinds de staaroperatie nog wat wazig ziet")
  "sinds|since de|het|uw|je|jouw|zijn|haar|the|your ~1 operatie|ingreep|bevalling|keizersnede|behandeling|val|ongeluk|blessure|opname|ontslag|staaroperatie|knieoperatie|heupoperatie|ooglaseroperatie|liesbreukoperatie|extractie|prik|kuur|vaccinatie|operation|surgery|fall|accident|injury",
  // "de wond is opnieuw gaan bloeden"; not an instruction's "schud opnieuw"
  "is|zijn|was|waren|weer|al opnieuw",
  "over ~1 dagen|weken|maanden",
  // a complaint that has gone ("de zwelling is bijna weg")
  "is|zijn ~1 weg|verdwenen|genezen|over",
  // the person's own complaint, in the patient's words
  "ik doe|gebruik|neem|slik ~1 nu",
  "ik ben|word ~1 zwanger|ziek|gevallen|misselijk|duizelig",
  "ik heb|had ~2 pijn|last|klachten|koorts",
  "ik voel|merk|slik",
  "i am|feel|have ~1 pain|sick|pregnant",
];

/**
 * A result stated about a test or complaint named just before it ("het bloed was prima", "uw kweek was
 * positief", "the iron is back to normal"): the verb, words that may stand between, and the value.
 * Hedges ("is meestal normaal") are not among the words between: those describe tests in general.
 */
export const RESULT_VERBS = [
  "is|was|zijn|waren|bleek|bleken|lijkt|leek|kwam|kwamen|came|were|are|looks|looked",
  "ziet|zag er",
];
export const RESULT_BETWEEN = [
  "weer|gewoon|helemaal|allemaal|ook|echt|keurig|netjes|mooi|nog|niet|wel|terug|back|all|completely|perfectly|totally|not|still|uit|vanochtend|gisteren|vandaag|nu|toen|deze|keer",
];
/** A test that found nothing ("Uitslag kweek: geen groei", "culture: no growth"). */
export const NO_FINDING_OUTCOMES = [
  "geen groei|bacteriën|bacterien|afwijkingen|infectie|ontsteking",
  "no growth|bacteria|abnormalities|infection",
];
export const RESULT_VALUES = [
  "positief|negatief|normaal|afwijkend|verhoogd|verlaagd|positive|negative|normal|abnormal|elevated|raised",
  "te hoog|laag",
  ...NO_FINDING_OUTCOMES,
];
/** What a test showed, right after it ("kweek laat E. coli zien", "de foto toont een breuk"). */
export const RESULT_SHOWS = ["laat|liet ~4 zien", "toont|toonde|shows|showed"];
/**
 * Measured values of one person ("Uw waarden van vorige week: 8,9 / 61"): with "uw"/"je" and a number
 * after a colon they state that person's result; a blank form leaves the number out.
 */
export const OWN_VALUE_NOUNS = [
  "waarden|waardes|bloedwaarden|labwaarden|uitslag|uitslagen|bloeddruk|suiker|suikers|suikerwaarde|suikerwaarden|glucose|cholesterol|hba1c|gewicht|bmi|hb|ijzer|nierfunctie|saturatie|values|results|readings|weight",
];
/** Outcomes only a test has (not "normaal" or "goed", which leaflets say of anything). */
export const TEST_OUTCOMES = [
  "positief|negatief|afwijkend|verhoogd|verlaagd|positive|negative|abnormal|elevated",
  ...NO_FINDING_OUTCOMES,
];
/**
 * A test's result came in ("De kweek is terug:", "the bloods are back."), the clause ending there: "is
 * meestal binnen drie dagen klaar" describes tests in general.
 */
export const RESULT_ARRIVED = [
  "is|zijn|was|waren|kwam|kwamen|are|came terug|binnen|bekend|binnengekomen|back|in",
  "is|zijn|was|waren|are weer|nu|al|inmiddels terug|binnen|bekend|binnengekomen|back|in",
];
/** After a test value, these make it a general statement ("is normaal als", "is normaal om te"). */
export const RESULT_VALUE_NOT_AFTER = ["te|om|als|wanneer|bij|dat|to|if|when|that"];
/** Plain qualities ("prima", "goed"): also a general judgement, so more words after them rule them out. */
export const RESULT_QUALITIES = [
  "goed|prima|schoon|gunstig|hoog|laag|ok|oké|okay|fine|clear|high|low|good",
  "in orde",
];
/** After a quality, these make it advice ("prima te combineren", "goed voor je rug", "goed om te weten"). */
export const RESULT_QUALITY_NOT_AFTER = [
  "te|om|voor|als|wanneer|bij|tegen|dat|met|to|for|if|when|that|with",
];

/**
 * A complaint or medicine the writer and addressee both know ("Die duizeligheid komt door…", "met die
 * zalf"): "die" at a sentence start or after a preposition (a relative "die" follows a noun: "mensen die
 * astma hebben").
 */
export const KNOWN_BEFORE = [
  "met|van|tegen|voor|bij|door|na|naar|over|op|aan|in|om|with|for die|dat|that|those",
  // "als die drukplek weer gaat zeuren": a condition on a complaint both know is still that complaint
  "als|wanneer|zodra|mocht|if|when|once die|that|those",
  // "als je weer dat benauwde gevoel krijgt": the complaint again, so one both know
  "weer|opnieuw|again die|dat|that|those",
];
/** "Hoe gaat het (nu) met de hoest?": a check-in on a complaint. */
export const CHECK_IN_ON = ["hoe ~3 met de|het|je|jouw|uw|the|your"];
/** The addressee's own state ("voel je je al beter", "voelt u zich weer wat fitter"). */
export const ADDRESSEE_STATES = [
  "voel|voelt je|u|jij ~1 al|weer|nog ~1 beter|slechter|ziek|beroerd|misselijk|duizelig|fitter|sterker",
  "je|u|jij gaat|ga ~2 vooruit|achteruit",
  "are you|you are ~1 feeling ~1 better|worse",
  // "dat je beter slaapt", "je eet weer beter"
  "je|u|jij ~1 beter|slechter|weer slaapt|eet|loopt|ademt|piekert",
  "je|u|jij slaapt|eet|loopt|ademt|piekert ~1 beter|slechter|minder|meer",
  "your ~2 levels|level|count|readings|results|values are|is|were|was ~2 back|normal|fine|good|better|lower|higher",
  // "je suiker was ook lager", "uw bloeddruk is gedaald"
  "je|jouw|uw suiker|bloedsuiker|bloeddruk|cholesterol|gewicht|ijzer|hb was|is|waren|zijn ~2 lager|hoger|gedaald|gestegen|gezakt",
];
/**
 * The addressee's own dose changed, now ("Je mag nu naar één tablet per dag", "U mag de zalf nu
 * afbouwen"): an instruction in prose that is theirs, as "die oefening" is (statements.ts).
 */
export const OWN_DOSE_CHANGE = [
  "je|u|jij mag|moet|kunt|gaat ~1 nu|vanaf|voortaan ~2 naar ~1 tablet|tabletten|tabletje|pil|pillen|pufje|pufjes|druppels|eenheden|capsule|capsules|sprays",
  "je|u|jij mag|moet|kunt ~3 nu|vanaf|voortaan ~1 afbouwen|ophogen|halveren|verdubbelen|verhogen|verlagen",
];
/**
 * What a person may or may not do again, as a care provider tells it ("Mevrouw Jansen mag van ons weer
 * sporten", "Hij mag voorlopig niet tillen", "Noor mag vandaag alleen zacht eten"): with that person named
 * in or just before the sentence, their body (statements.ts personBody).
 */
export const ACTIVITY_ALLOWED = [
  "mag|mogen|kan|kunnen ~3 weer|nog niet|voorlopig niet|niet meer|pas ~3 sporten|gymmen|gym|meedoen|werken|fietsen|zwemmen|tillen|rijden|autorijden|hardlopen|rennen|springen|traplopen|douchen|buitenspelen|dansen|voetballen|trainen|staan|lopen",
  // "Milan mag de komende twee weken niet meedoen met wedstrijden", "mag ze voorlopig niet alleen de trap af"
  "mag|mogen ~4 niet|geen ~3 sporten|gymmen|gym|gymles|zwemles|meetrainen|tillen|autorijden|hardlopen|wedstrijden|duels|sprints",
  "mag|mogen ~4 niet ~2 de trap op|af",
  // a care provider's shorthand to a trainer ("Jesse: wo halve training, geen sprints. Za nog niet spelen.")
  "halve|aangepaste training|trainingen",
  "nog niet|geen spelen|trainen|sporten|sprints|sprinten|springen|wedstrijden|duels",
  "brace|enkelbrace|kniebrace|polsbrace|spalk|mitella|tape ~1 dragen|blijven dragen",
  "mag|mogen ~3 alleen|nog geen ~2 zacht|vloeibaar|koud|licht eten|voedsel|werk",
  "moet|moeten ~3 rustig aan doen|opbouwen",
  "rustig opbouwen",
  // what no longer goes ("Ze komt de trap eigenlijk niet meer op", "komt slecht uit zijn stoel")
  "komt|kan|kwam ~2 trap|stoel|bed|bad|douche ~6 niet meer|nauwelijks|slecht|moeilijk op|af|uit|in",
  "komt|kan|kwam ~2 niet meer|nauwelijks|slecht|moeilijk ~2 trap|stoel|bed|bad|douche op|af|uit|in",
];
/** People in general with an aid ("mensen met rollator naar de zijdeur", "bezoekers met een rolstoel"). */
export const GENERIC_AID_HOLDERS = [
  "mensen|patiënten|patienten|bezoekers|cliënten|clienten|ouderen|iedereen|wie|people|visitors|anyone met|with",
];
/** What was done to a named person's body in everyday words ("Noor heeft een tandje laten trekken"). */
export const BODY_TREATED = [
  "tand|tandje|tanden|kies|kiesje|kiezen|verstandskies|melktand|melktandje ~2 laten|laat trekken|vullen|getrokken|gevuld|geplakt",
  "hechting|hechtingen|hechtinkje|hechtinkjes|gips|verband ~2 gezet|eruit|eraf|erom|erin",
];
/**
 * Sympathy or relief at the start of a sentence ("Vervelend dat het nog nabloedt", "Fijn dat de bult
 * kleiner wordt"): a complaint in that sentence is the addressee's own. Only at the start: "Het is
 * goed dat u de wond schoonhoudt" is advice.
 */
export const SYMPATHY_OPENERS = [
  "vervelend|jammer|naar|rot|fijn|gelukkig|balen dat",
  // praise of what the addressee managed ("goed dat je de paniekaanval hebt kunnen uitzitten")
  "goed|knap|super|top dat je|jij|u",
  "wat vervelend|jammer|naar|rot|fijn dat",
  "vervelend|jammer|fijn|goed om te horen dat",
  "sorry to hear|glad to hear that",
];
/**
 * The addressee as the subject of a condition: right before it ("U heeft een blaasontsteking", "je bent
 * nu 8 weken zwanger", "you have an infection") or, in a subordinate clause, around it ("omdat je
 * diabetes hebt": ADDRESSEE_HAS_AFTER follows the condition).
 */
export const ADDRESSEE_HAS = [
  "je|jij|u bent|hebt|heeft|heb",
  "je|jij|u lijdt aan",
  "je|jij|u kampt met",
  "you are|have",
  "you suffer from",
  "you've got",
];
export const ADDRESSEE_HAS_AFTER = ["bent|hebt|heeft|hebben|lijdt|is"];
/** A check-in on a body part ("How's the ankle doing?", "Hoe gaat het met de knie?"): the addressee's. */
export const CHECK_IN = [
  "how's|how’s the|your",
  "how is|are the|your",
  "hoe gaat|is het met de|het|je|uw",
];
/** English body parts (the Dutch ones come from detect/medical-lexicon.ts ANATOMY). */
export const ENGLISH_BODY = [
  "ankle|ankles|knee|knees|shoulder|shoulders|back|wrist|hip|neck|foot|feet|leg|arm|elbow|tooth|teeth|gums|wound|stitches|scar",
  "eye|eyes|ear|ears|skin|chest|stomach|throat|heel|toe|toes|finger|fingers",
];

/** The sender's own care for the addressee ("Ik verwijs je naar de fysio", "we hebben u doorverwezen"). */
export const SENDER_CARE_ACTS = [
  "ik|we|wij verwijs|verwijzen je|u|jou ~2 naar|door",
  "ik|we|wij schrijf|schrijven je|u|jou ~3 voor",
  "ik|we|wij heb|hebben je|u|jou ~3 doorverwezen|verwezen|voorgeschreven|behandeld|onderzocht",
];

/**
 * The sender passes on what a person (or their parents) agreed to share ("Ellen heeft me gevraagd je kort
 * te antwoorden", "Priya has asked me to respond", "de ouders vinden het goed dat we u even terugmailen",
 * "Ouders zijn akkoord dat ik dit met jou deel"): what follows is that person's care, in whatever words.
 */
export const SHARED_WITH_CONSENT = [
  // (one entry per word sequence: a space inside an alternative would split the entry)
  "heeft|hebben me|mij|ons gevraagd ~5 antwoorden|mailen|terugmailen|bevestigen|informeren",
  "heeft|hebben me|mij|ons gevraagd ~5 laten weten",
  "vinden|vindt|vond|vonden het goed dat ~5 mailen|terugmailen|delen|deel|informeren",
  "vinden|vindt|vond|vonden het goed dat ~5 laten weten",
  "akkoord|toestemming ~6 delen|deel|mailen|informeren",
  "met toestemming van",
  "asked me to ~3 respond|reply|confirm|write|explain",
  "asked me to ~3 let you know",
  "with her|his|their permission|consent",
];

/**
 * A remark that opens a sentence on how someone did ("Goed dat hij weer wat meer drinkt", "Knap dat je
 * die week volgehouden hebt", "Vervelend dat het rechts weer piept", "Good to hear the swelling is down").
 */
export const REMARK_OPENERS = [
  "fijn|goed|knap|mooi|top|super|sterk|vervelend|jammer|naar|rot|balen|lastig|spannend dat",
  "wat|heel|erg|echt|zo fijn|goed|knap|mooi|sterk|vervelend|jammer|naar|rot|lastig|spannend dat",
  "fijn|goed|mooi|vervelend|naar om te horen|lezen dat",
  // "Glad he's drinking a bit more today", "Good to hear the swelling is down"
  "glad|great|good|nice|sorry that",
  "glad|great|good|nice|sorry to hear|see|read",
  "glad|happy he's|she's|you're|they're|it's|he|she|you|they|your|his|her",
];
/**
 * Whom or what the remark is about, its first word or two: a person ("Goed dat hij …", "Fijn dat Noor
 * …"), or after an article a body part, a sign or complaint, a child or an activity ("Fijn dat de knie
 * …", "Fijn dat het slapen …", "Good to hear the swelling …"), not a thing ("Fijn dat de verbouwing …").
 */
export const REMARK_PERSONS = [
  "je|jij|u|hij|ze|zij|jullie|uw|zijn|haar|he|she|you|they|he's|she's|you're|they're|your|his|her",
];
export const REMARK_ARTICLES = ["de|het|the"];
export const REMARK_NOUNS = [
  "kleine|baby|kindje|kleintje|hoest|pijn|koorts|wond|wondje|trap|traplopen|cough|swelling|pain|fever|wound|rash",
];
/** After "het" as subject: how it goes ("Top dat het beter gaat", "Vervelend dat het rechts weer piept"). */
export const REMARK_IT_GOES = ["beter|weer|goed|links|rechts|'s"];
/** The remark's subject is the writer ("Fijn dat we gisteren konden overleggen"): no one's care. */
export const REMARK_WRITER = ["we|wij|ik|i"];
/** In the remark: a change or a recent moment, so it is about how someone is doing. */
export const REMARK_PROGRESS = [
  "weer|beter|minder|meer|gelukt|volgehouden|gedaan|toch|eindelijk|zelf|durft|durfde|lukt|lukte",
  "again|better|less|more|down|managed|today|yesterday|finally|improving|improved|settled|gone",
  "last night",
  "this morning|week",
  "nog steeds|altijd",
  "gisteren|vandaag|vannacht|vanochtend|afgelopen",
  "die|deze week",
];
/**
 * In the remark: the addressee's attitude or contact with the practice ("Goed dat u het even navraagt",
 * "Fijn dat je de kerstweek bij ons waarneemt", "Wat fijn dat u zo oplet"): no one's health.
 */
export const REMARK_ATTITUDE = [
  "vraagt|vroeg|navraagt|mailt|mailde|bericht|belt|belde|aanmelden|aangemeld|wilt|wil|willen|inschrijven|contact|reageert|schrijft|schreef|stuurde|gestuurd|brachten|bracht|taart|oplet|betrokken|denkt|oriënteert|waarneemt|waarnemen|ontevreden|mogen|mag",
  "laat|liet weten",
  "komt|komen helpen",
  "asked|asking|ask|emailed|called|contacted|register|registered|registering|volunteer|volunteering|joining|join",
  "getting in touch",
  "help out",
  // work and study ("Knap dat je je verslag toch op tijd af hebt")
  "verslag|stage|stageverslag|examen|tentamen|diploma|scriptie|opdracht|cursus|toets|sollicitatie|contract|report|exam|internship|assignment",
];

/**
 * A care provider's shorthand in a note to one person ("hechtingen li onderarm eruit over 10 dgn", "nu 50mg
 * 1x/dg", "baxterrol vanaf vr", "do 9.40"): units after a number, sides before or after a body part, a
 * weekday's short form after "vanaf" or before an hour. Leaflets and general answers write "drie keer per
 * dag", "twee dagen" and whole weekdays.
 */
export const SHORTHAND_PER = ["dg", "dag", "d", "wk", "week"];
export const SHORTHAND_DURATIONS = ["dgn", "dg", "wkn", "wk", "mnd"];
export const SHORTHAND_SIDES = ["li", "re"];
export const SHORTHAND_FROM = ["vanaf", "per"];

/**
 * A table's header naming whom each row is about and when ("Cliënt | Adres | Bezoek verloskundige",
 * "Leerling Groep Dag Tijd Therapeut"): rows of people cared for, each with a moment. "Naam" and
 * "Medewerker" head a staff roster, not this.
 */
export const SCHEDULE_PERSON_COLUMNS = [
  "cliënt|client|cliënten|clienten|patiënt|patient|patiënten|patienten|leerling|leerlingen|bewoner|bewoners|kind|kinderen",
];
export const SCHEDULE_TIME_COLUMNS = [
  "dag|datum|tijd|tijdstip|moment|bezoek|afspraak|afspraken|visite|behandeling|sessie|date|time",
];
