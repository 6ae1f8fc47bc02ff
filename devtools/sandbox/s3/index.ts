/** The local S3 (s3rver behind a policy-enforcing front). Started on its own, not mounted: see server.ts. */
export { startS3Sandbox, S3_SANDBOX_CREDENTIALS, S3_SANDBOX_DEMO_BUCKET, type S3Sandbox } from "@/devtools/sandbox/s3/server";
