/** Messages of the report package and the `monitoring` command, in French (default). Stable codes. */
export const fr = {
  usage: `monitoring — monitoring social de l'exclusion numérique

Utilisation : pnpm monitoring <commande> [options]

Commandes :
  codebook   affiche le codebook d'un questionnaire (Markdown)
  simulate   crée un jeu de réponses fictives (CSV) pour essayer la chaîne
  validate   vérifie un export d'enquête (CSV, XLSX) et affiche le rapport de validation
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
  --delimiter ","|";"|tab   (défaut : détecté)
  --out <dossier>       écrit aussi le rapport (Markdown, JSON) et les lignes rejetées (CSV)
  --fictional           marque les données comme fictives
  Code de sortie : 0 aucune ligne rejetée, 1 des lignes rejetées, 2 fichier illisible.`,
  missing_file: "Indiquez le fichier à valider : pnpm monitoring validate <fichier> --instrument worker@2025.",
  unreadable_file: "Le fichier « {file} » ne peut pas être ouvert ({detail}). Vérifiez le chemin.",
  bad_mapping:
    'Le fichier de correspondance « {file} » est illisible ({detail}). Il doit contenir un objet JSON {"colonne du fichier": "identifiant de question"}.',
  bad_choice: "Option --{option} : « {value} » n'est pas permis. Valeurs possibles : {allowed}.",
  unknown_command: "Commande « {command} » inconnue. Tapez « pnpm monitoring help » pour la liste des commandes.",
  unknown_instrument: "Questionnaire « {instrument} » inconnu. Questionnaires disponibles : {available}.",
  bad_option: "Option invalide : {detail}. Tapez « pnpm monitoring help ».",
  bad_number: "L'option --{option} attend un nombre entier positif, pas « {value} ».",
  bad_language: "Langue « {value} » inconnue : utilisez fr ou nl.",
  simulated: "{n} répondants fictifs ({instrument}, graine {seed}) écrits dans {file}.",
  fictional_notice:
    "Attention : données fictives, produites par simulation. Ne les présentez jamais comme des résultats.",
} as const;

/** A stable message code of the report package. */
export type ReportMessageCode = keyof typeof fr;
