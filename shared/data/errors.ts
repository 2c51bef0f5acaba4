/**
 * The Connect data API's exceptions, with Apache's hierarchy: DataException extends ConnectException,
 * SchemaBuilderException extends DataException. Messages are Apache's, word for word.
 */

/** Base class of Connect errors (org.apache.kafka.connect.errors.ConnectException). */
export class ConnectException extends Error {
  override readonly name: string = 'ConnectException';
}

/** Bad data for a schema, or a conversion that cannot be done (org.apache.kafka.connect.errors.DataException). */
export class DataException extends ConnectException {
  override readonly name: string = 'DataException';
}

/** An invalid SchemaBuilder call (org.apache.kafka.connect.errors.SchemaBuilderException). */
export class SchemaBuilderException extends DataException {
  override readonly name: string = 'SchemaBuilderException';
}

/**
 * An error the operation may not hit again if retried (org.apache.kafka.connect.errors.RetriableException). A sink
 * task's `put` throws it to have the same batch redelivered later; converters and transformations throw it to be
 * retried under `errors.retry.timeout`.
 */
export class RetriableException extends ConnectException {
  override readonly name: string = 'RetriableException';
}
