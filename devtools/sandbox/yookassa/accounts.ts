import { basicCredentials, createAccountBook, randomKey } from "@/devtools/sandbox/core/account-book";
import type { SandboxAccount, SandboxContext } from "@/devtools/sandbox/core/types";

/** A YooKassa shop: HTTP Basic shopId:secretKey. Sandbox shops are test shops (`test_` keys). */
export interface YooKassaShop {
  shopId: string;
  secretKey: string;
  revoked: boolean;
}

const secretKey = (rng: () => number) => `test_${randomKey(rng, 43)}`;

export const YOOKASSA_DEMO_SHOP_ID = "500100";

export function createYooKassaShops() {
  const book = createAccountBook<YooKassaShop>({
    demoKey: YOOKASSA_DEMO_SHOP_ID,
    createDemo: (ctx) => ({ shopId: YOOKASSA_DEMO_SHOP_ID, secretKey: secretKey(ctx.rng("yookassa", "demo")), revoked: false }),
    keyOf: (s) => s.shopId,
    toSandboxAccount: (s) => ({ accountKey: s.shopId, credentials: { shopId: s.shopId, secretKey: s.secretKey } }),
  });
  return {
    all: book.all,
    ...book.hooks,
    create(ctx: SandboxContext): SandboxAccount {
      const shopId = String(Number(YOOKASSA_DEMO_SHOP_ID) + book.size(ctx));
      return book.add({ shopId, secretKey: secretKey(ctx.rng("yookassa", "shop", shopId)), revoked: false });
    },
    authenticate(ctx: SandboxContext, authorization: string | undefined): YooKassaShop | undefined {
      const basic = basicCredentials(authorization);
      const shop = basic && book.get(ctx, basic.user);
      return shop && !shop.revoked && shop.secretKey === basic.password ? shop : undefined;
    },
  };
}
