/**
 * The auth API the rest of the app uses. Server actions and route handlers:
 *
 *   const { organizationId, role, user } = await requireMembership({ organizationId, minRole: "manager" });
 *
 * and map failures with actionFailureFrom / errorResponse from lib/errors.
 */
export {
  getSession,
  requireSession,
  requireMembership,
  requirePlatformAdmin,
  requirePageMembership,
  requirePageSession,
  type AppSession,
  type MembershipContext,
} from "@/lib/auth/session";
export { canEdit, canManageTeam, hasRole, isRole, type Role } from "@/lib/auth/roles";
