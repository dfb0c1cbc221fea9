// Invented demo data (SPEC §5): every person, phone number and e-mail address here is made up.
// Phones are fake French mobiles (+33 6 00 00 xx xx); e-mails use example.org / demo.example.
// Place names are real areas so the demo reads true; street addresses and organisations are invented.
import type {
  AgendaTemplate,
  ContactChannel,
  GroupKind,
  ParticipantNeed,
  PartnerKind,
  ProposalStatus,
  Role,
  TerritoryKind,
} from "../lib/generated/prisma/client.ts";

export const DEMO_PASSWORD = "demo-participation-2026";

export const ADMIN_ACCOUNT = { email: "admin@demo.example", name: "Équipe plateforme" };

// ───────────────────────────── shapes ─────────────────────────────

/** Proposals tied to a focus group's subject go to that group; the others to any group. */
export type Subject = "courriers" | "accueil" | "general";

export type Town = { postcode: string; city: string };

export type TerritoryPlan = { name: string; kind: TerritoryKind; towns: readonly Town[] };

export type PartnerPlan = { name: string; kind: PartnerKind; email: string; phone: string; address: string };

export type StaffPlan = { key: string; email: string; name: string; role: Role; partner?: string };

/** "nth weekday of the month" at a Europe/Paris wall-clock time. weekday: 1 = Monday … 5 = Friday. */
export type SchedulePlan = {
  weekday: number;
  nth: number;
  hour: number;
  minute: number;
  durationMinutes: number;
  halfDays: number;
};

export type GroupPlan = {
  key: string;
  kind: GroupKind;
  name: string;
  topic: string;
  territory?: string;
  partner?: string;
  /** Staff keys; the first one records attendance, creates claims and drafts proposals. */
  facilitators: readonly string[];
  targetSize: number;
  budgetCents: number;
  previousBudgetCents: number;
  /** Members whose home group this is (the council also takes representatives of the others). */
  members: number;
  schedule: SchedulePlan;
  venue: string;
  address: string;
  accessInfo: string;
  /** Agenda templates used in turn, month after month. */
  templates: readonly AgendaTemplate[];
  upcoming: number;
  subject?: Subject;
};

export type DemoParticipantPlan = {
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  preferredChannel: ContactChannel;
  group: string;
};

export type DepartmentPlan = {
  /** PRNG seed: each department's data is independent of the other's. */
  seed: number;
  department: {
    name: string;
    slug: string;
    inseeCode: string;
    accentColor: string;
    flatIndemnityCents: number;
    mileageRateCents: number;
    yearlyBudgetCents: number;
    signatoryName: string;
    signatoryTitle: string;
    participantLabel: string;
    reminderDaysBefore: number[];
    answerDeadlineDays: number;
  };
  territories: readonly TerritoryPlan[];
  partners: readonly PartnerPlan[];
  staff: readonly StaffPlan[];
  groups: readonly GroupPlan[];
  participantCount: number;
  /** Participants' fake phones are +3360000 followed by phoneBase + their index. */
  phoneBase: number;
  demoParticipant: DemoParticipantPlan | null;
  proposalMix: Record<ProposalStatus, number>;
  /** How many proposals of these statuses wait for an answer past the deadline. */
  overdue: Partial<Record<ProposalStatus, number>>;
  focusSubject: Subject;
  /** The group with one cancelled meeting. */
  cancelledSessionGroup: string;
};

// ───────────────────────────── departments ─────────────────────────────

const CHARTER = [
  "1. Chacun parle en son nom. On a le droit de ne pas être d'accord.",
  "2. On s'écoute sans se couper la parole.",
  "3. Ce qui est dit de personnel reste dans le groupe.",
  "4. On peut venir avec une personne de son choix.",
  "5. Le Département répond par écrit à chaque proposition du groupe.",
  "6. Les frais pour venir aux rencontres sont remboursés.",
].join("\n");

export function charterFor(groupName: string): string {
  return `Charte – ${groupName}\n\n${CHARTER}`;
}

const LEILA = { email: "leila.haddad@demo.example", name: "Leïla Haddad" };

export const CALVADOS: DepartmentPlan = {
  seed: 14,
  department: {
    name: "Calvados",
    slug: "calvados",
    inseeCode: "14",
    accentColor: "#0b6e4f",
    flatIndemnityCents: 1500,
    mileageRateCents: 32,
    yearlyBudgetCents: 700_000,
    signatoryName: "Odile Vasseur",
    signatoryTitle: "Vice-présidente chargée des solidarités",
    participantLabel: "participant·e",
    reminderDaysBefore: [7, 1],
    answerDeadlineDays: 90,
  },
  territories: [
    {
      name: "Caen la Mer",
      kind: "URBAN",
      towns: [
        { postcode: "14000", city: "Caen" },
        { postcode: "14200", city: "Hérouville-Saint-Clair" },
      ],
    },
    {
      name: "Bessin",
      kind: "RURAL",
      towns: [
        { postcode: "14400", city: "Bayeux" },
        { postcode: "14490", city: "Balleroy-sur-Drôme" },
      ],
    },
    {
      name: "Pays d'Auge",
      kind: "MIXED",
      towns: [
        { postcode: "14100", city: "Lisieux" },
        { postcode: "14340", city: "Cambremer" },
      ],
    },
  ],
  partners: [
    {
      name: "Centre social Les Tilleuls",
      kind: "SOCIAL_CENTRE",
      email: "accueil@tilleuls.example.org",
      phone: "+33600009101",
      address: "8 rue des Tilleuls, 14000 Caen",
    },
    {
      name: "Association Le Fil d'Ariane",
      kind: "ASSOCIATION",
      email: "contact@fil-ariane.example.org",
      phone: "+33600009102",
      address: "2 rue du Lavoir, 14400 Bayeux",
    },
    {
      name: "CCAS de Saint-Aubin-des-Prés",
      kind: "CCAS",
      email: "ccas@saint-aubin.example.org",
      phone: "+33600009103",
      address: "Mairie, place de l'Église, 14340 Cambremer",
    },
    {
      name: "France Travail – agence des Prairies",
      kind: "FRANCE_TRAVAIL",
      email: "prairies@agence.example.org",
      phone: "+33600009104",
      address: "14 avenue des Prairies, 14100 Lisieux",
    },
  ],
  staff: [
    {
      key: "coordination",
      email: "coordination@calvados.demo.example",
      name: "Hélène Marchetti",
      role: "COORDINATOR",
    },
    {
      key: "animation",
      email: "animation@calvados.demo.example",
      name: "Julien Roussel",
      role: "FACILITATOR",
      partner: "Centre social Les Tilleuls",
    },
    { key: "elu", email: "elu@calvados.demo.example", name: "Odile Vasseur", role: "DECISION_MAKER" },
    {
      key: "sandrine",
      email: "sandrine.lemaitre@demo.example",
      name: "Sandrine Lemaître",
      role: "FACILITATOR",
    },
    { key: "leila", ...LEILA, role: "FACILITATOR" },
  ],
  groups: [
    {
      key: "caen",
      kind: "TERRITORIAL_GROUP",
      name: "Groupe ressource Caen la Mer",
      topic: "La vie quotidienne et l'accès aux droits",
      territory: "Caen la Mer",
      partner: "Centre social Les Tilleuls",
      facilitators: ["animation"],
      targetSize: 15,
      budgetCents: 200_000,
      previousBudgetCents: 180_000,
      members: 14,
      schedule: { weekday: 2, nth: 2, hour: 14, minute: 0, durationMinutes: 150, halfDays: 1 },
      venue: "Centre social Les Tilleuls, salle Arc-en-ciel",
      address: "8 rue des Tilleuls, 14000 Caen",
      accessInfo:
        "Tram A, arrêt Les Tilleuls. Salle de plain-pied, toilettes accessibles. Espace enfants avec une animatrice.",
      templates: ["FREE", "KEEP_IMPROVE_DROP", "FREE", "FIVE_FINGERS"],
      upcoming: 2,
    },
    {
      key: "bessin",
      kind: "TERRITORIAL_GROUP",
      name: "Groupe ressource Bessin",
      topic: "Se déplacer et travailler à la campagne",
      territory: "Bessin",
      partner: "Association Le Fil d'Ariane",
      facilitators: ["animation"],
      targetSize: 14,
      budgetCents: 160_000,
      previousBudgetCents: 150_000,
      members: 13,
      schedule: { weekday: 4, nth: 1, hour: 14, minute: 0, durationMinutes: 150, halfDays: 1 },
      venue: "Maison des solidarités du Bessin, grande salle",
      address: "3 rue des Jardins, 14400 Bayeux",
      accessInfo: "Parking gratuit devant le bâtiment. Covoiturage depuis Balleroy : demandez à l'animateur.",
      templates: ["KEEP_IMPROVE_DROP", "FREE", "FIVE_FINGERS"],
      upcoming: 1,
    },
    {
      key: "conseil",
      kind: "DEPARTMENTAL_COUNCIL",
      name: "Conseil consultatif des personnes accompagnées",
      topic: "Donner un avis sur les politiques de solidarité du Département",
      facilitators: ["sandrine", "leila"],
      targetSize: 16,
      budgetCents: 150_000,
      previousBudgetCents: 140_000,
      members: 0,
      schedule: { weekday: 5, nth: 3, hour: 9, minute: 30, durationMinutes: 390, halfDays: 2 },
      venue: "Hôtel du Département, salle des commissions",
      address: "1 esplanade des Solidarités, 14000 Caen",
      accessInfo:
        "Accueil au rez-de-chaussée, ascenseur. Repas du midi offert. Boucle magnétique pour les personnes malentendantes.",
      templates: ["FREE", "FIVE_FINGERS"],
      upcoming: 1,
    },
    {
      key: "courriers",
      kind: "FOCUS_GROUP",
      name: "Groupe focus « nos courriers »",
      topic: "Les courriers envoyés aux allocataires",
      facilitators: ["sandrine"],
      targetSize: 12,
      budgetCents: 80_000,
      previousBudgetCents: 60_000,
      members: 12,
      schedule: { weekday: 3, nth: 4, hour: 14, minute: 0, durationMinutes: 120, halfDays: 1 },
      venue: "Maison des solidarités de Caen Nord, salle 2",
      address: "21 rue des Écoles, 14000 Caen",
      accessInfo: "Bus 12, arrêt Les Écoles. Entrée par la cour, rampe d'accès.",
      templates: ["KEEP_IMPROVE_DROP"],
      upcoming: 2,
      subject: "courriers",
    },
    {
      key: "auge",
      kind: "MIXED_TEAM",
      name: "Équipe mixte Pays d'Auge",
      topic: "Construire ensemble l'accompagnement vers l'emploi",
      territory: "Pays d'Auge",
      partner: "France Travail – agence des Prairies",
      facilitators: ["leila"],
      targetSize: 14,
      budgetCents: 100_000,
      previousBudgetCents: 90_000,
      members: 13,
      schedule: { weekday: 2, nth: 4, hour: 14, minute: 0, durationMinutes: 150, halfDays: 1 },
      venue: "Maison des associations, salle du jardin",
      address: "5 place du Marché, 14100 Lisieux",
      accessInfo: "À cinq minutes à pied de la gare. Salle au rez-de-chaussée.",
      templates: ["FREE", "FIVE_FINGERS", "KEEP_IMPROVE_DROP"],
      upcoming: 1,
    },
  ],
  participantCount: 60,
  phoneBase: 1000,
  demoParticipant: {
    email: "participant@calvados.demo.example",
    firstName: "Camille",
    lastName: "Dufresne",
    phone: "+33600000999",
    preferredChannel: "EMAIL",
    group: "caen",
  },
  proposalMix: {
    DRAFT: 2,
    SUBMITTED: 3,
    UNDER_REVIEW: 3,
    ACCEPTED: 3,
    PARTIALLY_ACCEPTED: 2,
    REJECTED: 3,
    IN_PROGRESS: 4,
    IMPLEMENTED: 5,
  },
  overdue: { SUBMITTED: 2, UNDER_REVIEW: 1 },
  focusSubject: "courriers",
  cancelledSessionGroup: "bessin",
};

export const HERAULT: DepartmentPlan = {
  seed: 34,
  department: {
    name: "Hérault",
    slug: "herault",
    inseeCode: "34",
    accentColor: "#8a1c4a",
    flatIndemnityCents: 1500,
    mileageRateCents: 35,
    yearlyBudgetCents: 900_000,
    signatoryName: "Gérald Fontanel",
    signatoryTitle: "Vice-président délégué à l'insertion",
    participantLabel: "membre",
    reminderDaysBefore: [7, 1],
    answerDeadlineDays: 90,
  },
  territories: [
    {
      name: "Montpellier Métropole",
      kind: "URBAN",
      towns: [
        { postcode: "34000", city: "Montpellier" },
        { postcode: "34070", city: "Montpellier" },
      ],
    },
    {
      name: "Cœur d'Hérault",
      kind: "RURAL",
      towns: [
        { postcode: "34700", city: "Lodève" },
        { postcode: "34800", city: "Clermont-l'Hérault" },
      ],
    },
    {
      name: "Biterrois",
      kind: "MIXED",
      towns: [
        { postcode: "34500", city: "Béziers" },
        { postcode: "34300", city: "Agde" },
      ],
    },
  ],
  partners: [
    {
      name: "Centre social La Garrigue",
      kind: "SOCIAL_CENTRE",
      email: "accueil@la-garrigue.example.org",
      phone: "+33600009201",
      address: "12 rue des Micocouliers, 34000 Montpellier",
    },
    {
      name: "Association Pas à Pas",
      kind: "ASSOCIATION",
      email: "bonjour@pas-a-pas.example.org",
      phone: "+33600009202",
      address: "4 chemin des Vignes, 34700 Lodève",
    },
    {
      name: "Caf – accueil Les Oliviers",
      kind: "CAF",
      email: "oliviers@caf-accueil.example.org",
      phone: "+33600009203",
      address: "30 avenue des Oliviers, 34500 Béziers",
    },
    {
      name: "CCAS de Saint-Martin-des-Vignes",
      kind: "CCAS",
      email: "ccas@saint-martin.example.org",
      phone: "+33600009204",
      address: "Mairie, place de la Fontaine, 34300 Agde",
    },
  ],
  staff: [
    {
      key: "coordination",
      email: "coordination@herault.demo.example",
      name: "Sylvie Ribeyre",
      role: "COORDINATOR",
    },
    { key: "elu", email: "elu@herault.demo.example", name: "Gérald Fontanel", role: "DECISION_MAKER" },
    {
      key: "mathieu",
      email: "mathieu.caumette@demo.example",
      name: "Mathieu Caumette",
      role: "FACILITATOR",
      partner: "Centre social La Garrigue",
    },
    { key: "pauline", email: "pauline.serrano@demo.example", name: "Pauline Serrano", role: "FACILITATOR" },
    { key: "leila", ...LEILA, role: "FACILITATOR" },
  ],
  groups: [
    {
      key: "montpellier",
      kind: "TERRITORIAL_GROUP",
      name: "Groupe ressource Montpellier",
      topic: "La vie quotidienne et l'accès aux droits",
      territory: "Montpellier Métropole",
      partner: "Centre social La Garrigue",
      facilitators: ["mathieu"],
      targetSize: 16,
      budgetCents: 250_000,
      previousBudgetCents: 230_000,
      members: 14,
      schedule: { weekday: 2, nth: 1, hour: 14, minute: 0, durationMinutes: 150, halfDays: 1 },
      venue: "Centre social La Garrigue, salle des Oliviers",
      address: "12 rue des Micocouliers, 34000 Montpellier",
      accessInfo: "Tram 1, arrêt Les Micocouliers. Ascenseur. Coin enfants pendant la rencontre.",
      templates: ["FREE", "KEEP_IMPROVE_DROP", "FIVE_FINGERS"],
      upcoming: 2,
    },
    {
      key: "coeur",
      kind: "TERRITORIAL_GROUP",
      name: "Groupe ressource Cœur d'Hérault",
      topic: "Se déplacer, se soigner et travailler loin des villes",
      territory: "Cœur d'Hérault",
      partner: "Association Pas à Pas",
      facilitators: ["pauline"],
      targetSize: 14,
      budgetCents: 190_000,
      previousBudgetCents: 170_000,
      members: 13,
      schedule: { weekday: 4, nth: 2, hour: 14, minute: 0, durationMinutes: 150, halfDays: 1 },
      venue: "Maison des solidarités de Lodève",
      address: "6 rue de la Gare, 34700 Lodève",
      accessInfo: "Parking derrière le bâtiment. Navette depuis Clermont-l'Hérault sur demande.",
      templates: ["KEEP_IMPROVE_DROP", "FREE"],
      upcoming: 1,
    },
    {
      key: "conseil",
      kind: "DEPARTMENTAL_COUNCIL",
      name: "Conseil consultatif de la participation",
      topic: "Donner un avis sur les politiques de solidarité du Département",
      facilitators: ["pauline", "mathieu"],
      targetSize: 16,
      budgetCents: 200_000,
      previousBudgetCents: 180_000,
      members: 0,
      schedule: { weekday: 5, nth: 3, hour: 9, minute: 30, durationMinutes: 390, halfDays: 2 },
      venue: "Hôtel du Département, salle Garrigue",
      address: "2 allée des Platanes, 34000 Montpellier",
      accessInfo: "Tram 3, arrêt Les Platanes. Repas du midi offert. Salle accessible en fauteuil.",
      templates: ["FREE", "FIVE_FINGERS"],
      upcoming: 1,
    },
    {
      key: "accueil",
      kind: "FOCUS_GROUP",
      name: "Groupe focus « bien accueillis »",
      topic: "L'accueil dans les maisons des solidarités",
      facilitators: ["leila"],
      targetSize: 12,
      budgetCents: 90_000,
      previousBudgetCents: 70_000,
      members: 12,
      schedule: { weekday: 3, nth: 2, hour: 14, minute: 30, durationMinutes: 120, halfDays: 1 },
      venue: "Maison des solidarités de Montpellier Est",
      address: "45 avenue des Arceaux, 34070 Montpellier",
      accessInfo: "Bus 7, arrêt Les Arceaux. Entrée de plain-pied.",
      templates: ["KEEP_IMPROVE_DROP", "FIVE_FINGERS"],
      upcoming: 2,
      subject: "accueil",
    },
    {
      key: "biterrois",
      kind: "WORKSHOP",
      name: "Ateliers « garder, améliorer, jeter » du Biterrois",
      topic: "Les démarches et les papiers du quotidien",
      territory: "Biterrois",
      partner: "CCAS de Saint-Martin-des-Vignes",
      facilitators: ["leila"],
      targetSize: 14,
      budgetCents: 120_000,
      previousBudgetCents: 100_000,
      members: 13,
      schedule: { weekday: 1, nth: 3, hour: 14, minute: 0, durationMinutes: 150, halfDays: 1 },
      venue: "Salle polyvalente du CCAS",
      address: "Place de la Fontaine, 34300 Agde",
      accessInfo: "Bus 2, arrêt Mairie. Salle au rez-de-chaussée, toilettes accessibles.",
      templates: ["KEEP_IMPROVE_DROP", "FIVE_FINGERS"],
      upcoming: 1,
    },
  ],
  participantCount: 60,
  phoneBase: 2000,
  demoParticipant: null,
  proposalMix: {
    DRAFT: 1,
    SUBMITTED: 2,
    UNDER_REVIEW: 2,
    ACCEPTED: 2,
    PARTIALLY_ACCEPTED: 2,
    REJECTED: 3,
    IN_PROGRESS: 4,
    IMPLEMENTED: 24,
  },
  overdue: { SUBMITTED: 1, UNDER_REVIEW: 1 },
  focusSubject: "accueil",
  cancelledSessionGroup: "montpellier",
};

export const DEMO_DEPARTMENTS: readonly DepartmentPlan[] = [CALVADOS, HERAULT];

// ───────────────────────────── people ─────────────────────────────

export const FIRST_NAMES: readonly string[] = [
  "Amandine",
  "Aïcha",
  "Anthony",
  "Bernadette",
  "Brigitte",
  "Cédric",
  "Chantal",
  "Christophe",
  "Coralie",
  "Daniel",
  "Danielle",
  "Dominique",
  "Dylan",
  "Élodie",
  "Emeline",
  "Fabrice",
  "Fatoumata",
  "Françoise",
  "Frédéric",
  "Gaëlle",
  "Gérard",
  "Ginette",
  "Grégory",
  "Hakim",
  "Hervé",
  "Ibrahim",
  "Inès",
  "Jacqueline",
  "Jean-Luc",
  "Jessica",
  "Jordan",
  "Josiane",
  "Kévin",
  "Khadija",
  "Laëtitia",
  "Lucie",
  "Ludovic",
  "Malika",
  "Mamadou",
  "Marine",
  "Maryse",
  "Mickaël",
  "Mohamed",
  "Monique",
  "Nadège",
  "Nathalie",
  "Noémie",
  "Océane",
  "Olga",
  "Pascal",
  "Patricia",
  "Pierrick",
  "Rachid",
  "Régis",
  "Rose",
  "Sabrina",
  "Samir",
  "Sébastien",
  "Solène",
  "Sylvain",
  "Tatiana",
  "Thierry",
  "Tiphaine",
  "Valérie",
  "Véronique",
  "Willy",
  "Yannick",
  "Yasmina",
  "Yvette",
  "Zoé",
];

export const LAST_NAMES: readonly string[] = [
  "Adam",
  "Alaoui",
  "Aubert",
  "Barbier",
  "Bazin",
  "Bellanger",
  "Benali",
  "Bouvier",
  "Brunet",
  "Carpentier",
  "Chauvin",
  "Colas",
  "Cordier",
  "Coulibaly",
  "Da Silva",
  "Delamare",
  "Desjardins",
  "Diallo",
  "Dumont",
  "Duval",
  "Fleury",
  "Fontaine",
  "Gautier",
  "Gilles",
  "Guérin",
  "Hamon",
  "Hébert",
  "Jacquet",
  "Joly",
  "Lacroix",
  "Lambert",
  "Langlois",
  "Lebas",
  "Leclerc",
  "Lecomte",
  "Lefèvre",
  "Lemoine",
  "Leroux",
  "Lesage",
  "Letellier",
  "Marie",
  "Martel",
  "Meunier",
  "Millet",
  "Morin",
  "Navarro",
  "Ndiaye",
  "Ollivier",
  "Pasquier",
  "Perrot",
  "Poulain",
  "Renaud",
  "Rivière",
  "Roche",
  "Royer",
  "Sanchez",
  "Tessier",
  "Traoré",
  "Vidal",
  "Yilmaz",
  "Zanetti",
  "Quéré",
];

export const STREETS: readonly string[] = [
  "rue des Lilas",
  "allée des Peupliers",
  "impasse du Moulin",
  "rue de la Fontaine",
  "chemin des Vignes",
  "avenue des Tilleuls",
  "rue du Stade",
  "place de l'Église",
  "rue des Écoles",
  "résidence Les Glycines",
  "rue des Jardins",
  "chemin du Lavoir",
  "rue de la Gare",
  "allée des Mimosas",
  "rue du Château-d'Eau",
];

/** Practical needs and what to plan for them: never a diagnosis. */
export const NEED_NOTES: Record<ParticipantNeed, readonly string[]> = {
  MOBILITY: [
    "Pas de voiture : prévoir un covoiturage depuis le bourg.",
    "Pas de bus le matin depuis chez elle : rencontres l'après-midi seulement.",
    "Vient à vélo : prévoir un endroit pour l'attacher.",
  ],
  CHILDCARE: [
    "Deux enfants de 3 et 6 ans : réserver l'espace enfants.",
    "Garde à prévoir le mercredi après-midi.",
  ],
  ACCESSIBILITY: [
    "Se déplace en fauteuil : salle de plain-pied et toilettes accessibles.",
    "Préfère les documents en gros caractères.",
    "Entend mal : la placer près de l'animatrice, boucle magnétique si possible.",
  ],
  INTERPRETER: [
    "Parle arabe, comprend un peu le français : prévoir une interprète.",
    "Parle dari : interprète bénévole de l'association.",
    "Parle portugais : sa fille l'accompagne et traduit.",
  ],
};

export const REFERENT_NAMES: readonly string[] = [
  "Mme Lefort, travailleuse sociale",
  "M. Garnier, conseiller en insertion",
  "Mme Pichon, assistante sociale",
  "Mme Boyer, conseillère en économie sociale et familiale",
];

export const COMPANIONS: readonly string[] = [
  "Sonia (sa fille)",
  "M. Grandin (voisin)",
  "Julie (une amie)",
  "Hugo (son fils)",
];

export const EXIT_REASONS: readonly string[] = [
  "A retrouvé un emploi à temps plein.",
  "Déménagement hors du département.",
  "Raisons familiales.",
  "Horaires incompatibles avec sa formation.",
  "Souhaite laisser sa place à une nouvelle personne.",
];

// ───────────────────────────── sessions ─────────────────────────────

export const SESSION_THEMES: readonly string[] = [
  "Accueil et présentation de l'année",
  "Les courriers du Département",
  "Se déplacer au quotidien",
  "Les démarches sur internet",
  "Préparer la rencontre avec les élus",
  "Faire garder ses enfants",
  "L'accueil dans les services",
  "Se soigner près de chez soi",
  "Le logement et les factures",
  "Travailler, se former",
  "Où en sont nos propositions ?",
  "Bilan et choix des priorités",
  "Rencontre avec la commission solidarités",
  "Les loisirs et la culture pour tous",
];

export const MINUTES_NOTES: readonly string[] = [
  "Nous avons commencé par un tour de table : chacun a dit ce qui avait changé depuis la dernière fois. Puis nous avons travaillé en deux petits groupes et mis nos idées en commun.",
  "Après le café d'accueil, l'animateur a rappelé où en sont nos propositions. Nous avons ensuite voté avec des gommettes pour choisir les idées à envoyer au Département.",
  "Deux nouvelles personnes ont rejoint le groupe. Nous avons relu la charte ensemble, puis travaillé avec des post-it sur le thème du jour.",
  "Une personne du service est venue répondre à nos questions. Nous avons noté ce qui reste à éclaircir pour la prochaine fois.",
  "Nous avons relu un document du Département phrase par phrase et entouré les mots qu'on ne comprend pas. Le groupe propose des mots plus simples.",
];

export const CANCEL_REASONS: readonly string[] = [
  "Salle indisponible à cause d'un dégât des eaux. La rencontre est reportée au mois prochain.",
  "Grève des transports : beaucoup de membres ne pouvaient pas venir.",
];

// ───────────────────────────── contributions ─────────────────────────────

// "Garder / améliorer / jeter" and "la main": pouce = ce qui m'a plu, index = ce que je retiens,
// majeur = ce qui ne m'a pas plu, annulaire = ce à quoi je tiens, auriculaire = ce qui n'a pas été assez dit.
export const CONTRIBUTION_TEXTS = {
  IDEA: [
    "Un numéro de téléphone où quelqu'un répond vraiment",
    "Faire les rencontres près de la gare",
    "Inviter un élu une fois par trimestre",
    "Mettre des dessins sur les papiers importants",
    "Organiser du covoiturage entre membres du groupe",
    "Prévoir un moment pour les nouveaux au début",
    "Écrire un petit journal du groupe",
    "Visiter les bureaux du Département",
    "Écrire ensemble une lettre modèle",
    "Un café offert à l'arrivée, ça met à l'aise",
  ],
  KEEP: [
    "Le café d'accueil",
    "Le tour de table du début",
    "On peut venir avec ses enfants",
    "Le remboursement des frais de trajet",
    "Le SMS de rappel la veille",
    "On parle sans être jugé",
    "La salle facile d'accès",
    "Les animateurs qui nous écoutent",
    "Le compte rendu en mots simples",
  ],
  IMPROVE: [
    "Les courriers trop longs",
    "Les horaires du bus ne collent pas avec la rencontre",
    "Recevoir l'ordre du jour une semaine avant",
    "Le remboursement prend trop de temps",
    "Plus de temps pour parler en petits groupes",
    "Expliquer les sigles",
    "Le site internet est difficile à utiliser",
    "Faire des pauses plus souvent",
  ],
  DROP: [
    "Les mots compliqués comme « instruction du dossier »",
    "Les rendez-vous à 8 h 30 quand on n'a pas de voiture",
    "Les formulaires de dix pages",
    "Le numéro de téléphone payant",
    "Les rencontres qui finissent en retard",
    "Les lettres recommandées pour tout",
    "Devoir tout raconter à chaque nouveau référent",
  ],
  THUMB: [
    "Le travail en petits groupes",
    "On a été écoutés par l'élue",
    "L'ambiance du groupe",
    "Le repas partagé",
    "Les nouvelles têtes",
  ],
  INDEX: [
    "Les réponses doivent arriver plus vite",
    "Je retiens qu'on peut faire changer les courriers",
    "La date de la prochaine commission",
    "Ce qu'on dit ici remonte vraiment",
  ],
  MIDDLE: [
    "La salle était trop froide",
    "On a manqué de temps",
    "Certains parlent beaucoup plus que d'autres",
    "Le bruit des travaux à côté",
  ],
  RING: [
    "Je présente le groupe à ma voisine",
    "Je tiens aux rencontres en journée",
    "Je viendrai à la prochaine commission",
    "Je veux continuer l'an prochain",
  ],
  LITTLE: [
    "On n'a pas parlé du logement",
    "Les jeunes ne sont pas assez nombreux",
    "Les transports le soir",
    "Les personnes qui ne lisent pas bien le français",
  ],
} as const;

// ───────────────────────────── proposals ─────────────────────────────

export type ProposalText = {
  title: string;
  description: string;
  policyArea: string;
  addressee: string;
  subject: Subject;
};

export const PROPOSALS: readonly ProposalText[] = [
  // Les courriers
  {
    title: "Des courriers qu'on comprend du premier coup",
    description:
      "Dans les courriers, il y a trop de mots compliqués et de numéros d'articles de loi. On demande des phrases courtes, le plus important en haut de la page, et un numéro de téléphone qui répond.",
    policyArea: "Courriers et information",
    addressee: "Direction de la communication",
    subject: "courriers",
  },
  {
    title: "Ne plus écrire « radiation » dans les lettres",
    description:
      "Le mot « radiation » fait peur : on a l'impression d'être puni. On propose d'écrire ce qui se passe vraiment et ce qu'on peut faire pour arranger la situation.",
    policyArea: "Courriers et information",
    addressee: "Direction de l'insertion et de l'emploi",
    subject: "courriers",
  },
  {
    title: "Un nom de contact sur chaque courrier",
    description:
      "Quand on reçoit une lettre, on ne sait pas qui appeler. On veut le nom de la personne qui suit notre dossier, avec son numéro direct.",
    policyArea: "Courriers et information",
    addressee: "Direction de l'action sociale de proximité",
    subject: "courriers",
  },
  {
    title: "Faire relire les courriers par le groupe avant de les envoyer",
    description:
      "Avant d'envoyer un nouveau modèle de lettre à tout le monde, le Département le fait relire par des personnes du groupe. On a déjà relu la lettre de rendez-vous et trouvé douze mots à changer.",
    policyArea: "Courriers et information",
    addressee: "Direction de la communication",
    subject: "courriers",
  },
  {
    title: "Laisser plus de temps pour répondre",
    description:
      "Quinze jours pour envoyer des papiers, c'est trop court quand on attend un document d'une autre administration. On demande un mois, et un rappel par SMS avant la date.",
    policyArea: "Accès aux droits",
    addressee: "Direction de l'insertion et de l'emploi",
    subject: "courriers",
  },
  {
    title: "Les convocations aussi par SMS",
    description:
      "Le courrier arrive parfois après le rendez-vous, ou il se perd quand on déménage. On aimerait recevoir aussi un SMS avec la date, l'heure et l'adresse.",
    policyArea: "Courriers et information",
    addressee: "Direction de l'action sociale de proximité",
    subject: "courriers",
  },
  // L'accueil
  {
    title: "Un coin pour parler sans être entendu",
    description:
      "À l'accueil, on parle derrière une vitre et tout le monde entend notre situation. On aimerait un petit bureau fermé pour parler tranquillement.",
    policyArea: "Accueil des publics",
    addressee: "Direction de l'action sociale de proximité",
    subject: "accueil",
  },
  {
    title: "Des chaises et de l'eau dans la salle d'attente",
    description:
      "On attend parfois une heure debout avec les enfants. On demande assez de chaises, un point d'eau et quelques jeux pour les petits.",
    policyArea: "Accueil des publics",
    addressee: "Direction de l'action sociale de proximité",
    subject: "accueil",
  },
  {
    title: "Ouvrir le samedi matin",
    description:
      "Quand on travaille ou qu'on est en formation, on ne peut pas venir en semaine. Une ouverture le samedi matin, même une fois par mois, aiderait beaucoup de monde.",
    policyArea: "Accueil des publics",
    addressee: "Commission solidarités",
    subject: "accueil",
  },
  {
    title: "Être reçu dans une langue qu'on comprend",
    description:
      "Certaines personnes ne comprennent pas bien le français. On propose un service d'interprètes par téléphone à l'accueil, et une liste de bénévoles.",
    policyArea: "Accueil des publics",
    addressee: "Direction de l'action sociale de proximité",
    subject: "accueil",
  },
  {
    title: "Un plan clair à l'entrée",
    description:
      "En arrivant, on ne sait pas où aller : il y a plusieurs portes et aucun panneau. On demande un plan simple avec des dessins, à l'entrée et sur internet.",
    policyArea: "Accueil des publics",
    addressee: "Direction de la communication",
    subject: "accueil",
  },
  {
    title: "Former les agents d'accueil avec nous",
    description:
      "On propose que des membres du groupe participent à la formation des nouveaux agents d'accueil, pour raconter comment on vit l'attente.",
    policyArea: "Accueil des publics",
    addressee: "Direction des ressources humaines",
    subject: "accueil",
  },
  // Tout le reste
  {
    title: "Une carte de bus gratuite pour les rendez-vous",
    description:
      "Le ticket de bus coûte cher quand on a plusieurs rendez-vous par mois. On demande une carte gratuite pour aller aux rendez-vous d'insertion et aux entretiens.",
    policyArea: "Mobilité",
    addressee: "Service des transports",
    subject: "general",
  },
  {
    title: "Un minibus pour les villages sans bus",
    description:
      "Dans les villages, il n'y a pas de bus le mercredi ni pendant les vacances. On propose un minibus à la demande, qu'on réserve la veille par téléphone.",
    policyArea: "Mobilité",
    addressee: "Service des transports",
    subject: "general",
  },
  {
    title: "Aider à passer le permis de conduire",
    description:
      "Sans permis, pas de travail, et sans travail, pas d'argent pour le permis. On demande une aide pour payer une partie des heures de conduite.",
    policyArea: "Mobilité",
    addressee: "Direction de l'insertion et de l'emploi",
    subject: "general",
  },
  {
    title: "Faire garder les enfants pendant les rendez-vous",
    description:
      "Les parents seuls ne peuvent pas aller aux ateliers ou aux entretiens d'embauche sans solution pour les enfants. On propose des places réservées en halte-garderie.",
    policyArea: "Enfance et famille",
    addressee: "Direction de l'enfance et de la famille",
    subject: "general",
  },
  {
    title: "Des ateliers pour apprendre internet",
    description:
      "Tout se fait sur internet maintenant, et beaucoup d'entre nous sont perdus. On demande des ateliers gratuits, en petit groupe, près de chez nous.",
    policyArea: "Numérique",
    addressee: "Direction de l'insertion et de l'emploi",
    subject: "general",
  },
  {
    title: "Un ordinateur en libre accès dans chaque lieu d'accueil",
    description:
      "On demande un ordinateur, une imprimante et une personne pour aider, dans chaque maison des solidarités.",
    policyArea: "Numérique",
    addressee: "Direction de l'action sociale de proximité",
    subject: "general",
  },
  {
    title: "Pouvoir parler à une vraie personne au téléphone",
    description:
      "Les numéros sonnent dans le vide ou on tombe sur une machine. On veut un numéro où une vraie personne répond, au moins le matin.",
    policyArea: "Accès aux droits",
    addressee: "Direction de l'action sociale de proximité",
    subject: "general",
  },
  {
    title: "Garder le même référent au moins un an",
    description:
      "Certains d'entre nous ont eu quatre référents en deux ans. Il faut tout raconter à chaque fois. On demande de garder la même personne au moins un an.",
    policyArea: "Insertion et emploi",
    addressee: "Direction de l'insertion et de l'emploi",
    subject: "general",
  },
  {
    title: "Être invités aux commissions qui parlent de nous",
    description:
      "Des décisions sont prises sur nous sans nous. On demande que deux membres du groupe soient invités à la commission solidarités, avec du temps pour préparer.",
    policyArea: "Participation",
    addressee: "Commission solidarités",
    subject: "general",
  },
  {
    title: "Un guide des aides écrit avec nous",
    description:
      "On ne connaît pas toutes les aides auxquelles on a droit. On propose d'écrire avec le Département un petit guide simple, avec des exemples de la vie de tous les jours.",
    policyArea: "Accès aux droits",
    addressee: "Direction de la communication",
    subject: "general",
  },
  {
    title: "Des stages dans les services du Département",
    description:
      "Le Département est un grand employeur. On aimerait faire des stages dans ses services, pour découvrir des métiers et avoir une expérience à mettre sur le CV.",
    policyArea: "Insertion et emploi",
    addressee: "Direction des ressources humaines",
    subject: "general",
  },
  {
    title: "Un forum de l'emploi près de chez nous",
    description:
      "Les forums de l'emploi sont toujours en ville. On aimerait un forum une fois par an dans notre secteur, avec les entreprises du coin.",
    policyArea: "Insertion et emploi",
    addressee: "Direction de l'insertion et de l'emploi",
    subject: "general",
  },
  {
    title: "Du sport à petit prix",
    description:
      "Les clubs de sport coûtent trop cher pour nous et nos enfants. On propose une aide pour la licence, comme pour les jeunes.",
    policyArea: "Culture, sport et loisirs",
    addressee: "Direction de la culture et des sports",
    subject: "general",
  },
  {
    title: "Des places de spectacle pour les familles",
    description:
      "On ne va jamais au spectacle car c'est trop cher. On propose des places à un euro pour les familles, avec une sortie en groupe.",
    policyArea: "Culture, sport et loisirs",
    addressee: "Direction de la culture et des sports",
    subject: "general",
  },
  {
    title: "Aider à payer la cantine du collège",
    description:
      "La cantine coûte cher quand on a plusieurs enfants au collège. On demande un tarif qui dépend vraiment de ce qu'on gagne.",
    policyArea: "Enfance et famille",
    addressee: "Direction de l'éducation",
    subject: "general",
  },
  {
    title: "Des vacances pour les enfants qui ne partent jamais",
    description:
      "Beaucoup de nos enfants ne partent jamais en vacances. On propose des séjours d'une semaine à petit prix, organisés avec les centres sociaux.",
    policyArea: "Enfance et famille",
    addressee: "Direction de l'enfance et de la famille",
    subject: "general",
  },
  {
    title: "Un coup de main pour les factures d'énergie",
    description:
      "L'hiver, la facture de chauffage fait peur. On demande une aide rapide quand la facture arrive, et des conseils pour dépenser moins.",
    policyArea: "Logement",
    addressee: "Direction de l'habitat",
    subject: "general",
  },
  {
    title: "Des logements près des transports",
    description:
      "Quand on n'a pas de voiture, un logement loin de tout empêche de travailler. On demande que les logements sociaux neufs soient construits près des bus et des gares.",
    policyArea: "Logement",
    addressee: "Direction de l'habitat",
    subject: "general",
  },
  {
    title: "Un médecin qui vient dans les villages",
    description:
      "Il n'y a plus de médecin dans plusieurs villages. On propose un bus santé qui passe une fois par semaine, avec un médecin et une infirmière.",
    policyArea: "Santé",
    addressee: "Commission solidarités",
    subject: "general",
  },
  {
    title: "Des rendez-vous chez le dentiste plus rapides",
    description:
      "Il faut attendre six mois pour un rendez-vous. On demande des créneaux réservés dans les centres de santé pour les urgences.",
    policyArea: "Santé",
    addressee: "Commission solidarités",
    subject: "general",
  },
  {
    title: "Rembourser les frais des groupes plus vite",
    description:
      "Quand on avance l'essence pour venir, on attend deux mois le remboursement. On demande d'être remboursé en moins de trois semaines.",
    policyArea: "Participation",
    addressee: "Direction des finances",
    subject: "general",
  },
  {
    title: "Un café des parents au collège",
    description:
      "On se sent mal à l'aise au collège. Un café des parents une fois par mois, avec un professeur, aiderait à parler plus simplement de nos enfants.",
    policyArea: "Enfance et famille",
    addressee: "Direction de l'éducation",
    subject: "general",
  },
  {
    title: "Faire connaître le groupe dans les quartiers",
    description:
      "Beaucoup de gens ne savent pas que le groupe existe. On propose de le présenter nous-mêmes, dans les centres sociaux et au marché.",
    policyArea: "Participation",
    addressee: "Direction de la communication",
    subject: "general",
  },
  {
    title: "Une attestation pour ce qu'on fait dans le groupe",
    description:
      "Ici, on apprend à parler en public et à travailler en équipe. On veut une attestation à montrer aux employeurs.",
    policyArea: "Insertion et emploi",
    addressee: "Direction de l'insertion et de l'emploi",
    subject: "general",
  },
  {
    title: "Des formations courtes et payées",
    description:
      "Les formations longues, on ne peut pas les suivre sans revenu. On demande des formations de quelques semaines, avec une rémunération.",
    policyArea: "Insertion et emploi",
    addressee: "Direction de l'insertion et de l'emploi",
    subject: "general",
  },
  {
    title: "Un lieu pour se retrouver entre les rencontres",
    description:
      "Entre deux rencontres, on aimerait un endroit où se retrouver, boire un café et s'entraider pour les papiers.",
    policyArea: "Participation",
    addressee: "Commission solidarités",
    subject: "general",
  },
  {
    title: "Un parrain pour chaque nouveau du groupe",
    description:
      "Une personne du groupe appelle chaque nouveau avant sa première rencontre et vient le chercher à l'arrêt de bus. Comme ça, on ose venir.",
    policyArea: "Participation",
    addressee: "Direction de l'action sociale de proximité",
    subject: "general",
  },
  {
    title: "Des jardins partagés au pied des immeubles",
    description:
      "Un jardin, ça permet de manger des légumes frais et de rencontrer ses voisins. On propose des jardins partagés avec un animateur.",
    policyArea: "Cadre de vie",
    addressee: "Direction de l'habitat",
    subject: "general",
  },
  {
    title: "Une épicerie solidaire dans chaque secteur",
    description:
      "La plus proche est à quarante minutes. On demande une épicerie solidaire par secteur, ou un camion qui passe dans les villages.",
    policyArea: "Alimentation",
    addressee: "Commission solidarités",
    subject: "general",
  },
  {
    title: "Une aide pour réparer la voiture",
    description:
      "Quand la voiture tombe en panne, on peut perdre son travail. On demande une aide rapide pour la réparation, avec des garages solidaires.",
    policyArea: "Mobilité",
    addressee: "Direction de l'insertion et de l'emploi",
    subject: "general",
  },
];

/** Always a written justification for partial answers and refusals (SPEC §3). */
export const ANSWERS: Record<"ACCEPTED" | "PARTIALLY_ACCEPTED" | "REJECTED", readonly string[]> = {
  ACCEPTED: [
    "Le Département retient votre proposition. Le service concerné va la mettre en place avec vous : deux membres du groupe seront invités aux réunions de travail.",
    "Bonne idée, nous la retenons. Nous viendrons vous présenter le calendrier lors d'une prochaine rencontre.",
    "Votre proposition est acceptée. Un budget est prévu cette année, et le groupe sera consulté à chaque étape.",
    "Nous retenons votre proposition telle que vous l'avez écrite. Une première version vous sera montrée avant sa mise en place.",
  ],
  PARTIALLY_ACCEPTED: [
    "Nous retenons une partie de votre proposition : elle sera d'abord testée sur un territoire pendant six mois. L'étendre à tout le département demande un budget qui n'est pas encore voté ; nous vous dirons en fin d'année si c'est possible.",
    "Oui pour la première partie, qui dépend du Département. Pour la seconde, c'est la commune qui décide : nous lui avons transmis votre demande et nous vous donnerons sa réponse.",
    "Nous ne pouvons pas le faire partout faute de personnel, mais nous le ferons dès cette année dans les trois lieux qui reçoivent le plus de monde.",
  ],
  REJECTED: [
    "Nous ne pouvons pas retenir cette proposition : elle relève de l'État et non du Département. Nous avons transmis votre demande à la préfecture et nous vous tiendrons au courant.",
    "Cette proposition n'est pas retenue cette année : le budget voté ne le permet pas. Nous la présenterons de nouveau au prochain budget et nous vous proposons d'en reparler au printemps.",
    "Nous ne retenons pas cette proposition car une aide existe déjà pour cela, mais elle est mal connue. Nous allons mieux la faire connaître et viendrons la présenter au groupe.",
    "La loi ne nous permet pas de le faire sous cette forme. Nous proposons au groupe de chercher ensemble une autre solution lors d'une prochaine rencontre.",
  ],
};

export const PROGRESS_NOTES: readonly string[] = [
  "Première réunion de travail avec deux membres du groupe.",
  "Le projet a été présenté au groupe, qui a demandé deux changements.",
  "Le test a commencé sur un territoire.",
  "Le budget est voté, la mise en place continue.",
];

export const IMPLEMENTED_NOTES: readonly string[] = [
  "C'est fait : la mesure est en place depuis le début du mois.",
  "Mis en place dans tout le département. Le groupe a été invité à la présentation.",
  "C'est en place. Un premier bilan sera présenté au groupe dans six mois.",
  "Terminé : merci au groupe pour son aide à chaque étape.",
];

export const MILESTONES: readonly string[] = [
  "Réunion de lancement avec deux membres du groupe",
  "Premier projet présenté au groupe",
  "Test sur un territoire",
  "Mise en place dans tout le département",
];

/** A coordinator's clarification: a staff edit makes version 2, the group's wording stays as version 1. */
export const STAFF_CLARIFICATION =
  "\n\nPrécision ajoutée par la coordination après échange avec le groupe : la demande vaut pour tout le département, pas seulement pour notre secteur.";

/** Participants' reactions to a published answer, by how the answer went for them. */
export const COMMENTS: Record<"pleased" | "disappointed", readonly string[]> = {
  pleased: [
    "Merci pour cette réponse. On attend de voir le résultat sur le terrain.",
    "Super nouvelle ! Le groupe est fier d'avoir été écouté.",
    "C'est bien, mais il faut que ça marche aussi dans les petits villages.",
  ],
  disappointed: [
    "On est un peu déçus, mais on comprend. On aimerait en reparler à la prochaine rencontre.",
    "On aurait aimé que quelqu'un vienne nous expliquer la réponse en réunion.",
    "Merci d'avoir répondu. On proposera une autre idée pour le même problème.",
  ],
};

// ───────────────────────────── claims ─────────────────────────────

export const REJECTION_REASONS: readonly string[] = [
  "Le justificatif est illisible : merci de nous renvoyer une photo nette du ticket.",
  "Ces frais ont déjà été remboursés pour cette rencontre.",
  "Le ticket est daté d'un autre jour que la rencontre.",
];

/** Named on attestations: what taking part teaches, never why someone takes part. */
export const SKILLS: readonly string[] = [
  "Prendre la parole en groupe",
  "Travailler en équipe",
  "Donner son avis et l'expliquer",
  "Relire et améliorer un document",
  "Représenter le groupe devant des élus",
];
