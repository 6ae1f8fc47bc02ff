import type pg from "pg";

/**
 * The benchmark's seller: one organisation with 100k products and 1M orders over the last year
 * (and 600k sales), written server-side with INSERT … SELECT generate_series, so seeding takes
 * seconds per million rows instead of a million round trips. Rows go in chronologically, as a
 * sync writes them, so the physical order of the heap follows time like in production.
 */
export interface SeededSeller {
  organizationId: string;
  userId: string;
  phone: string;
  orders: number;
  products: number;
  sales: number;
}

const PRODUCTS = 100_000;
const ORDERS = 1_000_000;
const SALES = 600_000;
const CHUNK = 250_000;

export async function seedSeller(client: pg.Client, log: (line: string) => void): Promise<SeededSeller> {
  const org = await one(client, `INSERT INTO "Organization" (id, slug, name) VALUES ('bench-org', 'bench-org', 'Бенчмарк') RETURNING id`);
  const user = await one(client, `INSERT INTO "User" (id, phone, name) VALUES ('bench-user', '+79990000001', 'Bench') RETURNING id`);
  await client.query(`INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES ('bench-membership', $1, $2, 'owner')`, [
    user,
    org,
  ]);
  for (const provider of ["wildberries", "ozon"]) {
    await client.query(
      `INSERT INTO "Connection" (id, "organizationId", provider, name, "accountKey", "credentialsEncrypted", "credentialsHint", "updatedAt")
       VALUES ($1, $2, $3, $3, $1, 'v1.bench', '{}', now())`,
      [`bench-${provider}`, org, provider],
    );
  }
  // Every third row is Ozon; the rest WB. Offer ids cycle through the catalogue.
  const mp = (i: string) => `CASE WHEN ${i} % 3 = 0 THEN 'ozon' ELSE 'wildberries' END`;
  const conn = (i: string) => `CASE WHEN ${i} % 3 = 0 THEN 'bench-ozon' ELSE 'bench-wildberries' END`;

  let started = Date.now();
  await client.query(
    `INSERT INTO "Product" ("organizationId", "connectionId", marketplace, "externalId", "offerId", sku, name, brand, category, price, "updatedAt")
     SELECT $1, ${conn("i")}, (${mp("i")})::"Marketplace", (100000000 + i)::text, 'OFF-' || i, (900000000 + i)::text,
       'Товар ' || i || CASE WHEN i % 7 = 0 THEN ' платье летнее' WHEN i % 7 = 1 THEN ' кружка' ELSE ' футболка' END,
       'Бренд ' || (i % 50), 'Категория ' || (i % 20), (100 + (i * 37) % 9000)::numeric(14,2), now()
     FROM generate_series(0::bigint, ${PRODUCTS - 1}) i`,
    [org],
  );
  log(`seeded ${PRODUCTS} products in ${Date.now() - started} ms`);

  started = Date.now();
  for (let from = 0; from < ORDERS; from += CHUNK) {
    await client.query(
      `INSERT INTO "Order" ("organizationId", "connectionId", marketplace, "externalId", "orderedAt", status, "isCancelled",
         "offerId", "productName", "warehouseName", region, quantity, amount, "updatedAt")
       SELECT $1, ${conn("i")}, (${mp("i")})::"Marketplace", 'srid-' || i,
         now() - interval '365 days' + (i * (interval '365 days' / ${ORDERS})),
         CASE WHEN i % 10 = 0 THEN 'cancelled' ELSE 'ordered' END, i % 10 = 0,
         'OFF-' || ((i * 7919) % ${PRODUCTS}), 'Товар ' || ((i * 7919) % ${PRODUCTS}), 'Коледино', 'Москва', 1 + i % 3,
         (100 + (i * 37) % 5000)::numeric(14,2) + 0.5, now()
       FROM generate_series($2::bigint, $3::bigint) i`,
      [org, from, Math.min(from + CHUNK, ORDERS) - 1],
    );
  }
  log(`seeded ${ORDERS} orders in ${Date.now() - started} ms`);

  started = Date.now();
  for (let from = 0; from < SALES; from += CHUNK) {
    await client.query(
      `INSERT INTO "Sale" ("organizationId", "connectionId", marketplace, "externalId", "orderExternalId", kind, "soldAt",
         "offerId", "productName", quantity, amount, payout, "updatedAt")
       SELECT $1, ${conn("i")}, (${mp("i")})::"Marketplace", 'sale-' || i, 'srid-' || i,
         (CASE WHEN i % 20 = 0 THEN 'return' ELSE 'sale' END)::"SaleKind",
         now() - interval '365 days' + (i * (interval '365 days' / ${SALES})),
         'OFF-' || ((i * 7919) % ${PRODUCTS}), 'Товар ' || ((i * 7919) % ${PRODUCTS}), 1,
         (CASE WHEN i % 20 = 0 THEN -1 ELSE 1 END) * ((100 + (i * 37) % 5000)::numeric(14,2) + 0.5),
         ((100 + (i * 37) % 5000) * 0.8)::numeric(14,2), now()
       FROM generate_series($2::bigint, $3::bigint) i`,
      [org, from, Math.min(from + CHUNK, SALES) - 1],
    );
  }
  log(`seeded ${SALES} sales in ${Date.now() - started} ms`);

  started = Date.now();
  // Fresh statistics and visibility maps, as autovacuum would leave a long-lived table.
  await client.query(`VACUUM ANALYZE "Product", "Order", "Sale"`);
  log(`vacuum analyze in ${Date.now() - started} ms`);
  return { organizationId: org, userId: user, phone: "+79990000001", orders: ORDERS, products: PRODUCTS, sales: SALES };
}

async function one(client: pg.Client, sql: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(sql);
  return rows[0].id;
}
