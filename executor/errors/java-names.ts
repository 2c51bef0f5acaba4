/**
 * Java-like names and stack traces for our errors, as Apache's error reporters write them (exception class names,
 * `printStackTrace` text), so DLQ headers and logs read like Apache's.
 */

const JAVA_EXCEPTIONS: Readonly<Record<string, string>> = {
  ConnectException: 'org.apache.kafka.connect.errors.ConnectException',
  DataException: 'org.apache.kafka.connect.errors.DataException',
  RetriableException: 'org.apache.kafka.connect.errors.RetriableException',
  SchemaBuilderException: 'org.apache.kafka.connect.errors.SchemaBuilderException',
  SchemaProjectorException: 'org.apache.kafka.connect.errors.SchemaProjectorException',
  ConfigException: 'org.apache.kafka.common.config.ConfigException',
  SerializationException: 'org.apache.kafka.common.errors.SerializationException',
  IllegalArgumentException: 'java.lang.IllegalArgumentException',
  NullPointerException: 'java.lang.NullPointerException',
  IndexOutOfBoundsException: 'java.lang.IndexOutOfBoundsException',
  ArrayIndexOutOfBoundsException: 'java.lang.ArrayIndexOutOfBoundsException',
};

/** The Java class name Apache would report for this error; ConnectException for anything we cannot map. */
export function javaExceptionClassName(error: unknown): string {
  if (error instanceof Error) {
    const mapped = JAVA_EXCEPTIONS[error.name];
    if (mapped !== undefined) return mapped;
    if (error.name.includes('.')) return error.name;
  }
  return JAVA_EXCEPTIONS.ConnectException as string;
}

/** The error's message (Java's getMessage()); null when there is none. */
export function javaExceptionMessage(error: unknown): string | null {
  if (error instanceof Error) return error.message;
  if (error === undefined || error === null) return null;
  return String(error);
}

/** Java's Throwable.toString(): class name, then ": message" when there is one. */
function javaToString(error: unknown): string {
  const name = javaExceptionClassName(error);
  const message = javaExceptionMessage(error);
  return message === null ? name : `${name}: ${message}`;
}

/** The stack frames of a JS error as Java's "\tat ..." lines. */
function frames(error: unknown): string[] {
  if (!(error instanceof Error) || !error.stack) return [];
  return error.stack
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .map((line) => `\t${line}`);
}

/** Text in the shape of Java's printStackTrace(): the error, its frames, then each "Caused by: " cause. */
export function javaStackTrace(error: unknown): string {
  const lines = [javaToString(error), ...frames(error)];
  const seen = new Set<unknown>([error]);
  let cause = error instanceof Error ? error.cause : undefined;
  while (cause !== undefined && cause !== null && !seen.has(cause)) {
    seen.add(cause);
    lines.push(`Caused by: ${javaToString(cause)}`, ...frames(cause));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return `${lines.join('\n')}\n`;
}
