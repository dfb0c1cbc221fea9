-- Never written by the app: the retention job (lib/participants/retention.ts) reads a person's
-- activity where it happens (invitations, memberships, sign-ins), so this copy could only go stale.
ALTER TABLE "Participant" DROP COLUMN "lastActivityAt";
