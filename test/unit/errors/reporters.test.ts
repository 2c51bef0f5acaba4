import { describe, expect, it } from 'vitest';
import { javaExceptionClassName, javaStackTrace } from '../../../executor/errors/java-names.ts';
import { errorHandlingConfig, ProcessingContext } from '../../../executor/errors/operator.ts';
import {
  type ConsumedRecord,
  contextHeaders,
  DeadLetterQueueReporter,
  type DlqMessage,
  describeConsumedRecord,
  LogReporter,
} from '../../../executor/errors/reporters.ts';
import { ConfigException } from '../../../shared/config/config-def.ts';
import { ConnectException, DataException } from '../../../shared/data/errors.ts';
import { createLogger } from '../../../shared/logging/logger.ts';

const id = { connector: 'sink-a', task: 2 };

function failedContext(headers: ConsumedRecord['headers'] = {}, timestamp = '1700000000000') {
  const context = new ProcessingContext<ConsumedRecord>({
    topic: 'orders',
    partition: 3,
    offset: '17',
    key: Buffer.from('k'),
    value: Buffer.from([0x7b, 0x7b, 0xff]),
    headers,
    timestamp,
    timestampType: 'CreateTime',
  });
  context.stage = 'VALUE_CONVERTER';
  context.executingClass = 'org.apache.kafka.connect.json.JsonConverter';
  context.error = new DataException(
    'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    {
      cause: new Error('Unexpected character'),
    },
  );
  return context;
}

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({}, { write: (line) => lines.push(JSON.parse(line)) });
  return { lines, logger };
}

describe('java names', () => {
  it('maps our errors to Apache class names', () => {
    expect(javaExceptionClassName(new DataException('x'))).toBe(
      'org.apache.kafka.connect.errors.DataException',
    );
    expect(javaExceptionClassName(new ConnectException('x'))).toBe(
      'org.apache.kafka.connect.errors.ConnectException',
    );
    expect(javaExceptionClassName(new ConfigException('x'))).toBe(
      'org.apache.kafka.common.config.ConfigException',
    );
    expect(javaExceptionClassName(new TypeError('x'))).toBe(
      'org.apache.kafka.connect.errors.ConnectException',
    );
  });

  it('writes a printStackTrace-like trace with causes', () => {
    const trace = javaStackTrace(new DataException('outer', { cause: new DataException('inner') }));
    expect(trace.split('\n')[0]).toBe('org.apache.kafka.connect.errors.DataException: outer');
    expect(trace).toMatch(/\n\tat /);
    expect(trace).toContain('\nCaused by: org.apache.kafka.connect.errors.DataException: inner');
  });
});

describe('context headers', () => {
  it('has Apache names, order and value formats', () => {
    const headers = contextHeaders(id, failedContext());
    expect(headers.map(([k]) => k)).toEqual([
      '__connect.errors.topic',
      '__connect.errors.partition',
      '__connect.errors.offset',
      '__connect.errors.connector.name',
      '__connect.errors.task.id',
      '__connect.errors.stage',
      '__connect.errors.class.name',
      '__connect.errors.exception.class.name',
      '__connect.errors.exception.message',
      '__connect.errors.exception.stacktrace',
    ]);
    const byName = Object.fromEntries(headers);
    expect(byName).toMatchObject({
      '__connect.errors.topic': 'orders',
      '__connect.errors.partition': '3',
      '__connect.errors.offset': '17',
      '__connect.errors.connector.name': 'sink-a',
      '__connect.errors.task.id': '2',
      '__connect.errors.stage': 'VALUE_CONVERTER',
      '__connect.errors.class.name': 'org.apache.kafka.connect.json.JsonConverter',
      '__connect.errors.exception.class.name': 'org.apache.kafka.connect.errors.DataException',
      '__connect.errors.exception.message':
        'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    });
    expect(byName['__connect.errors.exception.stacktrace']).toMatch(
      /^org\.apache\.kafka\.connect\.errors\.DataException: Converting byte\[\] .*\n\tat [\s\S]*Caused by: /,
    );
  });
});

describe('DeadLetterQueueReporter', () => {
  function reporter(extra: Record<string, string>) {
    const sent: Array<{ topic: string; message: DlqMessage }> = [];
    const config = errorHandlingConfig({ 'errors.deadletterqueue.topic.name': 'dlq', ...extra });
    const dlq = new DeadLetterQueueReporter(
      id,
      config,
      {
        send: async (topic, message) => {
          sent.push({ topic, message });
        },
        close: async () => undefined,
      },
      capture().logger,
    );
    return { dlq, sent };
  }

  it('sends the original raw record, headers and timestamp without context headers by default', async () => {
    const { dlq, sent } = reporter({});
    await dlq.report(failedContext({ h: Buffer.from('v') }));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.topic).toBe('dlq');
    const message = sent[0]?.message as DlqMessage;
    expect(message.key).toEqual(Buffer.from('k'));
    expect(message.value).toEqual(Buffer.from([0x7b, 0x7b, 0xff]));
    expect(message.timestamp).toBe('1700000000000');
    expect(message.headers).toEqual({ h: Buffer.from('v') });
  });

  it('appends the context headers when enabled, keeping the original ones; no timestamp when there was none', async () => {
    const { dlq, sent } = reporter({ 'errors.deadletterqueue.context.headers.enable': 'true' });
    await dlq.report(
      failedContext({ h: Buffer.from('v'), '__connect.errors.topic': Buffer.from('old') }, '-1'),
    );
    const message = sent[0]?.message as DlqMessage;
    expect(message.timestamp).toBeUndefined();
    expect(message.headers.h).toEqual(Buffer.from('v'));
    expect(message.headers['__connect.errors.topic']).toEqual([Buffer.from('old'), Buffer.from('orders')]);
    expect(String(message.headers['__connect.errors.stage'])).toBe('VALUE_CONVERTER');
  });
});

describe('LogReporter', () => {
  it('logs nothing unless errors.log.enable=true', async () => {
    const { lines, logger } = capture();
    const log = new LogReporter(id, errorHandlingConfig({}), logger, describeConsumedRecord);
    await log.report(failedContext());
    expect(lines).toEqual([]);
  });

  it("logs Apache's message, with the record only when include.messages=true", async () => {
    const { lines, logger } = capture();
    const plain = new LogReporter(
      id,
      errorHandlingConfig({ 'errors.log.enable': 'true' }),
      logger,
      describeConsumedRecord,
    );
    await plain.report(failedContext());
    expect(lines[0]?.detail).toBe(
      "Error encountered in task sink-a-2. Executing stage 'VALUE_CONVERTER' with class 'org.apache.kafka.connect.json.JsonConverter'.",
    );
    const detailed = new LogReporter(
      id,
      errorHandlingConfig({ 'errors.log.enable': 'true', 'errors.log.include.messages': 'true' }),
      logger,
      describeConsumedRecord,
    );
    await detailed.report(failedContext());
    expect(lines[1]?.detail).toBe(
      "Error encountered in task sink-a-2. Executing stage 'VALUE_CONVERTER' with class 'org.apache.kafka.connect.json.JsonConverter', where consumed record is {topic='orders', partition=3, offset=17, timestamp=1700000000000, timestampType=CreateTime}.",
    );
    expect(lines[1]?.level).toBe('ERROR');
  });
});
