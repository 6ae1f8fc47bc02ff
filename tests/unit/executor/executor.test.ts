import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Inngest, NonRetriableError } from "inngest";
import { EventWaits } from "@/devtools/executor/event-waits";
import { StartWindows } from "@/devtools/executor/start-windows";
import { Timers } from "@/devtools/executor/timers";
import { quietSdkLogger, startAppWithExecutor, waitUntil } from "./harness";

// Side effects observed from inside the functions the SDK runs.
const calls: Record<string, number> = {};
const count = (key: string) => (calls[key] = (calls[key] ?? 0) + 1);
const intervals: Record<string, { start: number; end: number }> = {};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// What the executor plans, observed on its own classes: the delays it arms and the waits it parks
// are exact, where a stopwatch around the HTTP round trips would depend on how busy the machine is.
const armedDelays = vi.spyOn(Timers.prototype, "after");
const throttleDelays = vi.spyOn(StartWindows.prototype, "reserve");
const parkedWaits = vi.spyOn(EventWaits.prototype, "add");

function defineFunctions(baseUrl: string) {
  const client = new Inngest({ id: "test", isDev: true, baseUrl, logger: quietSdkLogger });
  const functions = [
    client.createFunction({ id: "multi", triggers: { event: "test/multi" } }, async ({ step }) => {
      const a = await step.run("a", () => (count("multi.a"), 1));
      const b = await step.run("b", () => (count("multi.b"), a + 1));
      return { a, b };
    }),
    client.createFunction({ id: "parallel", triggers: { event: "test/parallel" } }, async ({ step }) => {
      const [x, y] = await Promise.all([step.run("x", () => (count("parallel.x"), 2)), step.run("y", () => (count("parallel.y"), 3))]);
      return x * y;
    }),
    client.createFunction({ id: "sleepy", triggers: { event: "test/sleep" } }, async ({ step }) => {
      const before = await step.run("before", () => Date.now());
      await step.sleep("nap", "200ms");
      const after = await step.run("after", () => Date.now());
      return { slept: after - before };
    }),
    client.createFunction({ id: "flaky", triggers: { event: "test/flaky" } }, async ({ step, attempt }) => {
      const result = await step.run("flaky-step", () => {
        if (count("flaky") <= 2) throw new Error("transient");
        return "recovered";
      });
      return { result, attempt };
    }),
    client.createFunction({ id: "fatal", triggers: { event: "test/fatal" } }, async ({ step }) => {
      await step.run("fatal-step", () => {
        count("fatal");
        throw new NonRetriableError("bad input");
      });
    }),
    client.createFunction({ id: "always-throws", retries: 1, triggers: { event: "test/throws" } }, async () => {
      count("throws");
      throw new Error("broken");
    }),
    client.createFunction({ id: "ticker", triggers: { cron: "* * * * * *" } }, async ({ event }) => (count("ticker"), event.name)),
    client.createFunction(
      { id: "serial", concurrency: { limit: 1, key: "event.data.key" }, triggers: { event: "test/serial" } },
      async ({ event, step }) =>
        step.run("work", async () => {
          const start = Date.now();
          await pause(300);
          intervals[event.data.tag as string] = { start, end: Date.now() };
        }),
    ),
    client.createFunction(
      { id: "throttled", throttle: { limit: 2, period: "1s" }, triggers: { event: "test/throttle" } },
      async ({ event }) => {
        intervals[`throttle-${event.data.tag}`] = { start: Date.now(), end: Date.now() };
      },
    ),
    client.createFunction({ id: "approval", triggers: { event: "test/order" } }, async ({ step }) => {
      const approval = await step.waitForEvent("approved", { event: "test/approved", match: "data.orderId", timeout: "10s" });
      return approval?.data ?? null;
    }),
  ];
  return { client, functions };
}

describe("local Inngest executor with the real SDK", () => {
  let ctx: Awaited<ReturnType<typeof startAppWithExecutor>>;
  const runFor = async (name: string, data: Record<string, unknown> = {}) => {
    const { ids } = await ctx.client.send({ name, data });
    await waitUntil(() => ctx.executor.listRuns({ eventId: ids[0] }).length > 0, 3_000, `run for ${name}`);
    return ctx.executor.listRuns({ eventId: ids[0] })[0]!;
  };

  beforeAll(async () => {
    ctx = await startAppWithExecutor(defineFunctions);
  });
  afterAll(async () => ctx?.close());

  it("registers the app's functions through PUT → POST /fn/register", () => {
    expect(ctx.executor.functionIds().sort()).toEqual(
      ["approval", "always-throws", "fatal", "flaky", "multi", "parallel", "serial", "sleepy", "throttled", "ticker"]
        .map((id) => `test-${id}`)
        .sort(),
    );
  });

  it("completes a multi-step function, running each step exactly once", async () => {
    const run = await runFor("test/multi");
    const done = await ctx.executor.waitForRun(run.id, { timeoutMs: 5_000 });
    expect(done).toMatchObject({ status: "Completed", output: { a: 1, b: 2 }, stepCount: 2 });
    expect([calls["multi.a"], calls["multi.b"]]).toEqual([1, 1]);
  });

  it("runs parallel steps once each and combines their results", async () => {
    const run = await runFor("test/parallel");
    expect(await ctx.executor.waitForRun(run.id, { timeoutMs: 5_000 })).toMatchObject({ status: "Completed", output: 6 });
    expect([calls["parallel.x"], calls["parallel.y"]]).toEqual([1, 1]);
  });

  it("honours step.sleep (the SDK rounds sub-second sleeps up to 1 s)", async () => {
    armedDelays.mockClear();
    const run = await runFor("test/sleep");
    const done = await ctx.executor.waitForRun(run.id, { timeoutMs: 5_000 });
    expect(done.status).toBe("Completed");
    const slept = (done.output as { slept: number }).slept;
    expect(slept).toBeGreaterThanOrEqual(950);
    // Retries and polls here are at most 200 ms, so the one longer timer armed is the sleep.
    const [sleepTimer] = armedDelays.mock.calls.map(([delayMs]) => delayMs).filter((delayMs) => delayMs > 200);
    expect(sleepTimer).toBeLessThan(3_000);
  });

  it("retries a failing step until it succeeds", async () => {
    const run = await runFor("test/flaky");
    const done = await ctx.executor.waitForRun(run.id, { timeoutMs: 5_000 });
    expect(done).toMatchObject({ status: "Completed", output: { result: "recovered" } });
    expect(calls.flaky).toBe(3);
  });

  it("fails at once on NonRetriableError", async () => {
    const run = await runFor("test/fatal");
    const done = await ctx.executor.waitForRun(run.id, { timeoutMs: 5_000 });
    expect(done.status).toBe("Failed");
    expect(JSON.stringify(done.error)).toContain("bad input");
    expect(calls.fatal).toBe(1);
  });

  it("gives up after retries + 1 attempts when the function body keeps throwing", async () => {
    const run = await runFor("test/throws");
    const done = await ctx.executor.waitForRun(run.id, { timeoutMs: 5_000 });
    expect(done.status).toBe("Failed");
    expect(calls.throws).toBe(2);
  });

  it("fires cron functions on schedule with inngest/scheduled.timer", async () => {
    await waitUntil(() => ctx.executor.listRuns({ functionId: "test-ticker", status: "Completed" }).length > 0, 3_000, "a cron run");
    const [run] = ctx.executor.listRuns({ functionId: "test-ticker", status: "Completed" });
    expect(run!.output).toBe("inngest/scheduled.timer");
    const manual = await ctx.executor.waitForRun(ctx.executor.triggerCron("test-ticker"), { timeoutMs: 3_000 });
    expect(manual.status).toBe("Completed");
  });

  it("serialises runs that share a concurrency key, but not runs with different keys", async () => {
    const runs = await Promise.all([
      runFor("test/serial", { key: "a", tag: "a1" }),
      runFor("test/serial", { key: "a", tag: "a2" }),
      runFor("test/serial", { key: "b", tag: "b1" }),
    ]);
    await Promise.all(runs.map((r) => ctx.executor.waitForRun(r.id, { timeoutMs: 5_000 })));
    const [a1, a2, b1] = [intervals.a1!, intervals.a2!, intervals.b1!];
    const [first, second] = a1.start < a2.start ? [a1, a2] : [a2, a1];
    expect(second.start).toBeGreaterThanOrEqual(first.end);
    expect(b1.start).toBeLessThan(first.end);
  });

  it("delays runs over the throttle limit instead of dropping them", async () => {
    const sentAt = Date.now();
    const { ids } = await ctx.client.send([1, 2, 3].map((tag) => ({ name: "test/throttle", data: { tag } })));
    await waitUntil(() => ids.every((id) => ctx.executor.listRuns({ eventId: id })[0]?.status === "Completed"), 5_000, "throttled runs");
    const starts = [1, 2, 3].map((tag) => intervals[`throttle-${tag}`]!.start - sentAt).sort((x, y) => x - y);
    // The first two runs are within the limit: the executor delays neither of them.
    const delays = throttleDelays.mock.results.map((result) => result.value as number).sort((x, y) => x - y);
    expect(delays[1]).toBeLessThan(700);
    expect(starts[2]).toBeGreaterThanOrEqual(950);
  });

  it("resumes step.waitForEvent when the matching event arrives, and reports runs over REST", async () => {
    const run = await runFor("test/order", { orderId: "o-1" });
    await waitUntil(
      () => ctx.executor.getRun(run.id)?.stepCount === 0 && ctx.executor.getRun(run.id)?.status === "Running",
      3_000,
      "the wait",
    );
    // The events below must find the wait parked: wait for the executor to park it rather than sleep on it.
    await waitUntil(() => parkedWaits.mock.calls.some(([parked]) => parked.id === run.id), 3_000, "the parked wait");
    await ctx.client.send({ name: "test/approved", data: { orderId: "o-2", by: "someone else" } });
    await ctx.client.send({ name: "test/approved", data: { orderId: "o-1", by: "manager" } });
    const done = await ctx.executor.waitForRun(run.id, { timeoutMs: 5_000 });
    expect(done.output).toEqual({ orderId: "o-1", by: "manager" });

    const byEvent = await (await fetch(`${ctx.executor.url}/v1/events/${run.eventId}/runs`)).json();
    expect(byEvent.data).toEqual([
      expect.objectContaining({ run_id: run.id, status: "Completed", output: { orderId: "o-1", by: "manager" } }),
    ]);
    const single = await (await fetch(`${ctx.executor.url}/v1/runs/${run.id}`)).json();
    expect(single.data.status).toBe("Completed");
    const health = await (await fetch(`${ctx.executor.url}/health`)).json();
    expect(health).toMatchObject({ ok: true, functions: 10 });
  });
});
