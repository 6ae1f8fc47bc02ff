import type { Db } from "@/lib/db/client";
import { testDb } from "../../support/database";
import { createSeller, type Seller } from "../../support/factories/marketplace";

export interface ViewSellers {
  db: Db;
  /** The organisation a view test seeds and reads. */
  seller: Seller;
  /** Another organisation whose rows share keys and days with the seller's and must never show up. */
  other: Seller;
}

/** Opens the test database with the two sellers every view test starts from. */
export async function openSellers(): Promise<ViewSellers> {
  const db = testDb();
  const [seller, other] = await Promise.all([createSeller(db), createSeller(db, "Other")]);
  return { db, seller, other };
}
