/** The outcome of decoding an internal-topic record: a typed value, or a clear reason it was rejected. */
import type { z } from 'zod';

export type DecodeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

export function decoded<T>(value: T): DecodeResult<T> {
  return { ok: true, value };
}

export function rejected<T = never>(error: string): DecodeResult<T> {
  return { ok: false, error };
}

/** A one-line summary of zod issues: "path: message; path: message". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}
