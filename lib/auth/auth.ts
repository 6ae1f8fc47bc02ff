import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "@/lib/auth/auth.config";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db";
import { loginLimits } from "@/lib/auth/login-limits";
import { verifyLoginCode } from "@/lib/auth/verify-login-code";
import { sessionPolicy } from "@/lib/auth/session-policy";
import { endSessionBySignOut } from "@/lib/auth/end-session";
import { startSession } from "@/lib/auth/start-session";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/logger";
import { loginCodeSchema, phoneSchema } from "@/lib/validations/auth";

/**
 * A refused code. Auth.js rethrows it unchanged to `signIn()` in our server action, which
 * maps `appError` to a message beside the code field. `code` also lands in the error URL of
 * direct API posts, so it names only the reason, never a value.
 */
export class LoginCodeError extends CredentialsSignin {
  readonly appError: AppError;
  constructor(appError: AppError) {
    super();
    this.code = appError.code;
    this.appError = appError;
  }
}

const credentialsSchema = z.object({ phone: phoneSchema, code: loginCodeSchema });

export const SMS_CODE_PROVIDER_ID = "sms-code";

const nextAuth = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  providers: [
    Credentials({
      id: SMS_CODE_PROVIDER_ID,
      name: "SMS",
      credentials: { phone: { type: "tel" }, code: { type: "text" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new LoginCodeError(new AppError("code_invalid", "malformed credentials", { field: "code" }));
        try {
          const user = await verifyLoginCode({
            db,
            phone: parsed.data.phone,
            code: parsed.data.code,
            ip: clientIpFrom(request.headers),
            secret: authSecret(),
            limits: loginLimits(),
          });
          const now = new Date();
          const { sessionId } = await startSession({
            db,
            userId: user.id,
            ip: clientIpFrom(request.headers),
            userAgent: request.headers.get("user-agent"),
            now,
            policy: sessionPolicy(),
          });
          return { id: user.id, phone: user.phone, name: user.name, sessionId };
        } catch (error) {
          if (isAppError(error)) throw new LoginCodeError(error);
          throw error;
        }
      },
    }),
  ],
  events: {
    // Sign-out (the action or POST /api/auth/signout) ends the server-side session, so a copy
    // of the cookie taken before is refused afterwards.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sub || !token.sid) return;
      await endSessionBySignOut({ db, userId: token.sub, sessionId: token.sid, now: new Date() });
    },
  },
  logger: {
    // Refused codes are expected; anything else is logged by name only (Auth.js errors can
    // carry request bodies, which hold the code).
    error(error: Error) {
      if (error instanceof CredentialsSignin) return;
      logger.error({ authError: error.name, type: (error as { type?: string }).type }, "auth error");
    },
    warn(code: string) {
      logger.warn({ authWarning: code }, "auth warning");
    },
    debug() {},
  },
}));

export const { handlers, signIn, signOut } = nextAuth;
/** Uncached; use getSession() from lib/auth/session.ts in app code. */
export const authUncached = nextAuth.auth;
