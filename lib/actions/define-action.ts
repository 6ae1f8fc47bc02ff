import "server-only";
import type { z } from "zod";
import { requireMembership, requireSession, type AppSession, type MembershipContext } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import { requireRecentAuthentication } from "@/lib/auth/step-up";
import type { AuditAction, AuditDetails } from "@/lib/audit/audit-actions";
import { db } from "@/lib/db";
import { recordAuditEvent, type AuditEventInput } from "@/lib/data/audit/record-audit-event";
import { fieldsWithNulCharacter, isRawInput, malformedInputError, nulCharacterError, type RawInput } from "@/lib/actions/action-input";
import { actionSuccess, formDataToObject, type ActionFailure, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure, type ValidationNamespace } from "@/lib/errors/to-action-failure";
import { validationIssueKey } from "@/lib/errors/validation-issues";

/**
 * The one preamble every server action shares: who is calling (session, membership, minimum
 * role), what they sent (zod), and how a failure looks (the typed ActionResult). Each action file
 * still names its role and schema itself, so reading one file tells who may do what.
 *
 * Order matters for security: the membership is checked before the input is parsed, so a
 * caller without the role learns nothing about the schema. A handler returns its success data,
 * nothing, or an ActionFailure of its own (e.g. a credential check refused); anything it throws
 * goes through the error boundary (lib/errors) and never reaches the browser as raw text.
 *
 * Arguments are whatever the caller posted, not what the form would send: a value that is not a
 * form or an object, or text holding a NUL character, is a validation failure like any other,
 * and every message in one is a catalogue key (validationIssueKey words what the schema did not).
 */
export interface ActionOptions<S extends z.ZodType> {
  /** Logged beside unexpected failures. */
  name: string;
  schema: S;
  /** Where the schema's message keys are translated from. */
  messages?: ValidationNamespace;
}

export type HandlerOutcome<R extends object> = R | ActionFailure | void;
/** The `(previous, formData)` shape React's useActionState calls. */
export type FormAction<R extends object> = (previous: unknown, formData: FormData) => Promise<ActionResult<R>>;

interface InputContext<S extends z.ZodType> {
  input: z.infer<S>;
  /** The submitted form, for fields outside the schema (a provider's credential inputs). */
  formData?: FormData;
}
export type SessionContext<S extends z.ZodType> = InputContext<S> & AppSession;
export type OrgContext<S extends z.ZodType> = InputContext<S> & MembershipContext & { audit: RecordAudit };

/**
 * Writes the audit log for the calling member of the calling organisation: the action names only
 * what happened and to what, so no action can file an event under another organisation or actor.
 */
export type RecordAudit = (action: AuditAction, target?: AuditEventInput["target"], details?: AuditDetails) => Promise<void>;

async function settle<R extends object>(name: string, run: () => Promise<HandlerOutcome<R>>): Promise<ActionResult<R>> {
  try {
    const outcome = await run();
    if (outcome && (outcome as ActionFailure).ok === false) return outcome as ActionFailure;
    return actionSuccess((outcome ?? {}) as R);
  } catch (error) {
    return actionFailureFrom(error, { action: name });
  }
}

type Parsed<S extends z.ZodType> = { ok: true; input: z.infer<S> } | { ok: false; failure: ActionFailure };

async function parseInput<S extends z.ZodType>(options: ActionOptions<S>, raw: unknown): Promise<Parsed<S>> {
  const refused = !isRawInput(raw) ? malformedInputError() : nulCharacterError(fieldsWithNulCharacter(raw));
  if (refused.issues.length) return { ok: false, failure: await localizedValidationFailure(refused, options.messages) };
  const parsed = options.schema.safeParse(raw, { error: validationIssueKey });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, failure: await localizedValidationFailure(parsed.error, options.messages) };
}

/** A form action called with anything but a form gets a non-record, which parseInput refuses. */
const fromForm =
  <R extends object>(run: Call<R>): FormAction<R> =>
  (_previous, formData) =>
    formData instanceof FormData ? run(formDataToObject(formData), formData) : run(null);

/** `raw` is untrusted: whatever the caller posted as the action's argument. */
type Call<R extends object> = (raw: unknown, formData?: FormData) => Promise<ActionResult<R>>;

/** Learns who is calling first (a refusal throws and is settled as a failure), only then parses the input. */
function guardedCall<S extends z.ZodType, Caller extends object, R extends object>(
  options: ActionOptions<S>,
  identify: (raw: RawInput) => Promise<Caller>,
  handler: (context: InputContext<S> & Caller) => Promise<HandlerOutcome<R>>,
): Call<R> {
  return (raw, formData) =>
    settle(options.name, async () => {
      const caller = await identify(isRawInput(raw) ? raw : {});
      const parsed = await parseInput(options, raw);
      return parsed.ok ? handler({ ...caller, input: parsed.input, formData }) : parsed.failure;
    });
}

/** No session needed (login): input and error mapping only. */
export const publicAction = <S extends z.ZodType, R extends object = object>(
  options: ActionOptions<S>,
  handler: (context: InputContext<S>) => Promise<HandlerOutcome<R>>,
): FormAction<R> => fromForm(guardedCall(options, async () => ({}), handler));

/** Signed in, any organisation or none (onboarding, the organisation switcher). */
export function sessionCall<S extends z.ZodType, R extends object = object>(
  options: ActionOptions<S>,
  handler: (context: SessionContext<S>) => Promise<HandlerOutcome<R>>,
): Call<R> {
  return guardedCall(options, () => requireSession(), handler);
}

export const sessionAction = <S extends z.ZodType, R extends object = object>(
  options: ActionOptions<S>,
  handler: (context: SessionContext<S>) => Promise<HandlerOutcome<R>>,
): FormAction<R> => fromForm(sessionCall(options, handler));

export interface OrgActionOptions<S extends z.ZodType> extends ActionOptions<S> {
  minRole: Role;
  /** Sensitive (credentials, roles, where payments go): needs a recent SMS code (lib/auth/step-up.ts). */
  stepUp?: boolean;
}

/**
 * A member of the organisation named by the input's `organizationId` (the active one when it is
 * empty), with at least `minRole`. Another organisation's id answers not_found, like a missing one.
 */
export function orgCall<S extends z.ZodType, R extends object = object>(
  options: OrgActionOptions<S>,
  handler: (context: OrgContext<S>) => Promise<HandlerOutcome<R>>,
): Call<R> {
  return guardedCall(
    options,
    async (raw) => {
      const organizationId = typeof raw.organizationId === "string" ? raw.organizationId : "";
      const membership = await requireMembership({ organizationId: organizationId || undefined, minRole: options.minRole });
      if (options.stepUp) requireRecentAuthentication(membership.session);
      const audit: RecordAudit = (action, target, details) =>
        recordAuditEvent({ db, organizationId: membership.organizationId, actorUserId: membership.user.id, action, target, details });
      return { ...membership, audit };
    },
    handler,
  );
}

export const orgAction = <S extends z.ZodType, R extends object = object>(
  options: OrgActionOptions<S>,
  handler: (context: OrgContext<S>) => Promise<HandlerOutcome<R>>,
): FormAction<R> => fromForm(orgCall(options, handler));
