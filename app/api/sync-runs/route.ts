import { db } from "@/lib/db";
import { requireMembership } from "@/lib/auth/session";
import { getConnection } from "@/lib/data/connections/get-connection";
import { ConnectionError } from "@/lib/connections/errors";
import { listSyncRuns } from "@/lib/data/sync/list-sync-runs";
import { toSyncRunDto } from "@/lib/connections/sync-run-dto";
import { errorResponse } from "@/lib/errors/error-response";
import { syncRunsQuerySchema } from "@/lib/validations/connections";

export const dynamic = "force-dynamic";

/**
 * GET /api/sync-runs?organizationId=&connectionId=&since=: the runs "Sync now" started, polled
 * about once a second while they run. Any member may read; another organisation's ids are 404.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const query = syncRunsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const { organizationId } = await requireMembership({ organizationId: query.organizationId, minRole: "viewer" });
    if (query.connectionId && !(await getConnection({ db, organizationId, connectionId: query.connectionId }))) {
      throw new ConnectionError("not_found", "Connection not found");
    }
    const runs = await listSyncRuns({ db, organizationId, connectionId: query.connectionId, since: query.since, take: query.take });
    return Response.json({ runs: runs.map(toSyncRunDto) }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
