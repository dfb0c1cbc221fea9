-- Second wall between departments (ENGINEERING.md §4): PostgreSQL itself refuses rows of another
-- department, even if a query forgets its filter.
--
-- The application runs its tenant queries as participation_app (SET LOCAL ROLE inside withTenant):
-- not the owner, no BYPASSRLS, so the policies always apply, even on a superuser connection.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'participation_app') THEN
    CREATE ROLE participation_app NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;

-- The connecting (owner) role must be allowed to SET ROLE participation_app.
GRANT participation_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO participation_app;

-- One way to make a table tenant-owned; later migrations call it for their new tables.
CREATE FUNCTION tenant_table_setup(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING ("departmentId" = NULLIF(current_setting(''app.department_id'', true), '''')) '
    'WITH CHECK ("departmentId" = NULLIF(current_setting(''app.department_id'', true), ''''))',
    tbl);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO participation_app', tbl);
END
$$;

SELECT tenant_table_setup(format('%I', table_name)::regclass)
FROM information_schema.columns
WHERE table_schema = 'public' AND column_name = 'departmentId'
ORDER BY table_name;

-- A signed-in user may list their own memberships (to choose a department) before any is chosen.
CREATE POLICY own_memberships ON "Membership" FOR SELECT
  USING ("userId" = NULLIF(current_setting('app.user_id', true), ''));

-- The audit trail is append-only for the application.
REVOKE UPDATE, DELETE ON "AuditEvent" FROM participation_app;

-- Platform tables. Department: inside a tenant, only one's own department is visible or writable;
-- outside a tenant the owner resolves URL slugs (RLS enabled, not forced: the owner is exempt).
ALTER TABLE "Department" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Department" TO participation_app
  USING ("id" = NULLIF(current_setting('app.department_id', true), ''));
GRANT SELECT, UPDATE ON "Department" TO participation_app;

-- Users are shared across departments (a facilitator may work for two councils); services scope
-- them through Membership.
GRANT SELECT, INSERT, UPDATE ON "User" TO participation_app;
