export const REJECTION_REASONS: readonly string[] = [
  "Le justificatif est illisible : merci de nous renvoyer une photo nette du ticket.",
  "Ces frais ont déjà été remboursés pour cette rencontre.",
  "Le ticket est daté d'un autre jour que la rencontre.",
];
