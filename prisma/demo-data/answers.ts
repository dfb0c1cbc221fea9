// What follows a proposal: the decision maker's answer, the work that comes after, the group's reactions.
import type { Decision } from "./plans.ts";

/** Always a written justification for partial answers and refusals (SPEC §3). */
export const ANSWERS: Record<Decision, readonly string[]> = {
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
