import { db } from "@/lib/db";
import { inngest } from "@/lib/inngest/client";
import { deleteOldAuditEvents } from "@/lib/data/audit/delete-old-audit-events";
import { deleteStaleSessions } from "@/lib/data/sessions/delete-stale-sessions";

const DAY = 24 * 60 * 60_000;
/** Audit events are kept a year; ended or expired sessions 30 days (the user's list and the log still name them). */
export const AUDIT_RETENTION_MS = 365 * DAY;
export const SESSION_RETENTION_MS = 30 * DAY;
const BATCH = 1000;
/** Each batch is its own short step; a run stops well under Inngest's 1,000 steps and picks up the rest tomorrow. */
const MAX_BATCHES = 200;

/** Nightly: deletes audit events past retention and session rows long ended or expired, in small batches. */
export const pruneSecurityRecords = inngest.createFunction(
  { id: "prune-security-records", name: "Prune old audit events and sessions", triggers: [{ cron: "TZ=Europe/Moscow 30 3 * * *" }] },
  async ({ step }) => {
    const now = new Date(await step.run("now", () => new Date().toISOString()));
    const deleted = { auditEvents: 0, sessions: 0 };
    for (const [kind, prune] of [
      ["auditEvents", () => deleteOldAuditEvents({ db, now, keepMs: AUDIT_RETENTION_MS, batch: BATCH })],
      ["sessions", () => deleteStaleSessions({ db, now, keepMs: SESSION_RETENTION_MS, batch: BATCH })],
    ] as const) {
      for (let batch = 0; batch < MAX_BATCHES; batch++) {
        const count = await step.run(`delete-${kind}-${batch}`, prune);
        deleted[kind] += count;
        if (count < BATCH) break;
      }
    }
    return deleted;
  },
);
