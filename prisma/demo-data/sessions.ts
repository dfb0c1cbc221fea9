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
