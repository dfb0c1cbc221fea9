import type { ParticipantNeed } from "../../lib/generated/prisma/client.ts";

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
