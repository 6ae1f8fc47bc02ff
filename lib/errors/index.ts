export { AppError, APP_ERROR_CODES, httpStatusFor, isAppError, type AppErrorCode, type AppErrorOptions } from "@/lib/errors/app-error";
export {
  actionSuccess,
  formDataToObject,
  validationFailure,
  type ActionFailure,
  type ActionResult,
  type ActionSuccess,
  type FieldErrors,
} from "@/lib/errors/action-result";
export { describeError, type SafeError } from "@/lib/errors/safe-message";
