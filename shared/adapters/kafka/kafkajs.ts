/** kafkajs is CommonJS: its runtime values are taken from the default export here, once. */
// Before kafkajs loads its record encoder: null header values become sendable (see the module).
import './null-header-values.ts';
import kafkajs from 'kafkajs';

export const { Kafka, logLevel, Partitioners, ConfigResourceTypes } = kafkajs;
