import type { ReportMessageCode } from "./fr.ts";

/** Messages of the report package and the `monitoring` command, in Dutch. */
export const nl: Readonly<Record<ReportMessageCode, string>> = {
  usage: `monitoring — sociale monitoring van digitale uitsluiting

Gebruik: pnpm monitoring <opdracht> [opties]

Opdrachten:
  codebook   toont het codeboek van een vragenlijst (Markdown)
  simulate   maakt een set fictieve antwoorden (CSV) om de keten uit te proberen
  validate   controleert een survey-export (CSV, XLSX) en toont het validatierapport
  help       toont deze hulp

Algemene opties:
  --lang fr|nl          taal van de teksten (standaard: fr)
  --instrument <id>     vragenlijst, bijvoorbeeld worker@2021 of worker@2025 (standaard: worker@2025)

Opties van simulate:
  --n <getal>           aantal fictieve respondenten (standaard: 200)
  --seed <getal>        toevalszaad: zelfde zaad, zelfde bestand (standaard: 1)
  --out <bestand>       te schrijven CSV-bestand (standaard: standaarduitvoer)

Opties van validate (pnpm monitoring validate <bestand> --instrument worker@2025):
  --mapping <bestand>   koppeling kolommen → vragen (JSON)
  --format kobo|limesurvey|google-forms|codebook   (standaard: herkend)
  --encoding utf-8|utf-8-bom|windows-1252|utf-16le|utf-16be   (standaard: herkend)
  --delimiter ","|";"|tab   (standaard: herkend)
  --out <map>           schrijft ook het rapport (Markdown, JSON) en de verworpen rijen (CSV)
  --fictional           markeert de gegevens als fictief
  Afsluitcode: 0 geen verworpen rijen, 1 verworpen rijen, 2 onleesbaar bestand.`,
  missing_file: "Geef het te valideren bestand op: pnpm monitoring validate <bestand> --instrument worker@2025.",
  unreadable_file: "Het bestand « {file} » kan niet geopend worden ({detail}). Controleer het pad.",
  bad_mapping:
    'Het koppelingsbestand « {file} » is onleesbaar ({detail}). Het moet een JSON-object {"kolom in het bestand": "vraagcode"} bevatten.',
  bad_choice: "Optie --{option}: « {value} » is niet toegelaten. Mogelijke waarden: {allowed}.",
  unknown_command: "Onbekende opdracht « {command} ». Typ « pnpm monitoring help » voor de lijst van opdrachten.",
  unknown_instrument: "Onbekende vragenlijst « {instrument} ». Beschikbare vragenlijsten: {available}.",
  bad_option: "Ongeldige optie: {detail}. Typ « pnpm monitoring help ».",
  bad_number: "De optie --{option} verwacht een positief geheel getal, niet « {value} ».",
  bad_language: "Onbekende taal « {value} »: gebruik fr of nl.",
  simulated: "{n} fictieve respondenten ({instrument}, zaad {seed}) geschreven naar {file}.",
  fictional_notice: "Opgelet: fictieve gegevens, gemaakt door simulatie. Stel ze nooit voor als resultaten.",
};
