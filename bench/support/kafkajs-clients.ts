/**
 * The kafkajs side of the throughput benchmark's ceilings (bench/throughput.ts): run as its own Node process so its
 * CPU is its own, it produces or consumes the benchmark's records as fast as kafkajs (the client Tributary's data
 * path uses) can, and prints one JSON line: records, ms and cpuMs of the measured interval.
 *
 *   node bench/support/kafkajs-clients.ts produce <bootstrap> <topic> <records> <lineBytes> <warmup>
 *   node bench/support/kafkajs-clients.ts consume <bootstrap> <topic> <records> <warmup>
 *
 * produce: the records (the same lines as the source file, null keys) in sends of up to 2,000 messages (the
 * FileStreamSource default batch; fewer for large records, so one send stays under the broker's 1 MB message
 * limit), up to 5 sends in flight, acks=all. Timed from the first send until every send is acknowledged.
 * consume: a new consumer group from the earliest offset, timed from the batch that reached `warmup` records until
 * `warmup + records` are read (with warmup 0: from joining the group). The producer sends `warmup` records untimed
 * first, as JavaClients.java does, so both are measured warm.
 */

import type { Producer } from 'kafkajs';
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
  warmup: number,
): Promise<Measured> {
  const logger = createLogger({ component: 'bench-kafkajs' }, { write: () => undefined });
  const kafka = createKafka({ bootstrapServers: bootstrap, clientId: 'bench-kafkajs-producer', logger });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    const batch = Math.max(1, Math.min(MAX_BATCH, Math.floor(MAX_SEND_BYTES / lineBytes)));
    if (warmup > 0) await sendAll(producer, topic, warmup, lineBytes, batch);
    const cpu0 = cpuMs();
    const t0 = performance.now();
    await sendAll(producer, topic, records, lineBytes, batch);
    return { records, ms: performance.now() - t0, cpuMs: cpuMs() - cpu0 };
  } finally {
    await producer.disconnect();
  }
}

/** Sends records 0..records-1 in sends of `batch`, up to IN_FLIGHT at once; rejects with the first failure. */
async function sendAll(
  producer: Producer,
  topic: string,
  records: number,
  lineBytes: number,
  batch: number,
): Promise<void> {
  const pending = new Set<Promise<unknown>>();
  let failure: unknown;
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
  if (failure !== undefined) throw failure;
}

async function consume(bootstrap: string, topic: string, records: number, warmup: number): Promise<Measured> {
  const logger = createLogger({ component: 'bench-kafkajs' }, { write: () => undefined });
  const kafka = createKafka({ bootstrapServers: bootstrap, clientId: 'bench-kafkajs-consumer', logger });
  const consumer = kafka.consumer({ groupId: `bench-kafkajs-${process.pid}-${Date.now()}` });
  await consumer.connect();
  try {
    let t0: number | undefined;
    let cpu0 = 0;
    let base = 0;
    if (warmup === 0) {
      consumer.on(consumer.events.GROUP_JOIN, () => {
        t0 ??= performance.now();
        cpu0 = cpuMs();
      });
    }
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
        if (warmup > 0 && t0 === undefined && seen >= warmup) {
          t0 = performance.now();
          cpu0 = cpuMs();
          base = seen;
        } else if (seen >= warmup + records && t0 !== undefined) {
          done({ records: seen - base, ms: performance.now() - t0, cpuMs: cpuMs() - cpu0 });
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

const [mode, bootstrap, topic, recordsText, ...rest] = process.argv.slice(2);
if (!bootstrap || !topic || !recordsText)
  throw new Error('usage: produce|consume <bootstrap> <topic> <records> [lineBytes]');
const measured =
  mode === 'produce'
    ? await produce(bootstrap, topic, Number(recordsText), Number(rest[0] ?? '100'), Number(rest[1] ?? '0'))
    : mode === 'consume'
      ? await consume(bootstrap, topic, Number(recordsText), Number(rest[0] ?? '0'))
      : undefined;
if (!measured) throw new Error(`unknown mode ${mode}`);
console.log(JSON.stringify(measured));
