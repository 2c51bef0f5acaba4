/**
 * Errors that carry a Connect meaning. Only control-plane/api/errors.ts turns them into HTTP statuses.
 */
export class ConnectError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** No such connector, task or status (Apache's NotFoundException → 404). */
export class NotFoundError extends ConnectError {}

/** Create of a connector that exists (AlreadyExistsException → 409). */
export class AlreadyExistsError extends ConnectError {}

/** A concurrent change or a rebalance got in the way; the request can be retried (409). */
export class ConflictError extends ConnectError {}

/** Invalid input or config (BadRequestException → 400). */
export class BadRequestError extends ConnectError {}

/** A request Apache's REST layer answers with a specific status of its own (403, 405, 415, …). */
export class RestStatusError extends ConnectError {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
