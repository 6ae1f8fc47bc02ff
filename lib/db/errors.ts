/** Turns a low-level connection failure into one line a person can act on. */
export function describeDatabaseError(error: unknown, url: string): string | undefined {
  const e = error as { code?: string; message?: string; errors?: Array<{ code?: string }> };
  const code = e?.code ?? e?.errors?.[0]?.code;
  const where = safeHost(url);
  if (code === "ECONNREFUSED" || /Can't reach database server|ECONNREFUSED/.test(e?.message ?? ""))
    return `Cannot reach the database at ${where}: nothing is listening there. Is PostgreSQL running, and is DATABASE_URL right?`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `Cannot reach the database at ${where}: the host name does not resolve.`;
  if (code === "28P01" || /password authentication failed/.test(e?.message ?? ""))
    return `The database at ${where} refused the user name or password in DATABASE_URL.`;
  if (code === "3D000") return `The database named in DATABASE_URL does not exist at ${where}.`;
  if (code === "ETIMEDOUT") return `Timed out connecting to the database at ${where}.`;
  return undefined;
}

/** host:port/db without credentials, for messages and logs. */
export function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
