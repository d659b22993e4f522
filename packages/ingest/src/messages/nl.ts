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
  no_matching_column:
    "Geen enkele kolom van het bestand ‘{file}’ komt overeen met de vragenlijst {instrument}. Controleer de gekozen vragenlijst (--instrument) of geef een kolomkoppeling op (--mapping).",
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
  not_a_number: "Kolom ‘{column}’, rij {row}: ‘{value}’ is geen getal (vraag {question}). Waarde genegeerd.",
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
};
