import type { Db } from "@/lib/db/client";

/**
 * The SmsCode rows behind phone login. The rules (resend delay, attempts, expiry) live in
 * lib/auth; these only read and write, each write conditional so that racing requests cannot
 * both succeed.
 */
export async function findLatestLoginCode(options: { db: Db; phone: string }) {
  return options.db.smsCode.findFirst({ where: { phone: options.phone }, orderBy: { createdAt: "desc" } });
}

/** Stores a new code's hash; earlier live codes for the phone die, so only the newest SMS works. */
export async function issueLoginCode(options: {
  db: Db;
  phone: string;
  codeHash: string;
  expiresAt: Date;
  ip: string;
  now: Date;
}): Promise<{ id: string }> {
  const { db, phone, now } = options;
  await db.smsCode.updateMany({ where: { phone, consumedAt: null }, data: { consumedAt: now } });
  return db.smsCode.create({
    data: { phone, codeHash: options.codeHash, expiresAt: options.expiresAt, ip: options.ip, createdAt: now },
    select: { id: true },
  });
}

/** Removes a code whose SMS was never delivered. */
export async function deleteLoginCode(options: { db: Db; id: string }): Promise<void> {
  await options.db.smsCode.delete({ where: { id: options.id } });
}

/** Reserves one attempt on a live code before comparing; false when none is left (or it died meanwhile). */
export async function reserveLoginCodeAttempt(options: { db: Db; id: string; now: Date; maxAttempts: number }): Promise<boolean> {
  const reserved = await options.db.smsCode.updateMany({
    where: { id: options.id, consumedAt: null, expiresAt: { gt: options.now }, attempts: { lt: options.maxAttempts } },
    data: { attempts: { increment: 1 } },
  });
  return reserved.count > 0;
}

/** Single use: of two parallel correct submissions only one consumes the code. */
export async function consumeLoginCode(options: { db: Db; id: string; now: Date }): Promise<boolean> {
  const consumed = await options.db.smsCode.updateMany({ where: { id: options.id, consumedAt: null }, data: { consumedAt: options.now } });
  return consumed.count > 0;
}
