/**
 * The shape of a recorded transformation case, shared by the TypeScript tests and the (throwaway, uncommitted) Java
 * program that recorded Apache Kafka Connect 4.1.1's outcomes for the same cases. Keys, values and headers are
 * JsonConverter envelopes (`{"schema":...,"payload":...}`, schemas.enable=true, replace.null.with.default=false), so
 * schemas are compared as well as values.
 */

export interface RecordSpec {
  /** Default "test-topic". */
  readonly topic?: string;
  /** Default 0. */
  readonly partition?: number | null;
  /** Sink records only; default 42. */
  readonly offset?: number;
  /** Default 1700000000000. */
  readonly timestamp?: number | null;
  /** A JsonConverter envelope; omitted means a null key (no schema). */
  readonly key?: string;
  readonly value?: string;
  /** A value JsonConverter cannot read, built in code by both sides (see harness.ts `fixture`). */
  readonly valueFixture?:
    | 'nested struct default'
    | 'timestamp struct default'
    | 'timestamp struct default null';
  /** Read the envelope, then forget its schema (to pass schemaless logical values such as dates). */
  readonly keyDropSchema?: boolean;
  readonly valueDropSchema?: boolean;
  /** [key, envelope] pairs. */
  readonly headers?: readonly (readonly [string, string])[];
}

export interface SmtCase {
  /** Unique across all cases: the vectors are keyed by it. */
  readonly name: string;
  /** Binary class name of the transformation or predicate. */
  readonly plugin: string;
  readonly config: Readonly<Record<string, string | null>>;
  /** Source records instead of sink records. */
  readonly source?: boolean;
  /** Applied in order to one configured instance; omitted: only configure. */
  readonly records?: readonly RecordSpec[];
}

/** What was observed for a case (the JSON the recorder printed). */
export interface SmtOutcome {
  readonly error?: string;
  readonly message?: string;
  readonly configured?: true;
  readonly results?: readonly RecordOutcome[];
}

export interface RecordOutcome {
  readonly error?: string;
  readonly message?: string;
  readonly null?: true;
  readonly test?: boolean;
  readonly same?: boolean;
  readonly record?: {
    readonly topic: string;
    readonly partition: number | null;
    readonly key: string | null | { readonly error: string; readonly message: string };
    readonly value: string | null | { readonly error: string; readonly message: string };
    readonly timestamp: number | null;
    readonly headers: readonly (readonly [string, unknown])[];
  };
}
