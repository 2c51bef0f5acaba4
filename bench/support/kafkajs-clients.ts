/**
 * The kafkajs side of the throughput benchmark's ceilings (bench/throughput.ts): run as its own Node process so its
 * CPU is its own, it produces or consumes the benchmark's records as fast as kafkajs (the client Tributary's data
 * path uses) can, and prints one JSON line: records, ms and cpuMs of the measured interval.
 *
 *   node bench/support/kafkajs-clients.ts produce <bootstrap> <topic> <records> <lineBytes>
 *   node bench/support/kafkajs-clients.ts consume <bootstrap> <topic> <records>
 *
 * produce: the records (the same lines as the source file, null keys) in sends of up to 2,000 messages (the
 * FileStreamSource default batch; fewer for large records, so one send stays under the broker's 1 MB message
 * limit), up to 5 sends in flight, acks=all. Timed from the first send until every send is acknowledged.
 * consume: a new consumer group from the earliest offset, timed from joining the group until `records` are read.
 */

import { createKafka } from '../../shared/adapters/kafka/client.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { line } from './records.ts';

const MAX_BATCH = 2_000;
const MAX_SEND_BYTES = 500_000;
const IN_FLIGHT = 5;
const DEADLINE_MS = 600_000;

interface Measured {
  records: number;
  ms: number;
  cpuMs: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function produce(
  bootstrap: string,
  topic: string,
  records: number,
  lineBytes: number,
): Promise<Measured> {
  const logger = createLogger({ component: 'bench-kafkajs' }, { write: () => undefined });
  const kafka = createKafka({ bootstrapServers: bootstrap, clientId: 'bench-kafkajs-producer', logger });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    const batch = Math.max(1, Math.min(MAX_BATCH, Math.floor(MAX_SEND_BYTES / lineBytes)));
    const pending = new Set<Promise<unknown>>();
    let failure: unknown;
    const cpu0 = cpuMs();
    const t0 = performance.now();
    for (let start = 0; start < records && failure === undefined; start += batch) {
      const messages = [];
      for (let i = start; i < Math.min(records, start + batch); i++)
        messages.push({ value: line(i, lineBytes) });
      const sent: Promise<unknown> = producer.send({ topic, acks: -1, messages }).then(
        () => pending.delete(sent),
        (err: unknown) => {
          failure ??= err;
          pending.delete(sent);
        },
      );
      pending.add(sent);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
    await Promise.all(pending);
    const ms = performance.now() - t0;
    const cpu = cpuMs() - cpu0;
    if (failure !== undefined) throw failure;
    return { records, ms, cpuMs: cpu };
  } finally {
    await producer.disconnect();
  }
}

async function consume(bootstrap: string, topic: string, records: number): Promise<Measured> {
  const logger = createLogger({ component: 'bench-kafkajs' }, { write: () => undefined });
  const kafka = createKafka({ bootstrapServers: bootstrap, clientId: 'bench-kafkajs-consumer', logger });
  const consumer = kafka.consumer({ groupId: `bench-kafkajs-${process.pid}-${Date.now()}` });
  await consumer.connect();
  try {
    let t0: number | undefined;
    let cpu0 = 0;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      t0 ??= performance.now();
      cpu0 = cpuMs();
    });
    await consumer.subscribe({ topic, fromBeginning: true });
    let seen = 0;
    let done: (m: Measured) => void = () => undefined;
    const finished = new Promise<Measured>((resolve) => {
      done = resolve;
    });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        seen += batch.messages.length;
        if (seen >= records) {
          done({ records: seen, ms: performance.now() - (t0 ?? 0), cpuMs: cpuMs() - cpu0 });
        }
      },
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        finished,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`read ${seen} of ${records} records in ${DEADLINE_MS} ms`)),
            DEADLINE_MS,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await consumer.disconnect();
  }
}

const [mode, bootstrap, topic, recordsText, lineBytesText] = process.argv.slice(2);
if (!bootstrap || !topic || !recordsText)
  throw new Error('usage: produce|consume <bootstrap> <topic> <records> [lineBytes]');
const measured =
  mode === 'produce'
    ? await produce(bootstrap, topic, Number(recordsText), Number(lineBytesText ?? '100'))
    : mode === 'consume'
      ? await consume(bootstrap, topic, Number(recordsText))
      : undefined;
if (!measured) throw new Error(`unknown mode ${mode}`);
console.log(JSON.stringify(measured));
