/**
 * The typed failures a service may throw. One mapper (lib/server/problem.ts) turns each into
 * an RFC 9457 problem response; anything else is a 500 with a request id and no internals.
 */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
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
  constructor(what: string, key: string | number) {
    super(404, 'not-found', 'Not found', `No ${what} "${key}" is published here.`);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, errors?: FieldErrors) {
    super(409, 'conflict', 'Conflict', detail, errors);
  }
}

export class RuleViolationError extends AppError {
  constructor(detail: string, errors?: FieldErrors) {
    super(422, 'rule-violation', 'A domain rule was broken', detail, errors);
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super(401, 'unauthenticated', 'Sign-in required', '请先登录。');
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = '您的账号没有执行此操作的权限。') {
    super(403, 'forbidden', 'Forbidden', detail);
  }
}

/** A stale version: someone else saved first. `current` is the record as it now stands. */
export class StaleVersionError extends AppError {
  constructor(readonly current: unknown) {
    super(409, 'stale-version', 'Changed by someone else', '该记录已被他人修改，请查看对方的更改后重新应用或放弃您的修改。');
  }
}

/** A signed, locked inspection: only an amendment can correct it. */
export class InspectionLockedError extends AppError {
  constructor(detail = '该检查/验收意见已由专家组全体签署并锁定，不能再修改；如需更正，请由组长或工作人员发起更正。') {
    super(409, 'inspection-locked', 'The inspection is signed and locked', detail);
  }
}

/** An upload over the size limit (413); `field` names the form field that carried it. */
export class PayloadTooLargeError extends AppError {
  constructor(field: string, message: string) {
    super(413, 'payload-too-large', 'Payload too large', message, { [field]: [message] });
  }
}

/** Content of a type we do not keep, judged from its bytes, never from its name (415). */
export class UnsupportedMediaTypeError extends AppError {
  constructor(field: string, message: string) {
    super(415, 'unsupported-media-type', 'Unsupported media type', message, { [field]: [message] });
  }
}

/** A write sent from a page of another site: the browser would have attached the session cookie (403). */
export class CrossOriginError extends AppError {
  constructor() {
    super(403, 'cross-origin', 'Cross-origin request refused', '拒绝来自其他网站的写入请求。');
  }
}
