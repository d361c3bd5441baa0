import { GraphQLError } from 'graphql';

/** Error codes a client can rely on; every refusal the hub makes carries one of them. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  BadRequest: 'BAD_REQUEST',
  CursorExpired: 'CURSOR_EXPIRED',
} as const;

/** A clerk's mistake: names the offending field so a form can point at it. */
export class BadUserInputError extends GraphQLError {
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, { extensions: { code: ErrorCode.BadUserInput, field } });
  }
}

/** A record the caller asked for by key does not exist. */
export class NotFoundError extends GraphQLError {
  constructor(what: string, key: string, field?: string) {
    super(`${what} ${key} does not exist`, { extensions: { code: ErrorCode.NotFound, ...(field ? { field } : {}) } });
  }
}

/** The request is well formed but contradicts the records (a duplicate, an overlap, a full institution). */
export class ConflictError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(field ? `${field}: ${message}` : message, {
      extensions: { code: ErrorCode.Conflict, ...(field ? { field } : {}) },
    });
  }
}

/** No valid token: missing where one is needed, malformed, expired or wrongly signed. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'a valid bearer token is required') {
    super(message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
  }
}

/** The caller is known but not entitled; the message names nothing the refusal hides. */
export class ForbiddenError extends GraphQLError {
  constructor(message = 'not permitted for this caller') {
    super(message, { extensions: { code: ErrorCode.Forbidden } });
  }
}

/** The request itself cannot be run (no operation to pick, or a kind of operation not served): HTTP 400. */
export class BadRequestError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.BadRequest, http: { status: 400 } } });
  }
}

/** A change-feed cursor older than the log keeps: changes after it may be gone, so the caller reads everything again. */
export class CursorExpiredError extends GraphQLError {
  constructor(field: string, retentionDays: number) {
    super(
      `${field}: the changes after this cursor are no longer kept (the log keeps ${retentionDays} days); read the records again and follow the feed from its new end`,
      { extensions: { code: ErrorCode.CursorExpired, field } },
    );
  }
}
