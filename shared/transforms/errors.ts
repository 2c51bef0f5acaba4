/**
 * Java runtime exceptions some of Apache's transformations let escape (beside ConfigException and DataException),
 * named as Java names them so callers and logs see the same class names.
 */

/** java.lang.IllegalArgumentException. */
export class IllegalArgumentException extends Error {
  override readonly name: string = 'IllegalArgumentException';
}

/** java.lang.NullPointerException, with the JDK's helpful message. */
export class NullPointerException extends Error {
  override readonly name: string = 'NullPointerException';
}
