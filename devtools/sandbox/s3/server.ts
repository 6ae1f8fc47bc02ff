import { mkdtemp, rm } from "node:fs/promises";
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { checkPostPolicy, s3ErrorXml } from "@/devtools/sandbox/s3/post-policy";

/** s3rver's built-in account; any other access key id is answered with InvalidAccessKeyId. */
export const S3_SANDBOX_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER", region: "us-east-1" } as const;
export const S3_SANDBOX_DEMO_BUCKET = "seller-dashboard-demo";

/** Uploads are at most MAX_UPLOAD_BYTES; the sandbox refuses to buffer far more than that. */
const MAX_BUFFERED_POST_BYTES = 64 * 1024 * 1024;

const CORS_CONFIG = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod><AllowedMethod>PUT</AllowedMethod><AllowedMethod>POST</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

export interface S3Sandbox {
  endpoint: string;
  bucket: string;
  credentials: {
    endpoint: string;
    region: string;
    bucket: string;
    accessKeyId: string;
    secretAccessKey: string;
    forcePathStyle: boolean;
  };
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += chunk.length;
    if (total > MAX_BUFFERED_POST_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function forward(req: IncomingMessage, res: ServerResponse, target: AddressInfo, body?: Buffer) {
  const headers = { ...req.headers };
  if (body) headers["content-length"] = String(body.length);
  const upstream = httpRequest({ host: target.address, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on("error", () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  if (body) upstream.end(body);
  else req.pipe(upstream);
}

function sendRejection(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { "content-type": "application/xml" });
  res.end(s3ErrorXml({ status, code, message }));
}

/** A multipart POST to `/<bucket>` is a browser form upload; its policy is checked before s3rver stores it. */
async function handlePostUpload(req: IncomingMessage, res: ServerResponse, target: AddressInfo, bucket: string) {
  const body = await readBody(req);
  if (!body) return sendRejection(res, 400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": req.headers["content-type"] ?? "" } })
    .formData()
    .catch(() => null);
  if (!form)
    return sendRejection(res, 400, "MalformedPOSTRequest", "The body of your POST request is not well-formed multipart/form-data.");
  const fields = new Map<string, string>();
  let fileSize = 0;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields.set(name.toLowerCase(), value);
    else if (name === "file") fileSize = value.size;
  }
  const secrets = new Map([[S3_SANDBOX_CREDENTIALS.accessKeyId, S3_SANDBOX_CREDENTIALS.secretAccessKey]]);
  const rejection = checkPostPolicy({ bucket, fields, fileSize, now: new Date(), secrets });
  if (rejection) return sendRejection(res, rejection.status, rejection.code, rejection.message);
  forward(req, res, target, body);
}

/**
 * A local S3 for dev and tests: s3rver behind a thin front that enforces presigned POST
 * policies. Not a SandboxVendor mount, because the AWS SDK expects a whole S3 endpoint.
 */
export async function startS3Sandbox(options: { port?: number; directory?: string; bucket?: string } = {}): Promise<S3Sandbox> {
  const bucket = options.bucket ?? S3_SANDBOX_DEMO_BUCKET;
  const ownDirectory = options.directory ? null : await mkdtemp(path.join(tmpdir(), "s3-sandbox-"));
  const directory = options.directory ?? ownDirectory!;
  const store = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket, configs: [CORS_CONFIG] }],
  });
  const target = (await store.run()) as AddressInfo;

  const front = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://sandbox").pathname;
    const isFormUpload =
      req.method === "POST" && /^\/[^/]+\/?$/.test(pathname) && (req.headers["content-type"] ?? "").startsWith("multipart/form-data");
    if (isFormUpload) {
      handlePostUpload(req, res, target, decodeURIComponent(pathname.split("/")[1])).catch(() => {
        if (!res.headersSent) sendRejection(res, 500, "InternalError", "We encountered an internal error.");
      });
    } else forward(req, res, target);
  });
  await new Promise<void>((resolve) => front.listen(options.port ?? 0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;

  return {
    endpoint,
    bucket,
    credentials: { endpoint, bucket, forcePathStyle: true, ...S3_SANDBOX_CREDENTIALS },
    async close() {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await store.close();
      if (ownDirectory) await rm(ownDirectory, { recursive: true, force: true });
    },
  };
}
