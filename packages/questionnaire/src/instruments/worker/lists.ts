/**
 * Choice lists of the worker questionnaire (social workers), shared by the 2021 and 2025 versions.
 *
 * Wording is data: when the real questionnaire is at hand, change the labels here (or import an
 * edited XLSForm) without touching code. Codes are stable XLSForm names and must not change once
 * data has been collected, since the data store them.
 */
import { BRUSSELS_COMMUNES } from "../../communes/brusselsCommunes.ts";
import type { Choice, ChoiceList } from "../../model/choice.ts";

const c = (code: string, fr: string, nl: string, extra: Partial<Choice> = {}): Choice => ({
  code,
  label: { fr, nl },
  ...extra,
});
// « (précisez) » asks the respondent to write: it stays on the form; results say « Autre » / « Andere ».
const other = c("autre", "Autre (précisez)", "Andere (preciseer)", {
  other: true,
  result: { fr: "Autre", nl: "Andere" },
});
const dontKnow = c("nsp", "Ne sait pas", "Weet niet", { missing: true });

/** The 19 Brussels communes (code = `c` + main postcode, label = name and postcode) and "outside Brussels". */
export const communes: ChoiceList = {
  name: "commune",
  choices: [
    ...BRUSSELS_COMMUNES.map((m) =>
      c(`c${m.postcode}`, `${m.name.fr} (${m.postcode})`, `${m.name.nl} (${m.postcode})`),
    ),
    c("hors_bxl", "Hors de la Région bruxelloise", "Buiten het Brussels Gewest"),
  ],
};

/** A1 — type of structure. */
export const structure: ChoiceList = {
  name: "structure",
  choices: [
    c("cpas", "CPAS", "OCMW"),
    c("commune", "Administration communale", "Gemeentebestuur"),
    c("association", "Association (asbl)", "Vereniging (vzw)"),
    c("autre_public", "Autre service public", "Andere openbare dienst"),
    other,
  ],
};

/** A2 — sectors of work (multiple). */
export const sectors: ChoiceList = {
  name: "secteur",
  choices: [
    c("aide_sociale", "Aide sociale générale", "Algemeen maatschappelijk werk"),
    c("logement", "Logement", "Huisvesting"),
    c("emploi", "Emploi, formation", "Werk, opleiding"),
    c("sante", "Santé", "Gezondheid"),
    c("jeunesse", "Jeunesse", "Jeugd"),
    c("alpha", "Alphabétisation, français langue étrangère", "Alfabetisering, Frans als vreemde taal"),
    c("dettes", "Médiation de dettes", "Schuldbemiddeling"),
    c("juridique", "Aide juridique", "Juridische hulp"),
    c("seniors", "Personnes âgées", "Ouderen"),
    c("migration", "Accueil des personnes migrantes", "Onthaal van migranten"),
    other,
  ],
};

/** A3 — function. */
export const functions: ChoiceList = {
  name: "fonction",
  choices: [
    c("assistant_social", "Assistant·e social·e", "Maatschappelijk werker"),
    c("educateur", "Éducateur·rice", "Opvoeder"),
    c("accueil", "Agent·e d'accueil", "Onthaalmedewerker"),
    c("animateur", "Animateur·rice, formateur·rice", "Animator, opleider"),
    c("ecrivain_public", "Écrivain·e public·que", "Openbaar schrijver"),
    c("coordination", "Coordination, direction", "Coördinatie, directie"),
    other,
  ],
};

/** B1 (2021) — share of working time spent helping with administrative procedures, in brackets. */
export const timeShareBrackets: ChoiceList = {
  name: "tranche_temps",
  choices: [
    c("b0_10", "0 à 10 %", "0 tot 10%", { value: 1 }),
    c("b11_25", "11 à 25 %", "11 tot 25%", { value: 2 }),
    c("b26_50", "26 à 50 %", "26 tot 50%", { value: 3 }),
    c("b51_75", "51 à 75 %", "51 tot 75%", { value: 4 }),
    c("b76_100", "Plus de 75 %", "Meer dan 75%", { value: 5 }),
  ],
};

/** B2 — perceived change over two years. */
export const change: ChoiceList = {
  name: "evolution",
  choices: [
    c("forte_baisse", "Forte diminution", "Sterke daling", { value: 1 }),
    c("baisse", "Diminution", "Daling", { value: 2 }),
    c("stable", "Pas de changement", "Geen verandering", { value: 3, centre: true }),
    c("hausse", "Augmentation", "Stijging", { value: 4 }),
    c("forte_hausse", "Forte augmentation", "Sterke stijging", { value: 5 }),
    dontKnow,
  ],
};

const serviceChoices: readonly Choice[] = [
  c("commune", "Administration communale", "Gemeentebestuur"),
  c("cpas", "CPAS", "OCMW"),
  c("actiris", "Actiris", "Actiris"),
  c("onem_capac", "ONEM / CAPAC", "RVA / HVW"),
  c("syndicat", "Syndicat (chômage)", "Vakbond (werkloosheid)"),
  c("mutualite", "Mutualité", "Ziekenfonds"),
  c("spf_finances", "SPF Finances (impôts)", "FOD Financiën (belastingen)"),
  c("allocations_familiales", "Allocations familiales", "Kinderbijslag (Groeipakket)"),
  c("bourses", "Bourses d'études", "Studietoelagen"),
  c("logement_social", "Logement social", "Sociale huisvesting"),
  c("energie", "Fournisseurs d'énergie", "Energieleveranciers"),
  c("banques", "Banques", "Banken"),
  c("transport", "STIB / SNCB", "MIVB / NMBS"),
  c("pensions", "Pensions", "Pensioenen"),
  c("inscription_scolaire", "Inscriptions scolaires", "Schoolinschrijvingen"),
];

/** C1 (2021) — services generating requests; includes the Covid Safe Ticket. */
export const services2021: ChoiceList = {
  name: "services_2021",
  choices: [...serviceChoices, c("covid_safe_ticket", "Covid Safe Ticket", "Covid Safe Ticket"), other],
};

/** C1 (2025) — services generating requests; the Covid Safe Ticket is gone, telecoms and medical appointments added. */
export const services2025: ChoiceList = {
  name: "services_2025",
  choices: [
    ...serviceChoices,
    c("telecom", "Opérateurs télécom", "Telecomoperatoren"),
    c("rdv_medicaux", "Rendez-vous médicaux en ligne", "Online medische afspraken"),
    other,
  ],
};

/** C2 — commune procedures causing most trouble. */
export const communeProcedures: ChoiceList = {
  name: "demarche_commune",
  choices: [
    c("rdv_en_ligne", "Prise de rendez-vous en ligne", "Online afspraak maken"),
    c("composition_menage", "Composition de ménage", "Gezinssamenstelling"),
    c("carte_identite", "Carte d'identité", "Identiteitskaart"),
    c("domiciliation", "Domiciliation", "Inschrijving / adreswijziging"),
    c("etat_civil", "État civil", "Burgerlijke stand"),
    c("paiement", "Paiement", "Betaling"),
    c("inscription_scolaire", "Inscription scolaire", "Schoolinschrijving"),
    c("etrangers", "Service des étrangers", "Dienst Vreemdelingen"),
    other,
  ],
};

/** C3 — channels available at the commune. */
export const channels: ChoiceList = {
  name: "canal",
  choices: [
    c("guichet_sans_rdv", "Guichet sans rendez-vous", "Loket zonder afspraak (vrije inloop)"),
    c("telephone", "Téléphone joignable", "Telefonisch bereikbaar"),
    c("postal", "Voie postale", "Per post"),
    c("aucun", "Aucun de ces canaux", "Geen van deze kanalen"),
  ],
};

/** D1 — obstacles met by the public. */
export const obstacles: ChoiceList = {
  name: "obstacle",
  choices: [
    c("pas_appareil", "Pas d'ordinateur ni de smartphone", "Geen computer of smartphone"),
    c("pas_connexion", "Pas de connexion internet", "Geen internetverbinding"),
    c("competences", "Compétences numériques insuffisantes", "Onvoldoende digitale vaardigheden"),
    c("lecture_ecriture", "Difficultés de lecture ou d'écriture", "Moeilijkheden met lezen of schrijven"),
    c("langue", "Langue", "Taal"),
    c("pas_email", "Pas d'adresse e-mail", "Geen e-mailadres"),
    c("pas_eid_itsme", "Pas de lecteur eID ni d'itsme", "Geen eID-lezer of itsme"),
    c("complexite", "Complexité des démarches", "Complexiteit van de procedures"),
    c("peur", "Peur de se tromper ou d'une fraude", "Angst om fouten te maken of voor fraude"),
    c("handicap", "Handicap", "Handicap"),
    c("cout", "Coût (matériel, abonnement)", "Kostprijs (toestel, abonnement)"),
  ],
};

/** D2, E1 — frequency scale. */
export const frequency: ChoiceList = {
  name: "frequence",
  choices: [
    c("jamais", "Jamais", "Nooit", { value: 1 }),
    c("rarement", "Rarement", "Zelden", { value: 2 }),
    c("parfois", "Parfois", "Soms", { value: 3 }),
    c("souvent", "Souvent", "Vaak", { value: 4 }),
    c("tres_souvent", "Très souvent", "Heel vaak", { value: 5 }),
    dontKnow,
  ],
};

/** E2 — causes of non-take-up (ODENORE typology). */
export const nonTakeUpCauses: ChoiceList = {
  name: "cause_non_recours",
  choices: [
    c(
      "non_connaissance",
      "Non-connaissance : la personne ne connaît pas le droit",
      "Niet-kennen: de persoon kent het recht niet",
    ),
    c(
      "non_demande",
      "Non-demande : connu mais pas demandé (découragement, complexité, accès)",
      "Niet-aanvragen: gekend maar niet aangevraagd (ontmoediging, complexiteit, toegang)",
    ),
    c("non_reception", "Non-réception : demandé mais pas obtenu", "Niet-ontvangen: aangevraagd maar niet verkregen"),
    c(
      "non_proposition",
      "Non-proposition : pas proposé par l'agent",
      "Niet-aanbieden: niet aangeboden door de medewerker",
    ),
  ],
};

/** E3 — rights concerned by non-take-up. */
export const rights: ChoiceList = {
  name: "droit",
  choices: [
    c("allocations", "Allocations sociales (chômage, handicap…)", "Sociale uitkeringen (werkloosheid, handicap…)"),
    c("primes_energie", "Primes énergie", "Energiepremies"),
    c("tarif_social", "Tarif social (énergie, télécom)", "Sociaal tarief (energie, telecom)"),
    c("bourses", "Bourses d'études", "Studietoelagen"),
    c("statut_bim", "Statut BIM (intervention majorée)", "Verhoogde tegemoetkoming (VT)"),
    c("reductions_transport", "Réductions de transport", "Vervoersverminderingen"),
    c("ris", "Revenu d'intégration (RIS)", "Leefloon"),
    c("allocations_familiales", "Allocations familiales", "Kinderbijslag (Groeipakket)"),
    other,
  ],
};

/** F — five-point agreement scale. */
export const agreement: ChoiceList = {
  name: "accord",
  choices: [
    c("pas_du_tout", "Pas du tout d'accord", "Helemaal niet akkoord", { value: 1 }),
    c("plutot_pas", "Plutôt pas d'accord", "Eerder niet akkoord", { value: 2 }),
    c("neutre", "Ni d'accord ni pas d'accord", "Noch akkoord noch niet akkoord", { value: 3, centre: true }),
    c("plutot", "Plutôt d'accord", "Eerder akkoord", { value: 4 }),
    c("tout_a_fait", "Tout à fait d'accord", "Helemaal akkoord", { value: 5 }),
  ],
};
