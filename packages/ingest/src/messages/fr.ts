/** Messages of the ingest package, in French (default). Stable codes; `{…}` are filled in. */
export const fr = {
  // Files that cannot be read at all (IngestError).
  empty_file: "Le fichier « {file} » est vide. Vérifiez que vous avez exporté les réponses et non un modèle vide.",
  binary_file:
    "Le fichier « {file} » n'est ni un CSV ni un classeur Excel lisible (contenu binaire). Exportez les réponses en CSV ou en .xlsx.",
  xlsx_unreadable:
    "Le classeur « {file} » ne peut pas être ouvert ({detail}). Ouvrez-le dans un tableur, enregistrez-le au format .xlsx et réessayez.",
  no_header: "Le fichier « {file} » n'a pas de ligne d'en-tête. La première ligne doit contenir les noms des colonnes.",
  bad_mapping:
    'Le fichier de correspondance « {file} » est illisible : {detail}. Il doit contenir un objet JSON {"colonne du fichier": "identifiant de question"}.',
  // Problems listed in the validation report.
  unmatched_column: "Colonne « {column} » : elle ne correspond à aucune question et sera ignorée.{suggestion}",
  suggestion: " Voulez-vous dire {target} ? Ajoutez-la au fichier de correspondance (--mapping).",
  mojibake:
    "Colonne « {column} », ligne {row} : le texte « {value} » contient des caractères mal décodés. Le fichier n'est sans doute pas en {encoding} : relancez avec --encoding windows-1252 ou utf-8.",
  ragged_row:
    "Ligne {row} : {found} cellules au lieu de {expected}. La ligne est rejetée ; vérifiez les séparateurs et les guillemets dans le fichier.",
  unknown_choice:
    "Colonne « {column} », ligne {row} : « {value} » n'est pas une réponse prévue pour la question {question}. Valeur ignorée ; corrigez-la ou ajoutez ce choix au questionnaire.",
  out_of_range:
    "Colonne « {column} », ligne {row} : {value} est hors de la plage admise ({range}) pour la question {question}. Valeur ignorée ; vérifiez la saisie.",
  not_a_number:
    "Colonne « {column} », ligne {row} : « {value} » n'est pas un nombre (question {question}). Valeur ignorée.{hint}",
  invalid_date:
    "Colonne « {column} », ligne {row} : « {value} » n'est pas une date (attendu : AAAA-MM-JJ ou JJ/MM/AAAA). Valeur ignorée.",
  required_missing:
    "Ligne {row} : la question obligatoire {question} est sans réponse. La ligne est gardée ; la réponse compte comme manquante.",
  not_asked:
    "Colonne « {column} », ligne {row} : une réponse (« {value} ») est donnée alors que la question {question} ne devait pas être posée (logique de saut). Valeur ignorée.",
  duplicate_id:
    "Ligne {row} : l'identifiant « {value} » figure déjà à la ligne {first}, avec d'autres réponses. La ligne est rejetée ; vérifiez lequel des deux questionnaires est le bon.",
  duplicate_response: "Ligne {row} : réponses identiques à celles de la ligne {first} (doublon). La ligne est rejetée.",
  missing_id: "Ligne {row} : pas d'identifiant de répondant ; l'identifiant « {value} » a été attribué.",
  // ---- Field kit: a duration written where a number is expected (« 2h30 ») ----
  duration_hint:
    " C'est une durée : tapez un nombre dans l'unité de la question, par exemple {minutes} si elle demande des minutes, {hours} si elle demande des heures.",
  // ---- Exporters and column recognition (issue 12) ----
  no_matching_column:
    "Aucune colonne du fichier « {file} » ne correspond au questionnaire {instrument}. Vérifiez le questionnaire choisi (--instrument), proposez une correspondance avec --write-mapping, ou exportez de nouveau avec ces options :{help}",
  export_help_kobo:
    "KoboToolbox : Données › Téléchargements, type d'export « XLS » ou « CSV », « Format pour les valeurs et l'en-tête » = « Valeurs et en-tête XML » (ou les libellés du questionnaire, en français ou en néerlandais), « Exporter Choix multiple questions comme… » au choix, « Inclure les groupes dans les en-têtes » au choix.",
  export_help_limesurvey:
    "LimeSurvey : Réponses › Exporter, format CSV ou Microsoft Excel, en-têtes « Code de la question » (ou « Code de la question & texte de la question », ou texte complet), réponses en codes ou complètes ; ne renommez pas les codes des sous-questions et réponses (SQ001, AO01) ou fournissez une correspondance.",
  export_help_google_forms:
    "Google Forms : onglet Réponses › Télécharger les réponses (.csv), sans modifier les titres des questions ; ou la feuille Google Sheets liée, Fichier › Télécharger › .xlsx ou .csv.",
  export_help_codebook:
    "CSV codebook : une colonne par identifiant de question (A1, B1_pct, C1__cpas, A1__autre_texte), codes des choix, TRUE/FALSE par choix (exemple : datasets/simulated/worker-2025.fictif.csv).",
  missing_column:
    "Question {question} : aucune colonne du fichier ne lui correspond.{dependents_text} Ajoutez sa colonne à l'export ou au fichier de correspondance (--mapping).",
  missing_column_dependents:
    " {answers} réponse(s) aux questions {dependents}, qui en dépendent (logique de saut), n'ont pas pu être vérifiées.",
  duplicate_column:
    "Colonne « {column} » : elle correspond à {target}, déjà alimentée par la colonne « {first} ». Elle est ignorée ; corrigez le fichier de correspondance si c'est elle la bonne.",
} as const;

/** A stable message code of the ingest package. */
export type IngestMessageCode = keyof typeof fr;
