import type { QuestionnaireMessageCode } from "./fr.ts";

/** Messages of the questionnaire package, in Dutch. Same codes as French. */
export const nl: Readonly<Record<QuestionnaireMessageCode, string>> = {
  duplicate_question_id:
    "Vraag ‘{id}’: deze identificatie wordt meermaals gebruikt. Geef elke vraag een unieke identificatie.",
  invalid_question_id:
    "Vraag ‘{id}’: ongeldige identificatie. Gebruik letters zonder accenten, cijfers en ‘_’, zonder spaties, en begin met een letter.",
  unknown_kind: "Vraag ‘{id}’: onbekend type ‘{kind}’. Mogelijke types: {kinds}.",
  unknown_module: "Vraag ‘{id}’: onbekende module ‘{module}’. Voeg ze toe aan de lijst van modules.",
  missing_label: "{where}: het label in het {language} ontbreekt. Voeg de vertaling toe.",
  missing_list: "Vraag ‘{id}’: een keuzevraag moet haar keuzelijst vermelden.",
  unknown_list: "Vraag ‘{id}’: de keuzelijst ‘{list}’ bestaat niet.",
  unexpected_list: "Vraag ‘{id}’: een vraag van het type ‘{kind}’ heeft geen keuzelijst; verwijder ‘{list}’.",
  empty_list: "Keuzelijst ‘{list}’: ze bevat geen enkele keuze.",
  duplicate_list: "Keuzelijst ‘{list}’: deze naam wordt meermaals gebruikt.",
  invalid_choice_code:
    "Lijst ‘{list}’: de code ‘{code}’ is ongeldig (spaties, accenten of verboden tekens). Gebruik bijvoorbeeld ‘{suggestion}’.",
  duplicate_choice_code: "Lijst ‘{list}’: de code ‘{code}’ komt meermaals voor.",
  ordinal_without_rank: "Vraag ‘{id}’: de keuze ‘{code}’ van de ordinale schaal heeft geen rang (value).",
  invalid_range: "Vraag ‘{id}’: ongeldig bereik (min {min}, max {max}).",
  range_on_non_numeric: "Vraag ‘{id}’: een bereik heeft enkel zin voor een numerieke vraag.",
  skip_unknown_question: "Vraag ‘{id}’: de weergavevoorwaarde verwijst naar ‘{target}’, die niet bestaat.",
  skip_forward:
    "Vraag ‘{id}’: de weergavevoorwaarde verwijst naar ‘{target}’, die later komt (of de vraag zelf is). Een voorwaarde mag enkel op een eerdere vraag slaan.",
  skip_wrong_kind: "Vraag ‘{id}’: de voorwaarde ‘{op}’ is niet van toepassing op ‘{target}’ (type {kind}).",
  skip_unknown_choice:
    "Vraag ‘{id}’: de weergavevoorwaarde gebruikt de code ‘{code}’, die niet in de lijst van ‘{target}’ staat.",
  question: "Vraag ‘{id}’",
  choice: "Lijst ‘{list}’, keuze ‘{code}’",
  module: "Module ‘{id}’",
  title: "Titel van het instrument",
  language_fr: "Frans",
  language_nl: "Nederlands",
  xlsform_unreadable:
    "Het XLSForm-bestand kan niet als .xlsx-werkmap gelezen worden ({detail}). Sla het op in Excel-formaat (.xlsx) en probeer opnieuw.",
  xlsform_missing_sheet:
    "XLSForm: het blad ‘{sheet}’ ontbreekt. Een XLSForm bevat de bladen survey, choices en settings.",
  xlsform_missing_column: "XLSForm, blad ‘{sheet}’: de kolom ‘{column}’ ontbreekt.",
  xlsform_unknown_type:
    "XLSForm, blad ‘survey’, rij {row}: type ‘{type}’ wordt niet ondersteund voor de vraag ‘{name}’. Mogelijke types: select_one, select_multiple, integer, decimal, text, date.",
  xlsform_unknown_list:
    "XLSForm, blad ‘survey’, rij {row}: de vraag ‘{name}’ gebruikt de lijst ‘{list}’, die niet in het blad choices staat.",
  xlsform_bad_expression:
    "XLSForm, blad ‘survey’, rij {row}, vraag ‘{name}’: de voorwaarde ‘{expression}’ wordt niet begrepen ({detail}). Gebruik bijvoorbeeld ${A1} = 'cpas', selected(${C1}, 'commune'), ${A4} >= 2, verbonden met and / or / not(…).",
  xlsform_bad_number: "XLSForm, blad ‘{sheet}’, rij {row}: ‘{value}’ is geen getal (kolom {column}).",
  xlsform_outside_group: "XLSForm, blad ‘survey’, rij {row}: de vraag ‘{name}’ moet in een groep (module) staan.",
  note_reworded: "De formulering van de vraag is veranderd tussen {older} en {newer}; de vergelijking is indicatief.",
  note_binned:
    "In {version} was het antwoord een getal; het werd voor de vergelijking ingedeeld in de klassen van {other}.",
  note_recoded: "Categorieën van {version} werden samengevoegd of hernoemd om overeen te komen met die van {other}.",
  note_partial: "Keuzes die maar in één golf voorkomen, zijn niet in de vergelijking opgenomen: {choices}.",
  note_only_one_version: "Vraag enkel gesteld in {version}: geen vergelijking mogelijk.",
  note_not_comparable: "De twee golven meten niet hetzelfde: geen vergelijking.",
  harmonisation_unknown_question:
    "Harmonisatie ‘{harmonisation}’, vraag ‘{target}’: de bronvraag ‘{question}’ bestaat niet in versie {version}.",
  harmonisation_unknown_code:
    "Harmonisatie ‘{harmonisation}’, vraag ‘{target}’: de code ‘{code}’ staat niet in de lijst van ‘{question}’ ({version}).",
  harmonisation_bad_bins:
    "Harmonisatie ‘{harmonisation}’, vraag ‘{target}’: de klassen moeten stijgend zijn en de codes van de vergelijkingsvraag gebruiken.",
  harmonisation_bad_source:
    "Harmonisatie ‘{harmonisation}’, vraag ‘{target}’: de regel ‘{op}’ past niet bij een vraag van het type ‘{kind}’ ({version}).",
  harmonisation_duplicate_target:
    "Harmonisatie ‘{harmonisation}’: de vergelijkingsvraag ‘{target}’ is meermaals gedefinieerd.",
};
