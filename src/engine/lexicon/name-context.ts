/**
 * Curated words that make (or break) a person-name context in Dutch and English e-mail.
 * Hand-written (see README.md): no registry package lists Dutch forms of address, salutations or
 * care roles. All lower-case; matched against lower-cased tokens.
 */

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Forms of address written before a name; a capitalised word after one is a name. */
export const HONORIFICS = words(`
  dhr dhr. hr hr. heer meneer mijnheer mevr mevr. mevrouw mw mw. mej mejuffrouw juffrouw juf meester
  dr dr. drs drs. prof prof. ir ing mr mrs ms miss mx sir madam zr zuster br broeder familie fam
  dokter collega
`);

/** Forms of address after which only a surname (or initials + surname) makes sense. */
export const PATIENT_HONORIFICS = words(
  `dhr hr heer meneer mijnheer mevr mevrouw mw mej mrs ms mr miss`
);

/**
 * Roles and relations written before a name ("collega Schuurman", "tandarts Floor Mertens",
 * "haar zoon Erik"). Weaker than a form of address: the next word must look like a name.
 */
export const ROLE_NOUNS = words(`
  huisarts tandarts fysiotherapeut fysio apotheker
  verloskundige psycholoog psychiater psychotherapeut orthopedagoog diëtist dietist logopedist ergotherapeut
  assistente assistent doktersassistente doktersassistent tandartsassistente apothekersassistente
  praktijkondersteuner poh praktijkverpleegkundige verpleegkundige wijkverpleegkundige jeugdverpleegkundige verpleger
  mondhygiënist mondhygienist kaakchirurg chirurg specialist internist cardioloog neuroloog longarts
  dermatoloog gynaecoloog uroloog oogarts kno-arts kinderarts geriater orthopeed radioloog anesthesist
  reumatoloog oncoloog psychologe casemanager coördinator coordinator praktijkmanager manager
  maatschappelijk consulent begeleider behandelaar therapeut coach trainer
  patiënt patiënte patient pt cliënt cliënte client bewoner naam name
  zoon dochter moeder vader broer zus zuster oma opa kleinzoon kleindochter schoonzoon schoondochter
  schoonmoeder schoonvader neef nicht echtgenoot echtgenote partner vriend vriendin buurvrouw buurman
  man vrouw mantelzorger contactpersoon monteur vertegenwoordiger accountmanager adviseur
  arts basisarts aios anios haio waarnemer waarnemend invaller invalkracht vervanger chauffeur
  triagist triagiste planner roosteraar receptionist receptioniste secretaresse baliemedewerker
  verzorgende kraamverzorgende helpende zorgcoördinator zorgcoordinator regieverpleegkundige
  podotherapeut podotherapeute diëtiste dietiste logopediste ergotherapeute fysiotherapeute
  mondhygiëniste mondhygieniste tandartsassistent teamleider stagiair stagiaire
  vrijwilliger ambulanceverpleegkundige doktersassistentes
  colleague doctor nurse physiotherapist therapist gp son daughter mother father husband wife brother sister

`);

/**
 * Words of a shared mailbox's display name ("Planning Thuiszorg X", "Podotherapie Y - administratie"):
 * a department or trade, not a person. The person writing signs under the closing.
 */
export const MAILBOX_WORDS = words(`
  planning administratie coördinatie coordinatie receptie balie secretariaat info informatie
  afspraken triage intake frontoffice backoffice zorgbemiddeling facturatie declaraties rooster
  roosters team hap huisartsenpost thuiszorg podotherapie logopedie fysiotherapie ergotherapie
  diëtetiek dietetiek revalidatie verloskunde kraamzorg mondzorg tandheelkunde huisartsen apotheek
  praktijk ggz wijkteam wijkverpleging servicedesk helpdesk noreply no-reply office support
  klantenservice personeelszaken hr inkoop financiën financien boekhouding
`);

/**
 * Department and organisation words of a display name in a quoted header ("Van: Secretariaat
 * Radiologie Kennemer", "From: Afdeling Cardiologie Noord"): the whole display name is an organisation.
 */
export const DEPARTMENT_WORDS = words(`
  secretariaat afdeling polikliniek poli apotheek huisartsenpraktijk praktijk team planning receptie
  administratie balie zorgadministratie spoedeisende eerste hulp seh radiologie cardiologie neurologie
  dermatologie oncologie urologie gynaecologie pathologie kindergeneeskunde interne geneeskunde
  orthopedie chirurgie longziekten oogheelkunde laboratorium lab huisartsenpost ziekenhuis kliniek
  zorggroep stichting gemeente wijkteam thuiszorg frontoffice servicedesk helpdesk info noreply
  department secretary office reception clinic practice pharmacy hospital team
`);

/** Endings of department words ("Radiologie", "Kindergeneeskunde", "Fysiotherapie"). */
export const DEPARTMENT_SUFFIXES = words(
  `logie logy geneeskunde therapie chirurgie kunde praktijk centrum`
);

/** Greetings at the start of a line; the words after them (up to the comma) are usually a name. */
export const SALUTATIONS = words(`
  beste geachte hoi hoj hallo hey hé he hee dag goedemorgen goedemiddag goedenavond lieve liefste
  dear hi hello hiya morning welkom
`);

/** Closings; the next line (or the rest of this line) usually holds a name. */
export const CLOSINGS = words(`
  groet groeten groetjes gr grt mvg regards wishes cheers liefs thanks bedankt dank doei
  hartelijks sincerely faithfully best hoogachtend groetend
`);

/** Words that only start an interfix together with a following one ("in 't Veld", "op de Weegh"). */
export const INTERFIX_PREPOSITIONS = words(`in op uit aan bij onder over voor`);

/** Interfixes (tussenvoegsels) that may stand between given name/initials and surname. */
export const INTERFIXES = words(`
  van de der den het 't te ter ten in op uit aan bij onder over voor vd v.d. la le du da di del della des dos von zu el al bin
`);

/** Words that name an organisation; a capitalised word after one is part of that name, not a person. */
export const ORGANISATION_WORDS = words(`
  huisartsenpraktijk praktijk apotheek ziekenhuis gezondheidscentrum tandartsenpraktijk fysiotherapie
  fysiotherapiepraktijk psychologenpraktijk verloskundigenpraktijk diëtistenpraktijk dietistenpraktijk
  huisartsen mondzorg centrum kliniek polikliniek stichting zorggroep thuiszorg zorgcentrum verpleeghuis
  woonzorgcentrum huisartsenpost ggz instelling gemeente team servicedesk helpdesk afdeling bv b.v. nv
  school hotel restaurant fertiliteitscentrum tandheelkundig medisch laboratorium lab
  gasthuis huis mc umc kinderziekenhuis revalidatiecentrum hospice kliniek
  hospital clinic practice pharmacy surgery centre center fysio ggd
`);

/** Suffixes of Dutch organisation compounds ("Tandartsenpraktijk", "Zorgcentrum"). */
export const ORGANISATION_SUFFIXES = words(
  `praktijk centrum kliniek apotheek ziekenhuis zorg groep dienst desk partners team bedrijf service`
);

/** Street suffixes that no Dutch surname ends in: a word ending in one is an address. */
export const STREET_ONLY_SUFFIXES = words(
  `straat laan plein kade singel gracht steeg dreef plantsoen boulevard allee street road avenue lane`
);

/** Street suffixes: a capitalised word with one of these followed by a number is an address. */
export const STREET_SUFFIXES = words(`
  straat weg laan plein kade dijk singel gracht steeg pad park hof markt dreef erf baan wal plantsoen
  boulevard allee lei street road avenue lane
`);

/**
 * Eponyms of diseases, syndromes and signs: "ziekte van Parkinson", "Crohn", "Alzheimer" are not
 * names of people in a mail about a patient.
 */
export const EPONYMS = words(`
  alzheimer parkinson crohn hodgkin huntington bechterew graves hashimoto cushing addison raynaud sjögren
  sjogren menière meniere ménière tourette asperger lyme pfeiffer dupuytren barrett kahler paget perthes
  scheuermann wegener guillain barré barre osgood schlatter quervain baker bell down korsakov wernicke
  creutzfeldt jakob marfan ehlers danlos klinefelter turner duchenne becker tietze sudeck ménétrier
  whipple kawasaki kaposi hirschsprung fallot wilms ewing burkitt bowen dupuytren morton achilles
  heberden bouchard colles smith osler apgar glasgow parkinsonisme alzheimerpatiënt
`);

/** Words that introduce an eponym ("ziekte van X", "syndroom van X", "morbus X"). */
export const EPONYM_CUES = words(
  `ziekte syndroom morbus m. disease syndrome teken fenomeen reflex sign`
);

/** Month names and abbreviations, Dutch and English. */
export const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  february: 2,
  maart: 3,
  mrt: 3,
  maa: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  augustus: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS = words(`
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo
  monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
`);

/**
 * Capitalised words that are never a name on their own: function words that start sentences,
 * greetings, common abbreviations written in capitals, and words often capitalised in mail.
 */
/** Abbreviations written like initials ("P.S. Joost, jouw verwijzing…", "N.B."): the name starts after them. */
export const NOT_INITIALS = words(`ps pps nb`);
export const NEVER_NAMES = words(`
  de het een en of maar dus dan als wat wie waar hoe dit dat deze die er ik je jij u wij we ze zij hij
  haar zijn mijn uw ons onze jullie hun geen wel niet nog ook al op in aan bij met voor van tot om na
  per via naar uit over onder zonder graag dank bedankt hierbij bijgaand zoals sinds vanaf vandaag morgen
  gisteren vanochtend vanmiddag vanavond verder daarnaast tot ps nb pt bsn tel fax mob email e-mail
  the a an and or but so if this that these those i you we they he she it my your our his her their
  to of for with from on at by in is are was were be please thanks thank regards kind best dear
  re fw fwd aw antw onderwerp subject verzonden sent aan to cc bcc van from datum date
  huisarts dokter patiënt patient zorgverzekeraar verzekeraar
  praktijk apotheek ziekenhuis team iedereen allen allemaal lezer patiënten collega's
  secretariaat administratie receptie balie planning afdeling assistentes assistenten directie redactie
  bestuur spoedlijn spoed avondspoed huisartsenpost doktersassistentes praktijkondersteuners maatschap
  sir madam heer mevrouw heren dames
`);

/**
 * Names that are also words, but words that seldom start a sentence (birds, flowers, seasons):
 * at the start of a sentence they are still names ("Merel belde gisteren").
 */
export const NAMES_AT_SENTENCE_START = words(`
  merel roos fleur floor linde lente sterre iris jade amber ruby daisy hazel ivy violet olive lies
  kees piet dirk bram bas sara jet roosje
`);

/**
 * Finite verbs that take a person as subject ("Eva belt je morgen", "Mark has had pain"): after one of
 * them a name that is also a word (Eva, Mark, Rosa) is a name at the start of a sentence too. Verbs
 * that also go with weather, seasons and things (is, komt, gaat, wordt) are left out on purpose.
 */
export const PERSON_VERBS = words(`
  belt belde bellen mailt mailde appt appte vraagt vroeg vroegen zegt zei wil wilde heeft had hebben voelt voelde
  krijgt kreeg gebruikt gebruikte neemt nam slaapt sliep eet at hoest hoestte woont werkt werkte moet moest kan kon
  zal zou mag mocht klaagt klaagde vertelt vertelde laat liet stuurt stuurde meldt meldde geeft gaf
  begint begon startte slikt slikte hapert haperde stottert stotterde groeit groeide weegt woog
  poetst poetste oefent oefende doet deed praat praatte speelt speelde leest las probeert probeerde huilt huilde
  lacht lachte durft durfde
  has had called calls says said feels felt wants wanted needs needed asked asks will would can could complains
  complained got gets takes took sees saw tells told sends sent
`);

/**
 * Finite verbs that follow "mevrouw"/"meneer" as the sentence goes on ("Mevrouw haalt de medicijnen op"),
 * never a lower-case surname typed after them; with any subject, so not person verbs.
 */
export const FINITE_VERBS = words(`
  haalt haalde loopt liep komt kwam gaat ging staat stond ligt lag zit zat blijft bleef wacht wachtte brengt bracht
  is was wordt werd denkt dacht weet wist zoekt zocht rijdt reed fietst valt viel ziet zag hoort hoorde
`);

/** Shops, insurers and services named like a person ("Albert Heijn"): not a person in a mail. */
export const BRAND_NAMES = [
  "albert heijn",
  "jan linders",
  "dirk van den broek",
  "van der valk",
  "hotel van der valk",
  "zilveren kruis",
  "anna paulowna",
  "jeroen bosch",
  "jeroen bosch ziekenhuis",
  "antoni van leeuwenhoek",
  "emma kinderziekenhuis",
  "juliana kinderziekenhuis",
  "sophia kinderziekenhuis",
  "wilhelmina kinderziekenhuis",
  "beatrix kinderziekenhuis",
  "sint maartenskliniek",
  "maxima",
  "máxima",
  "willem-alexander",
  "anne frank",
  // brands written with a possessive whose stem is a first name; the word before or after belongs
  // to the brand ("Tony's Chocolonely", "Trader Joe's"). A bare "Wendy's" stays a person.
  "tony's chocolonely",
  "jack daniel's",
  "papa john's",
  "trader joe's",
  "claire's",
  "carl's jr",
  "dave's hot",
];
