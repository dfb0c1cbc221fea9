import type {
  ContactChannel,
  ParticipantNeed,
  PublicCategory,
  RecruitmentSource,
} from "@/lib/generated/prisma/enums";

// Choices offered in the participant forms, in display order, and the import's limits. Client
// components import this file, so it holds no server code.
export const CONTACT_CHANNELS: ContactChannel[] = ["SMS", "EMAIL", "PHONE_CALL", "POST", "NONE"];
export const PARTICIPANT_NEEDS: ParticipantNeed[] = ["MOBILITY", "CHILDCARE", "ACCESSIBILITY", "INTERPRETER"];
export const PUBLIC_CATEGORIES: PublicCategory[] = ["RSA", "AAH", "YOUTH", "JOB_SEEKER", "REFUGEE", "OTHER"];
export const RECRUITMENT_SOURCES: RecruitmentSource[] = [
  "REFERENT",
  "CO_OPTATION",
  "INFORMATION_SESSION",
  "PARTNER",
  "OTHER",
];

/** 1 Mo: the file is sent back to the server twice (preview, then import) within the 1 MB body limit. */
export const MAX_IMPORT_BYTES = 1_000_000;
/** Rows of one import, all written in one transaction. */
export const MAX_IMPORT_ROWS = 2_000;

/** French numbers as people write them (06 12 34 56 78); foreign ones as stored (+32…). */
export function formatPhone(phone: string): string {
  const french = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(phone);
  return french ? `0${french.slice(1).join(" ")}` : phone;
}
