import type { SandboxAccount, SandboxContext, SandboxRequest, SandboxResponse, SandboxVendor } from "@/devtools/sandbox/core/types";
import { suggestAddresses } from "@/devtools/sandbox/dadata/addresses";
import { partyByInn, partyCatalogue, type SandboxParty } from "@/devtools/sandbox/dadata/companies";

/**
 * DaData: suggestions (`Authorization: Token <key>`) at /dadata/suggestions and the cleaner
 * (token plus `X-Secret`) at /dadata/cleaner. DaData allows 30 requests a second per client
 * on suggestions and 20 on the cleaner.
 */
const SUGGESTIONS_RULE = { limit: 30, intervalMs: 1_000 };
const CLEANER_RULE = { limit: 20, intervalMs: 1_000 };

interface DadataAccount {
  accountKey: string;
  apiKey: string;
  secretKey: string;
  revoked: boolean;
  requests: number;
}

const hex = (rng: () => number, length: number) => Array.from({ length }, () => Math.floor(rng() * 16).toString(16)).join("");
const clientError = (status: number, reason: string, message: string): SandboxResponse => ({
  status,
  body: { family: "CLIENT_ERROR", reason, message },
});

export function createDadataSandbox(): SandboxVendor {
  const accounts = new Map<string, DadataAccount>();
  let catalogue: SandboxParty[] | undefined;

  const ensureDemo = (ctx: SandboxContext) => {
    if (accounts.has("dadata-demo")) return;
    const rng = ctx.rng("dadata", "demo");
    accounts.set("dadata-demo", { accountKey: "dadata-demo", apiKey: hex(rng, 40), secretKey: hex(rng, 40), revoked: false, requests: 0 });
  };
  const toSandboxAccount = (a: DadataAccount): SandboxAccount => ({
    accountKey: a.accountKey,
    credentials: { apiKey: a.apiKey, secretKey: a.secretKey },
  });
  const authenticate = (ctx: SandboxContext, req: SandboxRequest, needSecret: boolean) => {
    ensureDemo(ctx);
    const token = /^Token\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const account = [...accounts.values()].find((a) => a.apiKey === token && !a.revoked);
    if (!account) return undefined;
    return needSecret && req.headers["x-secret"] !== account.secretKey ? undefined : account;
  };
  const count = (body: unknown, fallback = 10) => {
    const n = Number((body as { count?: unknown })?.count ?? fallback);
    return Number.isInteger(n) ? Math.min(Math.max(n, 1), 20) : fallback;
  };
  const queryOf = (body: unknown) => {
    const q = (body as { query?: unknown })?.query;
    return typeof q === "string" ? q.trim() : undefined;
  };

  function suggestions(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
    if (req.method !== "POST") return clientError(405, "Method Not Allowed", "Use POST");
    const query = queryOf(req.body);
    if (query === undefined) return clientError(400, "Bad Request", "query is required");
    switch (req.path) {
      case "/findById/party": {
        const party = partyByInn(query);
        return { status: 200, body: { suggestions: party ? [party] : [] } };
      }
      case "/suggest/party": {
        const exact = partyByInn(query);
        if (exact) return { status: 200, body: { suggestions: [exact] } };
        catalogue ??= partyCatalogue(ctx.seed);
        const needle = query.toLowerCase();
        const found =
          needle.length < 2 ? [] : catalogue.filter((p) => p.value.toLowerCase().includes(needle) || p.data.inn.startsWith(needle));
        return { status: 200, body: { suggestions: found.slice(0, count(req.body)) } };
      }
      case "/suggest/address":
        return { status: 200, body: { suggestions: query.length < 2 ? [] : suggestAddresses(query, count(req.body)) } };
      default:
        return clientError(404, "Not Found", `No method ${req.path}`);
    }
  }

  function cleaner(req: SandboxRequest): SandboxResponse {
    if (req.method !== "POST" || req.path !== "/clean/address") return clientError(404, "Not Found", `No method ${req.path}`);
    if (!Array.isArray(req.body) || req.body.some((s) => typeof s !== "string")) {
      return clientError(400, "Bad Request", "Body must be a JSON array of strings");
    }
    return {
      status: 200,
      body: (req.body as string[]).map((source) => {
        const match = suggestAddresses(source, 1)[0];
        return match
          ? { source, result: match.value, ...match.data, qc: 0 }
          : { source, result: null, postal_code: null, country: "Россия", qc: 2 };
      }),
    };
  }

  const mount =
    (kind: "suggestions" | "cleaner") =>
    (req: SandboxRequest, ctx: SandboxContext): SandboxResponse => {
      const account = authenticate(ctx, req, kind === "cleaner");
      if (!account) return clientError(401, "Unauthorized", "Invalid API key or secret key");
      const limited = ctx.rateLimit(`dadata:${account.accountKey}:${kind}`, kind === "cleaner" ? CLEANER_RULE : SUGGESTIONS_RULE);
      if (!limited.ok)
        return { ...clientError(429, "Too Many Requests", "Too many requests"), headers: vendor.rateLimitHeaders(limited.retryAfterMs) };
      account.requests += 1;
      return kind === "cleaner" ? cleaner(req) : suggestions(req, ctx);
    };

  const vendor: SandboxVendor = {
    id: "dadata",
    mounts: [
      { prefix: "/dadata/suggestions", handler: mount("suggestions") },
      { prefix: "/dadata/cleaner", handler: mount("cleaner") },
    ],
    baseUrlEnv: { DADATA_SUGGESTIONS_API_URL: "/dadata/suggestions", DADATA_CLEANER_API_URL: "/dadata/cleaner" },
    rateLimitHeaders: (retryAfterMs) => ({ "Retry-After": String(Math.max(1, Math.ceil(retryAfterMs / 1000))) }),
    summary: (ctx) => {
      ensureDemo(ctx);
      return Object.fromEntries([...accounts.values()].map((a) => [a.accountKey, { requests: a.requests }]));
    },
    demoAccounts: (ctx) => {
      ensureDemo(ctx);
      return [toSandboxAccount(accounts.get("dadata-demo")!)];
    },
    createAccount: (ctx) => {
      ensureDemo(ctx);
      const accountKey = `dadata-${accounts.size + 1}`;
      const rng = ctx.rng("dadata", accountKey);
      const account = { accountKey, apiKey: hex(rng, 40), secretKey: hex(rng, 40), revoked: false, requests: 0 };
      accounts.set(accountKey, account);
      return toSandboxAccount(account);
    },
    revoke: (accountKey) => {
      const account = accounts.get(accountKey);
      if (account) account.revoked = true;
    },
  };
  return vendor;
}
