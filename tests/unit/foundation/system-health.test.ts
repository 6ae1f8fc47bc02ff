import { describe, expect, it } from "vitest";
import { failureDetail } from "@/lib/health/system-health";

describe("public health details", () => {
  it("names the kind of failure without the driver's text", () => {
    const refused = new Error('connect ECONNREFUSED 10.0.0.5:5432 (user "app_prod")');
    expect(failureDetail(refused)).toBe("unreachable");
    expect(JSON.stringify({ detail: failureDetail(refused) })).not.toMatch(/10\.0\.0\.5|app_prod/);
  });

  it("tells a timeout apart", () => {
    expect(failureDetail(new Error("no answer within 2000 ms"))).toBe("timeout");
  });
});
