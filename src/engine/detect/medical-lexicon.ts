/**
 * Curated Dutch (and some English) medical vocabulary for the `medical` recogniser. Hand-made for
 * this project (no licence restrictions): written for Dutch primary care mail (huisarts, POH,
 * tandarts, fysiotherapeut, apotheek, GGZ, verloskunde) from the NHG-standaarden topic names, the
 * Farmacotherapeutisch Kompas' commonly prescribed medicines and everyday patient language.
 *
 * Words are folded (lower case, no diacritics). Markers before a word:
 *   `~` weak: counts for less (generic: "klachten", "medicatie", "uitslag")
 *   `!` sensitive context (GGZ, SOA, fertiliteit, ...): findings get the `sensitive-context` tag
 *   `?` homograph ("scheur" in a ceiling, "ontsteking" of an engine, "verband" = connection): found
 *       only with support in its sentence (a body part or another unambiguous medical word)
 * Kinds: condition (diagnosis, symptom), medication, lab (values, tests), procedure (treatment,
 * referral, imaging), provider (specialism, care setting: tells where care happens, not what),
 * vaccine (vaccination words: practice campaigns use them for everyone).
 */

export type MedicalKind = "condition" | "medication" | "lab" | "procedure" | "provider" | "vaccine";

export const LEXICON_SOURCE: Record<MedicalKind, string> = {
  condition: `
    diabetes suikerziekte dm dm1 dm2 diabeet diabeten hypertensie hypotensie astma astmatisch copd longemfyseem emfyseem
    bronchitis longontsteking pneumonie ~griep influenza covid covid-19 hartfalen decompensatie hartinfarct infarct nstemi stemi
    angina atriumfibrilleren boezemfibrilleren af ritmestoornis hartritmestoornis palpitaties hartkloppingen hartklachten ~ziek ~ziekte ~ziekgemeld
    beroerte herseninfarct hersenbloeding cva tia epilepsie migraine hoofdpijn ochtendhoofdpijn dementie alzheimer parkinson
    sclerose !depressie !depressief !depressieve !somberheid !somber !angststoornis !paniekaanval !paniekaanvallen
    !paniekstoornis burn-out burnout overspannen !psychose !psychotisch !schizofrenie !bipolair adhd add autisme ass !ptss
    !trauma !eetstoornis !anorexia !boulimia !verslaving !verslaafd !alcoholisme !alcoholmisbruik !drugsgebruik !suicidaal
    !suicidaliteit !suicidepoging !doodsgedachten !zelfbeschadiging !zelfmoordgedachten !automutilatie slapeloosheid
    insomnia slaapproblemen ~piekeren kanker carcinoom tumor melanoom lymfoom leukemie metastasen uitzaaiingen
    borstkanker darmkanker prostaatkanker longkanker huidkanker basaalcelcarcinoom artrose artritis reuma reumatoide jicht
    osteoporose hernia fractuur ~breuk gebroken verstuiking distorsie zwelling ?ontsteking ?ontstoken infectie geinfecteerd
    koorts blaasontsteking urineweginfectie cystitis nierstenen nierinsufficientie nierfalen schildklier hypothyreoidie
    hyperthyreoidie coeliakie crohn colitis prikkelbaredarmsyndroom pds reflux maagzweer maagbloeding obesitas ~overgewicht
    anemie bloedarmoede allergie allergieen allergisch eczeem psoriasis moedervlek huiduitslag ~zwanger zwangerschap
    !miskraam !abortus !zwangerschapsafbreking !onvruchtbaarheid !onvruchtbaar !soa !chlamydia !gonorroe !syfilis !herpes !hiv
    !aids hepatitis tuberculose ulcus cruris decubitus pericoronitis caries parodontitis tandvleesontsteking pulpitis abces
    hyperkaliemie hypokaliemie hyponatriemie myopathie rabdomyolyse delier delirium ~onrust ~valpartij duizelig
    duizeligheid misselijk misselijkheid braken diarree obstipatie benauwd benauwdheid kortademig kortademigheid hoesten
    hoest kriebelhoest ~vermoeidheid ~pijn ~klachten ~klacht dubbelzien syncope flauwvallen pijnsyndroom
    luxatie subluxatie osgood-schlatter meniscus kruisband vkb ruptuur huilbui huilbuien chickenpox measles mumps trismus anhedonie cognitieve ~achteruitgang ~verward ~vergeetachtig geheugenproblemen
    ~bijwerking ~bijwerkingen ~interactie contra-indicatie gecontra-indiceerd ~incontinentie incontinent
    ~zwellingen ~uitstraling ~wond ~wonden ~trillende ~trillen rugpijn buikpijn nekpijn keelpijn oorpijn kiespijn
    spierpijn gewrichtspijn ~pijnlijk ~letsel whiplash hersenschudding sinusitis otitis tonsillitis keelontsteking
    oorontsteking conjunctivitis glaucoom staar cataract maculadegeneratie gehoorverlies tinnitus hyperventilatie
    ~angst ~angstig !angstklachten ~stress spanningsklachten ~uitputting ~overbelasting mantelzorgoverbelasting
    hypothyreose hyperthyreose hypoglykemie hyperglykemie neuropathie retinopathie nefropathie trombose embolie
    longembolie aneurysma etalagebenen claudicatio cholesterolverhoging hypercholesterolemie dyslipidemie rhesus-negatief
    ~rhesus bekkeninstabiliteit zwangerschapsdiabetes pre-eclampsie ~bloedverlies ~bloeding bloedingen
    mellitus hartziekte hartaandoening longziekte nierziekte leverziekte schildklieraandoening
    infectieziekte gaatje gaatjes tandbederf verkoudheid verkouden ~jeuk bloedneus opvliegers ~overgang menopauze
    ~menstruatie ~ongesteld zweetaanvallen ~krukken ~gips ~brace ?gescheurd ?scheur ~verrekt ~zwanger
    underactive overactive hypothyroidism hyperthyroidism asthma depression depressive anxiety cancer tumour tumor
    coeliac celiac allergy allergies allergic infection infected fracture fractured dislocation dislocated swelling
    ~pain painful ~symptoms ~symptom diagnosis diagnosed remission ~tiredness fatigue insomnia dementia stroke
    hypertension arthritis osteoarthritis migraine headache headaches nausea dizziness rash
    pregnant pregnancy swollen miscarriage ?tear ?torn sprained ~cough ~sore !abortion !hiv !std eczema epilepsy seizure seizures ~injury injured sprain
    pneumonia bronchitis ~fever
    nabloeding nabloedingen nabloedt ~bloedt bult bultje bultjes bulten litteken littekens scar scars
    stotteren stotterernst stotteraar stottert afasie dysartrie dysfagie slikproblemen slikklachten ~verslikken
    naevus naevi dysplastische dysplastisch dysplasie keratose keratosen fibroom lipoom atheroomcyste verruca verrucae
    basaalcel plaveiselcelcarcinoom
    ~onrustig ~blessure ~blessures geblesseerd verstuikt verzwikt verzwikking zwikte enkelband enkelbanden ~krampen ~krampjes
    slissen lispelen ~s-klank ~r-klank ?hapert ?haperen ingegroeide ingegroeid ~mank hechtinkjes
    ~articulatie articulatieproblemen articulatiestoornis taalontwikkelingsstoornis tos taalachterstand hees heesheid
    stemklachten stemproblemen spraakproblemen spraakstoornis ~spraakontwikkeling dyslexie schor schorre schorheid
    stembandknobbels stembandknobbeltjes ~knobbeltjes ingegroeide kalknagel kalknagels schimmelnagel likdoorn eeltknobbel
    bloating ~cramps constipation diarrhoea diarrhea heartburn ibs fodmap low-fodmap ~krampen buikkrampen opgeblazen
    ?luizen ?neten hoofdluis hoofdluizen schurft scabies krentenbaard impetigo waterpokken kinkhoest mazelen roodvonk head-lice
    eelt likdoorn likdoorns drukplek drukplekken ?drukplekjes kalknagel schimmelnagel voetschimmel ingegroeide
    eeltplek eeltplekken eeltplekje eeltlaag ~piekermomenten ~piekermoment ~gepieker ?elastiekjes
    voetulcus ~diabetische ~hallux valgus platvoeten holvoeten hielspoor fasciitis
    ondergewicht ondervoeding ondervoed ~gewichtsverlies ~afvallen voedselallergie koemelkallergie lactose-intolerantie
    lactose-intolerant ~glutenvrij ~lactosevrij ~verslikt ~verslikte ~verslikking ~zoutarm zoutbeperking vochtbeperking
    ~vochtbeperkt ~verdikt ~verdikken ~verdikkingsmiddel sondevoeding
    hersenletsel nah ~belastbaarheid ~vermoeibaar halfzijdige hemiparese
    pocketdiepte pocketdieptes ~pockets tandvleesproblemen ~bloedend
    !angsten !angstig !somberheden !gedragsproblemen !hechtingsproblematiek !hechtingsstoornis !depressieklachten
    !traumaverwerking !rouwverwerking ~concentratieproblemen !faalangst !schoolangst
    ~onrustig prikkelgevoelig overprikkeld overprikkeling
    weeen ~ontsluiting ~zwangerschapsweken ~uitgerekend ~vliezen stuitligging hyperemesis zwangerschapsmisselijkheid
    ~kraambed ~borstvoeding mastitis
    wrat wratten wratje wratjes voetwrat voetwratten acne ~puistjes steenpuist steenpuisten cyste cysten aften
    spatader spataderen aambei aambeien buikgriep maagzuur galsteen galstenen koortslip koortslippen gordelroos
    tekenbeet tekenbeten kneuzing gekneusd tennisarm muisarm golfarm ?overtijd !blowen !cannabisgebruik
    !alcoholgebruik ?corona ijzertekort vitaminetekort ~nachtmerries bedplassen huilbaby ~krampjes spruw
    luieruitslag !erectieproblemen !erectiestoornis netelroos leververvetting !schaamluis !schaamluizen
    aarsmaden lintworm ~oorsmeer oorsuizen ?strontje warts haemorrhoids hemorrhoids shingles
    wondje wondjes doorligplek doorligplekken doorligwond ?blaar ?blaren ?splinter
    incontinentiebroekje incontinentiebroekjes incontinentiemateriaal incontinentieverband
    duizelige ~ingedroogd ~opgedroogd ?slijtage ziekteverlof ziekmelding
    koortsstuip koortsstuipen flauwgevallen anafylaxie anafylactische ~verward ~vergeetachtig iron-deficiency anaemia anemia anaemic
  `,
  medication: `
    !methadon !methadonverstrekking !buprenorfine paracetamol ibuprofen naproxen diclofenac omeprazol pantoprazol esomeprazol metformine gliclazide glimepiride
    tolbutamide insuline insulines metoprolol bisoprolol atenolol propranolol carvedilol amlodipine nifedipine enalapril
    lisinopril perindopril ramipril losartan valsartan irbesartan candesartan hydrochloorthiazide hct chloortalidon
    furosemide bumetanide spironolacton eplerenon simvastatine atorvastatine rosuvastatine pravastatine ezetimibe
    acetylsalicylzuur ascal carbasalaatcalcium clopidogrel ticagrelor prasugrel acenocoumarol fenprocoumon apixaban
    rivaroxaban dabigatran edoxaban levothyroxine thyrax euthyrox salbutamol ventolin budesonide formoterol fluticason
    beclometason tiotropium symbicort seretide spiriva prednison prednisolon dexamethason amoxicilline augmentin
    claritromycine azitromycine doxycycline nitrofurantoine trimethoprim ciprofloxacine flucloxacilline fosfomycine
    feneticilline metronidazol sertraline citalopram escitalopram paroxetine fluoxetine venlafaxine duloxetine
    mirtazapine amitriptyline nortriptyline oxazepam diazepam lorazepam temazepam alprazolam zolpidem zopiclon
    quetiapine olanzapine risperidon haloperidol aripiprazol ~lithium methylfenidaat ritalin concerta dexamfetamine
    tramadol oxycodon morfine fentanyl codeine gabapentine pregabaline carbamazepine valproaat levetiracetam
    lamotrigine rivastigmine rivastigminepleister donepezil galantamine memantine doxazosine tamsulosine finasteride
    sildenafil tadalafil anticonceptiepil anticonceptie nuvaring mirena ~spiraal ferrofumaraat ijzertabletten ijzertablet
    foliumzuur alendroninezuur allopurinol colchicine methotrexaat hydroxychloroquine adalimumab humira ozempic
    semaglutide liraglutide victoza trulicity dulaglutide jardiance empagliflozine dapagliflozine forxiga sitagliptine
    januvia novorapid lantus levemir toujeo glucagon epipen anti-d antibiotica antibioticum antibioticumkuur
    antidepressiva antidepressivum betablokker plaspil plaspillen bloedverdunner bloedverdunners maagbeschermer
    pijnstiller pijnstillers slaapmiddel slaapmiddelen slaappil slaappillen ~puffer ~puffers inhalator inhalatiecorticosteroid
    ~zalf ~creme oogdruppels neusspray flaminal adrenaline adrenalinepen adrenalinepennen iron-tablets plastablet plastabletten plaspil plaspillen ~weekrol ~weekrollen ~baxter ~baxterrollen ~medicijnrol ~baxterrol ~herhaalrecept ~herhaalrecepten ~recept ~medicatie
    ~medicijn ~medicijnen ~medicatieoverzicht medicatiewijziging ~tabletten ~tablet ~pillen ~pil ~anticonceptiepil ~kuur corticosteroiden
    morfinepleister fentanylpleister nicotinepleister macrogol movicolon loperamide domperidon metoclopramide
    ondansetron cetirizine loratadine desloratadine fexofenadine hydrocortison triamcinolon betamethason clobetasol
    miconazol terbinafine fluconazol aciclovir valaciclovir oseltamivir mebeverine buscopan oxybutynine mirabegron
    solifenacine estradiol progesteron clomifeen letrozol gonadotrofine antistolling ~dosering ~dosis insulinepomp
    levothyroxine levothyroxin aspart
    medication medications prescription prescribed insulin sertraline levothyroxine penicillin antibiotics
    painkillers inhaler ~tablets ~pills
    ~medicatierol insulinespuit insulinespuiten steunkousen compressiekousen steunkous drinkvoeding
    furadantine clarithromycine azithromycine erytromycine flucloxacilline ciprofloxacine penicilline canesten
    daktarin betnovate dermovate locoid elocon fucidin fucidine xarelto eliquis pradaxa lixiana sintrom marcoumar
    microgynon ?yasmin cerazette prikpil viagra cialis wegovy saxenda mounjaro melatonine ~pufjes ~pufje ~zalfje
    hoestdrank zetpil zetpillen
  `,
  lab: `
    oogdruk gezichtsveld ~plasje ~plasjes ~gehoortest ~gewogen ~weging
    histologie histologisch histologische pathologie pa-uitslag biopt biopten dermatoscopie
    ferritin bloodwork geboortegewicht hba1c glucose ~nuchtere cholesterol ldl hdl triglyceriden kalium natrium kreatinine egfr nierfunctie leverfunctie
    leverwaarden schildklierwaarden tsh ft4 t4 hb hemoglobine ferritine b12 crp bse inr psa albumine microalbuminurie
    albumine/kreatinine-ratio ~urine urinekweek ~kweek bloedgroep antistoffen bloeddruk rr ~tensie saturatie spirometrie
    longfunctie longfunctietest fev1 fvc ecg hartfilmpje ~echo echografie mri ct ct-scan ~scan rontgen rontgenfoto
        rontgenfotos opt bloedonderzoek bloedwaarden labuitslag labuitslagen ~uitslag ~uitslagen ~labformulier
    bloedprikken ~bloedafname biopsie ~uitstrijkje ~uitstrijkjes mammografie coloscopie gastroscopie holter
    holteronderzoek mmse phq-9 phq ?ediz bmi ~glucosemeter bloedsuiker bloedsuikers glucosewaarden
    ~onderzoek ~labwaarden ~lab enkel-armindex valrisicotest zwangerschapstest spa-test ~bloed
    gold cha2ds2-vasc spadi ~dossier ~episodelijst
    bloedtest ~priklocatie ~prikpost zwangerschapsecho morning-afterpil medicijngebruik
    ~results bloodtest scan x-ray ultrasound biopsy hba1c cholesterol tsh ~test smear hpv
    ~groeicurve taaltest ~taalonderzoek mabc mabc-2 ~percentiel ~motoriektest slikonderzoek slikvideo stemonderzoek ~voetonderzoek
    ~termijnecho ~groei-echo nekplooimeting ctg
    ~gehoortest ~gehoortesten ~oogtest ~oogtesten ~hielprik ~screening ~screeningen ~ogtt ~bevolkingsonderzoek
    ~bevolkingsonderzoeken ~gehooronderzoek ~ogenonderzoek ~oogonderzoek
  `,
  procedure: `
    ~hoortoestel ~hoortoestellen ~hoorapparaat ~hoorapparaten ~gehoorapparaat ~gehoorapparaten kuurtje
    ~oefenen ~oefen ~oefent ~oefende ~oefenden ~oefening ~oefeningen ~poetst ~poetsen ~napoetsen ~gepoetst
    ~douchestoel ~douchekruk ~rolstoel ~rollator ~tillift ~traplift ~postoel ~po-stoel ~toiletverhoger verdikkingsmiddel sondevoeding
    excisie excideren geexcideerd aangestipt aanstippen
    operatie geopereerd ~ingreep artroscopie prothese thp tkp heupprothese knieprothese implantaat implantaatbehandeling
    wortelkanaalbehandeling ~extractie chemotherapie chemo bestraling radiotherapie dialyse transplantatie ~opname
    ~opgenomen ontslagbrief verwijzing verwijsbrief verwezen doorverwijzing doorverwezen ~behandelplan
    ~behandeling revalidatie revalideert revalideren revalideerde gerevalideerd ~therapie cgt gedragstherapie !emdr !exposure exposuretherapie injectie ~hechting
    ?verband ?verbandje zwachtel zwachtels zwachtelen gezwachteld ?uitfrezen ?uitgefreesd ?gefreesd
    wortelkanaal zenuwbehandeling nagelreconstructie ~kompres ?pleister ?pleisters katheterzakje katheterzakjes stomazakje stomazakjes
    postoperatief postoperatieve ~reconstructie
    mitella ~gaasje ~gaasjes ~plakstrips ~hechtstrips ~steristrips ~steri-strips hechtingen stitches gehecht meniscushechting stent stents pacemaker katheter wondverzorging wondzorg compressietherapie
    sedatie narcose anesthesie bevalling keizersnede !ivf !icsi !inseminatie !embryotransfer !punctie besnijdenis
    amputatie spoeling ~kroon vulling tandsteen fysiotherapiebehandeling oefentherapie ~sessie ~sessies
    signaleringsplan crisisplan ~intake diagnostiek ~anamnese ~medebeoordeling ~consultvraag ~ontslag ~medisch
    ~medische ~huisbezoek ~visite ziekenhuisopname ~beloop ~eindverslag ~overdracht ~zorgplan
    ~surgery ~operation operated referral referred physiotherapy ~treatment ~therapy ~exercises ~appointment
    ~examination chemotherapy radiotherapy transplant ~admission discharged
    lidcombe ~logopedie ~logopedische ~podotherapie ~ergotherapie ~dieetadvies ~voedingsadvies ~voedingsplan steunzolen
    ~zolen ~orthese nagelbeugel ?verband verbandwissel verbanden stoma stomazakje stomaverpleegkundige
    katheteriseren blaaskatheter ~wondverband ~steunkousen sondevoeding neusmaagsonde ~gebitsreiniging wortelbehandeling
    ~eetdagboek ~eetdagboekje ~voedingsdagboek ~poetsinstructie !gezinsbehandeling !gezinstherapie !speltherapie !traumabehandeling kraamzorg ~kraamweek
    ~partus bevallen ~bevalplan ~cva-revalidatie neurorevalidatie
  `,
  provider: `
    huisarts huisartsen huisartsenpraktijk huisartsenpost dokter arts artsen specialist cardioloog cardiologie internist
    internist-nefroloog neuroloog neurologie dermatoloog dermatologie orthopeed orthopedie kaakchirurg kaakchirurgie
    chirurg chirurgie longarts mdl-arts gynaecoloog gynaecologie uroloog urologie kno-arts oogarts geriater geriatrie
    geheugenpoli polikliniek poli ziekenhuis !psycholoog !gz-psycholoog !psychologen !psychologenpraktijk !psychiater
    !psychiatrie !psychotherapeut !ggz !poh-ggz poh praktijkondersteuner praktijkverpleegkundige wijkverpleging
    wijkverpleegkundige wijkverpleegkundigen verpleeghuis fysiotherapeut fysiotherapie fysiotherapeuten diëtist dietist
    podotherapeut verloskundige verloskundigen kraamzorg tandarts tandartsen mondhygienist apotheek apotheker
    doktersassistente doktersassistent apothekersassistente !verslavingszorg !jeugdzorg !jeugdhulp !soa-poli !soa-polikliniek
    !fertiliteit !fertiliteitscentrum !fertiliteitskliniek !abortuskliniek casemanager specialistische echocentrum
    ouderengeneeskunde specialist-ouderengeneeskunde !genderpoli !ggd-soa mondhygienisten tandartsassistente
    logopedist logopedisten podotherapeuten ergotherapeut ergotherapeuten dietisten revalidatiearts revalidatiecentrum
    jeugdverpleegkundige jeugdverpleegkundigen jeugdarts jeugdartsen consultatiebureau jgz
    thuiszorg !jeugd-ggz !jeugdpsycholoog !kinderpsycholoog kraamverzorgende kinderarts stomaverpleegkundige
    ~fysio kinderfysio bekkenfysio
    nurse gp physiotherapist psychiatrist !psychologist pharmacy pharmacist hospital clinic
  `,
  vaccine: `
    dtp bmr dktp mmr menacwy dktp-hib-hepb griepprik griepvaccinatie griepvaccin griepvaccins vaccin vaccins vaccinaties influenzavaccin pneumokokkenvaccin
    pneumokokkenvaccinatie coronaprik coronavaccinatie inenting inentingen prik ~doses hpv-vaccinatie
    hpv-vaccin vaccinatiecampagne vaccinatieprogramma rijksvaccinatieprogramma vaccine vaccines flu
  `,
};

/**
 * Multi-word expressions (folded, single spaces). Matched as phrases; their kind and weight follow the
 * same markers.
 */
export const PHRASES_SOURCE: Record<MedicalKind, string[]> = {
  condition: [
    // low mood and the wish to die in everyday words ("zit helemaal in de put", "dat het niet meer hoeft")
    "!in de put",
    "!niet meer hoeft",
    "droge ogen",
    "allergische reactie",
    "kilo eraf",
    "kilo afgevallen",
    "kilo aangekomen",
    "iron deficiency",
    "iron tablets",
    "blood test",
    "eet slecht",
    // a dietitian's everyday words for eating habits ("frituur max 1x", "jouw snaaimoment")
    "~frituur",
    "~snaaimoment",
    "~snaaien",
    "~snoepmoment",
    "~rauwkost",
    // an occupational therapist's aids in English ("put on her support stockings herself")
    "~support stockings",
    "~compression stockings",
    // sleep and school refusal in everyday words ("Hij slaapt slecht en durft niet naar school")
    "slaapt slecht",
    // tiredness in everyday words ("'s Middags is hij te moe")
    "~te moe",
    "~snel moe",
    "~erg moe",
    // work restrictions as an occupational physician writes them ("alleen dagdiensten, geen werk op hoogte")
    "~alleen dagdiensten",
    "~geen nachtdiensten",
    "~geen werk op hoogte",
    "~niet zwaar tillen",
    // a speech sound in a speech therapist's words ("zegt de r nu goed aan het begin van een woord")
    "~zegt de r",
    "~zegt de s",
    "~zegt de k",
    "~zegt de g",
    "~zegt de l",
    "~aan het begin van een woord",
    "~in het midden van een woord",
    "~aan het eind van een woord",
    // hearing in everyday words ("dat u de dominee slecht verstaat")
    "~slecht verstaat",
    "~slecht verstaan",
    "~slecht hoort",
    "sliep slecht",
    // falling asleep and sleeping through in everyday words ("dat Lotte veel sneller in slaap valt")
    "~in slaap valt",
    "~in slaap vallen",
    "~slaapt door",
    "~doorslaapt",
    "~sleeping through",
    // taking part again, or not yet, at school, sport or work ("Vanaf maandag mag hij weer gewoon meedoen")
    "~mag weer meedoen",
    "~weer meedoen",
    "~mag weer gewoon meedoen",
    "~mag gewoon meedoen",
    "~weer gewoon meedoen",
    "~weer alles meedoen",
    "~mag weer alles meedoen",
    "~nog niet meedoen",
    "~niet meedoen met gym",
    // a hard time in everyday words ("Ze zit op dit moment in een zware periode")
    "~zware periode",
    "~moeilijke periode",
    "~rough time",
    "~hard time",
    "~te veel voor hem",
    "~te veel voor haar",
    // a diet for one child ("Mila mag nog steeds niks met koemelk")
    "~koemelkvrij",
    "~niks met koemelk",
    "~geen koemelk",
    // getting about at home ("komt niet meer zelf uit bad", "komt slecht overeind")
    "niet meer zelf uit bad",
    "~slecht overeind",
    "slaapt nauwelijks",
    "slaapt heel slecht",
    "durft niet naar school",
    "niet naar school durft",
    "halve dagen naar school",
    "raakt de weg kwijt",
    // fever and fitness for work in everyday words
    "wat verhoging",
    "beetje verhoging",
    "lichte verhoging",
    "geen zware dingen tillen",
    "niet boven schouderhoogte",
    "aangepast werk",
    "halve dagen werken",
    "open been",
    "blauwe plek",
    "brandend maagzuur",
    "cold sore",
    // falling and self-care in everyday words (home care, Wmo)
    "valt vaak",
    "valt regelmatig",
    "niet meer zelf douchen",
    "niet meer zelfstandig douchen",
    "pijn op de borst",
    "hoge bloeddruk",
    "lage bloeddruk",
    "ziekte van alzheimer",
    "ziekte van parkinson",
    "ziekte van crohn",
    "ziekte van lyme",
    "frozen shoulder",
    "kort van adem",
    "prikkelbare darm",
    "type 1 diabetes",
    "type 2 diabetes",
    "diabetes type 2",
    "diabetes type 1",
    "hart- en vaatziekten",
    "multiple sclerose",
    "heart failure",
    "underactive thyroid",
    "overactive thyroid",
    "blood pressure",
    "weight gain",
    "weight loss",
    "mental health",
    "shortness of breath",
    "chest pain",
    "high blood pressure",
    "depressive episode",
    "coeliac disease",
    "type 1 diabetes",
    "kneecap dislocation",
    "medical history",
    "!suicidal thoughts",
    "diabetische voet",
    "hallux valgus",
    "?last van",
    "slecht slikken",
    "~gemalen eten",
    "~gemalen maaltijden",
    "~maaltijden gemalen",
    "~eten gemalen",
    "weken zwanger",
    "fysieke belastbaarheid",
    "niet aangeboren hersenletsel",
  ],
  medication: [
    "2 dd",
    "3 dd",
    "4 dd",
    "1 dd",
    "x daags",
    "x per dag",
    "keer per dag",
    "once a day",
    "twice a day",
    "times a day",
  ],
  lab: [
    // a weigh-in: standing on the scale, not the scale as a product ("de babyweegschaal weegt tot 20 kg")
    "~op de weegschaal",
    "bloed laten prikken",
    "bloed prikken",
    "nuchter bloed",
    "blood sugar",
    "blood sugars",
    "blood pressure",
    "pregnancy test",
    "urine test",
    "hearing test",
    "eye test",
    "test results",
    "blood test",
    "blood tests",
    "free t4",
    "rhesus negatief",
    "lab results",
    "test results",
  ],
  procedure: [
    "medisch dossier",
    "medische gegevens",
    "second opinion",
    "cognitieve gedragstherapie",
    "stoppen met roken",
    "medical records",
    "medical record",
    "progress report",
    "insuline spuiten",
    "insuline prikken",
    // a joint replaced, in everyday words ("heeft een nieuwe heup gekregen")
    "nieuwe heup",
    "nieuwe knie",
    "nieuwe schouder",
    // youth care and social support at home, as invoices and decisions (beschikkingen) name it
    "!ambulante begeleiding",
    "!ambulante jeugdhulp",
  ],
  provider: ["!specialistische ggz", "!poh ggz"],
  vaccine: [],
};

/**
 * Words of a complaints procedure about the practice (Wkkgz): beside them "klacht" is a grievance. Folded
 * (no diacritics), whole words.
 */
export const COMPLAINT_PROCEDURE_WORDS = [
  "klachtenfunctionaris",
  "klachtenregeling",
  "klachtenprocedure",
  "klachtenformulier",
  "geschilleninstantie",
  "geschillencommissie",
  "wkkgz",
  "klacht indienen",
  "klacht in te dienen",
];

/**
 * A pregnancy by its week (notation of `lexicon/terms.ts`; the number is `detect/medical.ts`'s): what
 * follows "20 weken" ("de 20 weken echo", "28 weken zwanger"), who says it of themselves ("ik ben nu 10
 * weken", "ben je dan 28 weken?"), the adverbs between, and the words after that make it a term and not
 * a duration ("ik ben 3 weken met vakantie" is not).
 */
export const PREGNANCY_WEEK_SCAN = ["echo"];
export const PREGNANCY_WEEK_TERM = ["zwanger"];
export const PREGNANCY_SELF = ["ik ben", "ben ik", "je bent", "ben je", "jij bent", "ben jij"];
export const PREGNANCY_SELF_ADVERBS = ["nu|dan|inmiddels|al|bijna|ruim|precies|pas"];
export const PREGNANCY_SELF_AFTER = ["en|zwanger|ver"];

/**
 * Dutch heads that make a compound medical whatever comes before them ("blinde-darm-ontsteking",
 * "knie-operatie", "long-ontsteking"). The prefix must be at least 3 letters.
 */
export const STRONG_HEADS: Record<string, MedicalKind> = {
  ontsteking: "condition",
  ontstekingen: "condition",
  infectie: "condition",
  infecties: "condition",
  operatie: "procedure",
  operaties: "procedure",
  fractuur: "condition",
  kanker: "condition",
  tumor: "condition",
  allergie: "condition",
  stoornis: "condition",
  stoornissen: "condition",
  infarct: "condition",
  bloeding: "condition",
  ziekte: "condition",
  aandoening: "condition",
  hechting: "procedure",
  prothese: "procedure",
  reconstructie: "procedure",
  ruptuur: "condition",
  echo: "lab",
  therapie: "procedure",
  syndroom: "condition",
  insufficientie: "condition",
  letsel: "condition",
  verlamming: "condition",
  zwelling: "condition",
  wond: "condition",
  revalidatie: "procedure",
  letsels: "condition",
  blessure: "condition",
  blessures: "condition",
  // a therapist of any kind ("kinderfysiotherapeut", "oefentherapeut", "speltherapeut")
  therapeut: "provider",
  therapeuten: "provider",
  fysiotherapeut: "provider",
  krampen: "condition",
  krampjes: "condition",
};

/** Heads that are medical only after a medical modifier ("bloeddruk-meting", "bloed-onderzoek"; not "vacuüm-test"). */
export const WEAK_HEADS: Record<string, MedicalKind> = {
  meting: "lab",
  metingen: "lab",
  onderzoek: "lab",
  uitslag: "lab",
  uitslagen: "lab",
  controle: "lab",
  controles: "lab",
  test: "lab",
  foto: "lab",
  fotos: "lab",
  waarden: "lab",
  functie: "lab",
  breuk: "condition",
  pillen: "medication",
  pil: "medication",
  tabletten: "medication",
  tablet: "medication",
  druppels: "medication",
  behandeling: "procedure",
  spreekuur: "procedure",
  reconstructie: "procedure",
  patient: "condition",
  patienten: "condition",
  verpleegkundige: "provider",
  pennen: "medication",
  pen: "medication",
  kuur: "medication",
  zalf: "medication",
  klachten: "condition",
  pijn: "condition",
  aanval: "condition",
  aanvallen: "condition",
  hoest: "condition",
  groep: "procedure",
  poli: "provider",
  arts: "provider",
  consult: "procedure",
  klacht: "condition",
  verband: "procedure",
  oefeningen: "procedure",
  problemen: "condition",
  problematiek: "condition",
  zolen: "procedure",
  band: "condition",
  banden: "condition",
};

/** Body parts and organs: modifiers that turn a weak head into a medical word ("knie-klachten"). */
export const ANATOMY = new Set(
  `knie knieen rug long longen hart nier nieren lever bloed bloeddruk suiker maag darm darmen huid oog ogen oor oren
   hoofd buik borst heup heupen schouder schouders enkel pols nek keel blaas prostaat baarmoeder eierstok tand tanden
   kies kiezen tandvlees wortelkanaal wortelpunt kaak hersen hersenen spier spieren pees pezen gewricht gewrichten bot
   botten been benen voet voeten vinger vingers teen tenen elleboog schildklier alvleesklier galblaas blindedarm
   amandel amandelen neus bijholte urine urineweg luchtweg luchtwegen borstkas bekken lies liezen meniscus kruisband
   achillespees rugwervel wervel wervelkolom heupgewricht kniegewricht bovenbeen onderbeen rechteronderbeen
   linkeronderbeen rechterknie linkerknie rechterheup linkerheup rechterschouder linkerschouder onderrug nekwervel
   functie lab rontgen wond slaap hiel hielen tong lip lippen stem stembanden mond gebit nagel nagels teennagel
   voetzool slik spraak taal wervels hersen hamstring hamstrings quadriceps kuitspier liesspier bovenbeenspier
   schouderblad sleutelbeen kuit`.split(/\s+/)
);
