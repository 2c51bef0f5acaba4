/** kafkajs is CommonJS: its runtime values are taken from the default export here, once. */
// Before kafkajs loads the modules they replace: null header values become sendable, and grouping a send's messages
// by partition takes linear time (see each module).
import './null-header-values.ts';
import './linear-partition-grouping.ts';
import kafkajs from 'kafkajs';

export const { Kafka, logLevel, Partitioners, ConfigResourceTypes } = kafkajs;
