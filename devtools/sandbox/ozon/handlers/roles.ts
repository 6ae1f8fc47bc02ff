import { ok, type OzonRoute } from "@/devtools/sandbox/ozon/handlers/route";

/** What a sandbox key may call: read access to everything the dashboard syncs. */
export const SANDBOX_ROLES = [
  { name: "Product read-only", methods: ["/v3/product/list", "/v3/product/info/list", "/v4/product/info/stocks"] },
  { name: "Posting FBS", methods: ["/v4/posting/fbs/list"] },
  { name: "Posting FBO", methods: ["/v3/posting/fbo/list"] },
  { name: "Analytics", methods: ["/v1/analytics/data"] },
];

export const roles: OzonRoute = ({ account }) => ok({ expires_at: new Date(account.expiresAtMs).toISOString(), roles: SANDBOX_ROLES });
