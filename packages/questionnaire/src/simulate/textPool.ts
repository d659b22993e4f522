/**
 * Fictional free-text answers used by the simulator. Invented for this project: no real person,
 * name, address or case is described. French only: free text is collected in the respondent's
 * language, and the simulator does not pretend to translate it.
 */
export const FICTIONAL_SITUATIONS: readonly string[] = [
  "Situation fictive : une dame âgée est venue trois fois pour un rendez-vous en ligne à la commune ; elle n'a pas d'adresse e-mail.",
  "Situation fictive : un monsieur a perdu sa prime énergie parce que la demande ne se faisait plus qu'en ligne.",
  "Situation fictive : une famille n'a pas reçu ses allocations familiales pendant deux mois à cause d'un document à téléverser.",
  "Situation fictive : une personne m'a confié ses codes itsme parce qu'elle n'arrivait pas à les utiliser seule.",
  "Situation fictive : un jeune n'a pas pu s'inscrire comme demandeur d'emploi faute de smartphone compatible.",
  "Situation fictive : le formulaire n'existait qu'en ligne et en une seule langue, sans aide au guichet.",
  "Situation fictive : le guichet sans rendez-vous a fermé, nous faisons toutes les compositions de ménage.",
  "Situation fictive : une mère seule a abandonné sa demande de bourse d'études après trois tentatives.",
  "Situation fictive : un retraité a payé un intermédiaire pour remplir sa déclaration d'impôts.",
  "Situation fictive : l'agence bancaire du quartier a fermé et les virements papier sont devenus payants.",
];

/** Fictional suggestions (used for text questions whose id ends in `2`, like the worker survey's G2). */
export const FICTIONAL_SUGGESTIONS: readonly string[] = [
  "Proposition fictive : rouvrir un guichet sans rendez-vous à la commune.",
  "Proposition fictive : garantir un numéro de téléphone joignable avec une vraie personne.",
  "Proposition fictive : accepter les demandes par courrier postal.",
  "Proposition fictive : former les agents d'accueil à l'accompagnement des démarches.",
  "Proposition fictive : publier les informations en langage FALC.",
  "Proposition fictive : un moratoire sur la numérisation des services essentiels.",
];

/** Fictional "other, specify" answers. */
export const FICTIONAL_OTHER: readonly string[] = [
  "Autre service (fictif)",
  "Service de médiation (fictif)",
  "Maison de quartier (fictive)",
];

/**
 * Fake e-mail addresses appended to some texts. Domains reserved for examples by RFC 2606
 * (`example.org`, `example.com`, `example.net`), so no mailbox can exist.
 */
export const FAKE_EMAILS: readonly string[] = [
  "Contact : prenom.nom@example.org",
  "Écrire à usager.fictif@example.com",
  "Adresse e-mail : jean-fictif_42@example.net",
];

/**
 * Fake Belgian phone numbers appended to some texts, in the formats people actually write (landline,
 * mobile, international, with spaces, slashes or dots), so that a pseudonymiser is tested on each.
 * Invented digit patterns; they must be removed before publication like any real number.
 */
export const FAKE_PHONES: readonly string[] = [
  "Tél. 02 123 45 67",
  "GSM 0470 12 34 56",
  "Joignable au +32 2 123 45 67",
  "Numéro : 0499/12.34.56",
  "Tel 0032 470 12 34 56",
];

/** All fake personal data appended to texts: {@link FAKE_EMAILS} then {@link FAKE_PHONES}. */
export const FAKE_PII: readonly string[] = [...FAKE_EMAILS, ...FAKE_PHONES];
