/** Named on attestations: what taking part teaches, never why someone takes part. */
export const SKILLS: readonly string[] = [
  "Prendre la parole en groupe",
  "Travailler en équipe",
  "Donner son avis et l'expliquer",
  "Relire et améliorer un document",
  "Représenter le groupe devant des élus",
];
