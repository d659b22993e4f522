import type { IngestMessageCode } from "./fr.ts";

/** Messages of the ingest package, in Dutch. */
export const nl: Readonly<Record<IngestMessageCode, string>> = {
  empty_file: "Het bestand ‘{file}’ is leeg. Controleer of u de antwoorden hebt geëxporteerd en geen leeg sjabloon.",
  binary_file:
    "Het bestand ‘{file}’ is geen leesbaar CSV-bestand of Excel-werkmap (binaire inhoud). Exporteer de antwoorden als CSV of .xlsx.",
  xlsx_unreadable:
    "De werkmap ‘{file}’ kan niet gelezen worden: de inhoud is beschadigd of is niet die van een Excel-werkmap. Open ze in een rekenblad, sla ze op als .xlsx en probeer opnieuw.",
  no_header: "Het bestand ‘{file}’ heeft geen kopregel. De eerste regel moet de kolomnamen bevatten.",
  bad_mapping:
    'Het koppelingsbestand ‘{file}’ is onleesbaar: {detail}. Het moet een JSON-object {"kolom in het bestand": "vraagcode"} bevatten.',
  unmatched_column: "Kolom ‘{column}’: ze komt met geen enkele vraag overeen en wordt genegeerd.{suggestion}",
  suggestion: " Bedoelt u {target}? Voeg ze toe aan het koppelingsbestand (--mapping).",
  mojibake:
    "Kolom ‘{column}’, rij {row}: de tekst ‘{value}’ bevat verkeerd gedecodeerde tekens. Het bestand is wellicht niet in {encoding}: probeer opnieuw met --encoding windows-1252 of utf-8.",
  ragged_row:
    "Rij {row}{lines}: {found} cellen in plaats van {expected}. De rij wordt verworpen; controleer de scheidingstekens en aanhalingstekens in het bestand.",
  unknown_choice:
    "Kolom ‘{column}’, rij {row}: ‘{value}’ is geen voorzien antwoord op vraag {question}. Waarde genegeerd; verbeter ze of voeg deze keuze toe aan de vragenlijst.",
  out_of_range:
    "Kolom ‘{column}’, rij {row}: {value} valt buiten het toegelaten bereik ({range}) van vraag {question}. Waarde genegeerd; controleer de invoer.",
  not_a_number: "Kolom ‘{column}’, rij {row}: ‘{value}’ is geen getal (vraag {question}). Waarde genegeerd.{hint}",
  invalid_date:
    "Kolom ‘{column}’, rij {row}: ‘{value}’ is geen datum (verwacht: JJJJ-MM-DD of DD/MM/JJJJ). Waarde genegeerd.",
  required_missing:
    "Rij {row}: de verplichte vraag {question} is niet beantwoord. De rij blijft behouden; het antwoord telt als ontbrekend.",
  not_asked:
    "Kolom ‘{column}’, rij {row}: er is een antwoord (‘{value}’) terwijl vraag {question} niet gesteld moest worden (sprongregel). Waarde genegeerd.",
  duplicate_id:
    "Rij {row}: de identificatie ‘{value}’ staat al op rij {first}, met andere antwoorden. De rij wordt verworpen; controleer welke van de twee vragenlijsten de juiste is.",
  duplicate_response: "Rij {row}: dezelfde antwoorden als op rij {first} (dubbel). De rij wordt verworpen.",
  missing_id: "Rij {row}: geen respondentidentificatie; de identificatie ‘{value}’ werd toegekend.",
  // ---- Field kit: a duration written where a number is expected (‘2u30’) ----
  duration_hint:
    " Dit is een duur: typ een getal in de eenheid van de vraag, bijvoorbeeld {minutes} als ze naar minuten vraagt, {hours} als ze naar uren vraagt.",
  // ---- Exporters and column recognition (issue 12) ----
  no_matching_column:
    "Geen enkele kolom van het bestand ‘{file}’ komt overeen met de vragenlijst {instrument}. Controleer de gekozen vragenlijst (--instrument), laat een koppeling voorstellen met --write-mapping, of exporteer opnieuw met deze opties:{help}",
  export_help_kobo:
    "KoboToolbox: Data › Downloads, exporttype ‘XLS’ of ‘CSV’, ‘Value and header format’ = ‘XML values and headers’ (of de labels van de vragenlijst, in het Frans of het Nederlands), ‘Export Select Many questions as…’ naar keuze, ‘Include groups in headers’ naar keuze (de interface van KoboToolbox bestaat niet in het Nederlands).",
  export_help_limesurvey:
    "LimeSurvey: Antwoorden › Exporteren, formaat CSV of Microsoft Excel, kopteksten ‘Vraagcode’ (of vraagcode en vraagtekst, of de volledige vraagtekst), antwoorden als codes of volledig; hernoem de codes van subvragen en antwoorden (SQ001, AO01) niet, of geef een koppeling op.",
  export_help_google_forms:
    "Google Forms: tabblad Antwoorden › Antwoorden downloaden (.csv), zonder de vraagtitels te wijzigen; of het gekoppelde Google Sheets-blad, Bestand › Downloaden › .xlsx of .csv.",
  export_help_codebook:
    "Codebook-CSV: één kolom per vraagcode (A1, B1_pct, C1__cpas, A1__autre_texte), keuzecodes, TRUE/FALSE per keuze (voorbeeld: datasets/simulated/worker-2025.fictif.csv).",
  missing_column:
    "Vraag {question}: geen enkele kolom van het bestand komt ermee overeen.{dependents_text} Voeg haar kolom toe aan de export of aan het koppelingsbestand (--mapping).",
  missing_column_dependents:
    " {answers} antwoord(en) op de vragen {dependents}, die ervan afhangen (sprongregel), konden niet gecontroleerd worden.",

  // ---- Hostile and damaged files (issue 11): limits, quotes, lines, workbooks. ----
  limit_text_size:
    "Het bestand ‘{file}’ is {size} MB groot, boven de grens van {max} MB voor een tekstbestand. Splits het in meerdere bestanden (bijvoorbeeld per periode) en valideer elk afzonderlijk.",
  limit_uncompressed:
    "De werkmap ‘{file}’ wordt uitgepakt {size} MB groot, boven de grens van {max} MB: ze wordt niet geopend (een werkmap met antwoorden is veel kleiner; deze is misschien een valstrik). Sla de antwoorden op als CSV en probeer opnieuw.",
  limit_inflated:
    "De werkmap ‘{file}’ bevat een intern bestand ({name}) dat uitgepakt groter wordt dan het aankondigt: de werkmap is beschadigd of een valstrik en wordt niet geopend (grens: {max} MB uitgepakt). Sla de antwoorden op als CSV en probeer opnieuw.",
  limit_zip_entries:
    "De werkmap ‘{file}’ bevat {count} interne bestanden, boven de grens van {max}: ze wordt niet geopend. Sla de antwoorden op als CSV en probeer opnieuw.",
  limit_columns:
    "Het bestand ‘{file}’ heeft {count} kolommen, boven de grens van {max}. Een export van een vragenlijst heeft er veel minder: controleer het scheidingsteken (--delimiter) of verwijder de overbodige kolommen in een kopie van het bestand.",
  limit_header_cell:
    "Bestand ‘{file}’, regel {line} (kopregel): de naam van kolom {index} telt {length} tekens, boven de grens van {max}. Controleer de aanhalingstekens in de kopregel.",
  header_unclosed_quote:
    'Bestand ‘{file}’, regel {line} (kopregel): een aanhalingsteken (") in een kolomnaam wordt op die regel niet gesloten; de kopregel zou de volgende regels opslokken. Verbeter dat aanhalingsteken in het bestand en probeer opnieuw.',
  too_many_broken_rows:
    "Het bestand ‘{file}’ heeft meer dan {max} rijen die verworpen worden wegens een niet-gesloten aanhalingsteken (de laatste op regel {line} van het tekstbestand): het is wellicht geen CSV met dit scheidingsteken, of de aanhalingstekens zijn beschadigd. Controleer het bestand, of geef het scheidingsteken op (--delimiter).",
  bad_sep_line:
    "Het bestand ‘{file}’ begint met de regel ‘sep={value}’, die een scheidingsteken aankondigt dat het programma niet leest. Gebruik een komma, een puntkomma of een tab (bijvoorbeeld ‘sep=;’).",
  no_responses:
    "Het bestand ‘{file}’ bevat geen enkel antwoord: alleen de kopregel (en eventueel lege regels). Controleer of u de antwoorden hebt geëxporteerd en niet het lege sjabloon van de vragenlijst.",
  old_workbook:
    "Het bestand ‘{file}’ is een oude Excel-werkmap (.xls) of een werkmap met wachtwoord, die het programma niet leest. Open ze in Excel en sla ze op als .xlsx zonder wachtwoord, of als CSV.",
  ods_workbook:
    "Het bestand ‘{file}’ is een OpenDocument-werkmap (.ods, LibreOffice), die het programma niet leest. Sla ze op als .xlsx of CSV.",
  not_a_workbook:
    "Het bestand ‘{file}’ is een ZIP-archief, maar geen Excel-werkmap (.xlsx). Exporteer de antwoorden als .xlsx of CSV.",
  zip_damaged:
    "De werkmap ‘{file}’ is beschadigd (onvolledig of beschadigd ZIP-archief, misschien een onderbroken download). Download of exporteer ze opnieuw.",
  sheet_not_found: "De werkmap ‘{file}’ heeft geen werkblad ‘{sheet}’. Werkbladen in de werkmap: {sheets}.",
  empty_sheet:
    "Het werkblad ‘{sheet}’ van de werkmap ‘{file}’ is leeg. Werkbladen in de werkmap: {sheets}; kies dat met de antwoorden met --sheet.",
  lines_one: " (regel {line} van het tekstbestand)",
  lines_range: " (regels {line} tot {lastLine} van het tekstbestand)",
  unclosed_quote:
    'Rij {row}{lines}: de cel ‘{column}’ begint met een aanhalingsteken (") dat op die regel niet gesloten wordt: de rest van het bestand zou erin verdwijnen. De rij wordt verworpen; de volgende regels worden elk als een antwoord gelezen. Verbeter dat aanhalingsteken in het bestand (in een tekst schrijft u een aanhalingsteken als "").',
  too_many_lines:
    "Rij {row}{lines}: de cel ‘{column}’ beslaat meer dan {max} regels van het tekstbestand, boven de grens. De rij wordt verworpen; controleer de aanhalingstekens (een verkeerd geplaatst aanhalingsteken kan ze geopend hebben) en de regeleinden.",
  cell_too_long:
    "Rij {row}{lines}: de cel ‘{column}’ telt {length} tekens, boven de grens van {max} (het maximum van een Excel-cel). De rij wordt verworpen; controleer deze cel in het bestand.",
  multiline_row:
    "Rij {row} (regels {line} tot {lastLine} van het tekstbestand): de cel ‘{column}’ bevat regeleinden; ze wordt als één tekst gelezen. Controleer of ze geen andere antwoorden bevat.",
  reread_line:
    "Rij {row}{lines}: deze regel zat in de cel die op regel {from} van het tekstbestand door een aanhalingsteken geopend werd (verworpen); ze wordt als een afzonderlijk antwoord gelezen. Controleer of het er wel een is.",
  lines_unaccounted:
    "Het bestand ‘{file}’ telt {total} regels, maar bij het lezen worden er maar {counted} teruggevonden (kopregel, antwoorden en lege regels). Er kunnen regels verkeerd gelezen zijn: controleer de aanhalingstekens en regeleinden van het bestand.",
  duplicate_column:
    "Kolommen {letter} en {other} (‘{column}’): beide leveren hetzelfde antwoord, ‘{target}’. Alleen kolom {letter} wordt gelezen, kolom {other} wordt genegeerd; ze verschillen op {differing} rij(en), de eerste is rij {first}. Houd in een kopie van het bestand maar één van deze kolommen over.",
  duplicate_column_same:
    "Kolommen {letter} en {other} (‘{column}’): beide leveren hetzelfde antwoord, ‘{target}’. Alleen kolom {letter} wordt gelezen, kolom {other} wordt genegeerd; ze zijn op alle rijen gelijk, er gaat niets verloren.",
  merged_cells:
    "Samengevoegde cellen {range} (kolom ‘{column}’): de waarde ‘{value}’ wordt alleen in de eerste cel gelezen; de andere cellen van de samenvoeging worden leeg gelezen. Als de waarde voor elke cel geldt, maak de samenvoeging ongedaan en kopieer ze in elke cel.",
  hidden_sheets:
    "De werkmap bevat verborgen werkbladen ({sheets}), die niet gelezen werden; alleen het werkblad ‘{sheet}’ werd gelezen. Als de antwoorden in een verborgen werkblad staan, probeer opnieuw met --sheet en de naam ervan.",
  other_sheets:
    "De werkmap bevat andere werkbladen die antwoorden lijken te bevatten ({sheets}); ze werden niet gelezen: alleen het werkblad ‘{sheet}’ werd gelezen (--sheet om een ander te kiezen).",
  hidden_rows:
    "Werkblad ‘{sheet}’: {count} verborgen rij(en) ({rows}), gelezen zoals de andere. Om een antwoord weg te laten, verwijder de rij in een kopie van het bestand in plaats van ze te verbergen.",
  hidden_columns: "Werkblad ‘{sheet}’: verborgen kolom(men) {columns}, gelezen zoals de andere.",
};
