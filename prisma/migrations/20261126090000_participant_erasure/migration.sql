-- Erasure of a participant (lib/participants/anonymise.ts). The audit trail stays append-only for
-- the application, but the values it copied (names, phone, address…) must go with the person: this
-- one function, owned by the schema owner, blanks the before/after of one participant's events in
-- the caller's department and nothing else. Who did what, and when, is kept.
CREATE FUNCTION erase_participant_audit(participant_id text) RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH erased AS (
    UPDATE "AuditEvent" SET "before" = NULL, "after" = NULL
    WHERE "departmentId" = NULLIF(current_setting('app.department_id', true), '')
      AND "entity" = 'Participant' AND "entityId" = participant_id
    RETURNING 1
  )
  SELECT count(*)::integer FROM erased;
$$;
REVOKE ALL ON FUNCTION erase_participant_audit(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_participant_audit(text) TO participation_app;
