/**
 * The typed failures a service may throw. One mapper (lib/server/problem.ts) turns each into
 * an RFC 9457 problem response; anything else is a 500 with a request id and no internals.
 */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429,
    readonly type: string,
    readonly title: string,
    detail: string,
    readonly errors?: FieldErrors,
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export class InvalidInputError extends AppError {
  constructor(detail: string, errors?: FieldErrors) {
    super(400, 'invalid-input', 'Invalid input', detail, errors);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, key: string) {
    super(404, 'not-found', 'Not found', `No ${what} "${key}" is published here.`);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string) {
    super(409, 'conflict', 'Conflict', detail);
  }
}

export class RuleViolationError extends AppError {
  constructor(detail: string, errors?: FieldErrors) {
    super(422, 'rule-violation', 'A domain rule was broken', detail, errors);
  }
}
