-- CreateTable
CREATE TABLE "AccessCard" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AccessCard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessCard_codeHash_key" ON "AccessCard"("codeHash");

-- CreateIndex
CREATE INDEX "AccessCard_userId_idx" ON "AccessCard"("userId");

-- AddForeignKey
ALTER TABLE "AccessCard" ADD CONSTRAINT "AccessCard_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessCard" ADD CONSTRAINT "AccessCard_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A platform table, like OneTimeCode: a card is looked up by its code at sign-in, before anyone knows
-- the department. Facilitators issue and revoke cards from inside their department (withTenant, role
-- participation_app); the services scope every card to a participant the caller may see.
GRANT SELECT, INSERT, UPDATE ON "AccessCard" TO participation_app;
