import type { ReportMessageCode } from "./fr.ts";

/** Messages of the report package and the `monitoring` command, in Dutch. */
export const nl: Readonly<Record<ReportMessageCode, string>> = {
  usage: `monitoring — sociale monitoring van digitale uitsluiting

Gebruik: pnpm monitoring <opdracht> [opties]

Opdrachten:
  codebook   toont het codeboek van een vragenlijst (Markdown)
  simulate   maakt een set fictieve antwoorden (CSV) om de keten uit te proberen
  help       toont deze hulp

Algemene opties:
  --lang fr|nl          taal van de teksten (standaard: fr)
  --instrument <id>     vragenlijst, bijvoorbeeld worker@2021 of worker@2025 (standaard: worker@2025)

Opties van simulate:
  --n <getal>           aantal fictieve respondenten (standaard: 200)
  --seed <getal>        toevalszaad: zelfde zaad, zelfde bestand (standaard: 1)
  --out <bestand>       te schrijven CSV-bestand (standaard: standaarduitvoer)`,
  unknown_command: "Onbekende opdracht « {command} ». Typ « pnpm monitoring help » voor de lijst van opdrachten.",
  unknown_instrument: "Onbekende vragenlijst « {instrument} ». Beschikbare vragenlijsten: {available}.",
  bad_option: "Ongeldige optie: {detail}. Typ « pnpm monitoring help ».",
  bad_number: "De optie --{option} verwacht een positief geheel getal, niet « {value} ».",
  bad_language: "Onbekende taal « {value} »: gebruik fr of nl.",
  simulated: "{n} fictieve respondenten ({instrument}, zaad {seed}) geschreven naar {file}.",
  fictional_notice: "Opgelet: fictieve gegevens, gemaakt door simulatie. Stel ze nooit voor als resultaten.",
};
