import { describe, expect, it } from "vitest";
import { isYooKassaIp, YOOKASSA_NOTIFICATION_NETWORKS } from "@/lib/integrations/yookassa/ip-allowlist";

/** Each address, named in the failure message, must get `verdict`. */
function expectVerdict(verdict: boolean, ips: string[]) {
  for (const ip of ips) expect(isYooKassaIp(ip), ip).toBe(verdict);
}

describe("isYooKassaIp", () => {
  it("publishes the documented networks", () => {
    expect(YOOKASSA_NOTIFICATION_NETWORKS).toContain("185.71.76.0/27");
    expect(YOOKASSA_NOTIFICATION_NETWORKS).toContain("2a02:5180::/32");
  });

  it("accepts addresses inside each documented range, at both edges", () => {
    expectVerdict(true, [
      "185.71.76.0",
      "185.71.76.31",
      "185.71.77.5",
      "77.75.153.0",
      "77.75.153.127",
      "77.75.156.11",
      "77.75.156.35",
      "77.75.154.128",
      "77.75.154.255",
      "2a02:5180::1",
      "2a02:5180:ffff:ffff::abcd",
    ]);
  });

  it("rejects neighbours just outside the ranges", () => {
    expectVerdict(false, [
      "185.71.76.32",
      "185.71.78.1",
      "77.75.153.128",
      "77.75.156.12",
      "77.75.154.127",
      "2a02:5181::1",
      "127.0.0.1",
      "::1",
    ]);
  });

  it("understands IPv4-mapped IPv6 and refuses garbage", () => {
    expect(isYooKassaIp("::ffff:185.71.76.10")).toBe(true);
    expect(isYooKassaIp("::ffff:10.0.0.1")).toBe(false);
    expect(isYooKassaIp("")).toBe(false);
    expect(isYooKassaIp(undefined)).toBe(false);
    expect(isYooKassaIp("185.71.76.10, 10.0.0.1")).toBe(false);
    expect(isYooKassaIp("not-an-ip")).toBe(false);
  });
});
