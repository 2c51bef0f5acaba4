/*
 * The Java client side of the throughput benchmark (bench/throughput.ts): the raw producer and consumer limits of a
 * broker for the benchmark's records, and the pre-filling of sink input topics. Compiled with javac against the
 * Apache Connect worker's classpath (which holds kafka-clients) and run as its own JVM, so its CPU is its own.
 *
 *   produce <bootstrap> <topic> <records> <lineBytes> <string|json> <warmup> [producer.prop=value ...]
 *   consume <bootstrap> <topic> <records> <warmup> [consumer.prop=value ...]
 *
 * With warmup W > 0, the producer first sends W records untimed (then flushes) and the consumer first reads W
 * records untimed (the topic then holds W + records): a new JVM's first records run in the interpreter, and a ceiling
 * should be the client's warm rate. The consumer's clock starts after the poll that reached W, so it reports the
 * records it read after that (a few hundred fewer than `records`).
 *
 * Record i's value is line(i) (exactly lineBytes ASCII bytes, the same as the benchmark's source file lines) or its
 * JsonConverter envelope with a string schema; keys are null. Prints one JSON line: records, ms and cpuMs of the
 * measured interval (first send until every send is acknowledged; first poll until the last record is read),
 * CPU from the JVM's own process CPU time.
 */
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public class JavaClients {
  private static final long DEADLINE_MS = 600_000;

  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The benchmark's line i: its index in 10 digits, then 'a'..'z' filler, lineBytes bytes in all. */
  static String line(long i, int lineBytes) {
    StringBuilder b = new StringBuilder(lineBytes);
    String index = String.format("%010d", i);
    b.append(index, 0, Math.min(index.length(), lineBytes));
    for (int k = b.length(); k < lineBytes; k++) b.append((char) ('a' + (k % 26)));
    return b.toString();
  }

  static void extraProps(Properties props, String[] args, int from) {
    for (int k = from; k < args.length; k++) {
      int eq = args[k].indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("expected prop=value, got " + args[k]);
      props.put(args[k].substring(0, eq), args[k].substring(eq + 1));
    }
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    if (mode.equals("produce")) produce(args);
    else if (mode.equals("consume")) consume(args);
    else throw new IllegalArgumentException("mode must be produce or consume");
  }

  static void produce(String[] args) throws Exception {
    String topic = args[2];
    long records = Long.parseLong(args[3]);
    int lineBytes = Integer.parseInt(args[4]);
    boolean json = args[5].equals("json");
    long warmup = Long.parseLong(args[6]);
    Properties props = new Properties();
    props.put("bootstrap.servers", args[1]);
    props.put("key.serializer", ByteArraySerializer.class.getName());
    props.put("value.serializer", ByteArraySerializer.class.getName());
    props.put("acks", "all");
    extraProps(props, args, 7);
    AtomicLong acked = new AtomicLong();
    AtomicReference<Exception> failure = new AtomicReference<>();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      // Metadata first, so the measured interval is sending only.
      producer.partitionsFor(topic);
      for (long i = 0; i < warmup; i++) send(producer, topic, i, lineBytes, json, acked, failure);
      producer.flush();
      acked.set(0);
      long cpu0 = cpuNanos();
      long t0 = System.nanoTime();
      for (long i = 0; i < records; i++) {
        send(producer, topic, i, lineBytes, json, acked, failure);
        if (failure.get() != null) break;
      }
      producer.flush();
      long t1 = System.nanoTime();
      long cpu1 = cpuNanos();
      if (failure.get() != null) throw failure.get();
      if (acked.get() != records) throw new IllegalStateException("acknowledged " + acked.get() + " of " + records);
      print(records, t1 - t0, cpu1 - cpu0);
    }
  }

  static void send(
      KafkaProducer<byte[], byte[]> producer,
      String topic,
      long i,
      int lineBytes,
      boolean json,
      AtomicLong acked,
      AtomicReference<Exception> failure) {
    String text = line(i, lineBytes);
    if (json) text = "{\"schema\":{\"type\":\"string\",\"optional\":false},\"payload\":\"" + text + "\"}";
    producer.send(
        new ProducerRecord<>(topic, null, text.getBytes(StandardCharsets.UTF_8)),
        (metadata, exception) -> {
          if (exception != null) failure.compareAndSet(null, exception);
          else acked.incrementAndGet();
        });
  }

  static void consume(String[] args) {
    String topic = args[2];
    long records = Long.parseLong(args[3]);
    long warmup = Long.parseLong(args[4]);
    Properties props = new Properties();
    props.put("bootstrap.servers", args[1]);
    props.put("key.deserializer", ByteArrayDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    props.put("enable.auto.commit", "false");
    props.put("auto.offset.reset", "earliest");
    extraProps(props, args, 5);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo p : consumer.partitionsFor(topic)) partitions.add(new TopicPartition(topic, p.partition()));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.currentTimeMillis() + DEADLINE_MS;
      long seen = 0;
      long bytes = 0;
      long base = -1;
      long cpu0 = 0;
      long t0 = 0;
      if (warmup == 0) {
        base = 0;
        cpu0 = cpuNanos();
        t0 = System.nanoTime();
      }
      while (base < 0 || seen < warmup + records) {
        if (System.currentTimeMillis() > deadline)
          throw new IllegalStateException("read " + seen + " of " + (warmup + records) + " records before the deadline");
        ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
        for (var r : batch) {
          seen++;
          bytes += r.value() == null ? 0 : r.value().length;
        }
        if (base < 0 && seen >= warmup) {
          // Warm: the clock starts after the poll that read the warm-up records.
          base = seen;
          cpu0 = cpuNanos();
          t0 = System.nanoTime();
        }
      }
      long t1 = System.nanoTime();
      long cpu1 = cpuNanos();
      if (bytes == 0) throw new IllegalStateException("no bytes read");
      print(seen - base, t1 - t0, cpu1 - cpu0);
    }
  }

  static void print(long records, long nanos, long cpuNanos) {
    System.out.println(
        "{\"records\":" + records + ",\"ms\":" + (nanos / 1_000_000.0) + ",\"cpuMs\":" + (cpuNanos / 1_000_000.0) + "}");
  }
}
