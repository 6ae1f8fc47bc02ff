import { describe, expect, it } from "vitest";
import { clientAddressFrom, clientIpFrom, UNTRUSTED_CLIENT_ADDRESS } from "@/lib/auth/client-ip";

const headers = (values: Record<string, string>) => new Headers(values);
const DEFAULT = { trustedProxyHops: 0 };

describe("the caller's address", () => {
  it("by default believes nothing the client sends: every caller shares one bucket", () => {
    // The SMS-pumping attack: an invented X-Forwarded-For per request used to be a fresh address.
    for (const xff of ["198.51.100.1", "198.51.100.2", "10.0.0.1, 198.51.100.3"]) {
      expect(clientAddressFrom(headers({ "x-forwarded-for": xff }), DEFAULT)).toBeNull();
      expect(clientIpFrom(headers({ "x-forwarded-for": xff }), DEFAULT)).toBe(UNTRUSTED_CLIENT_ADDRESS);
    }
    expect(clientIpFrom(headers({ "x-real-ip": "198.51.100.9" }), DEFAULT)).toBe(UNTRUSTED_CLIENT_ADDRESS);
    expect(clientIpFrom(new Headers(), DEFAULT)).toBe(UNTRUSTED_CLIENT_ADDRESS);
  });

  it("behind N proxies takes the entry the outermost one appended, not what the client claimed before it", () => {
    const one = { trustedProxyHops: 1 };
    expect(clientAddressFrom(headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" }), one)).toBe("198.51.100.7");
    const two = { trustedProxyHops: 2 };
    // client → CDN (appends the client) → load balancer (appends the CDN) → app
    expect(clientAddressFrom(headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7, 10.1.2.3" }), two)).toBe("198.51.100.7");
    // Fewer entries than proxies: the request did not come through them.
    expect(clientAddressFrom(headers({ "x-forwarded-for": "198.51.100.7" }), two)).toBeNull();
  });

  it("with a proxy header reads only that header, and only a real address in it", () => {
    const source = { trustedProxyHops: 0, header: "x-real-ip" };
    expect(clientAddressFrom(headers({ "x-real-ip": "198.51.100.7", "x-forwarded-for": "185.71.76.1" }), source)).toBe("198.51.100.7");
    expect(clientAddressFrom(headers({ "x-real-ip": "2001:db8::7" }), source)).toBe("2001:db8::7");
    expect(clientAddressFrom(headers({ "x-forwarded-for": "185.71.76.1" }), source)).toBeNull();
    expect(clientAddressFrom(headers({ "x-real-ip": "not-an-address" }), source)).toBeNull();
  });
});
