import type { IngestMessageCode } from "./fr.ts";

/** Messages of the ingest package, in Dutch. */
export const nl: Readonly<Record<IngestMessageCode, string>> = {
  empty_file: "Het bestand ‘{file}’ is leeg. Controleer of u de antwoorden hebt geëxporteerd en geen leeg sjabloon.",
  binary_file:
    "Het bestand ‘{file}’ is geen leesbaar CSV-bestand of Excel-werkmap (binaire inhoud). Exporteer de antwoorden als CSV of .xlsx.",
  xlsx_unreadable:
    "De werkmap ‘{file}’ kan niet geopend worden ({detail}). Open ze in een rekenblad, sla ze op als .xlsx en probeer opnieuw.",
  no_header: "Het bestand ‘{file}’ heeft geen kopregel. De eerste regel moet de kolomnamen bevatten.",
  bad_mapping:
    'Het koppelingsbestand ‘{file}’ is onleesbaar: {detail}. Het moet een JSON-object {"kolom in het bestand": "vraagcode"} bevatten.',
  unmatched_column: "Kolom ‘{column}’: ze komt met geen enkele vraag overeen en wordt genegeerd.{suggestion}",
  suggestion: " Bedoelt u {target}? Voeg ze toe aan het koppelingsbestand (--mapping).",
  mojibake:
    "Kolom ‘{column}’, rij {row}: de tekst ‘{value}’ bevat verkeerd gedecodeerde tekens. Het bestand is wellicht niet in {encoding}: probeer opnieuw met --encoding windows-1252 of utf-8.",
  ragged_row:
    "Rij {row}: {found} cellen in plaats van {expected}. De rij wordt verworpen; controleer de scheidingstekens en aanhalingstekens in het bestand.",
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
  duplicate_column:
    "Kolom ‘{column}’: ze komt overeen met {target}, dat al gevoed wordt door kolom ‘{first}’. Ze wordt genegeerd; verbeter het koppelingsbestand als zij de juiste is.",
};
