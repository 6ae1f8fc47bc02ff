import { describe, expect, it } from "vitest";
import { interpretAppResponse, parseRetryAfter } from "@/devtools/executor/app-request";
import { ConcurrencyLimiter } from "@/devtools/executor/concurrency";
import { parseCronSpec } from "@/devtools/executor/cron";
import { compileCondition, compileKey, UnsupportedExpressionError } from "@/devtools/executor/expressions";
import { eventNameMatcher } from "@/devtools/executor/registry";
import { StartWindows } from "@/devtools/executor/start-windows";

describe("expressions", () => {
  const event = { name: "sync/requested", data: { orgId: "o1", connectionId: 42, nested: { kind: "wb" } } };

  it("evaluates key paths and + joins", () => {
    expect(compileKey("event.data.connectionId")(event)).toBe("42");
    expect(compileKey('event.data.orgId + "-" + event.data.nested.kind')(event)).toBe("o1-wb");
    expect(compileKey("event.data.missing")(event)).toBe("");
  });

  it("evaluates the conditions the SDK generates for match, cancelOn and onFailure", () => {
    expect(compileCondition("event.data.orgId == async.data.orgId")({ event, async: { data: { orgId: "o1" } } })).toBe(true);
    expect(compileCondition("event.data.orgId == async.data.orgId")({ event, async: { data: { orgId: "o2" } } })).toBe(false);
    expect(compileCondition("event.data.connectionId > 40 && event.data.nested.kind != 'ozon'")({ event })).toBe(true);
    expect(compileCondition("event.data.orgId == 'x' || event.data.connectionId == 42")({ event })).toBe(true);
  });

  it("refuses what it does not understand instead of guessing", () => {
    expect(() => compileKey("event.data.a * 2")).toThrow(UnsupportedExpressionError);
    expect(() => compileCondition("size(event.data.items) > 0")).toThrow(UnsupportedExpressionError);
    expect(() => compileCondition("user.id == 1")).toThrow(UnsupportedExpressionError);
  });
});

describe("event name wildcards", () => {
  it("matches * across the rest of the name", () => {
    const matches = eventNameMatcher("app/*");
    expect([matches("app/a"), matches("app/a.b"), matches("other/a"), matches("app")]).toEqual([true, true, false, false]);
    expect(eventNameMatcher("app/user.created")("app/user.createdX")).toBe(false);
  });
});

describe("start windows", () => {
  it("throttle spaces excess starts a period apart, in order", () => {
    const windows = new StartWindows();
    const delays = [0, 0, 0, 0, 0].map(() => windows.reserve("k", 2, 1000, 10_000));
    expect(delays).toEqual([0, 0, 1000, 1000, 2000]);
    expect(windows.reserve("other", 2, 1000, 10_000)).toBe(0);
    expect(windows.reserve("k", 2, 1000, 13_500)).toBe(0);
  });

  it("rate limit skips starts over the limit until the period has passed", () => {
    const windows = new StartWindows();
    expect([1, 2, 3].map(() => windows.tryTake("k", 2, 1000, 0))).toEqual([true, true, false]);
    expect(windows.tryTake("k", 2, 1000, 1001)).toBe(true);
  });
});

describe("concurrency limiter", () => {
  it("grants slots per queue in arrival order", async () => {
    const limiter = new ConcurrencyLimiter();
    const order: string[] = [];
    const releaseA1 = await limiter.acquire([{ queue: "a", limit: 1 }]);
    const a2 = limiter.acquire([{ queue: "a", limit: 1 }]).then((release) => (order.push("a2"), release));
    const b1 = await limiter.acquire([{ queue: "b", limit: 1 }]);
    order.push("b1");
    expect(limiter.waitingCount).toBe(1);
    releaseA1();
    (await a2)();
    b1();
    expect(order).toEqual(["b1", "a2"]);
    expect(limiter.waitingCount).toBe(0);
  });
});

describe("SDK responses", () => {
  it("reads retry-after as seconds or a date", () => {
    expect(parseRetryAfter("5")).toBe(5000);
    expect(parseRetryAfter(new Date(61_000).toISOString(), 1_000)).toBe(60_000);
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it("maps status codes and x-inngest-no-retry", () => {
    expect(interpretAppResponse(200, { "x-inngest-req-version": "2" }, '{"ok":1}')).toEqual({
      kind: "completed",
      output: { ok: 1 },
      version: 2,
    });
    expect(interpretAppResponse(206, {}, '[{"id":"h","op":"StepRun","data":1}]')).toMatchObject({
      kind: "ops",
      ops: [{ id: "h", op: "StepRun" }],
    });
    expect(interpretAppResponse(500, { "x-inngest-no-retry": "false" }, "{}")).toMatchObject({ kind: "error", retriable: true });
    expect(interpretAppResponse(400, { "x-inngest-no-retry": "true" }, "{}")).toMatchObject({ kind: "error", retriable: false });
    expect(interpretAppResponse(500, { "x-inngest-no-retry": "false", "retry-after": "3" }, "{}")).toMatchObject({ retryAfterMs: 3000 });
  });

  it("reads a TZ prefix on cron expressions", () => {
    expect(parseCronSpec("TZ=Europe/Moscow 0 3 * * *")).toEqual({ pattern: "0 3 * * *", timezone: "Europe/Moscow" });
    expect(parseCronSpec("*/5 * * * *")).toEqual({ pattern: "*/5 * * * *", timezone: "UTC" });
  });
});
