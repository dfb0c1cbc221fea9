-- The claims list (newest first, whole or filtered by status) reads one page from an index instead
-- of sorting every claim of the department: measured by `npm run bench` (issue 10).
DROP INDEX "ExpenseClaim_departmentId_status_idx";

CREATE INDEX "ExpenseClaim_departmentId_createdAt_idx" ON "ExpenseClaim"("departmentId", "createdAt");

CREATE INDEX "ExpenseClaim_departmentId_status_createdAt_idx" ON "ExpenseClaim"("departmentId", "status", "createdAt");
