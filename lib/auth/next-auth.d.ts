import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; phone?: string } & DefaultSession["user"];
    /** The server-side session row (lib/auth/resolve-session.ts). */
    sessionId?: string;
  }
  interface User {
    phone?: string;
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    phone?: string;
    sid?: string;
  }
}
