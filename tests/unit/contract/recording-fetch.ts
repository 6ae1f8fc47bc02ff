/** One request the client sent through the transport, and the sandbox's answer to it. */
export interface RecordedExchange {
  method: string;
  url: URL;
  /** The path below the vendor's sandbox mount (`/ozon`, `/wb/statistics` …). */
  path: string;
  headers: Headers;
  requestBody: unknown;
  status: number;
  responseBody: unknown;
}

/**
 * A transport that records every exchange below the client, where the contract tests check it
 * against the vendor's spec in both directions. `mountPrefix` is cut from paths so they read as
 * the spec writes them. `transport` is what actually sends (e.g. a virtual clock's).
 */
export function recordExchanges(
  mountPrefix: RegExp,
  record: (exchange: RecordedExchange) => void,
  transport: typeof fetch = fetch,
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const requestText = await request.clone().text();
    const res = await transport(request);
    const responseText = await res.clone().text();
    const url = new URL(request.url);
    record({
      method: request.method,
      url,
      path: url.pathname.replace(mountPrefix, ""),
      headers: request.headers,
      requestBody: requestText ? JSON.parse(requestText) : undefined,
      status: res.status,
      responseBody: responseText ? JSON.parse(responseText) : undefined,
    });
    return res;
  };
}
