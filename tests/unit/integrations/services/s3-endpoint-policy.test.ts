import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startS3Sandbox, type S3Sandbox } from "@/devtools/sandbox/s3/server";
import { serveLocally, type LocalServer } from "@/tests/support/local-server";

/**
 * Issue 12, attack 3: any seller could point the S3 connection at the app's own network and
 * have the live check (and the health cron) send signed requests there. The real S3
 * integration is loaded with ALLOW_LOCAL_ENDPOINTS off (production) and on (embedded defaults).
 */
let sandbox: S3Sandbox;
let trap: LocalServer;
let trapHits = 0;

beforeAll(async () => {
  sandbox = await startS3Sandbox({ port: 0 });
  trap = await serveLocally((_req, res) => {
    trapHits += 1;
    res.writeHead(200).end();
  });
});
afterEach(() => vi.unstubAllEnvs());
afterAll(async () => {
  await sandbox?.close();
  await trap?.close();
});

async function loadS3(allowLocalEndpoints: "0" | "1") {
  vi.stubEnv("ALLOW_LOCAL_ENDPOINTS", allowLocalEndpoints);
  vi.resetModules(); // lib/env reads the environment once per module graph
  return import("@/lib/integrations/s3");
}

const credentials = (endpoint: string) => ({ ...sandbox.credentials, endpoint });

describe("S3 endpoint policy in production (ALLOW_LOCAL_ENDPOINTS off)", () => {
  const internal = [
    "https://127.0.0.1:{port}",
    "https://localhost:{port}",
    "https://0.0.0.0:{port}",
    "https://2130706433:{port}",
    "https://0x7f.1:{port}",
    "https://[::1]:{port}",
    "https://[::ffff:127.0.0.1]:{port}",
    "https://169.254.169.254",
    "https://10.0.0.1",
  ];

  it.each(internal)("refuses %s in the form, beside the endpoint field", async (template) => {
    const { s3Integration } = await loadS3("0");
    const parsed = s3Integration.credentialsSchema.safeParse(credentials(template.replace("{port}", String(trap.port))));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["endpoint"], message: "endpointInternal" })]);
  });

  it("asks for https:// in the form", async () => {
    const { s3Integration } = await loadS3("0");
    const parsed = s3Integration.credentialsSchema.safeParse(credentials(`http://127.0.0.1:${trap.port}`));
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["endpoint"], message: "endpointNotHttps" })]);
  });

  it("refuses a stored internal endpoint in the live check (health cron) without sending a request", async () => {
    const { s3Integration } = await loadS3("0");
    const before = trapHits;
    for (const template of [...internal, "http://127.0.0.1:{port}"]) {
      // Stored before the fix: the credentials never went through the new schema.
      const check = await s3Integration.check(credentials(template.replace("{port}", String(trap.port))) as never);
      expect(check).toMatchObject({ ok: false, field: "endpoint" });
      expect(check.message?.key).toMatch(/^s3\.endpoint\.(internal|not_https)$/);
    }
    expect(trapHits).toBe(before);
  });

  it("refuses the stored endpoint for uploads and downloads too", async () => {
    await loadS3("0");
    const { createS3Storage } = await import("@/lib/integrations/s3/client");
    const storage = createS3Storage({ ...sandbox.credentials, endpoint: sandbox.endpoint, forcePathStyle: true });
    await expect(storage.presignUpload({ key: "a.png", contentType: "image/png", size: 10 })).rejects.toMatchObject({
      reason: "not_https",
      field: "endpoint",
    });
    await expect(storage.presignDownload("a.png")).rejects.toMatchObject({ field: "endpoint" });
  });
});

describe("S3 endpoint policy on the embedded defaults (ALLOW_LOCAL_ENDPOINTS on)", () => {
  it("connects to the sandbox S3 on http://127.0.0.1", async () => {
    const { s3Integration } = await loadS3("1");
    expect(s3Integration.credentialsSchema.safeParse(sandbox.credentials).success).toBe(true);
    const check = await s3Integration.check(sandbox.credentials as never);
    expect(check).toMatchObject({ ok: true });
  });

  it("still refuses the metadata service and private networks", async () => {
    const { s3Integration } = await loadS3("1");
    for (const endpoint of ["https://169.254.169.254", "https://192.168.1.10", "http://10.0.0.1"]) {
      const check = await s3Integration.check(credentials(endpoint) as never);
      expect(check).toMatchObject({ ok: false, field: "endpoint" });
    }
  });

  it("reports every network failure the same way: one code, one message (no port scanning)", async () => {
    const { s3Integration } = await loadS3("1");
    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const resetting = net.createServer((socket) => socket.destroy());
    const garbage = net.createServer((socket) => socket.end("SSH-2.0-OpenSSH_9.6\r\n"));
    await Promise.all([resetting, garbage].map((s) => new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve))));
    const port = (server: net.Server) => (server.address() as AddressInfo).port;
    try {
      const checks = await Promise.all(
        [closedPort, port(resetting), port(garbage)].map((p) => s3Integration.check(credentials(`http://127.0.0.1:${p}`) as never)),
      );
      const seen = checks.map((c) => ({ ok: c.ok, code: c.error?.code, message: c.error?.message, key: c.message?.key }));
      expect(new Set(seen.map((s) => JSON.stringify(s))).size).toBe(1);
      expect(seen[0]).toEqual({ ok: false, code: "vendor_unavailable", message: "S3 endpoint unreachable", key: "s3.unreachable" });
    } finally {
      resetting.close();
      garbage.close();
    }
  });
});
