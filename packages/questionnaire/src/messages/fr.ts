/** Messages of the questionnaire package, in French (the default language). Stable codes. */
export const fr = {
  duplicate_question_id:
    "Question « {id} » : cet identifiant est utilisé plusieurs fois. Donnez un identifiant unique à chaque question.",
  invalid_question_id:
    "Question « {id} » : identifiant invalide. Utilisez des lettres sans accent, des chiffres et « _ », sans espace, en commençant par une lettre.",
  unknown_kind: "Question « {id} » : type « {kind} » inconnu. Types possibles : {kinds}.",
  unknown_module: "Question « {id} » : module « {module} » inconnu. Déclarez-le dans la liste des modules.",
  missing_label: "{where} : le libellé en {language} manque. Ajoutez la traduction.",
  missing_list: "Question « {id} » : une question à choix doit indiquer sa liste de choix.",
  unknown_list: "Question « {id} » : la liste de choix « {list} » n'existe pas.",
  unexpected_list:
    "Question « {id} » : une question de type « {kind} » n'a pas de liste de choix ; retirez « {list} ».",
  empty_list: "Liste de choix « {list} » : elle ne contient aucun choix.",
  duplicate_list: "Liste de choix « {list} » : ce nom est utilisé plusieurs fois.",
  invalid_choice_code:
    "Liste « {list} » : le code « {code} » est invalide (espaces, accents ou signes interdits). Utilisez par exemple « {suggestion} ».",
  duplicate_choice_code: "Liste « {list} » : le code « {code} » apparaît plusieurs fois.",
  ordinal_without_rank: "Question « {id} » : le choix « {code} » de l'échelle ordinale n'a pas de rang (value).",
  invalid_range: "Question « {id} » : plage invalide (min {min}, max {max}).",
  range_on_non_numeric: "Question « {id} » : une plage n'a de sens que pour une question numérique.",
  skip_unknown_question: "Question « {id} » : la condition d'affichage renvoie à « {target} », qui n'existe pas.",
  skip_forward:
    "Question « {id} » : la condition d'affichage renvoie à « {target} », qui vient après (ou est la question elle-même). Une condition ne peut porter que sur une question précédente.",
  skip_wrong_kind: "Question « {id} » : la condition « {op} » ne s'applique pas à « {target} » (type {kind}).",
  skip_unknown_choice:
    "Question « {id} » : la condition d'affichage utilise le code « {code} », absent de la liste de « {target} ».",
  question: "Question « {id} »",
  choice: "Liste « {list} », choix « {code} »",
  module: "Module « {id} »",
  title: "Titre de l'instrument",
  language_fr: "français",
  language_nl: "néerlandais",
  xlsform_unreadable:
    "Le fichier XLSForm ne peut pas être lu comme un classeur .xlsx ({detail}). Enregistrez-le au format Excel (.xlsx) et réessayez.",
  xlsform_missing_sheet:
    "XLSForm : la feuille « {sheet} » manque. Un XLSForm contient les feuilles survey, choices et settings.",
  xlsform_missing_column: "XLSForm, feuille « {sheet} » : la colonne « {column} » manque.",
  xlsform_unknown_type:
    "XLSForm, feuille « survey », ligne {row} : type « {type} » non pris en charge pour la question « {name} ». Types possibles : select_one, select_multiple, integer, decimal, text, date.",
  xlsform_unknown_list:
    "XLSForm, feuille « survey », ligne {row} : la question « {name} » utilise la liste « {list} », absente de la feuille choices.",
  xlsform_bad_expression:
    "XLSForm, feuille « survey », ligne {row}, question « {name} » : la condition « {expression} » n'est pas comprise ({detail}). Utilisez par exemple ${A1} = 'cpas', selected(${C1}, 'commune'), ${A4} >= 2, reliées par and / or / not(…).",
  xlsform_bad_number: "XLSForm, feuille « {sheet} », ligne {row} : « {value} » n'est pas un nombre (colonne {column}).",
  xlsform_outside_group:
    "XLSForm, feuille « survey », ligne {row} : la question « {name} » doit être placée dans un groupe (module).",
  note_reworded: "La formulation de la question a changé entre {older} et {newer} ; la comparaison reste indicative.",
  note_binned:
    "En {version}, la réponse était un nombre ; elle a été regroupée dans les tranches de {other} pour la comparaison.",
  note_recoded: "Des catégories de {version} ont été regroupées ou renommées pour correspondre à celles de {other}.",
  note_partial: "Choix présents dans une seule vague, exclus de la comparaison : {choices}.",
  note_only_one_version: "Question posée seulement en {version} : pas de comparaison possible.",
  note_not_comparable: "Les deux vagues ne mesurent pas la même chose : pas de comparaison.",
  harmonisation_unknown_question:
    "Harmonisation « {harmonisation} », question « {target} » : la question source « {question} » n'existe pas dans la version {version}.",
  harmonisation_unknown_code:
    "Harmonisation « {harmonisation} », question « {target} » : le code « {code} » n'existe pas dans la liste de « {question} » ({version}).",
  harmonisation_bad_bins:
    "Harmonisation « {harmonisation} », question « {target} » : les tranches doivent être croissantes et utiliser les codes de la question de comparaison.",
  harmonisation_bad_source:
    "Harmonisation « {harmonisation} », question « {target} » : la règle « {op} » ne convient pas à une question de type « {kind} » ({version}).",
  harmonisation_duplicate_target:
    "Harmonisation « {harmonisation} » : la question de comparaison « {target} » est définie plusieurs fois.",
  // ---- Field kit: paper form and data-entry template ----
  paper_respondent: "N° de répondant",
  paper_page: "Page",
  paper_commune: "Commune : {commune}",
  paper_intro_why_title: "Pourquoi ce questionnaire ?",
  paper_intro_why:
    "Vous êtes travailleur ou travailleuse social·e.\nVous aidez des personnes à faire des démarches administratives.\nBeaucoup de démarches se font maintenant sur internet.\nNous voulons savoir ce que cela change dans votre travail.\nVos réponses nous aident à parler avec la commune.",
  paper_intro_how_title: "Comment répondre ?",
  paper_intro_how:
    "Lisez chaque question.\nCochez une case comme ceci : {ticked}\nÉcrivez un nombre dans les cases : un chiffre par case.\nVous vous êtes trompé·e ? Noircissez la case : {cancelled}\nPuis cochez la bonne case.\nParfois, une flèche → vous dit de passer à une autre question.\nVous ne savez pas répondre ? Passez à la question suivante.",
  paper_intro_privacy_title: "Vos réponses sont anonymes",
  paper_intro_privacy:
    "N'écrivez pas votre nom.\nN'écrivez pas le nom des personnes que vous aidez.\nVous pouvez remplir ce questionnaire seul·e.\nUne autre personne peut aussi vous lire les questions et noter vos réponses.\nLe numéro en haut des pages est écrit par l'équipe de l'enquête.\nIl ne dit pas qui vous êtes.",
  paper_one_box: "Cochez une seule case.",
  paper_many_boxes: "Cochez toutes les cases qui conviennent.",
  paper_one_box_per_row: "Cochez une case par ligne.",
  paper_number: "Écrivez un nombre, un chiffre par case.",
  paper_range_between: "Un nombre de {min} à {max}.",
  paper_range_min: "Un nombre, au moins {min}.",
  paper_range_max: "Un nombre, au plus {max}.",
  paper_date: "jour / mois / année",
  paper_text: "Écrivez votre réponse sur les lignes.",
  paper_specify: "Précisez :",
  paper_quote: "« {text} »",
  paper_list_or: " ou ",
  paper_and: " et ",
  paper_or: " ou ",
  paper_goto_question: "la question {question}",
  paper_goto_end: "la fin du questionnaire",
  paper_filter: "Répondez à cette question seulement si {condition}.",
  paper_filter_otherwise: "Sinon, passez à {goto}.",
  paper_jump_choices: "Si vous avez répondu {answers}, passez à {goto}.",
  paper_jump_not_ticked: "Si vous n'avez pas coché {answers}, passez à {goto}.",
  paper_jump_none_of: "Si vous n'avez coché aucune de ces cases : {answers}, passez à {goto}.",
  paper_jump_none_ticked: "Si vous n'avez coché aucune case, passez à {goto}.",
  paper_jump_number: "Si vous avez écrit {comparison}, passez à {goto}.",
  paper_jump_blank: "Si vous n'avez pas répondu, passez à {goto}.",
  paper_cond_in: "vous avez répondu {answers} à la question {question}",
  paper_cond_not_in: "vous n'avez pas répondu {answers} à la question {question}",
  paper_cond_selected: "vous avez coché {answers} à la question {question}",
  paper_cond_not_selected: "vous n'avez pas coché {answers} à la question {question}",
  paper_cond_answered: "vous avez répondu à la question {question}",
  paper_cond_not_answered: "vous n'avez pas répondu à la question {question}",
  paper_cond_ticked_any: "vous avez coché au moins une case à la question {question}",
  paper_cond_ticked_none: "vous n'avez coché aucune case à la question {question}",
  paper_cond_compare: "vous avez écrit {comparison} à la question {question}",
  paper_cmp_gt: "plus de {value}",
  paper_cmp_ge: "{value} ou plus",
  paper_cmp_lt: "moins de {value}",
  paper_cmp_le: "{value} ou moins",
  paper_cmp_eq: "{value}",
  paper_cmp_ne: "autre chose que {value}",
  paper_thanks: "Merci pour vos réponses !",
  paper_return: "Rendez ce questionnaire à :",
} as const;

/** A stable message code of the questionnaire package. */
export type QuestionnaireMessageCode = keyof typeof fr;
