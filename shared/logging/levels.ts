/**
 * Named log levels, as Apache Connect exposes them through /admin/loggers (KIP-495): a logger's effective level
 * is the level set on it or on its nearest dotted ancestor, else the root level. Levels can change at run time;
 * `lastModified` records when the API changed one (null for levels set at start-up).
 */
export type LevelName = 'OFF' | 'FATAL' | 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE' | 'ALL';

const RANK: Record<LevelName, number> = {
  OFF: 0,
  FATAL: 100,
  ERROR: 200,
  WARN: 300,
  INFO: 400,
  DEBUG: 500,
  TRACE: 600,
  ALL: Number.MAX_SAFE_INTEGER,
};

export const ROOT_LOGGER = 'root';

interface ExplicitLevel {
  level: LevelName;
  lastModified: number | null;
}

const explicit = new Map<string, ExplicitLevel>([[ROOT_LOGGER, { level: 'INFO', lastModified: null }]]);
const known = new Set<string>();

/** A level name as log4j2's `Level.toLevel` accepts it (case-insensitive), or undefined. */
export function parseLevelName(text: string): LevelName | undefined {
  const upper = text.trim().toUpperCase();
  return upper in RANK ? (upper as LevelName) : undefined;
}

/** Makes a logger name known (GET /admin/loggers/{name} answers 404 for names never used). */
export function registerLogger(name: string): void {
  if (name !== ROOT_LOGGER) known.add(name);
}

export function isKnownLogger(name: string): boolean {
  return name.toLowerCase() === ROOT_LOGGER || known.has(name) || explicit.has(name);
}

export function effectiveLevel(name: string | undefined): LevelName {
  if (name !== undefined) {
    let candidate = name;
    for (;;) {
      const set = explicit.get(candidate);
      if (set) return set.level;
      const dot = candidate.lastIndexOf('.');
      if (dot < 0) break;
      candidate = candidate.slice(0, dot);
    }
  }
  return (explicit.get(ROOT_LOGGER) as ExplicitLevel).level;
}

/** True when a message at `level` from logger `name` should be written. */
export function isEnabled(name: string | undefined, level: Exclude<LevelName, 'OFF' | 'ALL'>): boolean {
  return RANK[level] <= RANK[effectiveLevel(name)];
}

/** The level of `name` as GET /admin/loggers/{name} reports it. */
export function loggerLevel(name: string): { level: LevelName; last_modified: number | null } {
  const key = name.toLowerCase() === ROOT_LOGGER ? ROOT_LOGGER : name;
  const set = explicit.get(key);
  return { level: set?.level ?? effectiveLevel(key), last_modified: set?.lastModified ?? null };
}

/** Every logger with an explicit level, and root, sorted by name (GET /admin/loggers). */
export function explicitLevels(): Record<string, { level: LevelName; last_modified: number | null }> {
  const names = [...explicit.keys()].sort();
  return Object.fromEntries(names.map((n) => [n, loggerLevel(n)]));
}

/**
 * Sets `namespace` and every known logger under it (all of them for root) to `level`; returns the names
 * affected, sorted, as PUT /admin/loggers/{name}?scope=worker answers them.
 */
export function setLevel(namespace: string, level: LevelName, now: number | null = Date.now()): string[] {
  const isRoot = namespace.toLowerCase() === ROOT_LOGGER;
  const affected = new Set<string>();
  const targets = isRoot
    ? [ROOT_LOGGER, ...known, ...explicit.keys()]
    : [namespace, ...[...known, ...explicit.keys()].filter((n) => n.startsWith(`${namespace}.`))];
  for (const name of targets) {
    explicit.set(name, { level, lastModified: now });
    affected.add(name);
  }
  return [...affected].sort();
}
