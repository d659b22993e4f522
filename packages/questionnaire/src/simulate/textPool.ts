/**
 * Fictional free-text answers used by the simulator. Invented for this project: no real person,
 * place of residence or case is described. French only: the survey's free text is collected in the
 * respondent's language, and the simulator does not pretend otherwise.
 */
export const FICTIONAL_SITUATIONS: readonly string[] = [
  "Une dame âgée est venue trois fois pour un rendez-vous en ligne à la commune ; elle n'a pas d'adresse e-mail.",
  "Un monsieur a perdu sa prime énergie parce que la demande ne se faisait plus qu'en ligne.",
  "Une famille n'a pas reçu les allocations familiales pendant deux mois à cause d'un document à télécharger.",
  "Une personne m'a confié ses codes itsme parce qu'elle n'arrivait pas à les utiliser seule.",
  "Un jeune n'a pas pu s'inscrire chez Actiris faute de smartphone compatible.",
  "Une personne ne lit pas le français et le formulaire n'existait qu'en ligne, sans aide au guichet.",
  "Le guichet sans rendez-vous a fermé : nous faisons désormais toutes les composition de ménage pour nos usagers.",
  "Une mère seule a abandonné sa demande de bourse d'études après trois tentatives.",
  "Situation fictive : un retraité a payé un intermédiaire pour remplir sa déclaration d'impôts.",
  "La banque a fermé l'agence du quartier ; les virements papier sont devenus payants.",
];

/** Fictional suggestions. */
export const FICTIONAL_SUGGESTIONS: readonly string[] = [
  "Rouvrir un guichet sans rendez-vous à la commune.",
  "Garantir un numéro de téléphone joignable avec une vraie personne.",
  "Accepter les demandes par courrier postal.",
  "Former les agents d'accueil à l'accompagnement des démarches.",
  "Publier les informations en langage FALC.",
  "Prévoir un moratoire sur la numérisation des services essentiels.",
];

/** Fictional "other, specify" answers. */
export const FICTIONAL_OTHER: readonly string[] = [
  "Autre service (fictif)",
  "Service de médiation",
  "Maison de quartier",
];

/** Fake personal data inserted into some texts (reserved or obviously invalid values). */
export const FAKE_PII: readonly string[] = [
  "Contact : prenom.nom@example.org",
  "Tél. 02 123 45 67",
  "GSM 0470 12 34 56",
  "N° de registre national 85.07.30-033.61",
  "IBAN BE68 5390 0754 7034",
];
