/** Messages of the ingest package, in French (default). Stable codes; `{…}` are filled in. */
export const fr = {
  // Files that cannot be read at all (IngestError).
  empty_file: "Le fichier « {file} » est vide. Vérifiez que vous avez exporté les réponses et non un modèle vide.",
  binary_file:
    "Le fichier « {file} » n'est ni un CSV ni un classeur Excel lisible (contenu binaire). Exportez les réponses en CSV ou en .xlsx.",
  xlsx_unreadable:
    "Le classeur « {file} » ne peut pas être lu : son contenu est endommagé ou n'est pas celui d'un classeur Excel. Ouvrez-le dans un tableur, enregistrez-le au format .xlsx et réessayez.",
  no_header: "Le fichier « {file} » n'a pas de ligne d'en-tête. La première ligne doit contenir les noms des colonnes.",
  bad_mapping:
    'Le fichier de correspondance « {file} » est illisible : {detail}. Il doit contenir un objet JSON {"colonne du fichier": "identifiant de question"}.',
  // Problems listed in the validation report.
  unmatched_column: "Colonne « {column} » : elle ne correspond à aucune question et sera ignorée.{suggestion}",
  suggestion: " Voulez-vous dire {target} ? Ajoutez-la au fichier de correspondance (--mapping).",
  mojibake:
    "Colonne « {column} », ligne {row} : le texte « {value} » contient des caractères mal décodés. Le fichier n'est sans doute pas en {encoding} : relancez avec --encoding windows-1252 ou utf-8.",
  ragged_row:
    "Ligne {row}{lines} : {found} cellules au lieu de {expected}. La ligne est rejetée ; vérifiez les séparateurs et les guillemets dans le fichier.",
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

  // ---- Hostile and damaged files (issue 11): limits, quotes, lines, workbooks. ----
  // Files refused (IngestError).
  limit_text_size:
    "Le fichier « {file} » fait {size} Mo, au-delà de la limite de {max} Mo pour un fichier texte. Coupez-le en plusieurs fichiers (par exemple par période) et validez chacun.",
  limit_uncompressed:
    "Le classeur « {file} » se décompresse en {size} Mo, au-delà de la limite de {max} Mo : il n'est pas ouvert (un classeur de réponses pèse bien moins ; celui-ci est peut-être piégé). Enregistrez les réponses en CSV et réessayez.",
  limit_inflated:
    "Le classeur « {file} » contient un fichier interne ({name}) qui se décompresse en plus que la taille qu'il annonce : le classeur est endommagé ou piégé, et n'est pas ouvert (limite : {max} Mo décompressés). Enregistrez les réponses en CSV et réessayez.",
  limit_zip_entries:
    "Le classeur « {file} » contient {count} fichiers internes, au-delà de la limite de {max} : il n'est pas ouvert. Enregistrez les réponses en CSV et réessayez.",
  limit_columns:
    "Le fichier « {file} » a {count} colonnes, au-delà de la limite de {max}. Un export de questionnaire en a bien moins : vérifiez le séparateur (--delimiter) ou supprimez les colonnes inutiles dans une copie du fichier.",
  limit_header_cell:
    "Fichier « {file} », ligne {line} (en-tête) : le nom de la colonne {index} compte {length} caractères, au-delà de la limite de {max}. Vérifiez les guillemets de la ligne d'en-tête.",
  header_unclosed_quote:
    "Fichier « {file} », ligne {line} (en-tête) : un guillemet (\") ouvert dans un nom de colonne n'est pas refermé sur sa ligne ; l'en-tête engloberait les lignes suivantes. Corrigez ce guillemet dans le fichier et réessayez.",
  too_many_broken_rows:
    "Le fichier « {file} » a plus de {max} lignes rejetées pour un guillemet non refermé (la dernière à la ligne {line} du fichier texte) : ce n'est sans doute pas un CSV avec ce séparateur, ou ses guillemets sont abîmés. Vérifiez le fichier, ou indiquez le séparateur (--delimiter).",
  bad_sep_line:
    "Le fichier « {file} » commence par la ligne « sep={value} », qui annonce un séparateur que l'outil ne lit pas. Utilisez la virgule, le point-virgule ou la tabulation (par exemple « sep=; »).",
  no_responses:
    "Le fichier « {file} » ne contient aucune réponse : seulement la ligne d'en-tête (et d'éventuelles lignes vides). Vérifiez que vous avez exporté les réponses, et non le modèle vide du questionnaire.",
  old_workbook:
    "Le fichier « {file} » est un classeur Excel ancien (.xls) ou protégé par un mot de passe, que l'outil ne lit pas. Ouvrez-le dans Excel et enregistrez-le au format .xlsx sans mot de passe, ou en CSV.",
  ods_workbook:
    "Le fichier « {file} » est un classeur OpenDocument (.ods, LibreOffice), que l'outil ne lit pas. Enregistrez-le au format .xlsx ou CSV.",
  not_a_workbook:
    "Le fichier « {file} » est une archive ZIP, mais pas un classeur Excel (.xlsx). Exportez les réponses en .xlsx ou en CSV.",
  zip_damaged:
    "Le classeur « {file} » est endommagé (archive ZIP incomplète ou abîmée, peut-être un téléchargement interrompu). Téléchargez-le ou exportez-le à nouveau.",
  sheet_not_found: "Le classeur « {file} » n'a pas de feuille « {sheet} ». Feuilles du classeur : {sheets}.",
  empty_sheet:
    "La feuille « {sheet} » du classeur « {file} » est vide. Feuilles du classeur : {sheets} ; choisissez celle des réponses avec --sheet.",
  // Problems listed in the validation report.
  lines_one: " (ligne {line} du fichier texte)",
  lines_range: " (lignes {line} à {lastLine} du fichier texte)",
  unclosed_quote:
    'Ligne {row}{lines} : la cellule « {column} » commence par un guillemet (") qui n\'est pas refermé sur sa ligne : la suite du fichier y serait avalée. La ligne est rejetée ; les lignes suivantes sont lues chacune comme une réponse. Corrigez ce guillemet dans le fichier (dans un texte, un guillemet s\'écrit "").',
  too_many_lines:
    "Ligne {row}{lines} : la cellule « {column} » s'étend sur plus de {max} lignes du fichier texte, au-delà de la limite. La ligne est rejetée ; vérifiez ses guillemets (un guillemet mal placé a pu l'ouvrir) et ses retours à la ligne.",
  cell_too_long:
    "Ligne {row}{lines} : la cellule « {column} » compte {length} caractères, au-delà de la limite de {max} (le maximum d'une cellule Excel). La ligne est rejetée ; vérifiez cette cellule dans le fichier.",
  multiline_row:
    "Ligne {row} (lignes {line} à {lastLine} du fichier texte) : la cellule « {column} » contient des retours à la ligne ; elle est lue comme un seul texte. Vérifiez qu'elle ne contient pas d'autres réponses.",
  reread_line:
    "Ligne {row}{lines} : cette ligne était englobée dans la cellule ouverte par un guillemet à la ligne {from} du fichier texte (rejetée) ; elle est lue comme une réponse à part. Vérifiez qu'elle en est bien une.",
  lines_unaccounted:
    "Le fichier « {file} » compte {total} lignes, mais la lecture n'en retrouve que {counted} (en-tête, réponses et lignes vides). Des lignes ont pu être mal lues : vérifiez les guillemets et les retours à la ligne du fichier.",
  duplicate_column:
    "Colonnes {letter} et {other} (« {column} ») : les deux alimentent la même réponse, « {target} ». Seule la colonne {letter} est lue, la colonne {other} est ignorée ; elles diffèrent sur {differing} ligne(s), la première étant la ligne {first}. Gardez une seule de ces colonnes dans une copie du fichier.",
  duplicate_column_same:
    "Colonnes {letter} et {other} (« {column} ») : les deux alimentent la même réponse, « {target} ». Seule la colonne {letter} est lue, la colonne {other} est ignorée ; elles sont identiques sur toutes les lignes, rien n'est perdu.",
  merged_cells:
    "Cellules fusionnées {range} (colonne « {column} ») : la valeur « {value} » n'est lue que dans la première cellule ; les autres cellules de la fusion sont lues vides. Si la valeur vaut pour chacune, défaites la fusion et recopiez-la dans chaque cellule.",
  hidden_sheets:
    "Le classeur contient des feuilles masquées ({sheets}), qui n'ont pas été lues ; seule la feuille « {sheet} » l'a été. Si les réponses sont dans une feuille masquée, relancez avec --sheet et son nom.",
  other_sheets:
    "Le classeur contient d'autres feuilles qui semblent contenir des réponses ({sheets}) ; elles n'ont pas été lues : seule la feuille « {sheet} » l'a été (--sheet pour en choisir une autre).",
  hidden_rows:
    "Feuille « {sheet} » : {count} ligne(s) masquée(s) ({rows}), lues comme les autres. Pour écarter une réponse, supprimez sa ligne dans une copie du fichier plutôt que de la masquer.",
  hidden_columns: "Feuille « {sheet} » : colonne(s) masquée(s) {columns}, lues comme les autres.",
} as const;

/** A stable message code of the ingest package. */
export type IngestMessageCode = keyof typeof fr;
