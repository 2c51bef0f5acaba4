/**
 * The one place that knows HTTP statuses: Connect errors → Apache's status codes and `{error_code, message}`
 * bodies (ConnectExceptionMapper). Anything unexpected is a 500 with the error's message, as in Apache.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  AlreadyExistsError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  RestStatusError,
} from '../../shared/domain/errors.ts';
import type { Logger } from '../../shared/logging/logger.ts';

export function statusOf(err: unknown): ContentfulStatusCode {
  if (err instanceof RestStatusError) return err.status as ContentfulStatusCode;
  if (err instanceof NotFoundError) return 404;
  if (err instanceof AlreadyExistsError || err instanceof ConflictError) return 409;
  if (err instanceof BadRequestError) return 400;
  return 500;
}

export function errorResponse(c: Context, err: unknown, logger: Logger): Response {
  const status = statusOf(err);
  const message = err instanceof Error ? err.message : String(err);
  if (status === 500) logger.error('uncaught exception in REST call', { path: c.req.path, err });
  return c.json({ error_code: status, message }, status);
}

/** Jersey's answers for paths and methods no resource serves. */
export function notFoundResponse(c: Context): Response {
  return c.json({ error_code: 404, message: 'HTTP 404 Not Found' }, 404);
}

export function unsupportedMediaTypeResponse(c: Context): Response {
  return c.json({ error_code: 415, message: 'HTTP 415 Unsupported Media Type' }, 415);
}

export function methodNotAllowedResponse(c: Context): Response {
  return c.json({ error_code: 405, message: 'HTTP 405 Method Not Allowed' }, 405);
}
