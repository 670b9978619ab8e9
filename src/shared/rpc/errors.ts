import { z } from 'zod';

/** Every failure that crosses a boundary has one of these codes; the UI translates by code. */
export const ErrorCode = z.enum([
  'invalid-argument',
  'not-found',
  'read-only',
  'forbidden',
  'unsupported-format',
  'password-required',
  'wrong-password',
  'too-large',
  'cancelled',
  'corrupt',
  'io',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorIssue = z.object({ path: z.string(), message: z.string() });

export const ErrorPayload = z.object({
  code: ErrorCode,
  /** English, readable by a person; the UI shows its own translation of `code` beside it. */
  message: z.string(),
  issues: z.array(ErrorIssue).optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

/** The one error type thrown inside the engine and rebuilt on the client side. */
export class MuragatError extends Error {
  override readonly name = 'MuragatError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: z.infer<typeof ErrorIssue>[],
  ) {
    super(message);
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }

  static fromPayload(payload: ErrorPayload): MuragatError {
    return new MuragatError(payload.code, payload.message, payload.issues);
  }
}

/** What every transport carries: a value or a typed error, never a bare exception. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorPayload }),
]);

/** Turns zod issues into messages that name the argument at fault. */
export function issuesFrom(error: z.ZodError): z.infer<typeof ErrorIssue>[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(arguments)',
    message: issue.message,
  }));
}

export function invalidArgument(what: string, error: z.ZodError): MuragatError {
  const issues = issuesFrom(error);
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new MuragatError('invalid-argument', `Invalid ${what}: ${summary}`, issues);
}
