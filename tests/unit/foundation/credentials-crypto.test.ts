import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CredentialsCryptoError, decryptCredentials, encryptCredentials, needsReencryption, parseKeyRing } from "@/lib/crypto/credentials";

const key = () => randomBytes(32).toString("base64");

describe("credential encryption (AES-256-GCM with key ids)", () => {
  const secret = { token: "eyJhbGciOiJFUzI1NiJ9.payload.sig", apiKey: "k-123" };

  it("round-trips, and the envelope does not contain the secret", () => {
    const ring = parseKeyRing(`k1:${key()}`);
    const envelope = encryptCredentials(ring, secret, "conn_1");
    expect(envelope.startsWith("v1.k1.")).toBe(true);
    expect(envelope).not.toContain("k-123");
    expect(decryptCredentials(ring, envelope, "conn_1")).toEqual(secret);
  });

  it("uses a fresh IV each time", () => {
    const ring = parseKeyRing(`k1:${key()}`);
    expect(encryptCredentials(ring, secret, "c")).not.toBe(encryptCredentials(ring, secret, "c"));
  });

  it("fails loudly with the wrong key", () => {
    const envelope = encryptCredentials(parseKeyRing(`k1:${key()}`), secret, "c");
    expect(() => decryptCredentials(parseKeyRing(`k1:${key()}`), envelope, "c")).toThrow(/failed to decrypt with key "k1"/);
  });

  it("fails when the ciphertext is moved to another connection", () => {
    const ring = parseKeyRing(`k1:${key()}`);
    const envelope = encryptCredentials(ring, secret, "conn_a");
    expect(() => decryptCredentials(ring, envelope, "conn_b")).toThrow(CredentialsCryptoError);
  });

  it("fails when the ciphertext is tampered with", () => {
    const ring = parseKeyRing(`k1:${key()}`);
    const parts = encryptCredentials(ring, secret, "c").split(".");
    parts[4] = Buffer.from("x" + Buffer.from(parts[4]!, "base64url").toString("latin1").slice(1), "latin1").toString("base64url");
    expect(() => decryptCredentials(ring, parts.join("."), "c")).toThrow(/wrong key or tampered/);
  });

  it("rotates: old envelopes still decrypt, new ones use the first key", () => {
    const oldKey = key();
    const before = parseKeyRing(`old:${oldKey}`);
    const envelope = encryptCredentials(before, secret, "c");
    const after = parseKeyRing(`new:${key()},old:${oldKey}`);
    expect(decryptCredentials(after, envelope, "c")).toEqual(secret);
    expect(needsReencryption(after, envelope)).toBe(true);
    expect(encryptCredentials(after, secret, "c").startsWith("v1.new.")).toBe(true);
  });

  it("names a missing key id", () => {
    const envelope = encryptCredentials(parseKeyRing(`gone:${key()}`), secret, "c");
    expect(() => decryptCredentials(parseKeyRing(`k1:${key()}`), envelope, "c")).toThrow(/key "gone", which is not configured/);
  });

  it("rejects keys that are not 32 bytes", () => {
    expect(() => parseKeyRing(`k1:${Buffer.alloc(16).toString("base64")}`)).toThrow(/32 bytes/);
  });
});
