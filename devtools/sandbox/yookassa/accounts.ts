import type { SandboxAccount, SandboxContext } from "@/devtools/sandbox/core/types";

/** A YooKassa shop: HTTP Basic shopId:secretKey. Sandbox shops are test shops (`test_` keys). */
export interface YooKassaShop {
  shopId: string;
  secretKey: string;
  revoked: boolean;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function secretKey(rng: () => number): string {
  return `test_${Array.from({ length: 43 }, () => ALPHABET[Math.floor(rng() * ALPHABET.length)]).join("")}`;
}

export const YOOKASSA_DEMO_SHOP_ID = "500100";

export function createYooKassaShops() {
  const shops = new Map<string, YooKassaShop>();
  const ensureDemo = (ctx: SandboxContext) => {
    if (!shops.has(YOOKASSA_DEMO_SHOP_ID)) {
      shops.set(YOOKASSA_DEMO_SHOP_ID, {
        shopId: YOOKASSA_DEMO_SHOP_ID,
        secretKey: secretKey(ctx.rng("yookassa", "demo")),
        revoked: false,
      });
    }
  };
  const toAccount = (s: YooKassaShop): SandboxAccount => ({
    accountKey: s.shopId,
    credentials: { shopId: s.shopId, secretKey: s.secretKey },
  });
  return {
    all(ctx: SandboxContext) {
      ensureDemo(ctx);
      return [...shops.values()];
    },
    demo(ctx: SandboxContext): SandboxAccount[] {
      ensureDemo(ctx);
      return [toAccount(shops.get(YOOKASSA_DEMO_SHOP_ID)!)];
    },
    create(ctx: SandboxContext): SandboxAccount {
      ensureDemo(ctx);
      const shopId = String(Number(YOOKASSA_DEMO_SHOP_ID) + shops.size);
      const shop = { shopId, secretKey: secretKey(ctx.rng("yookassa", "shop", shopId)), revoked: false };
      shops.set(shopId, shop);
      return toAccount(shop);
    },
    revoke(shopId: string) {
      const shop = shops.get(shopId);
      if (shop) shop.revoked = true;
    },
    authenticate(ctx: SandboxContext, authorization: string | undefined): YooKassaShop | undefined {
      ensureDemo(ctx);
      const match = /^Basic\s+(.+)$/i.exec(authorization ?? "");
      if (!match) return undefined;
      const decoded = Buffer.from(match[1], "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      const shop = shops.get(decoded.slice(0, colon));
      return shop && !shop.revoked && shop.secretKey === decoded.slice(colon + 1) ? shop : undefined;
    },
  };
}
