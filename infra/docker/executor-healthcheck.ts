/**
 * The executor container's health check (Dockerfile HEALTHCHECK and the ECS task definition run it inside the
 * container): healthy while the executor holds at least one established TCP connection to a non-loopback peer.
 * A running executor always has one — its Kafka clients keep broker connections open to follow the config topic —
 * so an executor that lost the network, or whose Kafka clients gave up, is replaced. It cannot see a hung event
 * loop; an in-process heartbeat would (see docs/deploy.md).
 *
 * Exit status 0 = healthy, 1 = unhealthy (what Docker and ECS expect).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** TCP state 01 is ESTABLISHED in /proc/net/tcp{,6}. */
const ESTABLISHED = '01';

/** Remote addresses (hex `address:port`) of the ESTABLISHED sockets in a /proc/net/tcp or tcp6 table. */
export function establishedPeers(table: string): string[] {
  return table
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === ESTABLISHED)
    .map((fields) => fields[2] ?? '');
}

/** Loopback peers in /proc's hex notation: 127.x.x.x (little-endian, so it ends in 7F), ::1 and ::ffff:127.x.x.x. */
export function isLoopback(peer: string): boolean {
  const address = (peer.split(':')[0] ?? '').toUpperCase();
  return (
    (address.length === 8 && address.endsWith('7F')) ||
    address === '00000000000000000000000001000000' ||
    (address.length === 32 && address.startsWith('0000000000000000FFFF0000') && address.endsWith('7F'))
  );
}

/** Healthy when any of the tables lists an established connection to a non-loopback peer. */
export function isHealthy(tables: readonly string[]): boolean {
  return tables.some((table) => establishedPeers(table).some((peer) => !isLoopback(peer)));
}

function readTable(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const healthy = isHealthy([readTable('/proc/net/tcp'), readTable('/proc/net/tcp6')]);
  if (!healthy) process.stderr.write('executor has no established connection (Kafka unreachable?)\n');
  process.exit(healthy ? 0 : 1);
}
