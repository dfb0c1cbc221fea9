-- Coordinators invite staff from inside their department (withTenant, role participation_app), and
-- the "choose your password" link must be written in that same transaction as the membership and the
-- outbox email. INSERT only: the application never reads one-time codes back under this role, so the
-- hashes of other users' codes stay out of its reach (sign-in reads them as the owner, in lib/auth).
-- It adds no power the role lacked: it may already UPDATE "User", password hashes included.
GRANT INSERT ON "OneTimeCode" TO participation_app;
