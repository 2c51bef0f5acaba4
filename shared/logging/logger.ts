/**
 * Structured JSON-line logging. Messages are constant strings; variable parts go in `meta`.
 * Child loggers carry context (connector, task, worker_id) into every line they write.
 */
import { effectiveLevel, isEnabled, ROOT_LOGGER, registerLogger, setLevel } from './levels.ts';

export type LogLevel = 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE';

const LEVEL_RANK: Record<LogLevel, number> = { ERROR: 0, WARN: 1, INFO: 2, DEBUG: 3, TRACE: 4 };

export interface Logger {
  error(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
  debug(message: string, meta?: Record<string, unknown>): void;
  child(context: Record<string, unknown>): Logger;
}

export interface LogSink {
  write(line: string): void;
}

/** Sets the root level at start-up (named loggers without their own level follow it). */
export function setLogLevel(level: LogLevel): void {
  setLevel(ROOT_LOGGER, level, null);
}

export function getLogLevel(): LogLevel {
  return effectiveLevel(undefined) as LogLevel;
}

export function parseLogLevel(text: string | undefined, fallback: LogLevel): LogLevel {
  const upper = (text ?? '').trim().toUpperCase();
  return upper in LEVEL_RANK ? (upper as LogLevel) : fallback;
}

const stderrSink: LogSink = { write: (line) => process.stderr.write(line) };

/**
 * A logger writing JSON lines. A `logger` entry in the context names it (e.g.
 * `org.apache.kafka.connect.runtime.WorkerSinkTask`), so /admin/loggers can change its level at run time.
 */
export function createLogger(context: Record<string, unknown> = {}, sink: LogSink = stderrSink): Logger {
  const name = typeof context.logger === 'string' ? context.logger : undefined;
  if (name) registerLogger(name);
  const emit = (level: LogLevel, message: string, meta?: Record<string, unknown>) => {
    if (!isEnabled(name, level)) return;
    const line: Record<string, unknown> = { time: new Date().toISOString(), level, msg: message, ...context };
    if (meta) {
      for (const [k, v] of Object.entries(meta)) line[k] = v instanceof Error ? describeError(v) : v;
    }
    sink.write(`${JSON.stringify(line, bigintSafe)}\n`);
  };
  return {
    error: (m, meta) => emit('ERROR', m, meta),
    warn: (m, meta) => emit('WARN', m, meta),
    info: (m, meta) => emit('INFO', m, meta),
    debug: (m, meta) => emit('DEBUG', m, meta),
    child: (more) => createLogger({ ...context, ...more }, sink),
  };
}

function describeError(err: Error): Record<string, unknown> {
  return { name: err.name, message: err.message, stack: err.stack };
}

function bigintSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
