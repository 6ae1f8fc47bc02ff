import { createHmac } from "node:crypto";

/**
 * Real S3 enforces the policy of a presigned POST (size range, content type, key, expiry,
 * signature); s3rver ignores it. The sandbox checks it here so that the product's upload
 * limits are tested against the same rules production applies.
 */
export interface PolicyRejection {
  status: number;
  code: string;
  message: string;
}

type Condition = Record<string, string> | [string, string | number, string | number];

/** Form fields S3 does not require a policy condition for. */
const EXEMPT_FIELDS = new Set(["policy", "x-amz-signature", "file", "awsaccesskeyid", "signature"]);

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac("sha256", key).update(data).digest();
}

function expectedSignature(policy: string, credential: string, secrets: ReadonlyMap<string, string>): string | null {
  const [accessKeyId, date, region, service] = credential.split("/");
  const secret = secrets.get(accessKeyId);
  if (!secret || !date || !region || !service) return null;
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), "aws4_request");
  return hmac(signingKey, policy).toString("hex");
}

const reject = (status: number, code: string, message: string): PolicyRejection => ({ status, code, message });
const policyFailed = (condition: unknown) =>
  reject(403, "AccessDenied", `Invalid according to Policy: Policy Condition failed: ${JSON.stringify(condition)}`);

export function checkPostPolicy(input: {
  bucket: string;
  fields: Map<string, string>; // lower-cased names
  fileSize: number;
  now: Date;
  secrets: ReadonlyMap<string, string>;
}): PolicyRejection | null {
  const { fields } = input;
  const policyBase64 = fields.get("policy");
  if (!policyBase64) return null; // an anonymous form upload: s3rver's own bucket rules apply
  const signature = expectedSignature(policyBase64, fields.get("x-amz-credential") ?? "", input.secrets);
  if (!signature || signature !== fields.get("x-amz-signature")) {
    return reject(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
  }
  let policy: { expiration?: string; conditions?: Condition[] };
  try {
    policy = JSON.parse(Buffer.from(policyBase64, "base64").toString("utf8"));
  } catch {
    return reject(400, "InvalidPolicyDocument", "Invalid Policy: Invalid JSON.");
  }
  if (!policy.expiration || new Date(policy.expiration) <= input.now) {
    return reject(403, "AccessDenied", "Invalid according to Policy: Policy expired.");
  }
  const valueOf = (name: string) => (name === "bucket" ? input.bucket : fields.get(name));
  const covered = new Set<string>();
  for (const condition of policy.conditions ?? []) {
    if (!Array.isArray(condition)) {
      for (const [name, expected] of Object.entries(condition)) {
        covered.add(name.toLowerCase());
        if (valueOf(name.toLowerCase()) !== expected) return policyFailed(["eq", `$${name}`, expected]);
      }
      continue;
    }
    const [op, a, b] = condition;
    if (op === "content-length-range") {
      if (input.fileSize > Number(b)) return reject(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
      if (input.fileSize < Number(a)) return reject(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size");
      continue;
    }
    const name = String(a).replace(/^\$/, "").toLowerCase();
    covered.add(name);
    const actual = valueOf(name) ?? "";
    if (op === "eq" && actual !== String(b)) return policyFailed(condition);
    if (op === "starts-with" && !actual.startsWith(String(b))) return policyFailed(condition);
  }
  for (const name of fields.keys()) {
    if (!EXEMPT_FIELDS.has(name) && !name.startsWith("x-ignore-") && !covered.has(name)) {
      return reject(403, "AccessDenied", `Invalid according to Policy: Extra input fields: ${name}`);
    }
  }
  return null;
}

export function s3ErrorXml(rejection: PolicyRejection): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${rejection.code}</Code><Message>${rejection.message
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")}</Message></Error>`;
}
