/** kafkajs is CommonJS: its runtime values are taken from the default export here, once. */
import kafkajs from 'kafkajs';

export const { Kafka, logLevel, Partitioners, ConfigResourceTypes } = kafkajs;
