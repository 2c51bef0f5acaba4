/** Codecs for every record of Connect's internal topics (config, status, offsets), byte-identical to Apache's. */
export * from './config-keys.ts';
export * from './config-records.ts';
export { type DecodeResult, decoded, rejected } from './decode-result.ts';
export * from './offset-records.ts';
export * from './status-keys.ts';
export * from './status-records.ts';
