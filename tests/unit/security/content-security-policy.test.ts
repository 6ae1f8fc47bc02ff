import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, originOf } from "@/lib/security/content-security-policy";

const directives = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)])) as Record<string, string[]>;

describe("the pages' Content-Security-Policy", () => {
  it("lets only scripts with this response's nonce run, and never eval in production", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123", development: false, https: true }));
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
    expect(policy).toHaveProperty("upgrade-insecure-requests");
  });

  it("allows eval for next dev only, and keeps plain HTTP sites on HTTP", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", development: true, https: false }));
    expect(dev["script-src"]).toContain("'unsafe-eval'");
    expect(dev).not.toHaveProperty("upgrade-insecure-requests");
  });

  it("lets the browser upload to the configured S3 endpoint", () => {
    const policy = directives(
      contentSecurityPolicy({ nonce: "n", development: false, https: false, connectOrigins: originOf("http://127.0.0.1:4111/bucket") }),
    );
    expect(policy["connect-src"]).toEqual(["'self'", "https:", "http://127.0.0.1:4111"]);
    expect(originOf(undefined)).toEqual([]);
    expect(originOf("not a url")).toEqual([]);
  });

  it("makes a fresh, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
