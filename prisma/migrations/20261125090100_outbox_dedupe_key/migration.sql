-- Reminders are planned by a worker that may run twice at once or be rerun: a reminder for one
-- (invitation, days before) must exist at most once. The key makes the insert idempotent
-- (INSERT … ON CONFLICT DO NOTHING); one-off messages leave it null, and nulls never collide.
ALTER TABLE "OutboxMessage" ADD COLUMN "dedupeKey" TEXT;

CREATE UNIQUE INDEX "OutboxMessage_departmentId_dedupeKey_key" ON "OutboxMessage"("departmentId", "dedupeKey");
