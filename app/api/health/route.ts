// GET /api/health – for load balancers: 200 when the database answers, 503 otherwise.
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await prisma().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", db: "ok" });
  } catch {
    return Response.json({ status: "degraded", db: "unavailable" }, { status: 503 });
  }
}
