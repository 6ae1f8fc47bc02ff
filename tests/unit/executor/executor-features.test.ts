import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Inngest, RetryAfterError } from "inngest";
import { quietSdkLogger, startAppWithExecutor, waitUntil } from "./harness";

const attemptsAt: number[] = [];
const failures: Array<{ functionId: unknown; message: string }> = [];

function defineFunctions(baseUrl: string) {
  const client = new Inngest({ id: "feat", isDev: true, baseUrl, logger: quietSdkLogger });
  const child = client.createFunction({ id: "child", triggers: [] }, async ({ event }) => (event.data as { n: number }).n * 10);
  const functions = [
    child,
    client.createFunction({ id: "parent", triggers: { event: "feat/invoke" } }, async ({ step }) => {
      const value = await step.invoke("call-child", { function: child, data: { n: 2 } });
      return { value };
    }),
    client.createFunction({ id: "patient", triggers: { event: "feat/retry-after" } }, async ({ step }) =>
      step.run("rate-limited", () => {
        attemptsAt.push(Date.now());
        if (attemptsAt.length === 1) throw new RetryAfterError("vendor said wait", 1000);
        return "done";
      }),
    ),
    client.createFunction(
      { id: "cancellable", cancelOn: [{ event: "feat/cancel", match: "data.jobId" }], triggers: { event: "feat/job" } },
      async ({ step }) => {
        await step.sleep("long-wait", "30s");
        return "should not finish";
      },
    ),
    client.createFunction(
      { id: "filtered", triggers: { event: "feat/wild.*", if: "event.data.go == true" } },
      async ({ event }) => event.name,
    ),
    client.createFunction(
      {
        id: "doomed",
        retries: 0,
        triggers: { event: "feat/doomed" },
        onFailure: async ({ event, error }) => {
          failures.push({ functionId: event.data.function_id, message: error.message });
        },
      },
      async () => {
        throw new Error("out of luck");
      },
    ),
  ];
  return { client, functions };
}

describe("local Inngest executor: invoke, retry-after, cancelOn, filters, onFailure", () => {
  let ctx: Awaited<ReturnType<typeof startAppWithExecutor>>;
  const onlyRun = async (eventId: string) => {
    await waitUntil(() => ctx.executor.listRuns({ eventId }).length > 0, 3_000, "a run");
    return ctx.executor.listRuns({ eventId })[0]!;
  };

  beforeAll(async () => {
    ctx = await startAppWithExecutor(defineFunctions);
  });
  afterAll(async () => ctx?.close());

  it("runs step.invoke as a child run and returns its output", async () => {
    const { ids } = await ctx.client.send({ name: "feat/invoke", data: {} });
    const done = await ctx.executor.waitForRun((await onlyRun(ids[0]!)).id, { timeoutMs: 5_000 });
    expect(done).toMatchObject({ status: "Completed", output: { value: 20 } });
    expect(ctx.executor.listRuns({ functionId: "feat-child", status: "Completed" })).toHaveLength(1);
  });

  it("waits as long as a RetryAfterError asks before retrying the step", async () => {
    const { ids } = await ctx.client.send({ name: "feat/retry-after", data: {} });
    const done = await ctx.executor.waitForRun((await onlyRun(ids[0]!)).id, { timeoutMs: 5_000 });
    expect(done).toMatchObject({ status: "Completed", output: "done" });
    expect(attemptsAt).toHaveLength(2);
    expect(attemptsAt[1]! - attemptsAt[0]!).toBeGreaterThanOrEqual(950);
  });

  it("cancels a sleeping run when a matching cancelOn event arrives, and only that run", async () => {
    const [{ ids: one }, { ids: two }] = [
      await ctx.client.send({ name: "feat/job", data: { jobId: "j1" } }),
      await ctx.client.send({ name: "feat/job", data: { jobId: "j2" } }),
    ];
    const [runOne, runTwo] = [await onlyRun(one[0]!), await onlyRun(two[0]!)];
    await waitUntil(() => ctx.executor.getRun(runOne.id)?.status === "Running", 3_000, "the run to start sleeping");
    await ctx.client.send({ name: "feat/cancel", data: { jobId: "j1" } });
    const cancelled = await ctx.executor.waitForRun(runOne.id, { timeoutMs: 3_000 });
    expect(cancelled.status).toBe("Cancelled");
    expect(ctx.executor.getRun(runTwo.id)?.status).toBe("Running");
    const rest = await (await fetch(`${ctx.executor.url}/v1/runs/${runOne.id}`)).json();
    expect(rest.data.status).toBe("Cancelled");
  });

  it("matches wildcard event triggers and honours their if expression", async () => {
    const { ids } = await ctx.client.send([
      { name: "feat/wild.skip", data: { go: false } },
      { name: "feat/wild.run", data: { go: true } },
    ]);
    const done = await ctx.executor.waitForRun((await onlyRun(ids[1]!)).id, { timeoutMs: 3_000 });
    expect(done.output).toBe("feat/wild.run");
    expect(ctx.executor.listRuns({ eventId: ids[0] })).toEqual([]);
  });

  it("runs the onFailure handler with the failed function's error", async () => {
    const { ids } = await ctx.client.send({ name: "feat/doomed", data: {} });
    const failed = await ctx.executor.waitForRun((await onlyRun(ids[0]!)).id, { timeoutMs: 3_000 });
    expect(failed.status).toBe("Failed");
    await waitUntil(() => failures.length > 0, 3_000, "the failure handler");
    expect(failures).toEqual([{ functionId: "feat-doomed", message: "out of luck" }]);
  });

  it("rejects malformed events with 400 and ingests nothing", async () => {
    const before = ctx.executor.listRuns().length;
    const res = await fetch(`${ctx.executor.url}/e/key`, { method: "POST", body: JSON.stringify([{ data: {} }]) });
    expect(res.status).toBe(400);
    expect(ctx.executor.listRuns().length).toBe(before);
  });
});
