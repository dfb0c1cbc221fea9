-- One flat indemnity per participant and session: generating them twice, even at the same instant,
-- creates nothing new. A partial unique index, which Prisma's schema cannot express (and which
-- `prisma migrate diff` leaves alone, so the drift check stays clean).
CREATE UNIQUE INDEX "ExpenseClaim_flat_indemnity_once"
  ON "ExpenseClaim" ("departmentId", "sessionId", "participantId")
  WHERE "type" = 'FLAT_INDEMNITY';
