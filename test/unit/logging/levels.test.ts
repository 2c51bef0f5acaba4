import { describe, expect, it } from 'vitest';
import {
  effectiveLevel,
  explicitLevels,
  isEnabled,
  isKnownLogger,
  loggerLevel,
  parseLevelName,
  registerLogger,
  setLevel,
} from '../../../shared/logging/levels.ts';

describe('named log levels (/admin/loggers semantics)', () => {
  it('inherits from the nearest dotted ancestor, then root', () => {
    registerLogger('a.b.c.D');
    setLevel('root', 'INFO', null);
    expect(effectiveLevel('a.b.c.D')).toBe('INFO');
    setLevel('a.b', 'DEBUG', 1000);
    expect(effectiveLevel('a.b.c.D')).toBe('DEBUG');
    expect(effectiveLevel('a.x')).toBe('INFO');
    expect(isEnabled('a.b.c.D', 'DEBUG')).toBe(true);
    expect(isEnabled('a.x', 'DEBUG')).toBe(false);
  });

  it('sets a namespace and its known descendants and reports them sorted', () => {
    registerLogger('ns.one.Two');
    registerLogger('ns.Three');
    registerLogger('other.Four');
    expect(setLevel('ns', 'WARN', 5)).toEqual(['ns', 'ns.Three', 'ns.one.Two']);
    expect(loggerLevel('ns.Three')).toEqual({ level: 'WARN', last_modified: 5 });
  });

  it('lists explicit levels and root, and knows which loggers exist', () => {
    const levels = explicitLevels();
    expect(Object.keys(levels)).toEqual([...Object.keys(levels)].sort());
    expect(levels.root).toBeDefined();
    expect(isKnownLogger('ROOT')).toBe(true);
    expect(isKnownLogger('never.Used')).toBe(false);
  });

  it('accepts log4j level names case-insensitively, nothing else', () => {
    expect(parseLevelName('debug')).toBe('DEBUG');
    expect(parseLevelName('OFF')).toBe('OFF');
    expect(parseLevelName('NOPE')).toBeUndefined();
  });

  it('OFF silences even errors', () => {
    registerLogger('quiet.Logger');
    setLevel('quiet', 'OFF', 1);
    expect(isEnabled('quiet.Logger', 'ERROR')).toBe(false);
  });
});
