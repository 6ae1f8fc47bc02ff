import { requireMembership } from "@/lib/auth/session";
import { toSyncRunDto } from "@/lib/connections/sync-run-dto";
import { getSyncRun } from "@/lib/data/sync/get-sync-run";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/errors/error-response";

export const dynamic = "force-dynamic";

/** GET /api/sync-runs/:id?organizationId=: one run of the caller's organisation, or 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const organizationId = new URL(request.url).searchParams.get("organizationId") ?? undefined;
    const membership = await requireMembership({ organizationId, minRole: "viewer" });
    const run = await getSyncRun({ db, organizationId: membership.organizationId, syncRunId: (await params).id });
    if (!run) throw new AppError("not_found", "sync run not found");
    return Response.json({ run: toSyncRunDto(run) }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
