import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { pruneSecurityRecords } from "@/lib/inngest/functions/prune-security-records";

/**
 * The nightly retention job with @inngest/test: the delete steps are mocked (what they delete is
 * tested against PostgreSQL in tests/integration/security/audit-log.test.ts); this pins that each
 * batch is its own step and that a short batch ends the loop, so a run stays far below the step limit.
 */
const cron = [{ name: "inngest/scheduled.timer", data: { cron: "TZ=Europe/Moscow 30 3 * * *" } }] as [
  { name: string; data: Record<string, unknown> },
];

describe("prune-security-records", () => {
  it("deletes in batches until one comes back short, audit events first, then sessions", async () => {
    const { result, ctx } = await new InngestTestEngine({ function: pruneSecurityRecords }).execute({
      events: cron,
      steps: [
        { id: "now", handler: () => "2027-01-01T00:30:00.000Z" },
        { id: "delete-auditEvents-0", handler: () => 1000 },
        { id: "delete-auditEvents-1", handler: () => 1000 },
        { id: "delete-auditEvents-2", handler: () => 17 },
        { id: "delete-sessions-0", handler: () => 4 },
      ],
    });
    expect(result).toEqual({ auditEvents: 2017, sessions: 4 });
    const stepIds = (ctx.step.run as unknown as { mock: { calls: [string][] } }).mock.calls.map(([id]) => id);
    expect(stepIds).toEqual(["now", "delete-auditEvents-0", "delete-auditEvents-1", "delete-auditEvents-2", "delete-sessions-0"]);
  });
});
