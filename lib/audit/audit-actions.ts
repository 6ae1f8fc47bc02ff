/**
 * Every security event the audit log records. The catalogue key `audit.actions.<action>` names
 * each one for people; the database stores the action string, so renaming one is a migration.
 */
export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_out",
  "sessions_revoked", // "sign out everywhere"
  "step_up", // a fresh SMS code for a sensitive action
  "user_blocked",
  "user_unblocked",
  "member_role_changed",
  "member_removed",
  "invitation_created",
  "invitation_revoked",
  "invitation_accepted",
  "connection_created",
  "connection_credentials_changed",
  "connection_disabled",
  "connection_deleted",
  "payment_created",
  "payment_destination_changed",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * Names that could carry a secret. Details are short facts chosen by the caller (a role, a
 * provider), but a key like these is dropped rather than trusted, so a careless call cannot put
 * a token or an SMS code into a log that owners and admins read.
 */
const SECRET_KEY = /token|secret|password|api.?key|credential|code|cookie|authorization/i;

export function safeAuditDetails(details: AuditDetails | undefined): AuditDetails {
  const safe: AuditDetails = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (SECRET_KEY.test(key)) continue;
    safe[key] = typeof value === "string" ? value.slice(0, 200) : value;
  }
  return safe;
}
