import http from "node:http";
import https from "node:https";
import { S3Client } from "@aws-sdk/client-s3";
import { env } from "@/lib/env";
import { IntegrationError } from "@/lib/integrations/core/errors";
import { publicOnlyLookup, type EndpointPolicy } from "@/lib/integrations/core/public-endpoint";
import type { S3Credentials } from "@/lib/integrations/s3/credentials";
import { S3_UNREACHABLE } from "@/lib/integrations/s3/errors";

export interface S3Timeouts {
  /** TCP and TLS connection. */
  connectMs: number;
  /** One whole call, body included: a server that trickles its answer cannot hold a socket longer. */
  callMs: number;
}

export const DEFAULT_S3_TIMEOUTS: S3Timeouts = { connectMs: 5_000, callMs: 20_000 };

/** ALLOW_LOCAL_ENDPOINTS: only the embedded defaults let a seller's endpoint be http://127.0.0.1. */
export const endpointPolicyFromEnv = (): EndpointPolicy => ({ allowLoopback: env.ALLOW_LOCAL_ENDPOINTS });

export function createS3Client(credentials: S3Credentials, options: { policy?: EndpointPolicy; timeouts?: S3Timeouts } = {}): S3Client {
  const timeouts = options.timeouts ?? DEFAULT_S3_TIMEOUTS;
  // A seller's own endpoint connects only to an address checked when the socket opens, so a name
  // cannot be re-pointed at an internal address after the check (DNS rebinding). The platform's
  // S3_ENDPOINT (or AWS itself) is the operator's choice and is used as configured.
  const lookup = credentials.endpoint ? publicOnlyLookup({ policy: options.policy ?? endpointPolicyFromEnv(), vendor: "s3" }) : undefined;
  return new S3Client({
    endpoint: credentials.endpoint ?? env.S3_ENDPOINT,
    region: credentials.region,
    forcePathStyle: credentials.forcePathStyle,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    maxAttempts: 3,
    // The SDK's default CRC32 checksums are rejected by several S3-compatible stores; send them only when required.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    requestHandler: {
      connectionTimeout: timeouts.connectMs,
      requestTimeout: timeouts.callMs,
      throwOnRequestTimeout: true,
      socketTimeout: timeouts.callMs,
      httpAgent: new http.Agent({ lookup }),
      httpsAgent: new https.Agent({ lookup }),
    },
  });
}

/**
 * Bounds one call, body included, whatever the SDK's own timers cover: the signal destroys the
 * socket, and the race returns to the caller even if a parser is still waiting for bytes.
 */
export async function withDeadline<T>(callMs: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new IntegrationError({ code: "vendor_unavailable", vendor: "s3", message: S3_UNREACHABLE }));
    }, callMs);
  });
  try {
    return await Promise.race([call(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
