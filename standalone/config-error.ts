/**
 * A problem with what the user gave the standalone worker — a file, or one key in it. Its text is the one line the
 * `tributary` command prints: `<file>: <key>: <what is wrong>`.
 */
export class StandaloneConfigError extends Error {
  readonly file: string | undefined;
  readonly key: string | undefined;

  constructor(problem: string, where: { file?: string; key?: string } = {}) {
    super([where.file, where.key, oneLine(problem)].filter((p) => p !== undefined).join(': '));
    this.name = 'StandaloneConfigError';
    this.file = where.file;
    this.key = where.key;
  }
}

/** Folds a multi-line message (Apache's validation report) into one line. */
export function oneLine(text: string): string {
  return text
    .split(/\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' | ');
}
