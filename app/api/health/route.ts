import { checkDatabase, checkExecutor } from "@/lib/health/system-health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the dev script: 200 when the database and executor answer. */
export async function GET() {
  const [database, executor] = await Promise.all([checkDatabase(), checkExecutor()]);
  const ok = database.ok && executor.ok;
  return Response.json(
    { status: ok ? "ok" : "degraded", database, executor },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
