/**
 * Structured JSON-line logging. Messages are constant strings; variable parts go in `meta`.
 * Child loggers carry context (connector, task, worker_id) into every line they write.
 */
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

/** The process-wide minimum level; `setLogLevel` changes it for every logger at once. */
let currentLevel: LogLevel = 'INFO';

export function setLogLevel(level: LogLevel): void {
  currentLevel = level;
}

export function getLogLevel(): LogLevel {
  return currentLevel;
}

export function parseLogLevel(text: string | undefined, fallback: LogLevel): LogLevel {
  const upper = (text ?? '').trim().toUpperCase();
  return upper in LEVEL_RANK ? (upper as LogLevel) : fallback;
}

const stderrSink: LogSink = { write: (line) => process.stderr.write(line) };

export function createLogger(context: Record<string, unknown> = {}, sink: LogSink = stderrSink): Logger {
  const emit = (level: LogLevel, message: string, meta?: Record<string, unknown>) => {
    if (LEVEL_RANK[level] > LEVEL_RANK[currentLevel]) return;
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
