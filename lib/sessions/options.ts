import type {
  AgendaTemplate,
  Attendance,
  ContributionCategory,
  Feedback,
  Rsvp,
} from "@/lib/generated/prisma/enums";

// The methods' vocabulary, in display order (no server code: client components import this file).

export const AGENDA_TEMPLATES: AgendaTemplate[] = ["FREE", "KEEP_IMPROVE_DROP", "FIVE_FINGERS"];

/** The steps every meeting follows; the workshop step depends on the method. */
export const AGENDA_STEPS = [
  "welcome",
  "framework",
  "inclusion",
  "workshop",
  "prioritisation",
  "closing",
] as const;

/** Where a sticky note goes, by method: "garder / améliorer / jeter", "la main", or free ideas. */
export const TEMPLATE_CATEGORIES: Record<AgendaTemplate, ContributionCategory[]> = {
  FREE: ["IDEA"],
  KEEP_IMPROVE_DROP: ["KEEP", "IMPROVE", "DROP"],
  FIVE_FINGERS: ["THUMB", "INDEX", "MIDDLE", "RING", "LITTLE"],
};

export const ATTENDANCES: Attendance[] = ["PRESENT", "EXCUSED", "ABSENT"];
export const RSVPS: Rsvp[] = ["YES", "NO", "NO_ANSWER"];
export const FEEDBACKS: Feedback[] = ["VERY_HAPPY", "HAPPY", "UNHAPPY", "VERY_UNHAPPY"];
