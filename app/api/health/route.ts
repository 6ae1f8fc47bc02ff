import { getSession } from "@/lib/auth";
import { env } from "@/lib/env";
import { healthTokenMatches, publicHealth } from "@/lib/health/health-access";
import { checkDatabase, checkExecutor } from "@/lib/health/system-health";

export const dynamic = "force-dynamic";

/**
 * Liveness for load balancers and the dev script: 200 "up" when the database and executor
 * answer, 503 "down" otherwise. The components' details only for monitoring (HEALTH_TOKEN) and
 * platform admins (lib/health/health-access.ts).
 */
export async function GET(request: Request) {
  const [database, executor] = await Promise.all([checkDatabase(), checkExecutor()]);
  const up = database.ok && executor.ok;
  const body = (await mayReadDetails(request)) ? { ...publicHealth(up), database, executor } : publicHealth(up);
  return Response.json(body, { status: up ? 200 : 503, headers: { "cache-control": "no-store" } });
}

async function mayReadDetails(request: Request): Promise<boolean> {
  if (healthTokenMatches(request.headers.get("authorization"), env.HEALTH_TOKEN)) return true;
  // With the database down there is no session to read; the public answer says enough then.
  const session = await getSession().catch(() => null);
  return Boolean(session?.user.isPlatformAdmin);
}
