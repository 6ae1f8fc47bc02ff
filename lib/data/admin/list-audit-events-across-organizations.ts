import type { Db } from "@/lib/db/client";
import { queryAuditEvents } from "@/lib/data/audit/query-audit-events";

/** Every organisation's audit log and the platform-level events, for platform admins. */
export const listAuditEventsAcrossOrganizations = (options: { db: Db; before?: string; take: number }) =>
  queryAuditEvents({ db: options.db, scope: { acrossOrganizations: true }, before: options.before, take: options.take });
