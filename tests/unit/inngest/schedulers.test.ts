import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { checkConnection } from "@/lib/inngest/functions/check-connection";
import { scheduleHealthChecks } from "@/lib/inngest/functions/schedule-health-checks";
import { scheduleSyncs } from "@/lib/inngest/functions/schedule-syncs";

/**
 * The cron fan-outs and the health check with @inngest/test: the database steps are mocked
 * (tested against PostgreSQL elsewhere); these pin what gets enqueued, in what batches and
 * under which idempotency ids. A fresh engine per run: a reused one carries step state over.
 */
const cron = [{ name: "inngest/scheduled.timer", data: { cron: "*/5 * * * *" } }] as [{ name: string; data: Record<string, unknown> }];
const sent = (id: string) => ({ id, handler: () => ({ ids: [`${id}-event`] }) });

describe("schedule-syncs", () => {
  it("enqueues one sync.requested per due (connection, resource) in batches of 500, with slot ids", async () => {
    const due = Array.from({ length: 1_201 }, (_, i) => ({
      organizationId: "org-1",
      connectionId: `conn-${i}`,
      resource: "orders" as const,
    }));
    const { result, ctx } = await new InngestTestEngine({ function: scheduleSyncs }).execute({
      events: cron,
      steps: [
        { id: "find-due-syncs", handler: () => due.map((d) => ({ ...d, slot: 987 })) },
        sent("enqueue-0"),
        sent("enqueue-1"),
        sent("enqueue-2"),
      ],
    });
    expect(result).toEqual({ enqueued: 1_201 });
    const calls = (ctx.step.sendEvent as unknown as { mock: { calls: [string, Array<{ id: string; name: string; data: unknown }>][] } })
      .mock.calls;
    expect(calls.map(([id, events]) => [id, events.length])).toEqual([
      ["enqueue-0", 500],
      ["enqueue-1", 500],
      ["enqueue-2", 201],
    ]);
    const first = calls[0][1][0];
    expect(first).toMatchObject({
      id: "sync-conn-0-orders-987",
      name: "sync.requested",
      data: { organizationId: "org-1", connectionId: "conn-0", resource: "orders", trigger: "schedule" },
    });
    // The slot is part of the id only, not of the event data the function validates.
    expect(first.data).not.toHaveProperty("slot");
  });

  it("sends nothing when nothing is due", async () => {
    const { result, ctx } = await new InngestTestEngine({ function: scheduleSyncs }).execute({
      events: cron,
      steps: [{ id: "find-due-syncs", handler: () => [] }],
    });
    expect(result).toEqual({ enqueued: 0 });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });
});

describe("schedule-health-checks", () => {
  it("pages through connections, requests one check each, and re-sends lost alerts", async () => {
    const conn = (id: string) => ({ id, organizationId: "org-1" });
    const transition = {
      id: "tr-9",
      organizationId: "org-1",
      connectionId: "c3",
      fromState: "healthy",
      toState: "degraded",
      reason: "5xx",
    };
    const { result, ctx } = await new InngestTestEngine({ function: scheduleHealthChecks }).execute({
      events: cron,
      steps: [
        { id: "list-connections-0", handler: () => [conn("c1"), conn("c2")] },
        sent("request-checks-0"),
        { id: "list-connections-1", handler: () => [conn("c3")] },
        sent("request-checks-1"),
        { id: "list-connections-2", handler: () => [] },
        { id: "find-unalerted-transitions", handler: () => [transition] },
        sent("re-alert"),
      ],
    });
    expect(result).toEqual({ checks: 3, realerted: 1 });
    const calls = (
      ctx.step.sendEvent as unknown as { mock: { calls: [string, Array<{ id?: string; name: string; data: Record<string, unknown> }>][] } }
    ).mock.calls;
    expect(calls[0][1].map((e) => e.data.connectionId)).toEqual(["c1", "c2"]);
    expect(calls[0][1][0].id).toMatch(/^check-c1-\d+$/);
    expect(calls[2]).toEqual([
      "re-alert",
      [expect.objectContaining({ name: "connection.health.changed", data: expect.objectContaining({ transitionId: "tr-9" }) })],
    ]);
  });
});

describe("check-connection", () => {
  const event = [{ name: "connection.check.requested", data: { organizationId: "org-1", connectionId: "c1" } }] as [
    { name: string; data: Record<string, unknown> },
  ];

  it("announces a changed health state", async () => {
    const transition = {
      id: "tr-1",
      organizationId: "org-1",
      connectionId: "c1",
      fromState: "healthy",
      toState: "token_expiring",
      reason: "expires in 5 days",
    };
    const { result, ctx } = await new InngestTestEngine({ function: checkConnection }).execute({
      events: event,
      steps: [{ id: "check", handler: () => transition }, sent("health-changed")],
    });
    expect(result).toEqual({ changed: true, state: "token_expiring" });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "health-changed",
      expect.objectContaining({ data: expect.objectContaining({ toState: "token_expiring" }) }),
    );
  });

  it("stays quiet when nothing changed", async () => {
    const { result, ctx } = await new InngestTestEngine({ function: checkConnection }).execute({
      events: event,
      steps: [{ id: "check", handler: () => null }],
    });
    expect(result).toEqual({ changed: false });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });
});
