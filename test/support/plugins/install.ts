/**
 * Installs the test-only connector plugins in this process. End-to-end tests import it themselves (their control
 * plane runs in the test process) and preload it into executor processes with `node --import` (testPluginsNodeOptions).
 */
import { installPlugins } from '../../../shared/plugins/registry.ts';
import { ERRANT_SINK_PLUGIN } from './errant-sink.ts';
import { STAMPING_SOURCE_PLUGIN } from './stamping-source.ts';

installPlugins(ERRANT_SINK_PLUGIN, STAMPING_SOURCE_PLUGIN);

/** NODE_OPTIONS that preload this module into a child Node process, added to `current`. */
export function testPluginsNodeOptions(current: string | undefined): string {
  const flag = `--import=${new URL(import.meta.url).href}`;
  return current?.includes(flag) ? current : [current, flag].filter((s) => s && s.length > 0).join(' ');
}
