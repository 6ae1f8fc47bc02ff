import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-path";

const origin = "http://127.0.0.1:3000";
const safe = (value: string | null | undefined) => safeCallbackPath(value, { origin });

/** Where a browser really goes when it follows a link to `path` from a page of our origin. */
const browserDestination = (path: string) => new URL(path, `${origin}/login`).origin;

describe("where to go after login", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safe("/orders?page=2")).toBe("/orders?page=2");
    expect(safe("/stocks?low=1#top")).toBe("/stocks?low=1#top");
    expect(safe("/connections/c123/edit")).toBe("/connections/c123/edit");
    // An escaped slash inside one segment is still one path on this site.
    expect(safe("/products?q=a%2Fb")).toBe("/products?q=a%2Fb");
  });

  it("resolves an absolute URL of our own origin (as Auth.js passes it) to its path", () => {
    expect(safe("http://127.0.0.1:3000/stocks?low=1")).toBe("/stocks?low=1");
    expect(safeCallbackPath("https://app.example.ru/orders", { origin: "https://app.example.ru" })).toBe("/orders");
  });

  // Each of these lands the browser on another origin, or runs script, if it is followed as is.
  it.each([
    "/%09/evil.example", // arrives decoded: a tab, which browsers drop → //evil.example
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\t\\evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/%2F%2Fevil.example",
    "/%2f%2fevil.example",
    "/%5Cevil.example",
    "/%5C%5Cevil.example",
    "%2F%2Fevil.example",
    "https://evil.example/orders",
    "http://127.0.0.1:3000.evil.example/orders",
    "http://127.0.0.1:3001/orders",
    "https://127.0.0.1:3000/orders", // another scheme is another origin
    "http://user@evil.example/orders",
    "javascript:alert(1)",
    "JavaScript:alert(document.domain)",
    "data:text/html,<script>alert(1)</script>",
    " //evil.example",
    "evil.example",
    "orders",
  ])("refuses %j", (value) => {
    const decoded = value.includes("%09") ? decodeURIComponent(value) : value;
    expect(safe(decoded)).toBeNull();
    expect(safe(value)).toBeNull();
  });

  it("never returns a path the browser would follow off this origin", () => {
    for (const value of ["/%09/evil.example", "/\t/evil.example", "/\\evil.example", "//evil.example", "/orders", "/overview?x=//y"]) {
      const path = safe(value.includes("%") ? decodeURIComponent(value) : value);
      if (path !== null) expect(browserDestination(path)).toBe(origin);
    }
    // The attack as it got through: the old prefix checks passed "/\t/evil.example".
    expect(browserDestination("/\t/evil.example")).toBe("http://evil.example");
  });

  it("refuses an absolute URL when our origin is not known, and pages that are no destination", () => {
    expect(safeCallbackPath("http://127.0.0.1:3000/orders")).toBeNull();
    for (const value of ["/login", "/login?callbackUrl=/orders", "/api/auth/signout", "http://127.0.0.1:3000/login", "", null, undefined]) {
      expect(safe(value)).toBeNull();
    }
  });
});
