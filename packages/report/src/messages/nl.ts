import type { ReportMessageCode } from "./fr.ts";

/** Messages of the report package and the `monitoring` command, in Dutch. */
export const nl: Readonly<Record<ReportMessageCode, string>> = {
  usage: `monitoring — sociale monitoring van digitale uitsluiting

Gebruik: pnpm monitoring <opdracht> [opties]

Opdrachten:
  init       maakt de enquêtemap van een gemeente: papieren vragenlijst (PDF) en KoboToolbox/ODK, invoerbestand, rapportdefinitie, handleiding
  codebook   toont het codeboek van een vragenlijst (Markdown)
  simulate   maakt een set fictieve antwoorden (CSV) om de keten uit te proberen
  validate   controleert een survey-export (CSV, XLSX) en toont het validatierapport
  report     maakt het rapport van een gemeente (HTML FR en NL, figuren, tabellen) op basis van een definitie
  help       toont deze hulp

Algemene opties:
  --lang fr|nl          taal van de teksten (standaard: fr)
  --instrument <id>     vragenlijst, bijvoorbeeld worker@2021 of worker@2025 (standaard: worker@2025)

Opties van init (pnpm monitoring init <map> --commune 1080):
  --commune <postcode>  gemeente van de enquête (een van de 19 Brusselse gemeenten)
  --year <jaar>         jaar van de golf (standaard: de versie van de vragenlijst)
  --lang fr|nl          taal van het invoerbestand en de handleiding (de papieren vragenlijst bestaat in beide talen)
  Overschrijft geen enkel bestand. De PDF vraagt Chromium; zonder Chromium drukt u de HTML-pagina af vanuit een browser.

Opties van simulate:
  --n <getal>           aantal fictieve respondenten (standaard: 200)
  --seed <getal>        toevalszaad: zelfde zaad, zelfde bestand (standaard: 1)
  --out <bestand>       te schrijven CSV-bestand (standaard: standaarduitvoer)

Opties van validate (pnpm monitoring validate <bestand> --instrument worker@2025):
  --mapping <bestand>   koppeling kolommen → vragen (JSON, zie packages/ingest/README.md)
  --write-mapping <bestand>   schrijft de voorgestelde koppeling (gokken onder ‘$review’) om te controleren
  --format kobo|limesurvey|google-forms|codebook   (standaard: herkend)
  --encoding utf-8|utf-8-bom|windows-1252|utf-16le|utf-16be   (standaard: herkend)
  --delimiter ","|";"|tab   (standaard: herkend, of aangekondigd door een eerste regel ‘sep=;’)
  --sheet <naam>        werkblad van een .xlsx-werkmap (standaard: het eerste zichtbare werkblad)
  --out <map>           schrijft ook het rapport (Markdown, JSON) en de verworpen rijen (CSV)
  --fictional           markeert de gegevens als fictief
  --commune <postcode>, --year <jaar>   gemeente en jaar van de golf (standaard: 1030 en de versie)
  --include-incomplete  houdt onvoltooide antwoorden (LimeSurvey, geen verzenddatum)
  Afsluitcode: 0 geen verworpen rijen, 1 verworpen rijen, 2 onleesbaar bestand of bestand zonder antwoorden.

Opties van report (pnpm monitoring report reports/mijn-gemeente/rapport.json):
  De definitie (JSON) geeft de golven (één of meer: elk met haar gemeente en haar jaar), de
  gemeente, de titel en de bron; het rapport vergelijkt wat de golven toelaten (jaren van een
  gemeente, gemeenten van een jaar). Zonder ‘sections’ gelden de standaardsecties.
  --out <map>           map van het rapport (standaard: die van de definitie)
  --no-raster           maakt geen PNG en PDF van de figuren (sneller)
  --redraw              tekent alle figuren opnieuw (anders alleen de gewijzigde)`,
  missing_file: "Geef het te valideren bestand op: pnpm monitoring validate <bestand> --instrument worker@2025.",
  unreadable_file: "Het bestand ‘{file}’ kan niet geopend worden ({detail}). Controleer het pad.",
  bad_mapping:
    'Het koppelingsbestand ‘{file}’ is onbruikbaar ({detail}). Het moet een JSON-object {"kolom in het bestand": "B1_pct"} bevatten waarvan elke waarde een vraagcode is (B1_pct), een keuze (C1__cpas), een ‘andere’-tekst (A1__autre_texte), id of - (kolom genegeerd); zie packages/ingest/README.md.',
  bad_choice: "Optie --{option}: ‘{value}’ is niet toegelaten. Mogelijke waarden: {allowed}.",
  unknown_command: "Onbekende opdracht ‘{command}’. Typ ‘pnpm monitoring help’ voor de lijst van opdrachten.",
  unknown_instrument: "Onbekende vragenlijst ‘{instrument}’. Beschikbare vragenlijsten: {available}.",
  bad_number: "De optie --{option} verwacht een positief geheel getal, niet ‘{value}’.",
  bad_language: "Onbekende taal ‘{value}’: gebruik fr of nl.",
  simulated: "{n} fictieve respondenten ({instrument}, zaad {seed}) geschreven naar {file}.",
  fictional_notice: "Opgelet: fictieve gegevens, gemaakt door simulatie. Stel ze nooit voor als resultaten.",
  missing_definition:
    "Geef de rapportdefinitie op: pnpm monitoring report reports/mijn-gemeente/rapport.json (zie reports/modele-commune/rapport.json).",
  definition_no_default: "Het bestand ‘{file}’ exporteert geen definitie (export default defineReport({…})).",
  definition_extension: "De definitie ‘{file}’ moet een .json-bestand (of een .ts-module) zijn.",
  report_written: "Rapport geschreven: {n} bestanden in {dir} (open index.html, of index.nl.html in het Nederlands).",
  // ---- monitoring init: the field kit of a commune ----
  init_missing_folder:
    "Geef de aan te maken map en de gemeente op: pnpm monitoring init <map> --commune <postcode>, bijvoorbeeld pnpm monitoring init molenbeek --commune 1080.",
  init_missing_commune:
    "Geef de gemeente van de enquête op met haar postcode: bijvoorbeeld --commune 1080. Mogelijke gemeenten: {communes}.",
  init_unknown_commune: "‘{value}’ is niet de postcode van een Brusselse gemeente. Mogelijke gemeenten: {communes}.",
  init_bad_year: "De optie --year verwacht een jaartal van vier cijfers, niet ‘{value}’.",
  init_exists:
    "De map ‘{folder}’ bevat al {files}. init overschrijft geen enkel bestand (er kunnen antwoorden in staan): kies een andere map of verplaats deze bestanden.",
  init_written: "Enquêtemap van {commune} ({postcode}) geschreven in {folder}: {n} bestanden.",
  init_next: "Verder: lees {readme} (drie stappen: afdrukken of online zetten, invoeren, het rapport maken).",
  init_no_chromium:
    "Chromium niet gevonden: de papieren vragenlijst werd niet naar PDF omgezet. Installeer Chromium (Debian, Ubuntu: sudo apt-get install chromium; elders: Google Chrome) of geef het pad op in de variabele MONITORING_CHROMIUM, en start init opnieuw in een nieuwe map. Open intussen {html} in eender welke browser en druk het af op A4: het is hetzelfde document.",
  init_pdf_failed:
    "Chromium kon de PDF van de papieren vragenlijst niet maken ({detail}). Open {html} in een browser en druk het af op A4: het is hetzelfde document.",
  init_title: "Digitalisering van diensten en sociaal werk in {commune} ({year})",
  init_source: "Bevraging van sociaal werkers in {commune}, {year}",
  init_readme_file: "LEESMIJ.md",
  init_entry_file: "invoer-{postcode}-{year}.xlsx",
  init_folder_questionnaire: "vragenlijst",
  init_paper_file: "papieren-vragenlijst",
  init_readme: `# Bevraging van sociaal werkers — {commune} ({postcode}), {year}

Deze map bevat alles om de enquête ‘digitalisering en toegang tot rechten’ in {commune} te voeren
en er een rapport van te maken, zonder code te schrijven. Ze werd gemaakt met
\`npx --yes pnpm@10 monitoring init {folder} --commune {postcode} --lang nl\` (uit te voeren in de
hoofdmap van de repository monitoring-social, zoals de opdrachten hieronder).

| bestand | waarvoor het dient |
| --- | --- |
| \`{paper_nl_pdf}\`, \`{paper_fr_pdf}\` | de papieren vragenlijst, in het Nederlands en het Frans, om af te drukken op A4 (recto verso kan) |
| \`{paper_nl_html}\`, \`{paper_fr_html}\` | hetzelfde als webpagina: te openen en af te drukken vanuit eender welke browser als de PDF ontbreekt |
| \`{xlsform}\` | de vragenlijst voor KoboToolbox of ODK (Nederlands en Frans), om online te antwoorden |
| \`{entry}\` | het invoerbestand: één rij per papieren vragenlijst |
| \`rapport.json\` | de definitie van het rapport van {commune} (titel, bron, golf) |

## 1. De vragenlijst uitdelen

Druk de papieren vragenlijst af. Schrijf vóór het uitdelen een respondentnummer (1, 2, 3…)
bovenaan elke pagina: hetzelfde op alle pagina's van één vragenlijst. De vragenlijst kan alleen
ingevuld worden of tijdens een gesprek. Voor een online enquête importeert u \`{xlsform}\` in
KoboToolbox (‘Nieuw project › XLSForm importeren’) of ODK.

## 2. De antwoorden invoeren

Open \`{entry}\` in Excel of LibreOffice. Lees het blad ‘Instructies’. Typ één rij per papieren
vragenlijst in het blad ‘Invoer’ (dat moet het eerste blad blijven). Controleer daarna het bestand:

\`\`\`sh
npx --yes pnpm@10 monitoring validate {folder}/{entry} --instrument {instrument} --commune {postcode} --year {year} --lang nl
\`\`\`

Het controlerapport geeft voor elk probleem de rij, de kolom, de waarde en wat te doen. Verbeter
in het invoerbestand en start opnieuw. Antwoorden van een online enquête (export van KoboToolbox
in XLSX of CSV) controleert u op dezelfde manier.

## 3. Het rapport maken

\`\`\`sh
npx --yes pnpm@10 monitoring report {folder}/rapport.json --lang nl
\`\`\`

Het rapport (Nederlands en Frans), de figuren en de tabellen komen in deze map. Lees
\`rapport.json\` eerst na: titel, bron (wie de enquête voerde) en, als u online antwoordde, het
bestand van de golf (\`"file"\`).

Met één golf geeft het rapport elk cijfer met zijn betrouwbaarheidsinterval, zonder vergelijking.
Om te vergelijken, voegt u andere golven toe in \`"waves"\` van \`rapport.json\`:

- **een ander jaar van {commune}** (een vorige of volgende enquête):
  \`{ "file": "invoer-{postcode}-2027.xlsx", "instrument": "{instrument}", "fictional": false, "commune": "{postcode}", "year": "2027" }\` —
  het rapport vergelijkt elke golf met de volgende, en de eerste met de laatste;
- **een andere gemeente** van hetzelfde jaar (haar invoerbestand of export):
  \`{ "file": "…", "instrument": "{instrument}", "fictional": false, "commune": "1060", "year": "{year}" }\` —
  het rapport toont de gemeenten naast elkaar, samen, en elke gemeente met de andere;
- **de referentie van Schaarbeek** (fictieve gegevens, om uit te proberen): voeg
  \`"reference": "schaerbeek"\` toe naast \`"commune"\`.

Een golf met minder dan 30 respondenten wordt getoond maar met geen enkele andere vergeleken: het
rapport zegt het. Het volledige formaat staat in \`packages/report/README.md\`.
`,
  // ---- Command line: files, options and unexpected errors (issue 11) ----
  fs_not_found: "bestand niet gevonden",
  fs_is_directory: "het is een map, geen bestand",
  fs_not_directory: "een deel van het pad is een bestand, geen map",
  fs_denied: "toegang geweigerd",
  fs_exists: "er bestaat al een bestand met die naam",
  fs_no_space: "schijf vol",
  fs_read_only: "alleen-lezen schijf",
  fs_busy: "te veel open bestanden",
  fs_other: "fout van het bestandssysteem",
  out_is_file:
    "--out ‘{dir}’ is een bestaand bestand: geef een map op (die wordt aangemaakt als ze niet bestaat). Er werd niets geschreven.",
  unwritable_file: "Kan ‘{file}’ niet schrijven ({detail}). Controleer de uitvoermap (--out).",
  unexpected_error:
    "Onverwachte fout tijdens ‘monitoring {command}’: de bewerking werd gestopt. Meld ze met de gebruikte opdracht (en, indien mogelijk, het bestand); start opnieuw met MONITORING_DEBUG=1 om de technische details te zien.",
  option_unknown: "Onbekende optie ‘{option}’. Typ ‘pnpm monitoring help’ voor de lijst van opties.",
  option_missing_value: "De optie {option} verwacht een waarde, bijvoorbeeld {option} rapport/.",
  option_no_value: "De optie {option} neemt geen waarde.",
  bad_command_line: "Ongeldige opdrachtregel. Typ ‘pnpm monitoring help’.",
  json_invalid_at: "ongeldige JSON op regel {line}, kolom {column}",
  json_invalid: "ongeldige JSON",
  mapping_not_object: "elke waarde moet een vraagcode tussen aanhalingstekens zijn",
  // ---- HTML page ----
  html_other_language: "Version française",
  html_contents: "Inhoud",
  html_fictional_short: "Fictieve gegevens",
  html_fictional_banner:
    "Dit rapport is gemaakt met gesimuleerde gegevens: het toont de methode en de voorstelling, de cijfers zijn geen resultaten van de enquête.",
  html_download_figure: "Figuur downloaden:",
  html_download_csv: "Tabel downloaden (CSV voor Excel)",
  html_figure_table: "De cijfers van deze grafiek",
  html_quote_wave: "Sociaal werker, enquête {year}",
  html_footer:
    "Gemaakt met monitoring-social op basis van een rapportdefinitie: dezelfde gegevens, hetzelfde rapport. De CSV-tabellen openen in Excel (puntkomma, decimale komma, UTF-8).",
  // ---- Report definitions and studies ----
  unknown_harmonisation: "Geen harmonisatie voor de vragenlijsten ‘{family}’. Beschikbare harmonisaties: {available}.",
  wrong_family:
    "De vragenlijst {instrument} hoort niet bij de familie ‘{family}’ die dit rapport vergelijkt. Controleer het veld ‘instrument’ van de golven.",
  wave_unreadable: "Een golf kan niet worden gelezen: {detail}",
  same_year:
    "Twee golven van {commune} hebben hetzelfde jaar ({year}). Geef het jaar van elke golf op (veld ‘year’) om ze te kunnen vergelijken, of haar gemeente (veld ‘commune’).",
  def_not_json: "De rapportdefinitie ‘{file}’ is geen geldige JSON ({detail}).",
  def_invalid: "De rapportdefinitie ‘{file}’ moet worden verbeterd:{problems}",
  def_bad_id:
    "Ongeldige identificatie ‘{value}’: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld ‘schaerbeek-2021-2025’).",
  def_missing_text: 'Het veld ‘{field}’ moet een tekst in het Frans en het Nederlands geven ({ "fr": …, "nl": … }).',
  def_missing_commune: "Geef de gemeente van de enquête op (veld ‘commune’, bijvoorbeeld ‘1030’).",
  def_unknown_commune:
    "{where}‘{value}’ is niet de postcode van een gemeente van het Brussels Hoofdstedelijk Gewest (veld ‘commune’). Mogelijke gemeenten: {communes}.",
  wave_no_respondent:
    "Golf {wave} (‘{file}’) heeft geen enkel aanvaard antwoord: al haar {rejected} rij(en) werden afgewezen. Voer ‘monitoring validate {file} --instrument {instrument}’ uit om elke afgewezen rij en de reden te zien, verbeter de invoer en maak het rapport opnieuw.",
  def_waves:
    'Het veld ‘waves’ moet minstens één golf bevatten: [{ "file": …, "instrument": …, "fictional": false, "commune": "1190", "year": "2025" }].',
  def_wave_field: "Golf {wave}: het veld ‘{field}’ ontbreekt of heeft niet het juiste type.",
  def_no_sections: "Het rapport heeft geen enkele sectie (veld ‘sections’).",
  def_section_kind:
    "Sectie ‘{section}’: onbekend type ‘{kind}’. Mogelijke types: text, keyFindings, sample, timeShare, compare, likert, testimonies, methodology.",
  def_duplicate_section: "Twee secties hebben de identificatie ‘{section}’: elke sectie moet een eigen hebben.",
  def_unknown_question: "Sectie ‘{section}’: de vraag ‘{question}’ bestaat niet in de vergeleken vragenlijst.",
  def_question_kind: "Sectie ‘{section}’: de vraag ‘{question}’ (type {kind}) past niet bij dit type sectie.",
  // ---- Wording of findings ----
  finding_rise:
    "{label}: {value_a} {in_a}, {value_b} {in_b} — een stijging met {magnitude} (95%-BI van het verschil: {low} tot {high}; {test}, {p}).",
  finding_fall:
    "{label}: {value_a} {in_a}, {value_b} {in_b} — een daling met {magnitude} (95%-BI van het verschil: {low} tot {high}; {test}, {p}).",
  finding_no_difference:
    "{label}: {value_a} {in_a}, {value_b} {in_b} — geen aangetoond verschil ({difference}, 95%-BI: {low} tot {high}; {test}, {p}): het verschil kan aan het toeval van de steekproef liggen.",
  finding_suppressed: "{label}: cijfer niet getoond (statistisch geheim).",
  test_chi_square: "chi²-toets",
  test_fisher: "exacte toets van Fisher",
  test_fisher_monte_carlo: "exacte toets van Fisher (door simulatie)",
  test_wilcoxon: "Wilcoxon-Mann-Whitneytoets",
  test_welch: "t-toets van Welch",
  test_rao_scott: "Rao-Scott-gecorrigeerde chi²-toets",
  and: " en ",
  or: " of ",
  mean_of: "Gemiddelde — {question}",
  top_share: "{question}: {answers}",
  in_year: "In {year}",
  at_composition: "bij de samenstelling van {year}",
  // ---- Section texts ----
  sample_sizes:
    "Weerhouden respondenten: {n_a} {in_a} (van {read_a} gelezen rijen) en {n_b} {in_b} (van {read_b} gelezen rijen). De afgewezen rijen en hun redenen staan in de methodologie.",
  composition_test: "Verdeling naar {question}, {a} tegenover {b}: {test}, {p}.",
  distribution_test: "{question} — volledige verdeling, van de ene golf naar de andere: {test}, {p}.",
  ordinal_test:
    "Over de hele schaal ({question}): gemiddelde rang {mean_a} {in_a} en {mean_b} {in_b}; Wilcoxon-Mann-Whitneytoets, {p}.",
  multiple_none:
    "{question}: geen van de {n} keuzes verandert aantoonbaar tussen de twee golven (toetsen aangepast volgens Holm).",
  multiple_some:
    "{question}: keuzes waarvan het aandeel aantoonbaar verandert tussen de twee golven: {k} van de {n} (toetsen aangepast volgens Holm); voor de andere kan het verschil aan het toeval liggen.",
  one_wave_mean: "{question} ({year}, n = {n}): gemiddelde {mean} (95%-BI: {low} tot {high}).",
  time_above: "Meer dan een kwart van de werktijd besteed aan procedures",
  time_key_sentence: "van de sociaal werkers besteden meer dan een kwart van hun werktijd aan hulp bij procedures",
  composition_method:
    "Bij gelijke samenstelling: de respondenten van {b} werden gewogen (kalibratie, zoals R survey::rake) om de verdeling van {a} naar {profile} terug te vinden; de vergelijking gebruikt dan de Rao-Scott-gecorrigeerde chi²-toets. Kish-designeffect {deff}, effectieve grootte {ess} (van {n}).",
  burden_method:
    "Uren per week = deel van de tijd × arbeidstijd (VTE) × 38 u. In {a} is het deel enkel per klasse gekend: het midden van elke klasse wordt gebruikt (5, 18, 38, 63, 88%). Om met dezelfde methode te vergelijken, wordt {b} ook op basis van de klassen berekend; de rij ‘exact percentage’ gebruikt het antwoord in procent van {b}.",
  burden_caption: "Tijd besteed aan procedures: uren per week per respondent en totaal in voltijdse equivalenten",
  burden_midpoints: "{year}, klassenmidden",
  burden_exact: "{year}, exact percentage",
  burden_adjusted: "{year}, klassenmidden, bij de samenstelling van {base}",
  burden_note:
    "Totaal VTE: som over de respondenten van het deel van de tijd × hun VTE; dit is geen schatting voor de hele sector. 95%-BI (t-verdeling).",
  likert_title: "{title} — {year}",
  likert_agree_title: "Aandeel werkers dat akkoord gaat, per stelling",
  likert_agree_subtitle: "% antwoorden {agree}, {a} → {b}",
  likert_summary:
    "Stellingen waarvan het aandeel akkoord ({agree}) aantoonbaar verandert tussen {a} en {b}: {k} van de {n} (toetsen aangepast volgens Holm).",
  likert_scale_test:
    "Over de hele akkoordschaal (Wilcoxon-Mann-Whitneytoets, aangepast volgens Holm), stellingen waarvan de antwoorden verschuiven: {k} van de {n} — {items}.",
  likert_one_wave: "Slechts in één golf gesteld, dus niet vergeleken: {items}.",
  testimonies_counts:
    "‘{wording}’ — {n_a} antwoorden {in_a}, {n_b} {in_b}. Hoogstens {k} per golf worden getoond, in een vaste volgorde gekozen (telkens dezelfde) en gepseudonimiseerd.",
  testimonies_privacy:
    "De getuigenissen zijn gepseudonimiseerd: e-mailadressen, telefoonnummers, rijksregisternummers en IBAN's worden vervangen, en woorden die op persoonsnamen lijken worden verborgen ({n} vervanging(en) hier). Zeldzame namen en identificerende details worden niet allemaal gevonden: lees elke getuigenis na vóór publicatie.",
  key_findings_fictional:
    "Deze vaststellingen zijn berekend op fictieve gegevens: ze tonen wat het rapport zal zeggen, het zijn geen resultaten.",
  key_findings_fictional_reference:
    "Fictieve gegevens: de vaststellingen die vergelijken met de referentie {reference} steunen op fictieve gegevens; het zijn geen resultaten. De andere vaststellingen gaan over de gegevens van de enquête.",
  key_findings_reading:
    "Leeswijzer: een ‘stijging’ of ‘daling’ wordt enkel geschreven als het verschil significant is op het niveau {alpha} na aanpassing voor meervoudig toetsen en als het betrouwbaarheidsinterval 0 uitsluit; anders zegt het rapport dat geen verschil is aangetoond.",
  key_findings_reading_gap:
    "Leeswijzer: een verschil tussen gemeenten heet enkel ‘aangetoond’ als het significant is op het niveau {alpha} na aanpassing voor meervoudig toetsen en als het betrouwbaarheidsinterval 0 uitsluit; anders zegt het rapport dat geen verschil is aangetoond.",
  key_findings_reading_both:
    "Leeswijzer: een ‘stijging’, een ‘daling’ of een verschil tussen gemeenten wordt enkel geschreven als het verschil significant is op het niveau {alpha} na aanpassing voor meervoudig toetsen en als het betrouwbaarheidsinterval 0 uitsluit; anders zegt het rapport dat geen verschil is aangetoond.",
  key_findings_reading_none:
    "Leeswijzer: elk aandeel wordt gegeven met zijn 95%-betrouwbaarheidsinterval; één golf laat geen vergelijking toe.",
  subtitle_multiple: "% van de respondenten die elke keuze noemen, {a} → {b}; meerdere antwoorden mogelijk",
  subtitle_distribution: "Verdeling van de antwoorden, per golf (%)",
  subtitle_share_by_wave: "% van de respondenten, per golf",
  subtitle_likert: "Verdeling van de antwoorden (%), van oneens (links) tot eens (rechts)",
  note_multiple: "meerdere antwoorden mogelijk: de aandelen tellen niet op tot 100%",
  note_holm:
    "Verschil: 95%-BI van Newcombe; chi²-toets of exacte toets van Fisher volgens de verwachte aantallen; p aangepast volgens Holm over de {m} toetsen van het rapport.",
  note_missing_excluded: "antwoorden {answers} niet in de percentages",
  note_newcombe: "95%-BI van Newcombe voor elk verschil (zie de tabel)",
  suppressed_cell: "geheim",
  no_problem: "geen",
  // ---- Table headings ----
  col_answer: "Antwoord",
  col_ci: "95%-BI",
  col_difference: "Verschil",
  col_ci_difference: "95%-BI van het verschil",
  col_test: "Toets",
  col_question: "Vraag",
  col_method: "Berekening",
  col_hours: "Uren / week",
  col_fte_total: "Totaal VTE",
  col_wave: "Golf",
  col_file: "Bestand",
  col_format: "Formaat",
  col_encoding: "Codering",
  col_read: "Gelezen rijen",
  col_accepted: "Weerhouden",
  col_rejected: "Afgewezen",
  col_problems: "Vastgestelde problemen",
  col_status: "Vergelijkbaarheid",
  col_note: "Opmerking",
  csv_question: "vraag",
  csv_code: "code",
  csv_label: "label",
  csv_group: "golf",
  csv_base: "basis",
  csv_ci_low: "bi_onder",
  csv_ci_high: "bi_boven",
  csv_difference_points: "verschil_procentpunt",
  csv_difference: "verschil",
  csv_diff_ci_low: "verschil_bi_onder",
  csv_diff_ci_high: "verschil_bi_boven",
  csv_test: "toets",
  csv_p_holm: "p_aangepast_holm",
  csv_suppressed: "verborgen_n_minder_dan_5",
  csv_source: "bron",
  csv_mean: "gemiddelde",
  csv_hours: "uren_week",
  csv_fte_total: "vte_totaal",
  col_item: "Stelling",
  col_agree: "Akkoord",
  col_mean_rank: "Gemiddelde rang (1–5)",
  csv_agree_pct: "pct_akkoord",
  csv_mean_rank: "gemiddelde_rang",
  note_likert_table:
    "Akkoord: ‘eerder’ of ‘helemaal’ akkoord, 95%-BI van Wilson; gemiddelde rang van 1 (helemaal niet akkoord) tot 5 (helemaal akkoord), 95%-BI volgens Student.",
  note_likert_chart: "aandeel akkoord en gemiddelde rang met hun 95%-BI (Wilson, Student) in de tabel",
  // ---- Methodology ----
  method_fictional:
    "Fictieve gegevens. De bestanden die hier gebruikt worden, zijn door simulatie gemaakt: ze dienen om de methode en het rapport te tonen. Geen enkel cijfer in dit rapport is een resultaat van de enquête.",
  method_samples: "Steekproeven en validatie",
  method_samples_caption: "Gelezen bestanden, weerhouden en afgewezen rijen, vastgestelde problemen",
  method_samples_note:
    "Elke gelezen rij wordt weerhouden of afgewezen met haar reden (validatierapport in de map validation/). De ruwe bestanden worden nooit gewijzigd; hun SHA-256-vingerafdruk laat toe dat na te gaan.",
  method_statistics: "Statistische methoden",
  method_intervals:
    "95%-betrouwbaarheidsintervallen: Wilson voor een aandeel (R prop.test), Newcombe (hybride scoremethode) voor het verschil van twee aandelen, t-verdeling voor een gemiddelde; Korn-Graubard voor een gewogen aandeel (R survey::svyciprop).",
  method_tests:
    "Toetsen: chi² als alle verwachte aantallen minstens 5 zijn, anders de exacte toets van Fisher; Wilcoxon-Mann-Whitney voor een geordende schaal; t van Welch voor een getal; Rao-Scott-gecorrigeerde chi² voor gewogen gegevens. Elke waarde is gecontroleerd tegen R (stats, survey).",
  method_design:
    "Steekproefontwerp: elke golf is een stratum (R: svydesign(ids = ~1, strata = ~vague)), zonder weging; beide golven zijn twee onafhankelijke steekproeven van vaste omvang, vergeleken met de chi²-toets, de exacte toets van Fisher (exact berekend) en het interval van Newcombe. Bij gelijke samenstelling wordt de tweede golf gekalibreerd op de samenstelling van de eerste (R: rake) en houdt de vergelijking rekening met de kalibratie: variantie via de residuen van de kalibratie (zoals R survey), Rao-Scott-gecorrigeerde chi²-toets, interval van het verschil volgens de t-verdeling op de vrijheidsgraden van het ontwerp.",
  method_adjustment:
    "Meervoudig toetsen: alle p-waarden die dit rapport publiceert ({m} toetsen: elk antwoord, elke keuze, elke stelling, elke verdeling, elke schaal en elk gemiddelde, voor elke vergelijking) vormen één familie, aangepast volgens Holm; een verschil heet significant als de aangepaste p kleiner is dan {alpha} en het interval 0 uitsluit. Een sectie of golf toevoegen voegt toetsen toe en maakt dus elke toets iets strenger.",
  method_wording:
    "Formulering: een niet-significant verschil wordt nooit een stijging of daling genoemd; het rapport schrijft dat geen verschil is aangetoond.",
  method_composition:
    "Samenstelling: de respondenten van beide golven komen niet noodzakelijk uit dezelfde diensten of functies; de tijdcijfers worden ook bij gelijke samenstelling gegeven (kalibratie van de tweede golf op de eerste).",
  method_suppression:
    "Statistisch geheim: geen enkel gepubliceerd getal (cel, totaal, samengenomen aandeel zoals ‘vaak of heel vaak’, gemiddelde rang, verschil tussen golven, CSV-tabel, alternatieve tekst) laat toe om, rechtstreeks of door aftrekking, een aantal van 1 tot {below} respondenten te kennen. Die cellen worden verborgen, en andere bijkomend wanneer een totaal of een samengenomen aandeel ze zou verraden; ze lezen allemaal ‘geheim’ en worden nooit als nul getekend (hier {primary} getal(len) verborgen omdat ze te klein zijn, {complementary} andere — cellen, samengenomen aandelen of gemiddelde rangen — verborgen om ze te beschermen). Een aantal nul (0 respondenten) wordt gewoon gepubliceerd: het wijst niemand aan. De statistische toetsen (p-waarden) worden gepubliceerd.",
  method_missing:
    "Ontbrekende waarden: een niet-gestelde (spronglogica) of lege vraag telt niet mee in de percentages; ‘weet niet’-antwoorden worden uit de noemers gehaald en vermeld.",
  method_reference:
    "Bronnen: vragenlijst van de werkgroep ‘digitale uitsluiting 1030’ van de CASS (2021), hernomen in 2025; harmonisatie van beide versies hieronder beschreven.",
  method_comparability: "Vergelijkbaarheid van de vragen tussen de golven",
  method_comparability_caption: "Vragen die veranderd zijn tussen de twee versies van de vragenlijst",
  status_identical: "identiek",
  status_reworded: "anders geformuleerd",
  status_recoded: "gehercodeerd",
  status_partial: "gedeeltelijk vergelijkbaar",
  status_binned: "in klassen ingedeeld",
  status_only_one_version: "één golf",
  status_not_comparable: "niet vergelijkbaar",
  problem_unmatched_column: "niet-herkende kolom",
  problem_mojibake: "slecht gedecodeerde tekens",
  problem_ragged_row: "misvormde rij",
  problem_unknown_choice: "onbekend antwoord",
  problem_out_of_range: "getal buiten bereik",
  problem_not_a_number: "onleesbaar getal",
  problem_invalid_date: "ongeldige datum",
  problem_required_missing: "verplicht antwoord ontbreekt",
  problem_not_asked: "antwoord op een niet-gestelde vraag",
  problem_duplicate_id: "dubbele identificatie",
  problem_duplicate_response: "dubbele antwoorden",
  problem_missing_id: "ontbrekende identificatie",
  // ---- Column mappings (issue 12) ----
  mapping_written:
    "Voorgestelde koppeling geschreven in {file} ({review} kolom(men) te controleren, onder ‘$review’). Controleer ze en start opnieuw met --mapping {file}.",
  def_mapping:
    'Golf {wave}: het veld ‘mapping’ moet een object {"kolom": "vraag"} zijn of het pad van een koppelingsbestand (ten opzichte van de definitie).',
  mapping_unusable: "Golf {wave}: het koppelingsbestand ‘{file}’ is onbruikbaar ({detail}).",
  // ---- Privacy, disclosure control and definition checks (issue 11) ----
  def_not_object: 'De definitie moet een JSON-object zijn: { "id": …, "title": …, "waves": [ … ] }.',
  def_wave_not_object: 'Golf {wave}: schrijf een object { "file": …, "instrument": …, "fictional": true of false }.',
  def_section_not_object: 'Sectie {section}: schrijf een object { "kind": …, "id": …, "title": … }.',
  def_where_wave: "Golf {wave}: ",
  def_where_section: "Sectie ‘{section}’: ",
  def_field_missing: "{where}het veld ‘{field}’ ontbreekt: schrijf {expected}.",
  def_field_type: "{where}het veld ‘{field}’ moet {expected} zijn, niet ‘{value}’.",
  def_field_unknown: "{where}het veld ‘{field}’ bestaat niet (tikfout?). Mogelijke velden: {allowed}.",
  def_expect_text: 'een tekst in het Frans en het Nederlands ({ "fr": "…", "nl": "…" })',
  def_expect_string: 'een tekst tussen aanhalingstekens (bijvoorbeeld "B1")',
  def_expect_questions: 'een niet-lege lijst van vraagidentificaties (bijvoorbeeld ["C1", "C2"])',
  def_expect_codes: 'een niet-lege lijst van antwoordcodes (bijvoorbeeld ["souvent", "tres_souvent"])',
  def_expect_words: 'een lijst van woorden (bijvoorbeeld ["Marie", "Lambert"])',
  def_expect_boolean: "true (fictieve gegevens) of false (echte gegevens), zonder aanhalingstekens",
  def_expect_year: 'een jaartal tussen aanhalingstekens (bijvoorbeeld "2025")',
  def_expect_mapping:
    'een object { "kolom van het bestand": "vraagidentificatie" } of het pad van een koppelingsbestand (ten opzichte van de definitie), tussen aanhalingstekens',
  def_expect_postcode: 'een postcode van vier cijfers tussen aanhalingstekens (bijvoorbeeld "1190")',
  def_expect_flag: "true of false, zonder aanhalingstekens",
  def_expect_midpoints: 'een object { "code van de schijf": percentage van 0 tot 100 } (bijvoorbeeld { "b0_10": 5 })',
  def_expect_alpha: "een getal tussen 0 en 1 (bijvoorbeeld 0.05)",
  def_expect_threshold: "een geheel aantal respondenten, minstens 1 (bijvoorbeeld 5), zonder aanhalingstekens",
  def_expect_positive_integer: "een geheel getal, minstens 1 (bijvoorbeeld 4)",
  def_unknown_code:
    "Sectie ‘{section}’: de code ‘{code}’ (veld ‘{field}’) is geen antwoord op de vraag ‘{question}’. Mogelijke codes: {codes}.",
  section_failed: "De sectie ‘{section}’ kon niet worden opgebouwd: {detail}",
  ordinal_test_masked:
    "Over de hele schaal ({question}): Wilcoxon-Mann-Whitneytoets, {p}; de gemiddelde rangen van {a} en {b} worden niet getoond (statistisch geheim).",
  method_threshold_low:
    "Verlaagde drempel: de definitie van dit rapport legt het statistisch geheim op {threshold} respondent(en), onder de gebruikelijke drempel van 5; aantallen van {threshold} tot 4 respondenten worden dus gepubliceerd. Controleer dat niemand herkenbaar is.",
  review_hint: "{initial}… ({n} letters)",
  review_title: "Getuigenissen: woorden na te lezen vóór publicatie",
  review_intro:
    "Deze woorden uit de gepubliceerde getuigenissen lijken op persoonsnamen (na Mevrouw, Meneer, Madame…, of voornamen en familienamen die volgens Statbel vaak voorkomen in België). Ze worden verborgen (‘[naam]’) zolang niemand ze heeft nagelezen. Om een woord ongewijzigd te publiceren (bijvoorbeeld een straatnaam), voeg het toe aan ‘confirmedWords’ in de sectie getuigenissen van de definitie en maak het rapport opnieuw. Het woord zelf staat hier niet: zoek het op in de export, op de rij van de respondent.",
  review_none:
    "Geen enkel woord uit de gepubliceerde getuigenissen lijkt op een persoonsnaam. Lees ze toch na: zeldzame namen worden niet gevonden.",
  review_item:
    "Respondent ‘{respondent}’, {question} ({wave}): woord ‘{hint}’ ({reason}) — {status}. Gepubliceerde tekst: ‘{published}’",
  review_masked: "verborgen",
  review_kept: "ongewijzigd gepubliceerd (bevestigd)",
  reason_title: "na een aanspreektitel",
  reason_firstName: "veelvoorkomende voornaam",
  csv_yes: "ja",
  csv_no: "nee",
  // ---- Story layer (src/story/) ----
  method_limits: "Beperkingen",
  limit_count: "{n} in {year}",
  limit_sampling:
    "Geen toevalssteekproeven: de sociaal werkers kozen zelf om te antwoorden ({counts}); niets garandeert dat ze alle sociaal werkers van de gemeente vertegenwoordigen. De intervallen en toetsen veronderstellen een toevallige trekking: ze meten het toeval van de steekproef, niet de selectievertekening (bijvoorbeeld sociaal werkers die meer met de digitalisering te maken hebben en vaker antwoorden).",
  limit_same_workers:
    "Dezelfde sociaal werkers kunnen aan beide golven hebben deelgenomen, en geen enkele code verbindt hun antwoorden: de toetsen behandelen de golven als onafhankelijke steekproeven. Het is geen opvolging van dezelfde personen.",
  limit_tool_in: "{tool} in {year}",
  limit_tool:
    "Het verzamelinstrument is veranderd: {tools}. Een ander instrument (volgorde en opmaak van de vragen, verplichte antwoorden, verspreiding) kan op zich antwoorden verschuiven.",
  limit_perception_one:
    "{questions} meet een perceptie: wat sociaal werkers bij hun doelgroep zeggen waar te nemen, niet het aantal betrokken personen.",
  limit_perception:
    "{questions} meten een perceptie: wat sociaal werkers bij hun doelgroep zeggen waar te nemen, niet het aantal betrokken personen.",
  limit_fte_totals:
    "De totalen in VTE tellen de respondenten op: {counts}. Een deel van het verschil komt van het aantal respondenten, niet van het werk van elk; vergelijk de golven daarom op de uren per respondent.",
  limit_brackets_against_rise: "de respondenten van {a} bovenaan hun klasse, die van {b} onderaan",
  limit_brackets_against_fall: "de respondenten van {a} onderaan hun klasse, die van {b} bovenaan",
  limit_brackets_holds:
    "In {a} is het deel van de tijd enkel per klasse gekend; het rapport neemt het midden van elke klasse. In het ongunstigste geval ({position}) gaat het verschil in uren per week per respondent van {mid} naar {worst}: de richting van de evolutie hangt niet van deze veronderstelling af.",
  limit_brackets_flips:
    "In {a} is het deel van de tijd enkel per klasse gekend; het rapport neemt het midden van elke klasse. In het ongunstigste geval ({position}) gaat het verschil in uren per week per respondent van {mid} naar {worst}: het teken keert om. De richting van de evolutie van de uren hangt dus deels af van de plaats van de respondenten in hun klasse; de aandelen per klasse (waaronder ‘meer dan een kwart van de tijd’) hangen daar niet van af.",
  tool_kobo: "KoboToolbox",
  tool_limesurvey: "LimeSurvey",
  tool_google_forms: "Google Forms",
  tool_codebook: "invoerbestand",
  story_subject_in_context: "{label} ({context})",
  story_subject_context_first: "{context}: {label}",
  story_title_rise: "{subject} — gestegen van {value_a} {in_a} naar {value_b} {in_b}",
  story_title_fall: "{subject} — gedaald van {value_a} {in_a} naar {value_b} {in_b}",
  story_title_rise_short: "Gestegen sinds {a}",
  story_title_fall_short: "Gedaald sinds {a}",
  story_plain_rise: "{subject} — {value_b} {in_b} tegenover {value_a} {in_a}, of {magnitude} meer.",
  story_plain_fall: "{subject} — {value_b} {in_b} tegenover {value_a} {in_a}, of {magnitude} minder.",
  story_plain_rise_adjusted:
    "{subject} — {value_b} {in_b} tegenover {value_a} {in_a}, of {magnitude} meer ({adjusted} meer {qualifier}).",
  story_plain_fall_adjusted:
    "{subject} — {value_b} {in_b} tegenover {value_a} {in_a}, of {magnitude} minder ({adjusted} minder {qualifier}).",
  story_tests:
    "Toetsen, in de volgorde van de lijst (p aangepast volgens Holm over alle toetsen van het rapport): {tests}. Betrouwbaarheidsintervallen en details in de hoofdstukken hieronder.",
  story_test_item: "{subject}: {test}",
  story_test_adjusted: "{test} ({qualifier}: {adjusted})",
  story_none:
    "Geen enkele verandering is aangetoond tussen {a} en {b}: elk waargenomen verschil kan door het toeval van de steekproef worden verklaard.",
  story_one:
    "Slechts één verandering is aangetoond tussen {a} en {b}; de andere verschillen kunnen door het toeval van de steekproef worden verklaard.",
  story_few:
    "Slechts {k} veranderingen zijn aangetoond tussen {a} en {b}; de andere verschillen kunnen door het toeval van de steekproef worden verklaard.",
  story_unchanged: "Zonder aangetoonde verandering: {items}.",
  story_more: "Andere aangetoonde veranderingen, verderop beschreven: {items}.",
  story_question: "Gestelde vraag: {wording}",
  story_question_per_wave: "Gestelde vraag in {year}: {wording}",
  story_base: "Basis: respondenten die de vraag beantwoordden, {counts}.",
  story_base_count: "{n} in {year}",
  story_base_range: "{low} tot {high} in {year}",
  story_base_items: "Basis: respondenten die elke stelling beantwoordden, {counts}.",
  story_agree_context: "Aandeel akkoord",
  story_base_count_group: "{n} ({year})",
  story_base_range_group: "{low} tot {high} ({year})",
  story_title_gap_higher: "{subject} — hoger {in_b} ({value_b}) dan {in_a} ({value_a})",
  story_title_gap_lower: "{subject} — lager {in_b} ({value_b}) dan {in_a} ({value_a})",
  story_plain_gap_higher: "{subject} — {value_b} ({b}) tegenover {value_a} ({a}), of {magnitude} meer ({b}).",
  story_plain_gap_lower: "{subject} — {value_b} ({b}) tegenover {value_a} ({a}), of {magnitude} minder ({b}).",
  story_none_gap:
    "Geen enkel verschil is aangetoond tussen {a} en {b}: elk waargenomen verschil kan door het toeval van de steekproeven worden verklaard.",
  story_one_gap:
    "Slechts één verschil is aangetoond tussen {a} en {b}; de andere kunnen door het toeval van de steekproeven worden verklaard.",
  story_few_gap:
    "Slechts {k} verschillen zijn aangetoond tussen {a} en {b}; de andere kunnen door het toeval van de steekproeven worden verklaard.",
  story_unchanged_gap: "Zonder aangetoond verschil: {items}.",
  story_more_gap: "Andere aangetoonde verschillen, verderop beschreven: {items}.",
  limit_count_group: "{year}: {n}",
  limit_tool_differs:
    "Het verzamelinstrument is niet overal hetzelfde: {tools}. Een ander instrument (volgorde en opmaak van de vragen, verplichte antwoorden, verspreiding) kan op zich antwoorden verschuiven.",
  story_question_per_group: "Gestelde vraag ({year}): {wording}",
  limit_tool_in_group: "{tool} ({year})",
  limit_sampling_one:
    "Geen toevalssteekproef: de sociaal werkers kozen zelf om te antwoorden ({counts}); niets garandeert dat ze alle sociaal werkers van de gemeente vertegenwoordigen. De intervallen veronderstellen een toevallige trekking: ze meten het toeval van de steekproef, niet de selectievertekening (bijvoorbeeld sociaal werkers die meer met de digitalisering te maken hebben en vaker antwoorden).",
  limit_sampling_communes:
    "Geen toevalssteekproeven: de sociaal werkers kozen zelf om te antwoorden ({counts}); niets garandeert dat ze alle sociaal werkers van hun gemeente vertegenwoordigen. De intervallen en toetsen veronderstellen een toevallige trekking: ze meten het toeval van de steekproeven, niet de selectievertekening (bijvoorbeeld sociaal werkers die meer met de digitalisering te maken hebben en vaker antwoorden), die van gemeente tot gemeente kan verschillen.",
  limit_same_workers_many:
    "Dezelfde sociaal werkers kunnen aan meerdere golven hebben deelgenomen, en geen enkele code verbindt hun antwoorden: de toetsen behandelen de golven als onafhankelijke steekproeven. Het is geen opvolging van dezelfde personen.",
  reason_surname: "veelvoorkomende familienaam",
  reason_afterFirstName: "voornaam gevolgd door een naam",
  names_to_review:
    "Getuigenissen: {n} woord(en) die op persoonsnamen lijken ({masked} verborgen). Lees {file} na vóór publicatie.",
  // ---- Studies of any shape (issue 13) ----
  def_expect_reference: 'de naam van een referentiestudie tussen aanhalingstekens: "schaerbeek" (fictieve gegevens)',
  def_expect_min_sample: "een geheel aantal respondenten, minstens 2 (bijvoorbeeld 30), zonder aanhalingstekens",
  too_many_waves:
    "{commune} heeft {count} golven: een rapport vergelijkt er hoogstens {max} per gemeente (elk heeft een eigen kleur in de grafieken). Maak een rapport over de laatste {max}.",
  reference_own_commune:
    "De referentie ‘{reference}’ is de gemeente {commune}, die al een gemeente van deze studie is: verwijder het veld ‘reference’ of die gemeente uit de golven.",
  reference_missing:
    "De exports van de referentie ‘{reference}’ zijn niet gevonden (map datasets/ van de repository monitoring-social). Voer de opdracht uit vanuit de repository, of verwijder het veld ‘reference’.",
  split_no_a6:
    "De export ‘{file}’ moet per werkgemeente worden verdeeld (‘splitByWorkCommune’), maar heeft de vraag A6 (werkgemeente) niet. Verwijder ‘splitByWorkCommune’ of geef de gemeente van de golf op (‘commune’).",
  split_no_commune:
    "De export ‘{file}’ moet per werkgemeente worden verdeeld (‘splitByWorkCommune’), maar geen enkele respondent gaf in A6 een Brusselse gemeente op.",
  fictional_short: "fictief",
  comparison_two_communes: "{b} en {a}",
  other_communes: "Andere gemeenten",
  comparison_others: "{commune} en de andere gemeenten",
  comparison_reference: "{wave} en de referentie {reference}",
  finding_gap_higher:
    "{label}: {value_b} ({b}) tegenover {value_a} ({a}) — aangetoond verschil, {magnitude} meer ({b}) (95%-BI van het verschil: {low} tot {high}; {test}, {p}).",
  finding_gap_lower:
    "{label}: {value_b} ({b}) tegenover {value_a} ({a}) — aangetoond verschil, {magnitude} minder ({b}) (95%-BI van het verschil: {low} tot {high}; {test}, {p}).",
  finding_gap_none:
    "{label}: {value_b} ({b}) tegenover {value_a} ({a}) — geen verschil aangetoond ({difference}, 95%-BI: {low} tot {high}; {test}, {p}): het verschil kan door het toeval van de steekproeven worden verklaard.",
  test_design_t: "t-toets volgens het gestratificeerde ontwerp",
  test_design_wilcoxon: "rangtoets volgens het gestratificeerde ontwerp",
  multiple_none_gap:
    "{question}: geen van de {n} keuzes verschilt aantoonbaar tussen {b} en {a} (toetsen aangepast volgens Holm).",
  multiple_some_gap:
    "{question}: keuzes waarvan het aandeel aantoonbaar verschilt tussen {b} en {a}: {k} van {n} (toetsen aangepast volgens Holm); voor de andere kan het verschil toeval zijn.",
  subtitle_multiple_gap: "% van de respondenten die elke keuze noemen, {a} en {b}; meerdere antwoorden mogelijk",
  ordinal_test_gap:
    "Over de hele schaal ({question}): gemiddelde rang {mean_b} ({b}) en {mean_a} ({a}); Wilcoxon-Mann-Whitneytoets, {p}.",
  distribution_test_gap: "{question} — volledige verdeling, {a} tegenover {b}: {test}, {p}.",
  likert_summary_gap:
    "Stellingen waarvan het aandeel akkoord ({agree}) aantoonbaar verschilt tussen {b} en {a}: {k} van {n} (toetsen aangepast volgens Holm).",
  likert_agree_subtitle_gap: "% antwoorden {agree}, {a} en {b}",
  likert_agree_communes: "% antwoorden {agree}, per gemeente, op dezelfde schaal",
  likert_descriptive:
    "Eén golf, dus geen vergelijking: het aandeel akkoord ({agree}) met elk van de {n} stellingen, met zijn 95%-BI, staat in de tabel onder de figuur.",
  note_holm_design:
    "Verschil: geschat volgens het gestratificeerde ontwerp (elke gemeente een stratum), 95%-BI volgens de t-verdeling op de vrijheidsgraden van het ontwerp; Rao-Scott-gecorrigeerde chi²-toets; p aangepast volgens Holm over de {m} toetsen van het rapport.",
  note_design_difference: "95%-BI van elk verschil volgens het gestratificeerde ontwerp (zie de tabel)",
  note_asked_one_wave: "Vraag enkel gesteld in {waves}: geen vergelijking mogelijk.",
  note_asked_some_waves: "Vraag enkel gesteld in {waves}: vergeleken tussen die golven.",
  not_asked: "‘{question}’ werd in geen enkele golf van deze studie gesteld.",
  subtitle_share_by_group: "% van de respondenten, per groep",
  subtitle_share_one: "% van de respondenten, {a}",
  subtitle_multiple_one: "% van de respondenten die elke keuze noemen, {a}; meerdere antwoorden mogelijk",
  subtitle_multiple_communes:
    "% van de respondenten die elke keuze noemen, per gemeente, op dezelfde schaal; meerdere antwoorden mogelijk",
  subtitle_share_by_commune: "% van de respondenten, per gemeente, op dezelfde schaal",
  subtitle_above_by_commune: "% van de respondenten, per gemeente, en alle gemeenten samen",
  note_pooled:
    "‘Alle gemeenten’: de respondenten van de gemeenten samen, elke gemeente een stratum van het ontwerp (BI van Korn-Graubard); de andere BI zijn die van Wilson",
  note_pooled_table:
    "Elke gemeente: 95%-BI van Wilson. Alle gemeenten: schatting volgens het gestratificeerde ontwerp (elke gemeente een stratum), 95%-BI van Korn-Graubard.",
  all_communes: "Alle gemeenten",
  descriptive_top: "{question} ({wave}): meest gegeven antwoord, {answer}, {value} (95%-BI: {interval}).",
  in_commune_year: "{commune}, in {year}",
  time_descriptive: "{label} ({wave}): {value}% (95%-BI: {low} tot {high}%).",
  burden_method_exact:
    "Uren per week = deel van de tijd × arbeidstijd (VTE) × 38 u. Het deel is als percentage gekend (rij ‘exact percentage’); het wordt ook berekend uit de klassen (midden van elke klasse: 5, 18, 38, 63, 88%), om te vergelijken met een enquête die enkel de klassen kent.",
  burden_method_brackets:
    "Uren per week = deel van de tijd × arbeidstijd (VTE) × 38 u. Het deel is enkel per klasse gekend: het midden van elke klasse wordt gebruikt (5, 18, 38, 63, 88%), wat deze cijfers benaderend maakt.",
  sample_place: "Enquête in {communes}, in {years}.",
  sample_sizes_list: "Weerhouden respondenten: {waves}. De afgewezen rijen en hun redenen staan in de methodologie.",
  sample_size_item: "{wave}: {n} (van {read} gelezen rijen)",
  sample_size_split: "{wave}: {n} (werkgemeente, export {file})",
  sample_split:
    "De export ‘{file}’ omvat meerdere gemeenten: hij wordt verdeeld volgens de gemeente waar elke respondent voornamelijk werkt (vraag A6). {n} weerhouden respondent(en) zitten in geen enkele gemeente: {region} werken buiten het Brussels Gewest en {blank} gaven geen gemeente op bij A6 (leeg of onbekend antwoord: zie de validatie).",
  too_small:
    "Opgelet: te weinig respondenten om te vergelijken — {waves}. Onder {min} respondenten is het 95%-betrouwbaarheidsinterval van een aandeel tot ±{half} procentpunt breed: enkel een heel groot verschil zou kunnen worden aangetoond, en een kleiner verschil zou als ‘geen verschil’ doorgaan. Deze golven worden met hun intervallen getoond, maar met geen enkele andere vergeleken; ze blijven in de cijfers van alle gemeenten samen.",
  too_small_item: "{wave} ({n} respondenten)",
  work_caption: "Werkgemeente (A6)",
  work_outside: "Buiten het Brussels Gewest",
  work_other_commune: "Een andere Brusselse gemeente",
  col_work_place: "Werkt voornamelijk",
  work_note:
    "Aandeel van de respondenten van elke golf volgens de gemeente waar ze voornamelijk werken (vraag A6), 95%-BI van Wilson; een enquête in één gemeente bereikt ook werkers uit andere gemeenten.",
  testimonies_counts_list:
    "‘{wording}’ — {counts}. Hoogstens {k} per golf worden getoond, getrokken in een vaste volgorde (dezelfde bij elke aanmaak van het rapport), en gepseudonimiseerd.",
  testimonies_count_item: "{wave}: {n} antwoorden",
  method_reference_fictional:
    "Referentie: {commune}, golven {waves}, gelezen door dezelfde lader als de andere golven. Deze referentiegegevens zijn fictief (gesimuleerde exports in datasets/schaerbeek/): elke figuur die ze toont, vermeldt ‘Fictieve gegevens’, en geen enkele vergelijking ermee is een resultaat.",
  method_reference_study: "Referentie: {commune}, golven {waves}, gelezen door dezelfde lader als de andere golven.",
  method_design_waves:
    "Steekproefontwerp: elke golf is een stratum (R: svydesign(ids = ~1, strata = ~interaction(vague, commune))), zonder weging; twee vergeleken golven zijn twee onafhankelijke steekproeven van vaste omvang, vergeleken met de chi²-toets, de exacte toets van Fisher (exact berekend), Wilcoxon-Mann-Whitney, Welch en het interval van Newcombe.",
  method_design_communes:
    "Steekproefontwerp: elke golf van elke gemeente is een stratum (R: svydesign(ids = ~1, strata = ~interaction(vague, commune))), zonder weging. Twee vergeleken golven, of twee gemeenten, zijn twee onafhankelijke steekproeven van vaste omvang: chi²-toets, exacte toets van Fisher, Wilcoxon-Mann-Whitney, Welch, intervallen van Wilson en Newcombe. De cijfers van alle gemeenten samen en de vergelijking van een gemeente met de andere samen gaan via het gestratificeerde ontwerp (zoals R survey): domeinproporties, intervallen van Korn-Graubard, Rao-Scott-gecorrigeerde chi²-toets, verschil en gemiddelden volgens de t-verdeling op de vrijheidsgraden van het ontwerp.",
  method_comparisons: "Vergelijkingen ({shape}): {list}.",
  method_descriptive:
    "Eén golf: het rapport geeft elk cijfer met zijn betrouwbaarheidsinterval, zonder vergelijking of toets.",
  shape_descriptive: "één golf",
  shape_years: "meerdere jaren van één gemeente: elke golf met de volgende, en de eerste met de laatste",
  shape_communes: "meerdere gemeenten: naast elkaar, samen, en elke gemeente met de andere",
  shape_both: "meerdere gemeenten en meerdere jaren: de evolutie van elke gemeente, en de gemeenten van eenzelfde jaar",
  method_composition_waves:
    "Samenstelling: de respondenten van twee golven komen niet noodzakelijk uit dezelfde diensten of functies; de tijdcijfers worden ook bij gelijke samenstelling gegeven (kalibratie van de recentste golf op de samenstelling van de oudste, voor elke vergelijking van twee golven van een gemeente).",
  method_communes:
    "Gemeenten: de cijfers van een gemeente worden niet gekalibreerd op die van de andere (hun sociaal werkers en diensten verschillen); een golf met minder dan {min} respondenten wordt met geen enkele andere vergeleken.",
  method_comparability_caption_waves:
    "Vragen die veranderd zijn tussen de versies van de vragenlijst, of die niet in elke golf gesteld werden",
  col_compared_across: "Vergelijkbaar tussen",
  csv_compared_across: "vergelijkbaar_tussen",
  comparable_none: "geen andere golf (enkel gesteld in {waves})",
  status_not_asked: "niet gesteld",
  source_reference_fictional: "referentie: {commune}, fictieve gegevens",
  source_reference: "referentie: {commune}",
  multiple_masked: "{question}: alle cijfers van deze vergelijking zijn verborgen (statistisch geheim).",
  method_design_one:
    "Steekproefontwerp: de respondenten van de golf, zonder weging, als een enkelvoudige aselecte steekproef (R: svydesign(ids = ~1)); intervallen van Wilson voor een aandeel, volgens de t-verdeling voor een gemiddelde.",
  report_scope: "{communes} — {years}",
};
