-- Row-level security lets PostgreSQL use a query's condition in an index before the policy only when
-- the condition's function is LEAKPROOF (it cannot reveal a row through an error). Equality of enums
-- is not marked so, though it only compares two OIDs: every filter on a status or a role then
-- scanned all of a department's rows, then sorted them, instead of reading the index (the groups
-- list read 300 groups and counted their members to show 25; staff lists read every participant's
-- membership). Marking the catalogue functions needs a superuser: where the migration runs as one,
-- it does it; elsewhere it says so, and README "Production" gives the statement to run once.
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION enum_eq(anyenum, anyenum) LEAKPROOF;
    ALTER FUNCTION enum_ne(anyenum, anyenum) LEAKPROOF;
  ELSE
    RAISE WARNING 'enum_eq and enum_ne are not LEAKPROOF: filters on statuses and roles will not use indexes under row-level security. As a superuser, run: ALTER FUNCTION enum_eq(anyenum, anyenum) LEAKPROOF; ALTER FUNCTION enum_ne(anyenum, anyenum) LEAKPROOF;';
  END IF;
END
$$;

-- Staff of a department (facilitators and coordinators) among its participants' memberships.
-- CreateIndex
CREATE INDEX "Membership_departmentId_role_idx" ON "Membership"("departmentId", "role");
