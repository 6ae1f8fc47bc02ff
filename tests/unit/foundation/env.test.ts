import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "@/lib/env";

describe("environment validation", () => {
  it("runs on embedded defaults with nothing set", () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(env.WB_STATISTICS_API_URL).toBe("https://statistics-api.wildberries.ru");
  });

  it("names the bad variable and what is expected, one line each", () => {
    const error = (() => {
      try {
        loadEnv({ DATABASE_URL: "mysql://x", WB_CONTENT_API_URL: "not a url" });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(EnvError);
    const lines = error!.message.split("\n");
    expect(lines).toContain("Invalid environment variable DATABASE_URL: must be a postgresql:// connection string");
    expect(lines.some((l) => l.startsWith("Invalid environment variable WB_CONTENT_API_URL:"))).toBe(true);
    expect(lines).toHaveLength(2);
  });

  it("rejects a malformed key ring and an out-of-range port", () => {
    expect(() => loadEnv({ CREDENTIALS_ENCRYPTION_KEYS: "nokid" })).toThrow(/CREDENTIALS_ENCRYPTION_KEYS: must be `kid:base64key/);
    expect(() => loadEnv({ PGLITE_PORT: "70000" })).toThrow(/PGLITE_PORT/);
  });

  it("treats empty strings as unset", () => {
    expect(loadEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
