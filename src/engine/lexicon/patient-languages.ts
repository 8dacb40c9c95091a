/**
 * Care words in the languages Dutch practices write to patients in besides Dutch and English (Polish,
 * Turkish, Arabic, German, French, Spanish, Portuguese, Ukrainian and Russian, Romanian, Bulgarian,
 * Hungarian). Only read when a
 * mail's own text is in none of Dutch and English (features/language.ts): the Dutch statement readers
 * cannot tell there whether a text is general, so a care word to one person counts.
 *
 * Hand-written for this project from everyday patient vocabulary (results, tests, blood, urine,
 * medicines, pregnancy, vaccination, referral, pain, teeth, treatment, appointments). Words are folded:
 * lower case, no diacritics (Polish "ł", Turkish "ı", German "ß" stay). `stem*` matches any ending
 * (Polish and Ukrainian inflect); everything else is a whole word. Arabic words are listed without the
 * article "ال", which the reader strips.
 */
// (Medicines and prescriptions in general are left out: general information on repeat prescriptions
// names them too; a named medicine is found by the medical recogniser, by its name or INN stem. The
// tablet itself counts: a general text about it reads as general without a dose a day or a contact.)
export const FOREIGN_CARE_WORDS = [
  // Polish
  "wynik* badani* krwi krew mocz* ciaz* szczepieni* skierowani*",
  "zapaleni* infekcj* bol bolu boli zab zeba zeby zebow kolan* tarczyc* cukrzyc* cisnieni* antybiotyk*",
  "leczeni* operacj* rentgen* usg diagnoz* plomb* dentyst* fizjoterap*",
  // a tablet to take (with a dose a day it is this person's: FOREIGN_PERSONAL_WORDS)
  "tabletk* tabletce",
  // Turkish
  "sonuc* tahlil* kan kaninizda idrar* hamile* gebelik* asi asisi asilar* sevk*",
  "iltihap* enfeksiyon* agri* dis disiniz disi diz* tansiyon* tedavi* ameliyat* rontgen ultrason*",
  "kolesterol* dolgu*",
  // Arabic (without the article)
  "نتيجة نتائج تحليل تحاليل فحص دم بول حامل حمل تطعيم لقاح احالة",
  "التهاب عدوى اسنان سن ركبة ضغط سكري علاج عملية اشعة سونار مضاد",
  // German
  "ergebnis* befund* untersuchung* blut* urin* schwanger* impfung*",
  "uberweisung* entzundung* infektion* schmerz* zahn zahne zahnes knie* behandlung* rontgen* ultraschall*",
  "meniskus* krankengymnast* physiotherap*",
  // French
  "resultat* examen* sang urine* enceinte grossesse* vaccin*",
  "inflammation* infection* douleur* dent dents genou* traitement* echographie* kine kinesitherap*",
  // Spanish and Portuguese
  "resultado* analisis sangre orina embarazada* embarazo* vacuna*",
  "derivacion inflamacion infeccion dolor diente* muela* rodilla* tratamiento* radiografia* ecografia*",
  "exame* sangue urina gravida* gravidez vacina* encaminhamento*",
  "inflamacao infeccao dor dente dentes coroa joelho* tratamento* cirurgia* fisioterap*",
  // Ukrainian and Russian
  "результат* аналіз* анализ* кров* сеч* вагітн* беремен*",
  "щеплен* вакцин* прививк* направлен* запален* воспален* інфекц* инфекц* біль боль зуб* колін* колен*",
  "тиск* давлен* лікуван* лечени* операці* операци* рентген* узд узи",
  "лікар лікаря лікарем лікарю врач* вітамін* витамин* зважуван* взвешиван* зріст",
  // Bulgarian
  "резултат* изследван* кръв* урин* бременн* ваксин* направлени* възпалени* инфекци* болк* болез*",
  "зъб* колян* колене* кръст* крак* лечени* операци* упражнени* лекар лекаря лекарят лекари физиотерап* изтръпв*",
  // Hungarian
  "eredmeny* vizsgalat* verveetel vervetel vervizsgalat* vizelet* terhes* oltas* beutal* gyulladas*",
  "fertozes* fajdalom* fajdalm* fog fogak fogat fogorvos* terd* kezeles* mutet* ultrahang* mammograf*",
  "korhaz* orvos* csomo*",
  // Romanian
  "rezultat* analize sange urina gravida sarcina vaccin* trimitere",
  "inflamati* infecti* durere dinte* genunchi* tensiune* tratament* operati* radiografie* ecografie*",
];

/**
 * General information in those languages: thanks for a question, "in general", "in the Netherlands" (how
 * care works here), a text for a group or newsletter. Folded phrases, matched inside the folded text.
 */
export const FOREIGN_GENERAL_PHRASES = [
  // Polish
  "dziekujemy za pytanie|dziekuje za pytanie|ogolne informacje|informacje ogolne|w holandii",
  // German
  "fur ihre frage|fur ihre anfrage|allgemein|in den niederlanden|in holland",
  // Spanish, Portuguese, Italian
  "por su pregunta|por tu pregunta|buena pregunta|en general|informacion general|en los paises bajos|en holanda",
  "pela pergunta|em resumo|em geral|informacao geral|nos paises baixos|na holanda|in generale|nei paesi bassi",
  // French
  "pour votre question|de votre question|voici le texte|informations generales|aux pays-bas",
  // Turkish
  "sorunuz icin|genel bilgi|bulten|hollanda'da",
  // Bulgarian, Russian, Ukrainian
  "благодарим за въпроса|спасибо за вопрос|дякуємо за запитання|общая информация|загальна інформація|в нидерландах|в нідерландах|в холандия",
  // Romanian, Arabic
  "koszonjuk a kerdeset|altalanos informacio|hollandiaban",
  "pentru intrebare|informatii generale|in olanda|شكرا على سؤالك|معلومات عامة|في هولندا",
];

/**
 * What makes such a text this person's after all: a contact today or yesterday, "as discussed", a dose.
 * Folded whole words.
 */
export const FOREIGN_PERSONAL_WORDS = [
  "besprochen heute gestern convenu aujourd'hui combinado hablamos hoy ayer hoje ontem oggi ieri",
  "dzwonila dzwonil rozmawialismy rozmowa telefoniczna wczoraj dzisiaj dzis konustugumuz bugun dun azi",
  // a dose a day ("jedną tabletkę dwa razy dziennie", "günde iki kez", "zweimal täglich")
  "dziennie gunde taglich quotidien",
  "договорились домовились сегодня вчера сьогодні вчора днес",
];

/**
 * Forms of address in those languages ("Panie Wiśniewski", "السيدة فاطمة", "Ayşe Hanım", "Frau Weber"):
 * a paragraph in that language inside a Dutch mail that addresses someone is a message to that person.
 * Folded whole words.
 */
export const FOREIGN_ADDRESS_WORDS = [
  "pan pani panie panu pana szanowny szanowna",
  "bay bayan hanim bey sayin",
  "السيدة السيد سيدة سيد",
  "herr frau monsieur madame mme senor senora señor señora senhor senhora",
  "пан пані пане господин госпожа господине госпожо domnul doamna doamnă",
];

/** An appointment in those languages; with a time or date in the mail it is this person's. */
export const FOREIGN_APPOINTMENT_WORDS = [
  "wizyt* termin* randevu* موعد rendez-vous rdv cita consulta marcacao прийом* приём* прием* запис*",
  "programare*",
];

/**
 * The most frequent words of Dutch and English: a text with few of them is in another language.
 * (Function words from the top of Dutch and English frequency lists, without those other languages
 * share: "de" and "en" are French and Spanish, "die" and "er" German, "te" Spanish and Romanian.)
 */
export const DUTCH_ENGLISH_FUNCTION_WORDS = [
  "het een van ik je u is dat niet op met voor zijn aan om als bij ook maar wat we wij",
  "jij uw jouw zijn haar hij zij ze dit die deze nog wel naar uit of heeft hebt heb kan kunt wordt",
  "the and to of you is for with your that this are on in it be have we will can please our my",
];

/**
 * The most frequent words of those languages (without those Dutch shares: "de", "en", "die", "op"): a
 * text in another language has them, a Dutch table of abbreviations does not.
 */
export const FOREIGN_FUNCTION_WORDS = [
  // Polish
  "i w z na sie jest nie do ze to pan pani panie pana prosze dzien dobry pozdrawiam",
  // Turkish
  "ve bir bu icin ile cok size sizin merhaba tesekkurler lutfen gibi az once onceden saat haber var yok",
  "olarak degil daha sonra hanim bey saygılarımla",
  // German
  "und der das ist nicht sie mit fur ich ein eine zu den dem auf bitte ihr ihre ihnen sehr von noch wie",
  // French
  "le la les et est pour vous votre vos des une un que pas avec dans bonjour merci",
  // Spanish, Portuguese, Romanian
  "el los las y es para usted su que por con una del hola gracias o os as e a voce seu sua com uma do da nao obrigado",
  "si este pentru va cu la nu in buna ziua multumim",
  // Hungarian (without "is", "van", which Dutch and English share)
  "a az es hogy nem egy meg ha kell mar vagy ont onnek kedves udvozlettel koszonjuk kerem utan mint lesz",
];
