/** kafkajs is CommonJS: its runtime values are taken from the default export here, once. */
// Before kafkajs loads the modules they replace: null header values become sendable, grouping a send's messages by
// partition takes linear time, Produce requests are encoded in one buffer and fetched record batches decoded
// without a Long per value (see each module).
import './null-header-values.ts';
import './linear-partition-grouping.ts';
import './produce-request-encoder.ts';
import './record-batch-decoder.ts';
import kafkajs from 'kafkajs';

export const { Kafka, logLevel, Partitioners, ConfigResourceTypes } = kafkajs;
