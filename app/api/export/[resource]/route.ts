import { getTranslations } from "next-intl/server";
import { requireMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { isExportResource } from "@/lib/data/export/export-sources";
import { streamExport } from "@/lib/data/export/stream-export";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/errors/error-response";
import { moscowDay } from "@/lib/format/datetime";

/**
 * GET /api/export/{orders|sales|products|stocks}?<the list's own URL params> → a CSV of every
 * row the list's filters match, streamed (see lib/data/export). Scoped to the caller's active
 * organisation; viewers may export, as they may read.
 */
export async function GET(request: Request, context: { params: Promise<{ resource: string }> }) {
  try {
    const { resource } = await context.params;
    if (!isExportResource(resource)) throw new AppError("not_found", `no export for ${resource}`);
    const { organizationId } = await requireMembership({ minRole: "viewer" });
    const t = await getTranslations("export.columns");
    const stream = streamExport({
      db,
      organizationId,
      resource,
      searchParams: new URL(request.url).searchParams,
      headers: (column) => (t.has(column) ? t(column) : column),
    });
    const filename = `${resource}-${moscowDay(new Date())}.csv`;
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
