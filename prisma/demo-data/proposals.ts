import type { Subject } from "./plans.ts";

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
