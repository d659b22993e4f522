/** Messages of the report package and the `monitoring` command, in French (default). Stable codes. */
export const fr = {
  usage: `monitoring — monitoring social de l'exclusion numérique

Utilisation : pnpm monitoring <commande> [options]

Commandes :
  codebook   affiche le codebook d'un questionnaire (Markdown)
  simulate   crée un jeu de réponses fictives (CSV) pour essayer la chaîne
  validate   vérifie un export d'enquête (CSV, XLSX) et affiche le rapport de validation
  report     produit le rapport d'une commune (HTML FR et NL, figures, tableaux) à partir d'une définition
  help       affiche cette aide

Options communes :
  --lang fr|nl          langue des textes (défaut : fr)
  --instrument <id>     questionnaire, par exemple worker@2021 ou worker@2025 (défaut : worker@2025)

Options de simulate :
  --n <nombre>          nombre de répondants fictifs (défaut : 200)
  --seed <nombre>       graine du hasard : même graine, même fichier (défaut : 1)
  --out <fichier>       fichier CSV à écrire (défaut : sortie standard)

Options de validate (pnpm monitoring validate <fichier> --instrument worker@2025) :
  --mapping <fichier>   correspondance colonnes → questions (JSON)
  --format kobo|limesurvey|google-forms|codebook   (défaut : détecté)
  --encoding utf-8|utf-8-bom|windows-1252|utf-16le|utf-16be   (défaut : détecté)
  --delimiter ","|";"|tab   (défaut : détecté, ou annoncé par une première ligne « sep=; »)
  --sheet <nom>         feuille d'un classeur .xlsx (défaut : la première feuille visible)
  --out <dossier>       écrit aussi le rapport (Markdown, JSON) et les lignes rejetées (CSV)
  --fictional           marque les données comme fictives
  Code de sortie : 0 aucune ligne rejetée, 1 des lignes rejetées, 2 fichier illisible ou sans aucune réponse.

Options de report (pnpm monitoring report reports/ma-commune/rapport.json) :
  La définition (JSON) donne les deux fichiers de réponses, la commune, le titre et la source ;
  sans « sections », les sections standard du questionnaire s'appliquent.
  --out <dossier>       dossier du rapport (défaut : celui de la définition)
  --no-raster           ne produit pas les PNG et PDF des figures (plus rapide)`,
  missing_file: "Indiquez le fichier à valider : pnpm monitoring validate <fichier> --instrument worker@2025.",
  unreadable_file: "Le fichier « {file} » ne peut pas être ouvert ({detail}). Vérifiez le chemin.",
  bad_mapping:
    'Le fichier de correspondance « {file} » est illisible ({detail}). Il doit contenir un objet JSON {"colonne du fichier": "identifiant de question"}.',
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
    "Les deux vagues portent la même année ({year}). Indiquez l'année de chaque vague (champ « year ») pour pouvoir les comparer.",
  def_not_json: "La définition de rapport « {file} » n'est pas un JSON valide ({detail}).",
  def_invalid: "La définition de rapport « {file} » doit être corrigée :{problems}",
  def_bad_id:
    "Identifiant « {value} » invalide : utilisez des minuscules, des chiffres et des tirets (par exemple « schaerbeek-2021-2025 »).",
  def_missing_text: 'Le champ « {field} » doit donner un texte en français et en néerlandais ({ "fr": …, "nl": … }).',
  def_missing_commune: "Indiquez la commune de l'enquête (champ « commune », par exemple « 1030 »).",
  def_two_waves: "Le champ « waves » doit contenir exactement deux vagues, la plus ancienne d'abord.",
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
    "{label} : {value_a} en {a}, {value_b} en {b} — hausse de {magnitude} (IC 95 % de la différence : {low} à {high} ; {test}, {p}).",
  finding_fall:
    "{label} : {value_a} en {a}, {value_b} en {b} — baisse de {magnitude} (IC 95 % de la différence : {low} à {high} ; {test}, {p}).",
  finding_no_difference:
    "{label} : {value_a} en {a}, {value_b} en {b} — pas de différence démontrée ({difference}, IC 95 % : {low} à {high} ; {test}, {p}) : l'écart peut s'expliquer par le hasard de l'échantillon.",
  finding_suppressed: "{label} : trop peu de réponses pour publier ce chiffre (moins de 5 répondants).",
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
    "Répondants retenus : {n_a} en {a} (sur {read_a} lignes lues) et {n_b} en {b} (sur {read_b} lignes lues). Les lignes écartées et leurs raisons figurent dans la méthodologie.",
  composition_test: "Répartition par {question}, {a} contre {b} : {test}, {p}.",
  distribution_test: "{question} — répartition entière, d'une vague à l'autre : {test}, {p}.",
  ordinal_test:
    "Sur toute l'échelle ({question}), rang moyen {mean_a} en {a} et {mean_b} en {b} ; test de Wilcoxon–Mann–Whitney, {p}.",
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
    "Heures par semaine = part du temps × temps de travail (ETP) × 38 h. En {a}, la part n'est connue que par tranche : le milieu de chaque tranche est utilisé (5, 18, 38, 63, 88 %). Pour comparer à méthode égale, {b} est aussi calculé à partir des tranches ; la ligne « pourcentage exact » utilise la réponse en pourcentage de {b}.",
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
    "« {wording} » — {n_a} réponses en {a}, {n_b} en {b}. Au plus {k} par vague sont montrées, tirées dans un ordre fixe (le même à chaque production du rapport), et pseudonymisées.",
  testimonies_privacy:
    "Les témoignages sont pseudonymisés : adresses électroniques, numéros de téléphone, numéros de registre national et IBAN sont remplacés ({n} remplacement(s) ici). Les noms et détails identifiants ne sont pas détectés automatiquement : relisez chaque témoignage avant publication.",
  key_findings_fictional:
    "Ces constats sont calculés sur des données fictives : ils montrent ce que le rapport dira, ce ne sont pas des résultats.",
  key_findings_reading:
    "Lecture : une « hausse » ou une « baisse » n'est écrite que si la différence est significative au seuil de {alpha} après ajustement pour tests multiples et si son intervalle de confiance exclut 0 ; sinon, le rapport dit qu'aucune différence n'est démontrée.",
  subtitle_multiple: "% des répondants qui citent chaque choix, {a} → {b} ; plusieurs réponses possibles",
  subtitle_distribution: "Répartition des réponses, par vague (%)",
  subtitle_share_by_wave: "% des répondants, par vague",
  subtitle_likert: "Répartition des réponses (%), du désaccord (à gauche) à l'accord (à droite)",
  note_multiple: "plusieurs réponses possibles : les parts ne s'additionnent pas à 100 %",
  note_holm:
    "Différence : IC 95 % de Newcombe ; test du khi² ou exact de Fisher selon les effectifs attendus ; p ajustée par la méthode de Holm.",
  note_missing_excluded: "réponses {answers} exclues des pourcentages",
  note_newcombe: "IC 95 % de Newcombe pour chaque différence (voir le tableau)",
  suppressed_cell: "n < 5",
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
  method_adjustment:
    "Tests multiples : quand une question a plusieurs choix (ou une batterie plusieurs affirmations), les p-valeurs sont ajustées par la méthode de Holm ; une différence est dite significative si la p ajustée est inférieure à {alpha} et si son intervalle exclut 0.",
  method_wording:
    "Formulation : une différence non significative n'est jamais appelée hausse ou baisse ; le rapport écrit qu'aucune différence n'est démontrée.",
  method_composition:
    "Composition : les répondants des deux vagues ne viennent pas forcément des mêmes structures ni des mêmes fonctions ; les chiffres du temps sont aussi donnés à composition égale (calage de la seconde vague sur la première).",
  method_suppression:
    "Secret statistique : une cellule de moins de {threshold} répondants n'est ni montrée ni exportée (« n < {threshold} ») ; elle n'est jamais dessinée comme un zéro.",
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
} as const;

/** A stable message code of the report package. */
export type ReportMessageCode = keyof typeof fr;
