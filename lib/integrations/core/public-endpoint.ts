import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { IntegrationError } from "@/lib/integrations/core/errors";

/**
 * Where a user-supplied endpoint (an S3 "endpoint" typed into a form) may send the server's
 * requests: HTTPS to a public address. Everything else would let any seller make the app call
 * its own network: loopback, private and link-local ranges (169.254.169.254 is the cloud
 * metadata service), CGNAT, multicast, and their IPv6 and IPv4-mapped forms. The embedded
 * defaults run the sandbox S3 on http://127.0.0.1, so `allowLoopback` (ALLOW_LOCAL_ENDPOINTS)
 * lets plain HTTP to loopback through, and nothing more.
 */
export interface EndpointPolicy {
  allowLoopback: boolean;
}

/** Why an endpoint is refused; each has its own message beside the field. */
export type EndpointRefusal = "invalid" | "not_https" | "internal";

export class EndpointRefusedError extends IntegrationError {
  readonly reason: EndpointRefusal;

  constructor(reason: EndpointRefusal, vendor: string) {
    super({ code: "bad_request", vendor, field: "endpoint", operation: "endpoint policy", message: `endpoint refused: ${reason}` });
    this.reason = reason;
  }
}

export type AddressClass = "public" | "loopback" | "internal" | "not_an_address";

/**
 * One IP address in any textual form Node or a URL parser produces. Only ipaddr.js's "unicast"
 * range is public: it names every special-purpose block (private, linkLocal, carrierGradeNat,
 * reserved, 6to4, teredo, NAT64, …), and IPv4-mapped IPv6 is judged as the IPv4 it carries.
 */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  if (!ipaddr.isValid(bare)) return "not_an_address";
  const range = ipaddr.process(bare).range();
  if (range === "unicast") return "public";
  return range === "loopback" ? "loopback" : "internal";
}

/** RFC 6761: `localhost` and every name under it is loopback, whatever a resolver says. */
function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost");
}

function refusalForAddress(address: string, policy: EndpointPolicy): EndpointRefusal | undefined {
  const kind = classifyAddress(address);
  if (kind === "public" || (kind === "loopback" && policy.allowLoopback)) return undefined;
  return "internal";
}

/**
 * What can be told from the URL alone (form validation). The WHATWG parser has already turned
 * numeric hosts such as `2130706433`, `0x7f.1` or `127.1` into `127.0.0.1`, so they are judged
 * as the address they are.
 */
export function checkEndpointUrl(raw: string, policy: EndpointPolicy): EndpointRefusal | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid";
  }
  if (url.username || url.password) return "invalid";
  const literal = classifyAddress(url.hostname);
  const loopback = literal === "loopback" || isLocalhostName(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback && policy.allowLoopback)) {
    return url.protocol === "http:" || url.protocol === "https:" ? "not_https" : "invalid";
  }
  if (loopback) return policy.allowLoopback ? undefined : "internal";
  if (literal !== "not_an_address") return refusalForAddress(url.hostname, policy);
  return undefined;
}

type Resolve = (hostname: string) => Promise<string[]>;

const resolveAll: Resolve = async (hostname) => (await dns.promises.lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/**
 * The URL check, then every address the name resolves to: a name that resolves to an internal
 * address is refused before any request. A name that does not resolve is left to the request,
 * whose failure then looks like any other unreachable endpoint.
 */
export async function assertPublicEndpoint(
  raw: string,
  options: { policy: EndpointPolicy; vendor: string; resolve?: Resolve },
): Promise<void> {
  const refusal = checkEndpointUrl(raw, options.policy);
  if (refusal) throw new EndpointRefusedError(refusal, options.vendor);
  const { hostname } = new URL(raw);
  if (classifyAddress(hostname) !== "not_an_address" || isLocalhostName(hostname)) return;
  const addresses = await (options.resolve ?? resolveAll)(hostname).catch(() => []);
  if (addresses.some((address) => refusalForAddress(address, options.policy))) {
    throw new EndpointRefusedError("internal", options.vendor);
  }
}

/**
 * A `lookup` for http(s).Agent that refuses internal answers at connection time, so the address
 * a socket connects to is the one that was checked: a name that resolved to a public address
 * when the form was saved cannot be re-pointed (DNS rebinding) at 169.254.169.254 later.
 * Node skips `lookup` for IP literals; `assertPublicEndpoint` has judged those already.
 */
export function publicOnlyLookup(options: { policy: EndpointPolicy; vendor: string; lookup?: typeof dns.lookup }): LookupFunction {
  const lookup = options.lookup ?? dns.lookup;
  return (hostname, lookupOptions, callback) => {
    lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as dns.LookupAddress[];
      const refused = isLocalhostName(hostname) && !options.policy.allowLoopback;
      if (refused || list.some((a) => refusalForAddress(a.address, options.policy))) {
        return callback(new EndpointRefusedError("internal", options.vendor), "", 0);
      }
      if (lookupOptions.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const [first] = list;
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
      callback(null, first.address, first.family);
    });
  };
}
