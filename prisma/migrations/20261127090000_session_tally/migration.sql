-- The annual report counts attendance and feedback over a year of held sessions: in a large
-- department that is tens of thousands of invitations, read at every opening of the report. Each
-- session's counts are kept instead in "SessionTally", one row per session, by statement-level
-- triggers on "Invitation": in the transaction of the change, so the counts are never stale.

-- CreateTable
CREATE TABLE "SessionTally" (
    "sessionId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "invited" INTEGER NOT NULL DEFAULT 0,
    "present" INTEGER NOT NULL DEFAULT 0,
    "feedbackAnswers" INTEGER NOT NULL DEFAULT 0,
    "feedbackScore" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SessionTally_pkey" PRIMARY KEY ("sessionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionTally_departmentId_sessionId_key" ON "SessionTally"("departmentId", "sessionId");

-- AddForeignKey
ALTER TABLE "SessionTally" ADD CONSTRAINT "SessionTally_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionTally" ADD CONSTRAINT "SessionTally_departmentId_sessionId_fkey" FOREIGN KEY ("departmentId", "sessionId") REFERENCES "Session"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The report's scale of a face: 4 very happy … 1 very unhappy.
CREATE FUNCTION feedback_score(f "Feedback") RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE f WHEN 'VERY_HAPPY' THEN 4 WHEN 'HAPPY' THEN 3 WHEN 'UNHAPPY' THEN 2 WHEN 'VERY_UNHAPPY' THEN 1 END
$$;

-- One statement's invitations, summed per session: what it added (new rows) minus what it removed
-- (old rows). Sessions whose counts did not move (an RSVP, a reminder sent) are not touched, so
-- those writes take no lock here. Tallies are written in session order, so two statements that
-- touch the same sessions lock them in the same order. A session deleted in this transaction (its
-- invitations go with it) has no tally left to change.
CREATE FUNCTION session_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added "SessionTally"[] := '{}';
  removed "SessionTally"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN
    added := ARRAY(
      SELECT ROW("sessionId", "departmentId", count(*), count(*) FILTER (WHERE attendance = 'PRESENT'),
                 count(feedback), COALESCE(sum(feedback_score(feedback)), 0))::"SessionTally"
      FROM new_rows GROUP BY "sessionId", "departmentId");
  END IF;
  IF TG_OP <> 'INSERT' THEN
    removed := ARRAY(
      SELECT ROW("sessionId", "departmentId", count(*), count(*) FILTER (WHERE attendance = 'PRESENT'),
                 count(feedback), COALESCE(sum(feedback_score(feedback)), 0))::"SessionTally"
      FROM old_rows GROUP BY "sessionId", "departmentId");
  END IF;
  INSERT INTO "SessionTally" AS t
  SELECT c."sessionId", c."departmentId", sum(c.invited), sum(c.present), sum(c."feedbackAnswers"),
         sum(c."feedbackScore")
  FROM (SELECT * FROM unnest(added)
        UNION ALL
        SELECT "sessionId", "departmentId", -invited, -present, -"feedbackAnswers", -"feedbackScore"
        FROM unnest(removed)) c
  WHERE EXISTS (SELECT 1 FROM "Session" s WHERE s.id = c."sessionId")
  GROUP BY c."sessionId", c."departmentId"
  HAVING (sum(c.invited), sum(c.present), sum(c."feedbackAnswers"), sum(c."feedbackScore")) <> (0, 0, 0, 0)
  ORDER BY c."sessionId"
  ON CONFLICT ("sessionId") DO UPDATE SET
    invited = t.invited + EXCLUDED.invited,
    present = t.present + EXCLUDED.present,
    "feedbackAnswers" = t."feedbackAnswers" + EXCLUDED."feedbackAnswers",
    "feedbackScore" = t."feedbackScore" + EXCLUDED."feedbackScore";
  RETURN NULL;
END
$$;

CREATE TRIGGER session_tally_insert AFTER INSERT ON "Invitation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION session_tally_apply();
CREATE TRIGGER session_tally_update AFTER UPDATE ON "Invitation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION session_tally_apply();
CREATE TRIGGER session_tally_delete AFTER DELETE ON "Invitation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION session_tally_apply();

-- The tallies of the invitations already there. Row-level security is forced on "Invitation", even
-- for its owner: lifted for this one read, inside the migration's transaction.
ALTER TABLE "Invitation" NO FORCE ROW LEVEL SECURITY;
INSERT INTO "SessionTally"
SELECT "sessionId", "departmentId", count(*), count(*) FILTER (WHERE attendance = 'PRESENT'),
       count(feedback), COALESCE(sum(feedback_score(feedback)), 0)
FROM "Invitation" GROUP BY "sessionId", "departmentId";
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;

-- A tenant table like the others; the triggers write it as the role that changes the invitations.
SELECT tenant_table_setup('"SessionTally"');
