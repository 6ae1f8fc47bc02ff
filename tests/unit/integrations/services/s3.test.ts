import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IntegrationError } from "@/lib/integrations/core/errors";
import { createS3Storage, type S3Storage } from "@/lib/integrations/s3/client";
import { s3CredentialsSchema } from "@/lib/integrations/s3/credentials";
import { MAX_UPLOAD_BYTES } from "@/lib/integrations/s3/upload-policy";
import { startS3Sandbox, type S3Sandbox } from "@/devtools/sandbox/s3/server";

let sandbox: S3Sandbox;
let storage: S3Storage;

beforeAll(async () => {
  sandbox = await startS3Sandbox({ port: 0 });
  storage = createS3Storage(s3CredentialsSchema.parse(sandbox.credentials));
});
afterAll(() => sandbox?.close());

async function upload(post: { url: string; fields: Record<string, string> }, file: Blob, override: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...post.fields, ...override })) form.append(name, value);
  form.append("file", file);
  return fetch(post.url, { method: "POST", body: form });
}

const bytes = (n: number, seed = 7) => Uint8Array.from({ length: n }, (_, i) => (i * seed) % 251);

describe("S3 storage against the sandbox", () => {
  it("uploads through a presigned POST and downloads through a presigned GET", async () => {
    const content = bytes(2048);
    const key = `org-1/products/${crypto.randomUUID()}.png`;
    const post = await storage.presignUpload({ key, contentType: "image/png", size: content.length });
    expect(post.fields.key).toBe(key);
    expect(post.fields).not.toHaveProperty("secretAccessKey");

    const uploaded = await upload(post, new Blob([content], { type: "image/png" }));
    expect(uploaded.status).toBe(204);

    const head = await storage.headObject(key);
    expect(head).toMatchObject({ key, size: 2048, contentType: "image/png" });

    const url = await storage.presignDownload(key, { fileName: "фото.png" });
    expect(url).toContain("X-Amz-Signature=");
    const downloaded = await fetch(url);
    expect(downloaded.status).toBe(200);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(content);

    await storage.deleteObject(key);
    await expect(storage.headObject(key)).rejects.toMatchObject({ code: "not_found" });
  });

  it("lets S3 reject a file larger than the size that was signed", async () => {
    const key = `org-1/${crypto.randomUUID()}.pdf`;
    const post = await storage.presignUpload({ key, contentType: "application/pdf", size: 100 });
    const res = await upload(post, new Blob([bytes(101)]));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("<Code>EntityTooLarge</Code>");
    await expect(storage.headObject(key)).rejects.toMatchObject({ code: "not_found" });
  });

  it("lets S3 reject a content type other than the one signed, and a forged policy", async () => {
    const key = `org-1/${crypto.randomUUID()}.png`;
    const post = await storage.presignUpload({ key, contentType: "image/png", size: 10 });
    const wrongType = await upload(post, new Blob([bytes(10)]), { "Content-Type": "text/html" });
    expect(wrongType.status).toBe(403);
    expect(await wrongType.text()).toContain("Policy Condition failed");

    const forged = Buffer.from(JSON.stringify({ expiration: "2999-01-01T00:00:00Z", conditions: [] })).toString("base64");
    const forgedRes = await upload(post, new Blob([bytes(10)]), { Policy: forged });
    expect(forgedRes.status).toBe(403);
    expect(await forgedRes.text()).toContain("SignatureDoesNotMatch");
    await expect(storage.headObject(key)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses to sign oversize or disallowed uploads at all", async () => {
    await expect(storage.presignUpload({ key: "a.png", contentType: "image/png", size: MAX_UPLOAD_BYTES + 1 })).rejects.toMatchObject({
      code: "bad_request",
      field: "size",
    });
    await expect(storage.presignUpload({ key: "a.exe", contentType: "application/x-msdownload", size: 10 })).rejects.toMatchObject({
      code: "bad_request",
      field: "contentType",
    });
    await expect(storage.presignUpload({ key: "../other-org/a.png", contentType: "image/png", size: 10 })).rejects.toBeInstanceOf(
      IntegrationError,
    );
  });

  it("maps an unknown access key to auth_failed and a missing bucket to not_found", async () => {
    await expect(storage.headBucket()).resolves.toBeUndefined();
    const badKey = createS3Storage(s3CredentialsSchema.parse({ ...sandbox.credentials, accessKeyId: "WRONG" }));
    const error = await badKey.headBucket().catch((e) => e);
    expect(error).toMatchObject({ code: "auth_failed", vendor: "s3" });
    await expect(badKey.deleteObject("x")).rejects.toMatchObject({ code: "auth_failed" });
    expect(String(error.message)).not.toContain(sandbox.credentials.secretAccessKey + "/");
    const noBucket = createS3Storage(s3CredentialsSchema.parse({ ...sandbox.credentials, bucket: "no-such-bucket" }));
    await expect(noBucket.headBucket()).rejects.toMatchObject({ code: "not_found" });
  });
});
