import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { getSession } from "@/lib/auth/session";

export const { POST } = handlers;

/**
 * Auth.js answers `/api/auth/session` from the signed cookie alone. A session that was ended
 * (sign-out, sign-out everywhere, a block) or expired must read as none there too, so a copied
 * cookie cannot even learn whose it was.
 */
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/session") && !(await getSession())) return Response.json(null);
  return handlers.GET(request);
}
