import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { MAX_PAGES_PER_RUN, syncResource } from "@/lib/inngest/functions/sync-resource";

/**
 * The sync function's flow with @inngest/test: its steps are mocked (their database work is
 * tested against PostgreSQL in tests/integration/sync), so these pin what the function does
 * with their results — page after page, stop on a fatal page, hand over after the step cap.
 */
const data = { organizationId: "org-1", connectionId: "conn-1", resource: "orders" as const, trigger: "manual" as const };
const event = (extra: Partial<typeof data & { syncRunId: string }> = {}): [{ name: string; data: Record<string, unknown> }] => [
  { name: "sync.requested", data: { ...data, ...extra } },
];
const page = (done: boolean) => ({ outcome: "page", fetched: 10, inserted: 10, updated: 0, done });
const transition = {
  id: "tr-1",
  organizationId: "org-1",
  connectionId: "conn-1",
  fromState: "healthy",
  toState: "auth_failed",
  reason: "401",
};

/** A fresh engine per run: one engine reused across executions carries step state over. */
const engine = () => new InngestTestEngine({ function: syncResource });
/** Sent events are steps too; their delivery is the SDK's business, mocked here. */
const sent = (id: string) => ({ id, handler: () => ({ ids: [`${id}-event`] }) });

/** A first function run: its begin step opens `syncRunId`, then `steps` answer in order. */
const runFresh = (syncRunId: string, steps: { id: string; handler: () => unknown }[]) =>
  engine().execute({ events: event(), steps: [{ id: "begin", handler: () => ({ syncRunId, resumed: false }) }, ...steps] });

describe("sync-resource", () => {
  it("begins a run, syncs pages until the last one and completes it", async () => {
    const { result, ctx } = await runFresh("run-1", [
      { id: "page-1", handler: () => page(false) },
      { id: "page-2", handler: () => page(false) },
      { id: "page-3", handler: () => page(true) },
      { id: "complete", handler: () => ({ status: "succeeded", transition: null }) },
    ]);
    expect(result).toEqual({ syncRunId: "run-1", status: "succeeded" });
    expect(ctx.step.run).toHaveBeenCalledWith("page-3", expect.any(Function));
    expect(ctx.step.run).not.toHaveBeenCalledWith("page-4", expect.any(Function));
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });

  it("stops at a page that failed for good and announces the health change, without completing", async () => {
    const { result, ctx } = await runFresh("run-2", [
      { id: "page-1", handler: () => page(false) },
      { id: "page-2", handler: () => ({ outcome: "failed", errorCode: "auth_failed", transition }) },
      sent("health-changed"),
    ]);
    expect(result).toEqual({ syncRunId: "run-2", status: "failed", errorCode: "auth_failed" });
    expect(ctx.step.run).not.toHaveBeenCalledWith("complete", expect.any(Function));
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "health-changed",
      expect.objectContaining({
        name: "connection.health.changed",
        data: expect.objectContaining({ transitionId: "tr-1", toState: "auth_failed" }),
      }),
    );
  });

  it("announces a health change found when completing (e.g. recovered from stale)", async () => {
    const { ctx } = await runFresh("run-3", [
      { id: "page-1", handler: () => page(true) },
      { id: "complete", handler: () => ({ status: "succeeded", transition: { ...transition, fromState: "stale", toState: "healthy" } }) },
      sent("health-changed"),
    ]);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "health-changed",
      expect.objectContaining({ data: expect.objectContaining({ toState: "healthy" }) }),
    );
  });

  it("continues the same run from its cursor in a fresh function run after the step cap", async () => {
    const { result, ctx } = await runFresh("run-4", [
      ...Array.from({ length: MAX_PAGES_PER_RUN }, (_, i) => ({ id: `page-${i + 1}`, handler: () => page(false) })),
      sent("continue"),
    ]);
    expect(result).toEqual({ syncRunId: "run-4", status: "continued", pages: MAX_PAGES_PER_RUN });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "continue",
      expect.objectContaining({ name: "sync.requested", data: { ...data, syncRunId: "run-4" } }),
    );
  });

  it("a continuation does not begin a new run", async () => {
    const { result, ctx } = await engine().execute({
      events: event({ syncRunId: "run-4" }),
      steps: [
        { id: "page-1", handler: () => page(true) },
        { id: "complete", handler: () => ({ status: "succeeded", transition: null }) },
      ],
    });
    expect(result).toEqual({ syncRunId: "run-4", status: "succeeded" });
    expect(ctx.step.run).not.toHaveBeenCalledWith("begin", expect.any(Function));
  });
});
