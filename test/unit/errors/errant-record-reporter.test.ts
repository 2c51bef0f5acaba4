/**
 * The sink task's errant record reporter (Apache's WorkerErrantRecordReporter): reports go through the task's error
 * handler in stage TASK_PUT with the consumed record's bytes; tolerance none throws at once; reports in flight hold
 * back their partitions' offset commits.
 */
import { describe, expect, it } from 'vitest';
import {
  SINK_TASK_CLASS,
  SinkErrantRecordReporter,
} from '../../../executor/errors/errant-record-reporter.ts';
import {
  type ErrorReporter,
  type ProcessingContext,
  RetryWithToleranceOperator,
} from '../../../executor/errors/operator.ts';
import type { ConsumedRecord } from '../../../executor/errors/reporters.ts';
import { SimpleHeaderConverter } from '../../../shared/converters/simple-header-converter.ts';
import { StringConverter } from '../../../shared/converters/string-converter.ts';
import { ConnectException } from '../../../shared/data/errors.ts';
import { Schemas } from '../../../shared/data/schema.ts';
import type { SinkRecord } from '../../../shared/plugins/api.ts';

interface Deferred {
  resolve(): void;
  reject(err: unknown): void;
}

/** A reporter whose reports complete when the test says so. */
class ManualReporter implements ErrorReporter<ConsumedRecord> {
  readonly reports: Array<{ stage: string; cls: string; error: unknown; original: ConsumedRecord }> = [];
  readonly pending: Deferred[] = [];
  report(context: ProcessingContext<ConsumedRecord>): Promise<void> {
    this.reports.push({
      stage: context.stage,
      cls: context.executingClass,
      error: context.error,
      original: context.original,
    });
    return new Promise<void>((resolve, reject) => this.pending.push({ resolve, reject }));
  }
}

function sinkRecord(partition: number, offset: number, value: string): SinkRecord {
  return {
    topic: 'in',
    kafkaPartition: partition,
    kafkaOffset: offset,
    keySchema: null,
    key: null,
    valueSchema: Schemas.STRING,
    value,
    timestamp: 1_700_000_000_000,
    headers: [{ key: 'h', schema: Schemas.STRING, value: 'hv' }],
  };
}

function consumed(record: SinkRecord): ConsumedRecord {
  return {
    topic: record.topic,
    partition: record.kafkaPartition,
    offset: String(record.kafkaOffset),
    key: Buffer.from('raw-key'),
    value: Buffer.from(`raw-${String(record.value)}`),
    headers: { h: Buffer.from('raw-h') },
  };
}

function setup(tolerance: 'none' | 'all') {
  const reporter = new ManualReporter();
  const operator = new RetryWithToleranceOperator<ConsumedRecord>({
    retryTimeoutMs: 0,
    retryMaxDelayMs: 60_000,
    tolerance,
    reporters: [reporter],
  });
  const originals = new Map<SinkRecord, ConsumedRecord>();
  const stringConverter = new StringConverter();
  stringConverter.configure({}, false);
  const headerConverter = new SimpleHeaderConverter();
  headerConverter.configure({ 'converter.type': 'header' });
  const errant = new SinkErrantRecordReporter({
    operator,
    originalOf: (r) => originals.get(r),
    keyConverter: stringConverter,
    valueConverter: stringConverter,
    headerConverter,
  });
  return { reporter, operator, originals, errant };
}

async function settled(promise: Promise<unknown>): Promise<'resolved' | 'rejected' | 'pending'> {
  return Promise.race([
    promise.then(
      () => 'resolved' as const,
      () => 'rejected' as const,
    ),
    new Promise<'pending'>((resolve) => setImmediate(() => resolve('pending'))),
  ]);
}

describe('SinkErrantRecordReporter', () => {
  it('reports the consumed record in stage TASK_PUT; the promise completes with the report', async () => {
    const { reporter, originals, errant } = setup('all');
    const record = sinkRecord(0, 7, 'x');
    originals.set(record, consumed(record));
    const error = new Error('cannot write');
    const done = errant.report(record, error);
    expect(reporter.reports).toEqual([
      { stage: 'TASK_PUT', cls: SINK_TASK_CLASS, error, original: consumed(record) },
    ]);
    expect(SINK_TASK_CLASS).toBe('org.apache.kafka.connect.sink.SinkTask');
    expect(await settled(done)).toBe('pending');
    reporter.pending[0]?.resolve();
    expect(await settled(done)).toBe('resolved');
  });

  it('converts a record the task built itself back to bytes with the converters', () => {
    const { reporter, errant } = setup('all');
    void errant.report(sinkRecord(1, 3, 'made-up'), new Error('x'));
    const original = reporter.reports[0]?.original;
    expect(original?.topic).toBe('in');
    expect(original?.partition).toBe(1);
    expect(original?.offset).toBe('3');
    expect(original?.key).toBeNull();
    expect(original?.value?.toString('utf8')).toBe('made-up');
    expect(original?.headers?.h?.toString()).toBe('hv');
    expect(original?.timestamp).toBe('1700000000000');
  });

  it('awaitReports waits for the reports of the given partitions only', async () => {
    const { reporter, errant } = setup('all');
    void errant.report(sinkRecord(0, 1, 'a'), new Error('a'));
    void errant.report(sinkRecord(1, 1, 'b'), new Error('b'));
    const partition0 = errant.awaitReports([{ topic: 'in', partition: 0 }]);
    const partition1 = errant.awaitReports([{ topic: 'in', partition: 1 }]);
    reporter.pending[1]?.resolve();
    expect(await settled(partition1)).toBe('resolved');
    expect(await settled(partition0)).toBe('pending');
    reporter.pending[0]?.resolve();
    expect(await settled(partition0)).toBe('resolved');
    // Nothing left in flight.
    expect(await settled(errant.awaitReports())).toBe('resolved');
  });

  it('a report that could not be persisted fails the wait (offsets must not be committed)', async () => {
    const { reporter, errant } = setup('all');
    const done = errant.report(sinkRecord(0, 1, 'a'), new Error('a'));
    const waiting = errant.awaitReports();
    reporter.pending[0]?.reject(new Error('DLQ down'));
    await expect(waiting).rejects.toBeInstanceOf(ConnectException);
    await expect(done).rejects.toThrow('DLQ down');
  });

  it('a report the task does not wait for causes no unhandled rejection', async () => {
    const { reporter, errant } = setup('all');
    void errant.report(sinkRecord(0, 1, 'a'), new Error('a'));
    reporter.pending[0]?.reject(new Error('DLQ down'));
    // Vitest fails the run on an unhandled rejection; give it a turn to surface.
    await new Promise((resolve) => setImmediate(resolve));
  });

  it('tolerance none: reports, then throws "Tolerance exceeded" synchronously with the error as cause', () => {
    const { reporter, errant } = setup('none');
    const error = new Error('cannot write');
    let thrown: unknown;
    try {
      void errant.report(sinkRecord(0, 1, 'a'), error);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConnectException);
    expect((thrown as Error).message).toBe('Tolerance exceeded in error handler');
    expect((thrown as Error).cause).toBe(error);
    expect(reporter.reports).toHaveLength(1);
    // A task that swallowed it fails after put all the same.
    expect(() => errant.throwIfToleranceExceeded()).toThrow('Tolerance exceeded in error handler');
  });

  it('tolerance all never fails the task', () => {
    const { errant } = setup('all');
    void errant.report(sinkRecord(0, 1, 'a'), new Error('a'));
    expect(() => errant.throwIfToleranceExceeded()).not.toThrow();
  });
});
