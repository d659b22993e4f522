/** Messages of the report package and the `monitoring` command, in French (default). Stable codes. */
export const fr = {
  usage: `monitoring — monitoring social de l'exclusion numérique

Utilisation : pnpm monitoring <commande> [options]

Commandes :
  init       crée le dossier d'enquête d'une commune : questionnaire papier (PDF) et KoboToolbox/ODK, fichier de saisie, définition du rapport, mode d'emploi
  codebook   affiche le codebook d'un questionnaire (Markdown)
  simulate   crée un jeu de réponses fictives (CSV) pour essayer la chaîne
  validate   vérifie un export d'enquête (CSV, XLSX) et affiche le rapport de validation
  report     produit le rapport d'une commune (HTML FR et NL, figures, tableaux) à partir d'une définition
  help       affiche cette aide

Options communes :
  --lang fr|nl          langue des textes (défaut : fr)
  --instrument <id>     questionnaire, par exemple worker@2021 ou worker@2025 (défaut : worker@2025)

Options de init (pnpm monitoring init <dossier> --commune 1190) :
  --commune <code postal>   commune de l'enquête (une des 19 communes bruxelloises)
  --year <année>        année de la vague (défaut : la version du questionnaire)
  --lang fr|nl          langue du fichier de saisie et du mode d'emploi (le questionnaire papier est écrit dans les deux langues)
  N'écrase aucun fichier. Le PDF demande Chromium ; sans lui, imprimez la page HTML depuis un navigateur.

Options de simulate :
  --n <nombre>          nombre de répondants fictifs (défaut : 200)
  --seed <nombre>       graine du hasard : même graine, même fichier (défaut : 1)
  --out <fichier>       fichier CSV à écrire (défaut : sortie standard)

Options de validate (pnpm monitoring validate <fichier> --instrument worker@2025) :
  --mapping <fichier>   correspondance colonnes → questions (JSON, voir packages/ingest/README.md)
  --write-mapping <fichier>   écrit la correspondance proposée (suppositions sous « $review ») à vérifier
  --format kobo|limesurvey|google-forms|codebook   (défaut : détecté)
  --encoding utf-8|utf-8-bom|windows-1252|utf-16le|utf-16be   (défaut : détecté)
  --delimiter ","|";"|tab   (défaut : détecté, ou annoncé par une première ligne « sep=; »)
  --sheet <nom>         feuille d'un classeur .xlsx (défaut : la première feuille visible)
  --out <dossier>       écrit aussi le rapport (Markdown, JSON) et les lignes rejetées (CSV)
  --fictional           marque les données comme fictives
  --commune <code postal>, --year <année>   commune et année de la vague (défaut : 1030 et la version)
  --include-incomplete  garde les réponses non terminées (LimeSurvey, date de soumission vide)
  Code de sortie : 0 aucune ligne rejetée, 1 des lignes rejetées, 2 fichier illisible ou sans aucune réponse.

Options de report (pnpm monitoring report reports/ma-commune/rapport.json) :
  La définition (JSON) donne les vagues (une ou plusieurs : chacune sa commune et son année),
  la commune, le titre et la source ; le rapport compare ce que les vagues permettent de comparer
  (années d'une commune, communes d'une année). Sans « sections », les sections standard s'appliquent.
  --out <dossier>       dossier du rapport (défaut : celui de la définition)
  --no-raster           ne produit pas les PNG et PDF des figures (plus rapide)
  --redraw              redessine toutes les figures (sinon seules celles qui ont changé)`,
  missing_file: "Indiquez le fichier à valider : pnpm monitoring validate <fichier> --instrument worker@2025.",
  unreadable_file: "Le fichier « {file} » ne peut pas être ouvert ({detail}). Vérifiez le chemin.",
  bad_mapping:
    'Le fichier de correspondance « {file} » ne peut pas être utilisé ({detail}). Il doit contenir un objet JSON {"colonne du fichier": "B1_pct"} dont chaque valeur est un identifiant de question (B1_pct), un choix (C1__cpas), un texte « autre » (A1__autre_texte), id ou - (colonne ignorée) ; voir packages/ingest/README.md.',
  bad_choice: "Option --{option} : « {value} » n'est pas permis. Valeurs possibles : {allowed}.",
  unknown_command: "Commande « {command} » inconnue. Tapez « pnpm monitoring help » pour la liste des commandes.",
  unknown_instrument: "Questionnaire « {instrument} » inconnu. Questionnaires disponibles : {available}.",
  bad_number: "L'option --{option} attend un nombre entier positif, pas « {value} ».",
  bad_language: "Langue « {value} » inconnue : utilisez fr ou nl.",
  simulated: "{n} répondants fictifs ({instrument}, graine {seed}) écrits dans {file}.",
  fictional_notice:
    "Attention : données fictives, produites par simulation. Ne les présentez jamais comme des résultats.",
  missing_definition:
    "Indiquez la définition du rapport : pnpm monitoring report reports/ma-commune/rapport.json (voir reports/modele-commune/rapport.json).",
  definition_no_default: "Le fichier « {file} » n'exporte pas de définition (export default defineReport({…})).",
  definition_extension: "La définition « {file} » doit être un fichier .json (ou un module .ts).",
  report_written: "Rapport écrit : {n} fichiers dans {dir} (ouvrez index.html, ou index.nl.html en néerlandais).",
  // ---- monitoring init: the field kit of a commune ----
  init_missing_folder:
    "Indiquez le dossier à créer et la commune : pnpm monitoring init <dossier> --commune <code postal>, par exemple pnpm monitoring init forest --commune 1190.",
  init_missing_commune:
    "Indiquez la commune de l'enquête par son code postal : --commune 1190 (par exemple). Communes possibles : {communes}.",
  init_unknown_commune:
    "« {value} » n'est pas le code postal d'une commune bruxelloise. Communes possibles : {communes}.",
  init_bad_year: "L'option --year attend une année en quatre chiffres, pas « {value} ».",
  init_exists:
    "Le dossier « {folder} » contient déjà {files}. init n'écrase aucun fichier (il pourrait contenir des réponses) : choisissez un autre dossier ou déplacez ces fichiers.",
  init_written: "Dossier d'enquête de {commune} ({postcode}) écrit dans {folder} : {n} fichiers.",
  init_next: "Suite : lisez {readme} (trois étapes : imprimer ou mettre en ligne, saisir, produire le rapport).",
  init_no_chromium:
    "Chromium est introuvable : le questionnaire papier n'a pas été converti en PDF. Installez Chromium (Debian, Ubuntu : sudo apt-get install chromium ; ailleurs : Google Chrome) ou indiquez son chemin dans la variable MONITORING_CHROMIUM, puis relancez init dans un nouveau dossier. En attendant, ouvrez {html} dans n'importe quel navigateur et imprimez-le en A4 : c'est le même document.",
  init_pdf_failed:
    "Chromium n'a pas pu produire le PDF du questionnaire papier ({detail}). Ouvrez {html} dans un navigateur et imprimez-le en A4 : c'est le même document.",
  init_title: "Numérisation des services et travail social à {commune} ({year})",
  init_source: "Enquête auprès des travailleurs sociaux de {commune}, {year}",
  init_readme_file: "LISEZMOI.md",
  init_entry_file: "saisie-{postcode}-{year}.xlsx",
  init_folder_questionnaire: "questionnaire",
  init_paper_file: "formulaire-papier",
  init_readme: `# Enquête auprès des travailleurs sociaux — {commune} ({postcode}), {year}

Ce dossier contient tout ce qu'il faut pour mener l'enquête « numérisation et accès aux droits » à
{commune} et en faire le rapport, sans écrire de code. Il a été créé par
\`npx --yes pnpm@10 monitoring init {folder} --commune {postcode}\` (à lancer à la racine du dépôt
monitoring-social, comme les commandes ci-dessous).

| fichier | à quoi il sert |
| --- | --- |
| \`{paper_fr_pdf}\`, \`{paper_nl_pdf}\` | le questionnaire papier, en français et en néerlandais, à imprimer en A4 (recto verso possible) |
| \`{paper_fr_html}\`, \`{paper_nl_html}\` | la même chose en page web : à ouvrir et imprimer depuis n'importe quel navigateur si le PDF manque |
| \`{xlsform}\` | le questionnaire pour KoboToolbox ou ODK (en français et en néerlandais), pour répondre en ligne |
| \`{entry}\` | le fichier de saisie : une ligne par questionnaire papier |
| \`rapport.json\` | la définition du rapport de {commune} (titre, source, vague) |

## 1. Distribuer le questionnaire

Imprimez le questionnaire papier. Avant de le distribuer, écrivez un numéro de répondant (1, 2,
3…) en haut de chaque page : le même sur toutes les pages d'un questionnaire. Le questionnaire peut
être rempli seul ou pendant un entretien. Pour une enquête en ligne, importez \`{xlsform}\` dans
KoboToolbox (« Nouveau projet › Importer un XLSForm ») ou ODK.

## 2. Saisir les réponses

Ouvrez \`{entry}\` dans Excel ou LibreOffice. Lisez la feuille « Instructions ». Tapez une ligne par
questionnaire papier dans la feuille « Saisie » (elle doit rester la première). Vérifiez ensuite le
fichier :

\`\`\`sh
npx --yes pnpm@10 monitoring validate {folder}/{entry} --instrument {instrument} --commune {postcode} --year {year}
\`\`\`

Le rapport de vérification donne, pour chaque problème, la ligne, la colonne, la valeur et quoi
faire. Corrigez dans le fichier de saisie et relancez. Les réponses d'une enquête en ligne
(export KoboToolbox en XLSX ou CSV) se vérifient de la même façon.

## 3. Produire le rapport

\`\`\`sh
npx --yes pnpm@10 monitoring report {folder}/rapport.json
\`\`\`

Le rapport (français et néerlandais), ses figures et ses tableaux sont écrits dans ce dossier.
Relisez \`rapport.json\` avant : titre, source (qui a mené l'enquête) et, si vous avez répondu en
ligne, le fichier de la vague (\`"file"\`).

Avec une seule vague, le rapport donne chaque chiffre avec son intervalle de confiance, sans
comparaison. Pour comparer, ajoutez d'autres vagues dans \`"waves"\` de \`rapport.json\` :

- **une autre année de {commune}** (une enquête précédente, ou la suivante) :
  \`{ "file": "saisie-{postcode}-2027.xlsx", "instrument": "{instrument}", "fictional": false, "commune": "{postcode}", "year": "2027" }\` —
  le rapport compare chaque vague à la suivante, et la première à la dernière ;
- **une autre commune** de la même année (son fichier de saisie ou son export) :
  \`{ "file": "…", "instrument": "{instrument}", "fictional": false, "commune": "1060", "year": "{year}" }\` —
  le rapport montre les communes côte à côte, réunies, et chaque commune avec les autres ;
- **la référence de Schaerbeek** (données fictives, pour essayer) : ajoutez \`"reference": "schaerbeek"\`
  à côté de \`"commune"\`.

Une vague de moins de 30 répondants est montrée mais n'est comparée à aucune autre : le rapport
le dit. Le format complet est décrit dans \`packages/report/README.md\`.
`,
  // ---- Command line: files, options and unexpected errors (issue 11) ----
  fs_not_found: "fichier introuvable",
  fs_is_directory: "c'est un dossier, pas un fichier",
  fs_not_directory: "une partie du chemin est un fichier, pas un dossier",
  fs_denied: "accès refusé",
  fs_exists: "un fichier de ce nom existe déjà",
  fs_no_space: "disque plein",
  fs_read_only: "disque en lecture seule",
  fs_busy: "trop de fichiers ouverts",
  fs_other: "erreur du système de fichiers",
  out_is_file:
    "--out « {dir} » est un fichier qui existe déjà : indiquez un dossier (il est créé s'il n'existe pas). Rien n'a été écrit.",
  unwritable_file: "Impossible d'écrire « {file} » ({detail}). Vérifiez le dossier de sortie (--out).",
  unexpected_error:
    "Erreur inattendue pendant « monitoring {command} » : l'opération s'est arrêtée. Signalez-la avec la commande lancée (et, si possible, le fichier) ; relancez avec MONITORING_DEBUG=1 pour afficher les détails techniques.",
  option_unknown: "Option « {option} » inconnue. Tapez « pnpm monitoring help » pour la liste des options.",
  option_missing_value: "L'option {option} attend une valeur, par exemple {option} rapport/.",
  option_no_value: "L'option {option} ne prend pas de valeur.",
  bad_command_line: "Ligne de commande invalide. Tapez « pnpm monitoring help ».",
  json_invalid_at: "JSON invalide à la ligne {line}, colonne {column}",
  json_invalid: "JSON invalide",
  mapping_not_object: "chaque valeur doit être un identifiant de question entre guillemets",
  // ---- HTML page ----
  html_other_language: "Nederlandstalige versie",
  html_contents: "Sommaire",
  html_fictional_short: "Données fictives",
  html_fictional_banner:
    "Ce rapport est produit à partir de données simulées : il montre la méthode et la présentation, ses chiffres ne sont pas des résultats de l'enquête.",
  html_download_figure: "Télécharger la figure :",
  html_download_csv: "Télécharger le tableau (CSV pour Excel)",
  html_figure_table: "Les chiffres de ce graphique",
  html_quote_wave: "Travailleur·se social·e, enquête {year}",
  html_footer:
    "Produit avec monitoring-social à partir d'une définition de rapport : mêmes données, même rapport. Les tableaux CSV s'ouvrent dans Excel (point-virgule, virgule décimale, UTF-8).",
  // ---- Report definitions and studies ----
  unknown_harmonisation:
    "Aucune harmonisation pour les questionnaires « {family} ». Harmonisations disponibles : {available}.",
  wrong_family:
    "Le questionnaire {instrument} n'appartient pas à la famille « {family} » que compare ce rapport. Vérifiez le champ « instrument » des vagues.",
  wave_unreadable: "Une vague ne peut pas être lue : {detail}",
  same_year:
    "Deux vagues de {commune} portent la même année ({year}). Indiquez l'année de chaque vague (champ « year ») pour pouvoir les comparer, ou sa commune (champ « commune »).",
  def_not_json: "La définition de rapport « {file} » n'est pas un JSON valide ({detail}).",
  def_invalid: "La définition de rapport « {file} » doit être corrigée :{problems}",
  def_bad_id:
    "Identifiant « {value} » invalide : utilisez des minuscules, des chiffres et des tirets (par exemple « schaerbeek-2021-2025 »).",
  def_missing_text: 'Le champ « {field} » doit donner un texte en français et en néerlandais ({ "fr": …, "nl": … }).',
  def_missing_commune: "Indiquez la commune de l'enquête (champ « commune », par exemple « 1030 »).",
  def_unknown_commune:
    "{where}« {value} » n'est pas le code postal d'une commune de la Région de Bruxelles-Capitale (champ « commune »). Communes possibles : {communes}.",
  wave_no_respondent:
    "La vague {wave} (« {file} ») n'a aucune réponse acceptée : ses {rejected} ligne(s) ont toutes été écartées. Lancez « monitoring validate {file} --instrument {instrument} » pour voir chaque ligne écartée et sa raison, corrigez la saisie, puis relancez le rapport.",
  def_waves:
    'Le champ « waves » doit contenir au moins une vague : [{ "file": …, "instrument": …, "fictional": false, "commune": "1190", "year": "2025" }].',
  def_wave_field: "Vague {wave} : le champ « {field} » manque ou n'a pas le bon type.",
  def_no_sections: "Le rapport n'a aucune section (champ « sections »).",
  def_section_kind:
    "Section « {section} » : type « {kind} » inconnu. Types possibles : text, keyFindings, sample, timeShare, compare, likert, testimonies, methodology.",
  def_duplicate_section: "Deux sections portent l'identifiant « {section} » : chaque section doit avoir le sien.",
  def_unknown_question:
    "Section « {section} » : la question « {question} » n'existe pas dans le questionnaire comparé.",
  def_question_kind:
    "Section « {section} » : la question « {question} » (type {kind}) ne convient pas à ce type de section.",
  // ---- Wording of findings ----
  finding_rise:
    "{label} : {value_a} {in_a}, {value_b} {in_b} — hausse de {magnitude} (IC 95 % de la différence : {low} à {high} ; {test}, {p}).",
  finding_fall:
    "{label} : {value_a} {in_a}, {value_b} {in_b} — baisse de {magnitude} (IC 95 % de la différence : {low} à {high} ; {test}, {p}).",
  finding_no_difference:
    "{label} : {value_a} {in_a}, {value_b} {in_b} — pas de différence démontrée ({difference}, IC 95 % : {low} à {high} ; {test}, {p}) : l'écart peut s'expliquer par le hasard de l'échantillon.",
  finding_suppressed: "{label} : chiffre masqué (secret statistique).",
  test_chi_square: "test du khi²",
  test_fisher: "test exact de Fisher",
  test_fisher_monte_carlo: "test exact de Fisher (par simulation)",
  test_wilcoxon: "test de Wilcoxon–Mann–Whitney",
  test_welch: "test t de Welch",
  test_rao_scott: "khi² corrigé de Rao–Scott",
  and: " et ",
  or: " ou ",
  mean_of: "Moyenne — {question}",
  top_share: "{question} : {answers}",
  in_year: "En {year}",
  at_composition: "à composition de {year}",
  // ---- Section texts ----
  sample_sizes:
    "Répondants retenus : {n_a} {in_a} (sur {read_a} lignes lues) et {n_b} {in_b} (sur {read_b} lignes lues). Les lignes écartées et leurs raisons figurent dans la méthodologie.",
  composition_test: "Répartition par {question}, {a} contre {b} : {test}, {p}.",
  distribution_test: "{question} — répartition entière, d'une vague à l'autre : {test}, {p}.",
  ordinal_test:
    "Sur toute l'échelle ({question}), rang moyen {mean_a} {in_a} et {mean_b} {in_b} ; test de Wilcoxon–Mann–Whitney, {p}.",
  multiple_none:
    "{question} : aucun des {n} choix ne change de façon démontrée entre les deux vagues (tests ajustés par la méthode de Holm).",
  multiple_some:
    "{question} : choix dont la part change de façon démontrée entre les deux vagues : {k} sur {n} (tests ajustés par la méthode de Holm) ; pour les autres, l'écart peut s'expliquer par le hasard.",
  one_wave_mean: "{question} ({year}, n = {n}) : moyenne {mean} (IC 95 % : {low} à {high}).",
  time_above: "Plus d'un quart du temps de travail consacré aux démarches",
  time_key_sentence:
    "des travailleurs sociaux consacrent plus d'un quart de leur temps de travail à aider des personnes dans leurs démarches",
  composition_method:
    "À composition égale : les répondants de {b} ont été pondérés (calage, comme R survey::rake) pour retrouver la répartition de {a} par {profile} ; la comparaison utilise alors le khi² corrigé de Rao–Scott. Effet de plan de Kish {deff}, taille effective {ess} (sur {n}).",
  burden_method:
    "Heures par semaine = part du temps × temps de travail (ETP) × 38 h. En {a}, la part n'est connue que par tranche : le milieu de chaque tranche est utilisé (5, 18, 38, 63, 88 %). Pour comparer à méthode égale, {b} est aussi calculé à partir des tranches ; la ligne « pourcentage exact » utilise la réponse en pourcentage de {b}.",
  burden_caption: "Temps consacré aux démarches : heures par semaine par répondant et total en équivalents temps plein",
  burden_midpoints: "{year}, milieux de tranche",
  burden_exact: "{year}, pourcentage exact",
  burden_adjusted: "{year}, milieux de tranche, à composition de {base}",
  burden_note:
    "ETP total : somme, sur les répondants, de la part du temps × leur ETP ; ce n'est pas une estimation pour tout le secteur. IC 95 % (loi de Student).",
  likert_title: "{title} — {year}",
  likert_agree_title: "Part des travailleurs d'accord, par affirmation",
  likert_agree_subtitle: "% de réponses {agree}, {a} → {b}",
  likert_summary:
    "Affirmations dont la part d'accord ({agree}) change de façon démontrée entre {a} et {b} : {k} sur {n} (tests ajustés par la méthode de Holm).",
  likert_scale_test:
    "Sur toute l'échelle d'accord (test de Wilcoxon–Mann–Whitney, ajusté par Holm), affirmations dont les réponses se déplacent : {k} sur {n} — {items}.",
  likert_one_wave: "Posée(s) dans une seule vague, donc non comparée(s) : {items}.",
  testimonies_counts:
    "« {wording} » — {n_a} réponses {in_a}, {n_b} {in_b}. Au plus {k} par vague sont montrées, tirées dans un ordre fixe (le même à chaque production du rapport), et pseudonymisées.",
  testimonies_privacy:
    "Les témoignages sont pseudonymisés : adresses électroniques, numéros de téléphone, numéros de registre national et IBAN sont remplacés, et les mots qui ressemblent à des noms de personnes sont masqués ({n} remplacement(s) ici). Les noms rares et les détails identifiants ne sont pas tous détectés : relisez chaque témoignage avant publication.",
  key_findings_fictional:
    "Ces constats sont calculés sur des données fictives : ils montrent ce que le rapport dira, ce ne sont pas des résultats.",
  key_findings_fictional_reference:
    "Données fictives : les constats qui comparent avec la référence {reference} portent sur des données fictives ; ce ne sont pas des résultats. Les autres constats portent sur les données de l'enquête.",
  key_findings_reading:
    "Lecture : une « hausse » ou une « baisse » n'est écrite que si la différence est significative au seuil de {alpha} après ajustement pour tests multiples et si son intervalle de confiance exclut 0 ; sinon, le rapport dit qu'aucune différence n'est démontrée.",
  key_findings_reading_gap:
    "Lecture : un écart entre communes n'est dit « démontré » que si la différence est significative au seuil de {alpha} après ajustement pour tests multiples et si son intervalle de confiance exclut 0 ; sinon, le rapport dit qu'aucun écart n'est démontré.",
  key_findings_reading_both:
    "Lecture : une « hausse », une « baisse » ou un écart entre communes ne sont écrits que si la différence est significative au seuil de {alpha} après ajustement pour tests multiples et si son intervalle de confiance exclut 0 ; sinon, le rapport dit qu'aucune différence n'est démontrée.",
  key_findings_reading_none:
    "Lecture : chaque part est donnée avec son intervalle de confiance à 95 % ; une seule vague ne permet aucune comparaison.",
  subtitle_multiple: "% des répondants qui citent chaque choix, {a} → {b} ; plusieurs réponses possibles",
  subtitle_distribution: "Répartition des réponses, par vague (%)",
  subtitle_share_by_wave: "% des répondants, par vague",
  subtitle_likert: "Répartition des réponses (%), du désaccord (à gauche) à l'accord (à droite)",
  note_multiple: "plusieurs réponses possibles : les parts ne s'additionnent pas à 100 %",
  note_holm:
    "Différence : IC 95 % de Newcombe ; test du khi² ou exact de Fisher selon les effectifs attendus ; p ajustée par la méthode de Holm sur les {m} tests du rapport.",
  note_missing_excluded: "réponses {answers} exclues des pourcentages",
  note_newcombe: "IC 95 % de Newcombe pour chaque différence (voir le tableau)",
  suppressed_cell: "masqué",
  no_problem: "aucun",
  // ---- Table headings ----
  col_answer: "Réponse",
  col_ci: "IC 95 %",
  col_difference: "Différence",
  col_ci_difference: "IC 95 % de la différence",
  col_test: "Test",
  col_question: "Question",
  col_method: "Calcul",
  col_hours: "Heures / semaine",
  col_fte_total: "ETP total",
  col_wave: "Vague",
  col_file: "Fichier",
  col_format: "Format",
  col_encoding: "Encodage",
  col_read: "Lignes lues",
  col_accepted: "Retenues",
  col_rejected: "Rejetées",
  col_problems: "Problèmes relevés",
  col_status: "Comparabilité",
  col_note: "Note",
  csv_question: "question",
  csv_code: "code",
  csv_label: "libelle",
  csv_group: "vague",
  csv_base: "base",
  csv_ci_low: "ic_bas",
  csv_ci_high: "ic_haut",
  csv_difference_points: "difference_points",
  csv_difference: "difference",
  csv_diff_ci_low: "difference_ic_bas",
  csv_diff_ci_high: "difference_ic_haut",
  csv_test: "test",
  csv_p_holm: "p_ajustee_holm",
  csv_suppressed: "masque_n_moins_de_5",
  csv_source: "source",
  csv_mean: "moyenne",
  csv_hours: "heures_semaine",
  csv_fte_total: "etp_total",
  col_item: "Affirmation",
  col_agree: "D'accord",
  col_mean_rank: "Rang moyen (1–5)",
  csv_agree_pct: "pct_accord",
  csv_mean_rank: "rang_moyen",
  note_likert_table:
    "D'accord : « plutôt » ou « tout à fait » d'accord, IC 95 % de Wilson ; rang moyen de 1 (pas du tout d'accord) à 5 (tout à fait d'accord), IC 95 % de Student.",
  note_likert_chart: "part d'accord et rang moyen avec leur IC 95 % (Wilson, Student) dans le tableau",
  // ---- Methodology ----
  method_fictional:
    "Données fictives. Les fichiers utilisés ici ont été produits par simulation : ils servent à montrer la méthode et le rapport. Aucun chiffre de ce rapport n'est un résultat de l'enquête.",
  method_samples: "Échantillons et validation",
  method_samples_caption: "Fichiers lus, lignes retenues et rejetées, problèmes relevés",
  method_samples_note:
    "Chaque ligne lue est soit retenue, soit rejetée avec sa raison (rapport de validation dans le dossier validation/). Les fichiers bruts ne sont jamais modifiés ; leur empreinte SHA-256 permet de le vérifier.",
  method_statistics: "Méthodes statistiques",
  method_intervals:
    "Intervalles de confiance à 95 % : Wilson pour une proportion (R prop.test), Newcombe (méthode hybride du score) pour la différence de deux proportions, loi de Student pour une moyenne ; Korn–Graubard pour une proportion pondérée (R survey::svyciprop).",
  method_tests:
    "Tests : khi² quand tous les effectifs attendus valent au moins 5, sinon test exact de Fisher ; Wilcoxon–Mann–Whitney pour une échelle ordonnée ; t de Welch pour un nombre ; khi² corrigé de Rao–Scott pour des données pondérées. Chaque valeur est vérifiée contre R (stats, survey).",
  method_design:
    "Plan d'échantillonnage : chaque vague est une strate (R : svydesign(ids = ~1, strata = ~vague)), sans pondération ; les deux vagues sont deux échantillons indépendants de taille fixée, comparés par le khi², le test exact de Fisher (calcul exact) et l'intervalle de Newcombe. À composition égale, la seconde vague est calée sur la composition de la première (R : rake) et la comparaison tient compte du calage : variance par les résidus du calage (comme R survey), khi² corrigé de Rao–Scott, intervalle de la différence selon la loi de Student sur les degrés de liberté du plan.",
  method_adjustment:
    "Tests multiples : toutes les p-valeurs publiées dans ce rapport ({m} tests : chaque réponse, chaque choix, chaque affirmation, chaque répartition, chaque échelle et chaque moyenne, pour chaque comparaison) forment une seule famille, ajustée par la méthode de Holm ; une différence est dite significative si la p ajustée est inférieure à {alpha} et si son intervalle exclut 0. Ajouter une section ou une vague ajoute des tests et rend donc chaque test un peu plus exigeant.",
  method_wording:
    "Formulation : une différence non significative n'est jamais appelée hausse ou baisse ; le rapport écrit qu'aucune différence n'est démontrée.",
  method_composition:
    "Composition : les répondants des deux vagues ne viennent pas forcément des mêmes structures ni des mêmes fonctions ; les chiffres du temps sont aussi donnés à composition égale (calage de la seconde vague sur la première).",
  method_suppression:
    "Secret statistique : aucun nombre publié (case, total, part combinée comme « souvent ou très souvent », rang moyen, différence entre vagues, tableau CSV, texte alternatif) ne permet de connaître, directement ou par soustraction, un nombre de 1 à {below} répondants. Ces cases sont masquées, et d'autres le sont en plus quand un total ou une part combinée permettrait de les retrouver ; toutes se lisent « masqué » et ne sont jamais dessinées comme un zéro (ici, {primary} nombre(s) masqué(s) car trop petits, {complementary} autre(s) — cases, parts combinées ou rangs moyens — masqué(s) pour les protéger). Un effectif nul (0 répondant) est publié tel quel : il ne désigne personne. Les tests statistiques (p-valeurs) sont publiés.",
  method_missing:
    "Valeurs manquantes : une question non posée (logique de saut) ou laissée vide n'entre pas dans les pourcentages ; les réponses « ne sait pas » sont exclues des dénominateurs et signalées.",
  method_reference:
    "Sources : questionnaire du groupe « exclusion numérique 1030 » de la CASS (2021), repris en 2025 ; harmonisation des deux versions décrite ci-dessous.",
  method_comparability: "Comparabilité des questions entre les vagues",
  method_comparability_caption: "Questions qui ont changé entre les deux versions du questionnaire",
  status_identical: "identique",
  status_reworded: "reformulée",
  status_recoded: "recodée",
  status_partial: "comparable en partie",
  status_binned: "regroupée en tranches",
  status_only_one_version: "une seule vague",
  status_not_comparable: "non comparable",
  problem_unmatched_column: "colonne non reconnue",
  problem_mojibake: "caractères mal décodés",
  problem_ragged_row: "ligne mal formée",
  problem_unknown_choice: "réponse inconnue",
  problem_out_of_range: "nombre hors plage",
  problem_not_a_number: "nombre illisible",
  problem_invalid_date: "date invalide",
  problem_required_missing: "réponse obligatoire manquante",
  problem_not_asked: "réponse à une question non posée",
  problem_duplicate_id: "identifiant en double",
  problem_duplicate_response: "réponses en double",
  problem_missing_id: "identifiant manquant",
  // ---- Column mappings (issue 12) ----
  mapping_written:
    "Correspondance proposée écrite dans {file} ({review} colonne(s) à vérifier, listées sous « $review »). Vérifiez-la, puis relancez avec --mapping {file}.",
  def_mapping:
    'Vague {wave} : le champ « mapping » doit être un objet {"colonne": "question"} ou le chemin d\'un fichier de correspondance (relatif à la définition).',
  mapping_unusable: "Vague {wave} : le fichier de correspondance « {file} » ne peut pas être utilisé ({detail}).",
  // ---- Privacy, disclosure control and definition checks (issue 11) ----
  def_not_object: 'La définition doit être un objet JSON : { "id": …, "title": …, "waves": [ … ] }.',
  def_wave_not_object: 'Vague {wave} : écrivez un objet { "file": …, "instrument": …, "fictional": true ou false }.',
  def_section_not_object: 'Section {section} : écrivez un objet { "kind": …, "id": …, "title": … }.',
  def_where_wave: "Vague {wave} : ",
  def_where_section: "Section « {section} » : ",
  def_field_missing: "{where}le champ « {field} » manque : écrivez {expected}.",
  def_field_type: "{where}le champ « {field} » doit être {expected}, pas « {value} ».",
  def_field_unknown: "{where}le champ « {field} » n'existe pas (faute de frappe ?). Champs possibles : {allowed}.",
  def_expect_text: 'un texte en français et en néerlandais ({ "fr": "…", "nl": "…" })',
  def_expect_string: 'un texte entre guillemets (par exemple "B1")',
  def_expect_questions: 'une liste non vide d\'identifiants de questions (par exemple ["C1", "C2"])',
  def_expect_codes: 'une liste non vide de codes de réponse (par exemple ["souvent", "tres_souvent"])',
  def_expect_words: 'une liste de mots (par exemple ["Marie", "Lambert"])',
  def_expect_boolean: "true (données fictives) ou false (vraies données), sans guillemets",
  def_expect_year: 'une année entre guillemets (par exemple "2025")',
  def_expect_mapping:
    'un objet { "colonne du fichier": "identifiant de question" } ou le chemin d\'un fichier de correspondance (relatif à la définition), entre guillemets',
  def_expect_postcode: 'un code postal de quatre chiffres entre guillemets (par exemple "1190")',
  def_expect_flag: "true ou false, sans guillemets",
  def_expect_midpoints: 'un objet { "code de tranche": pourcentage de 0 à 100 } (par exemple { "b0_10": 5 })',
  def_expect_alpha: "un nombre entre 0 et 1 (par exemple 0.05)",
  def_expect_threshold: "un nombre entier de répondants, au moins 1 (par exemple 5), sans guillemets",
  def_expect_positive_integer: "un nombre entier, au moins 1 (par exemple 4)",
  def_unknown_code:
    "Section « {section} » : le code « {code} » (champ « {field} ») n'est pas une réponse de la question « {question} ». Codes possibles : {codes}.",
  section_failed: "La section « {section} » n'a pas pu être construite : {detail}",
  ordinal_test_masked:
    "Sur toute l'échelle ({question}) : test de Wilcoxon–Mann–Whitney, {p} ; les rangs moyens de {a} et {b} sont masqués (secret statistique).",
  method_threshold_low:
    "Seuil abaissé : la définition de ce rapport fixe le secret statistique à {threshold} répondant(s), sous le seuil habituel de 5 ; des nombres de {threshold} à 4 répondants sont donc publiés. Vérifiez qu'aucune personne ne peut être reconnue.",
  review_hint: "{initial}… ({n} lettres)",
  review_title: "Témoignages : mots à relire avant publication",
  review_intro:
    "Ces mots des témoignages publiés ressemblent à des noms de personnes (après Madame, Monsieur, Mevrouw…, ou prénoms et noms fréquents en Belgique selon Statbel). Ils sont masqués (« [nom] ») tant qu'une personne ne les a pas relus. Pour publier un mot tel quel (par exemple un nom de rue), ajoutez-le à « confirmedWords » dans la section des témoignages de la définition, puis produisez à nouveau le rapport. Le mot lui-même n'est pas écrit ici : retrouvez-le dans l'export, à la ligne du répondant.",
  review_none:
    "Aucun mot des témoignages publiés ne ressemble à un nom de personne. Relisez-les quand même : les noms rares ne sont pas détectés.",
  review_item:
    "Répondant « {respondent} », {question} ({wave}) : mot « {hint} » ({reason}) — {status}. Texte publié : « {published} »",
  review_masked: "masqué",
  review_kept: "publié tel quel (confirmé)",
  reason_title: "après un titre",
  reason_firstName: "prénom fréquent",
  csv_yes: "oui",
  csv_no: "non",
  // ---- Story layer (src/story/) ----
  method_limits: "Limites",
  limit_count: "{n} en {year}",
  limit_sampling:
    "Échantillons non probabilistes : les travailleurs ont choisi de répondre ({counts}) ; rien ne garantit qu'ils représentent tous les travailleurs sociaux de la commune. Les intervalles et les tests supposent un tirage au hasard : ils mesurent le hasard de l'échantillon, pas les biais de sélection (par exemple, des travailleurs plus touchés par la numérisation qui répondent davantage).",
  limit_same_workers:
    "Les mêmes travailleurs peuvent avoir répondu aux deux vagues, et aucun identifiant ne relie leurs réponses : les tests traitent les vagues comme des échantillons indépendants. Ce n'est pas un suivi des mêmes personnes.",
  limit_tool_in: "{tool} en {year}",
  limit_tool:
    "L'outil de collecte a changé : {tools}. Un autre outil (ordre et présentation des questions, réponses obligatoires, diffusion) peut à lui seul déplacer des réponses.",
  limit_perception_one:
    "{questions} mesure une perception : ce que les travailleurs disent observer chez leur public, pas le nombre de personnes concernées.",
  limit_perception:
    "{questions} mesurent une perception : ce que les travailleurs disent observer chez leur public, pas le nombre de personnes concernées.",
  limit_fte_totals:
    "Les totaux en ETP additionnent les répondants : {counts}. Une partie de leur écart vient du nombre de répondants, pas du travail de chacun ; pour comparer les vagues, lisez les heures par répondant.",
  limit_brackets_against_rise: "les répondants de {a} en haut de leur tranche, ceux de {b} en bas",
  limit_brackets_against_fall: "les répondants de {a} en bas de leur tranche, ceux de {b} en haut",
  limit_brackets_holds:
    "En {a}, la part du temps n'est connue que par tranche ; le rapport prend le milieu de chaque tranche. Dans le cas le plus défavorable ({position}), l'écart d'heures par semaine par répondant passe de {mid} à {worst} : le sens de l'évolution ne dépend pas de cette hypothèse.",
  limit_brackets_flips:
    "En {a}, la part du temps n'est connue que par tranche ; le rapport prend le milieu de chaque tranche. Dans le cas le plus défavorable ({position}), l'écart d'heures par semaine par répondant passe de {mid} à {worst} : son signe s'inverse. Le sens de l'évolution des heures repose donc en partie sur la position des répondants dans leur tranche ; les parts par tranche (dont « plus d'un quart du temps ») n'en dépendent pas.",
  tool_kobo: "KoboToolbox",
  tool_limesurvey: "LimeSurvey",
  tool_google_forms: "Google Forms",
  tool_codebook: "fichier de saisie",
  story_subject_in_context: "{label} ({context})",
  story_subject_context_first: "{context} : {label}",
  story_title_rise: "{subject} — en hausse, de {value_a} {in_a} à {value_b} {in_b}",
  story_title_fall: "{subject} — en baisse, de {value_a} {in_a} à {value_b} {in_b}",
  story_title_rise_short: "En hausse depuis {a}",
  story_title_fall_short: "En baisse depuis {a}",
  story_plain_rise: "{subject} — {value_b} {in_b} contre {value_a} {in_a}, soit {magnitude} de plus.",
  story_plain_fall: "{subject} — {value_b} {in_b} contre {value_a} {in_a}, soit {magnitude} de moins.",
  story_plain_rise_adjusted:
    "{subject} — {value_b} {in_b} contre {value_a} {in_a}, soit {magnitude} de plus ({adjusted} de plus {qualifier}).",
  story_plain_fall_adjusted:
    "{subject} — {value_b} {in_b} contre {value_a} {in_a}, soit {magnitude} de moins ({adjusted} de moins {qualifier}).",
  story_tests:
    "Tests, dans l'ordre de la liste (p ajustée par la méthode de Holm sur l'ensemble des tests du rapport) : {tests}. Intervalles de confiance et détails dans les sections ci-dessous.",
  story_test_item: "{subject} : {test}",
  story_test_adjusted: "{test} ({qualifier} : {adjusted})",
  story_none:
    "Aucun changement n'est démontré entre {a} et {b} : chaque écart observé peut s'expliquer par le hasard de l'échantillon.",
  story_one:
    "Un seul changement est démontré entre {a} et {b} ; les autres écarts peuvent s'expliquer par le hasard de l'échantillon.",
  story_few:
    "Seuls {k} changements sont démontrés entre {a} et {b} ; les autres écarts peuvent s'expliquer par le hasard de l'échantillon.",
  story_unchanged: "Sans changement démontré : {items}.",
  story_more: "Autres changements démontrés, décrits plus bas : {items}.",
  story_question: "Question posée : {wording}",
  story_question_per_wave: "Question posée en {year} : {wording}",
  story_base: "Base : répondants à la question, {counts}.",
  story_base_count: "{n} en {year}",
  story_base_range: "{low} à {high} en {year}",
  story_base_items: "Base : répondants à chaque affirmation, {counts}.",
  story_agree_context: "Part d'accord",
  story_base_count_group: "{n} ({year})",
  story_base_range_group: "{low} à {high} ({year})",
  story_title_gap_higher: "{subject} — plus élevé {in_b} ({value_b}) qu'{in_a} ({value_a})",
  story_title_gap_lower: "{subject} — moins élevé {in_b} ({value_b}) qu'{in_a} ({value_a})",
  story_plain_gap_higher: "{subject} — {value_b} ({b}) contre {value_a} ({a}), soit {magnitude} de plus ({b}).",
  story_plain_gap_lower: "{subject} — {value_b} ({b}) contre {value_a} ({a}), soit {magnitude} de moins ({b}).",
  story_none_gap:
    "Aucun écart n'est démontré entre {a} et {b} : chaque écart observé peut s'expliquer par le hasard des échantillons.",
  story_one_gap:
    "Un seul écart est démontré entre {a} et {b} ; les autres peuvent s'expliquer par le hasard des échantillons.",
  story_few_gap:
    "Seuls {k} écarts sont démontrés entre {a} et {b} ; les autres peuvent s'expliquer par le hasard des échantillons.",
  story_unchanged_gap: "Sans écart démontré : {items}.",
  story_more_gap: "Autres écarts démontrés, décrits plus bas : {items}.",
  limit_count_group: "{year} : {n}",
  limit_tool_differs:
    "L'outil de collecte n'est pas le même partout : {tools}. Un autre outil (ordre et présentation des questions, réponses obligatoires, diffusion) peut à lui seul déplacer des réponses.",
  story_question_per_group: "Question posée ({year}) : {wording}",
  limit_tool_in_group: "{tool} ({year})",
  limit_sampling_one:
    "Échantillon non probabiliste : les travailleurs ont choisi de répondre ({counts}) ; rien ne garantit qu'ils représentent tous les travailleurs sociaux de la commune. Les intervalles supposent un tirage au hasard : ils mesurent le hasard de l'échantillon, pas les biais de sélection (par exemple, des travailleurs plus touchés par la numérisation qui répondent davantage).",
  limit_sampling_communes:
    "Échantillons non probabilistes : les travailleurs ont choisi de répondre ({counts}) ; rien ne garantit qu'ils représentent tous les travailleurs sociaux de leur commune. Les intervalles et les tests supposent un tirage au hasard : ils mesurent le hasard des échantillons, pas les biais de sélection (par exemple, des travailleurs plus touchés par la numérisation qui répondent davantage), qui peuvent différer d'une commune à l'autre.",
  limit_same_workers_many:
    "Les mêmes travailleurs peuvent avoir répondu à plusieurs vagues, et aucun identifiant ne relie leurs réponses : les tests traitent les vagues comme des échantillons indépendants. Ce n'est pas un suivi des mêmes personnes.",
  reason_surname: "nom de famille fréquent",
  reason_afterFirstName: "prénom suivi d'un nom",
  names_to_review:
    "Témoignages : {n} mot(s) qui ressemblent à des noms de personnes ({masked} masqué(s)). Relisez {file} avant de publier.",
  // ---- Studies of any shape (issue 13) ----
  def_expect_reference: 'le nom d\'une étude de référence entre guillemets : "schaerbeek" (données fictives)',
  def_expect_min_sample: "un nombre entier de répondants, au moins 2 (par exemple 30), sans guillemets",
  too_many_waves:
    "{commune} a {count} vagues : un rapport en compare au plus {max} par commune (chacune a sa couleur dans les graphiques). Faites un rapport sur les {max} dernières.",
  reference_own_commune:
    "La référence « {reference} » est la commune {commune}, qui est déjà une commune de cette étude : retirez le champ « reference » ou cette commune des vagues.",
  reference_missing:
    "Les exports de la référence « {reference} » sont introuvables (dossier datasets/ du dépôt monitoring-social). Lancez la commande depuis le dépôt, ou retirez le champ « reference ».",
  split_no_a6:
    "L'export « {file} » doit être réparti par commune de travail (« splitByWorkCommune ») mais il n'a pas la question A6 (commune de travail). Retirez « splitByWorkCommune » ou indiquez la commune de la vague (« commune »).",
  split_no_commune:
    "L'export « {file} » doit être réparti par commune de travail (« splitByWorkCommune ») mais aucun répondant n'a indiqué une commune bruxelloise en A6.",
  fictional_short: "fictif",
  comparison_two_communes: "{b} et {a}",
  other_communes: "Autres communes",
  comparison_others: "{commune} et les autres communes",
  comparison_reference: "{wave} et la référence {reference}",
  finding_gap_higher:
    "{label} : {value_b} ({b}) contre {value_a} ({a}) — écart démontré, {magnitude} de plus ({b}) (IC 95 % de la différence : {low} à {high} ; {test}, {p}).",
  finding_gap_lower:
    "{label} : {value_b} ({b}) contre {value_a} ({a}) — écart démontré, {magnitude} de moins ({b}) (IC 95 % de la différence : {low} à {high} ; {test}, {p}).",
  finding_gap_none:
    "{label} : {value_b} ({b}) contre {value_a} ({a}) — pas d'écart démontré ({difference}, IC 95 % : {low} à {high} ; {test}, {p}) : l'écart peut s'expliquer par le hasard des échantillons.",
  test_design_t: "test t selon le plan stratifié",
  test_design_wilcoxon: "test des rangs selon le plan stratifié",
  multiple_none_gap:
    "{question} : aucun des {n} choix ne diffère de façon démontrée entre {b} et {a} (tests ajustés par la méthode de Holm).",
  multiple_some_gap:
    "{question} : choix dont la part diffère de façon démontrée entre {b} et {a} : {k} sur {n} (tests ajustés par la méthode de Holm) ; pour les autres, l'écart peut s'expliquer par le hasard.",
  subtitle_multiple_gap: "% des répondants qui citent chaque choix, {a} et {b} ; plusieurs réponses possibles",
  ordinal_test_gap:
    "Sur toute l'échelle ({question}), rang moyen {mean_b} ({b}) et {mean_a} ({a}) ; test de Wilcoxon–Mann–Whitney, {p}.",
  distribution_test_gap: "{question} — répartition entière, {a} contre {b} : {test}, {p}.",
  likert_summary_gap:
    "Affirmations dont la part d'accord ({agree}) diffère de façon démontrée entre {b} et {a} : {k} sur {n} (tests ajustés par la méthode de Holm).",
  likert_agree_subtitle_gap: "% de réponses {agree}, {a} et {b}",
  likert_agree_communes: "% de réponses {agree}, par commune, sur une même échelle",
  likert_descriptive:
    "Une seule vague, donc aucune comparaison : la part d'accord ({agree}) de chacune des {n} affirmations, avec son IC 95 %, est dans le tableau sous la figure.",
  note_holm_design:
    "Différence : estimée selon le plan stratifié (chaque commune une strate), IC 95 % de Student sur les degrés de liberté du plan ; khi² corrigé de Rao–Scott ; p ajustée par la méthode de Holm sur les {m} tests du rapport.",
  note_design_difference: "IC 95 % de chaque différence selon le plan stratifié (voir le tableau)",
  note_asked_one_wave: "Question posée seulement en {waves} : pas de comparaison possible.",
  note_asked_some_waves: "Question posée seulement en {waves} : comparée entre ces vagues.",
  not_asked: "« {question} » n'a été posée dans aucune vague de cette étude.",
  subtitle_share_by_group: "% des répondants, par groupe",
  subtitle_share_one: "% des répondants, {a}",
  subtitle_multiple_one: "% des répondants qui citent chaque choix, {a} ; plusieurs réponses possibles",
  subtitle_multiple_communes:
    "% des répondants qui citent chaque choix, par commune, sur une même échelle ; plusieurs réponses possibles",
  subtitle_share_by_commune: "% des répondants, par commune, sur une même échelle",
  subtitle_above_by_commune: "% des répondants, par commune, et toutes les communes réunies",
  note_pooled:
    "« Toutes les communes » : les répondants des communes réunis, chaque commune une strate du plan (IC de Korn–Graubard) ; les autres IC sont ceux de Wilson",
  note_pooled_table:
    "Chaque commune : IC 95 % de Wilson. Toutes les communes : estimation selon le plan stratifié (chaque commune une strate), IC 95 % de Korn–Graubard.",
  all_communes: "Toutes les communes",
  descriptive_top: "{question} ({wave}) : réponse la plus fréquente, {answer}, {value} (IC 95 % : {interval}).",
  in_commune_year: "{commune}, en {year}",
  time_descriptive: "{label} ({wave}) : {value} % (IC 95 % : {low} à {high} %).",
  burden_method_exact:
    "Heures par semaine = part du temps × temps de travail (ETP) × 38 h. La part est connue en pourcentage (ligne « pourcentage exact ») ; elle est aussi calculée à partir des tranches (milieu de chaque tranche : 5, 18, 38, 63, 88 %), pour comparer avec une enquête qui ne connaît que les tranches.",
  burden_method_brackets:
    "Heures par semaine = part du temps × temps de travail (ETP) × 38 h. La part n'est connue que par tranche : le milieu de chaque tranche est utilisé (5, 18, 38, 63, 88 %), ce qui rend ces chiffres approximatifs.",
  sample_place: "Enquête menée à {communes}, en {years}.",
  sample_sizes_list:
    "Répondants retenus : {waves}. Les lignes écartées et leurs raisons figurent dans la méthodologie.",
  sample_size_item: "{wave} : {n} (sur {read} lignes lues)",
  sample_size_split: "{wave} : {n} (commune de travail, export {file})",
  sample_split:
    "L'export « {file} » couvre plusieurs communes : il est réparti par la commune où chaque répondant travaille principalement (question A6). {n} répondant(s) retenu(s) ne sont dans aucune commune : {region} travaillent hors de la Région bruxelloise et {blank} n'ont pas indiqué de commune en A6 (réponse vide, ou inconnue : voir la validation).",
  too_small:
    "Attention : trop peu de répondants pour comparer — {waves}. En dessous de {min} répondants, l'intervalle de confiance à 95 % d'une part atteint ±{half} points : seul un très grand écart pourrait être démontré, et un écart plus petit passerait pour une absence de différence. Ces vagues sont montrées avec leurs intervalles, mais ne sont comparées à aucune autre ; elles restent dans les chiffres de toutes les communes réunies.",
  too_small_item: "{wave} ({n} répondants)",
  work_caption: "Commune de travail (A6)",
  work_outside: "Hors de la Région bruxelloise",
  work_other_commune: "Une autre commune bruxelloise",
  col_work_place: "Travaille principalement",
  work_note:
    "Part des répondants de chaque vague selon la commune où ils travaillent principalement (question A6), IC 95 % de Wilson ; une enquête menée dans une commune touche aussi des travailleurs d'autres communes.",
  testimonies_counts_list:
    "« {wording} » — {counts}. Au plus {k} par vague sont montrées, tirées dans un ordre fixe (le même à chaque production du rapport), et pseudonymisées.",
  testimonies_count_item: "{wave} : {n} réponses",
  method_reference_fictional:
    "Référence : {commune}, vagues {waves}, lues par le même chargeur que les autres vagues. Ces données de référence sont fictives (exports simulés de datasets/schaerbeek/) : chaque figure qui les montre porte « Données fictives », et aucune comparaison avec elles n'est un résultat.",
  method_reference_study: "Référence : {commune}, vagues {waves}, lues par le même chargeur que les autres vagues.",
  method_design_waves:
    "Plan d'échantillonnage : chaque vague est une strate (R : svydesign(ids = ~1, strata = ~interaction(vague, commune))), sans pondération ; deux vagues comparées sont deux échantillons indépendants de taille fixée, comparés par le khi², le test exact de Fisher (calcul exact), Wilcoxon–Mann–Whitney, Welch et l'intervalle de Newcombe.",
  method_design_communes:
    "Plan d'échantillonnage : chaque vague de chaque commune est une strate (R : svydesign(ids = ~1, strata = ~interaction(vague, commune))), sans pondération. Deux vagues, ou deux communes, comparées sont deux échantillons indépendants de taille fixée : khi², test exact de Fisher, Wilcoxon–Mann–Whitney, Welch, intervalles de Wilson et de Newcombe. Les chiffres de toutes les communes réunies et la comparaison d'une commune avec les autres réunies passent par le plan stratifié (comme R survey) : proportions de domaine, intervalles de Korn–Graubard, khi² corrigé de Rao–Scott, différence et moyennes selon la loi de Student sur les degrés de liberté du plan.",
  method_comparisons: "Comparaisons ({shape}) : {list}.",
  method_descriptive:
    "Une seule vague : le rapport donne chaque chiffre avec son intervalle de confiance, sans comparaison ni test.",
  shape_descriptive: "une vague",
  shape_years: "plusieurs années d'une commune : chaque vague avec la suivante, et la première avec la dernière",
  shape_communes: "plusieurs communes : côte à côte, réunies, et chaque commune avec les autres",
  shape_both:
    "plusieurs communes et plusieurs années : l'évolution de chaque commune, et les communes d'une même année",
  method_composition_waves:
    "Composition : les répondants de deux vagues ne viennent pas forcément des mêmes structures ni des mêmes fonctions ; les chiffres du temps sont aussi donnés à composition égale (calage de la vague la plus récente sur la composition de la plus ancienne, pour chaque comparaison de deux vagues d'une commune).",
  method_communes:
    "Communes : les chiffres d'une commune ne sont pas calés sur ceux des autres (leurs travailleurs sociaux et leurs services diffèrent) ; une vague de moins de {min} répondants n'est comparée à aucune autre.",
  method_comparability_caption_waves:
    "Questions qui ont changé entre les versions du questionnaire, ou qui n'ont pas été posées dans chaque vague",
  col_compared_across: "Comparable entre",
  csv_compared_across: "comparable_entre",
  comparable_none: "aucune autre vague (posée en {waves} seulement)",
  status_not_asked: "non posée",
  source_reference_fictional: "référence : {commune}, données fictives",
  source_reference: "référence : {commune}",
  multiple_masked: "{question} : tous les chiffres de cette comparaison sont masqués (secret statistique).",
  method_design_one:
    "Plan d'échantillonnage : les répondants de la vague, sans pondération, comme un échantillon aléatoire simple (R : svydesign(ids = ~1)) ; intervalles de Wilson pour une part, de Student pour une moyenne.",
  report_scope: "{communes} — {years}",
} as const;

/** A stable message code of the report package. */
export type ReportMessageCode = keyof typeof fr;
