import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { S3Sandbox } from "@/devtools/sandbox/s3";
import { testDb, uniqueSuffix } from "../../support/database";

/** Presigned uploads and downloads through the S3 sandbox over HTTP, on a real database. */
let s3: S3Sandbox;
let db: ReturnType<typeof testDb>;
let app: typeof import("@/lib/data/files/presign-upload") &
  typeof import("@/lib/data/files/confirm-upload") &
  typeof import("@/lib/data/files/presign-download") &
  typeof import("@/lib/data/files/list-files") &
  typeof import("@/lib/data/connections/create-connection");

beforeAll(async () => {
  const [{ startS3Sandbox }, ...modules] = await Promise.all([
    import("@/devtools/sandbox/s3"),
    import("@/lib/data/files/presign-upload"),
    import("@/lib/data/files/confirm-upload"),
    import("@/lib/data/files/presign-download"),
    import("@/lib/data/files/list-files"),
    import("@/lib/data/connections/create-connection"),
  ]);
  s3 = await startS3Sandbox();
  db = testDb();
  app = Object.assign({}, ...modules);
});
afterAll(async () => {
  await db?.$disconnect();
  await s3?.close();
});

async function organizationWithBucket() {
  const s = uniqueSuffix();
  const org = await db.organization.create({ data: { slug: `files-${s}`, name: `Files ${s}` } });
  await app.createConnection({ db, organizationId: org.id, provider: "s3", credentials: { ...s3.credentials, forcePathStyle: "true" } });
  return org.id;
}

/** What the browser does with a presigned POST: every signed field, then the file. */
function upload(target: { url: string; fields: Record<string, string> }, body: Uint8Array<ArrayBuffer> | string, type: string) {
  const form = new FormData();
  for (const [name, value] of Object.entries(target.fields)) form.append(name, value);
  form.append("file", new Blob([body], { type }), "upload");
  return fetch(target.url, { method: "POST", body: form });
}

const csv = "nmID;stock\n1001;5\n1002;0\n";

describe("files", () => {
  it("presign → upload over HTTP → confirm → download returns the same bytes", async () => {
    const organizationId = await organizationWithBucket();
    const target = await app.presignUpload({ db, organizationId, filename: "Остатки май.csv", contentType: "text/csv", size: csv.length });
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: target.fileId } })).status).toBe("pending");
    // Not uploaded yet: the bucket, not the browser, decides.
    await expect(app.confirmUpload({ db, organizationId, fileId: target.fileId })).rejects.toMatchObject({ code: "conflict" });

    const put = await upload(target, csv, "text/csv");
    expect(put.status).toBeLessThan(300);
    const confirmed = await app.confirmUpload({ db, organizationId, fileId: target.fileId });
    expect(confirmed).toMatchObject({ id: target.fileId, status: "uploaded", size: csv.length, filename: "Остатки май.csv" });

    const { url } = await app.presignDownload({ db, organizationId, fileId: target.fileId });
    const got = await fetch(url);
    expect(got.status).toBe(200);
    expect(await got.text()).toBe(csv);
    expect(got.headers.get("content-disposition")).toContain(encodeURIComponent("Остатки май.csv"));
    expect(await app.listFiles({ db, organizationId })).toEqual([expect.objectContaining({ id: target.fileId, status: "uploaded" })]);
  });

  it("refuses an oversize file and a disallowed type with field errors, writing nothing", async () => {
    const organizationId = await organizationWithBucket();
    await expect(
      app.presignUpload({ db, organizationId, filename: "big.pdf", contentType: "application/pdf", size: 10 * 1024 * 1024 + 1 }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      field: "size",
      params: { reason: "fileTooLarge" },
    });
    await expect(
      app.presignUpload({ db, organizationId, filename: "run.sh", contentType: "application/x-sh", size: 10 }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      field: "contentType",
      params: { reason: "typeNotAllowed" },
    });
    expect(await db.storedFile.count({ where: { organizationId } })).toBe(0);
  });

  it("the bucket enforces the signed policy: more bytes or another type than signed are refused", async () => {
    const organizationId = await organizationWithBucket();
    const target = await app.presignUpload({ db, organizationId, filename: "photo.png", contentType: "image/png", size: 8 });
    const tooBig = await upload(target, new Uint8Array(9), "image/png");
    expect(tooBig.status).toBe(400);
    expect(await tooBig.text()).toContain("EntityTooLarge");
    const otherType = await upload({ ...target, fields: { ...target.fields, "Content-Type": "text/html" } }, "<script>", "text/html");
    expect(otherType.status).toBe(403);
    await expect(app.confirmUpload({ db, organizationId, fileId: target.fileId })).rejects.toMatchObject({ code: "conflict" });
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: target.fileId } })).status).toBe("pending");
  });

  it("another organisation cannot presign a download, confirm or list your file", async () => {
    const owner = await organizationWithBucket();
    const other = await organizationWithBucket();
    const target = await app.presignUpload({ db, organizationId: owner, filename: "secret.pdf", contentType: "application/pdf", size: 4 });
    await upload(target, "%PDF", "application/pdf");
    await app.confirmUpload({ db, organizationId: owner, fileId: target.fileId });
    await expect(app.presignDownload({ db, organizationId: other, fileId: target.fileId })).rejects.toMatchObject({ code: "not_found" });
    await expect(app.confirmUpload({ db, organizationId: other, fileId: target.fileId })).rejects.toMatchObject({ code: "not_found" });
    expect(await app.listFiles({ db, organizationId: other })).toEqual([]);
  });
});
