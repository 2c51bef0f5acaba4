/**
 * The differential conformance harness: the same REST calls go to an Apache Kafka Connect 4.1.1 worker and to
 * Tributary, on the same broker (each with its own group id and internal topics), and their answers are compared
 * after normalizing only what must differ (worker ids, commit ids, stack traces, Jackson's parser texts).
 */
import { waitFor } from '../../shared/util/wait.ts';
import { type RestResponse, rest } from '../support/cluster.ts';

export interface Step {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Poll this call on each side until the predicate holds (runtime state settles at its own pace). */
  readonly until?: (response: RestResponse) => boolean;
  /** 'status' compares only status codes and error codes (texts that cannot match, e.g. Jackson's). */
  readonly compare?: 'full' | 'status' | 'none';
}

export interface Scenario {
  readonly name: string;
  readonly endpoint: string;
  readonly steps: readonly Step[];
}

export interface StepResult {
  readonly scenario: string;
  readonly endpoint: string;
  readonly step: string;
  readonly apache: { status: number; body: unknown; ms: number };
  readonly tributary: { status: number; body: unknown; ms: number };
  readonly same: boolean;
}

const SETTLE_TIMEOUT_MS = 60_000;

/**
 * Names in scenarios carry `{s}`, replaced by a per-side token, so the two clusters never share a consumer group
 * or a data topic (Java and kafkajs consumers cannot share a group); answers map the tokens back to `{s}`.
 */
export const SIDE_TOKENS = { apache: 'XAPACHEX', tributary: 'XTRIBX' } as const;

function bindSide(value: unknown, token: string): unknown {
  // Paths may carry the marker URL-encoded (names passed through encodeURIComponent).
  if (typeof value === 'string') return value.replaceAll('{s}', token).replaceAll('%7Bs%7D', token);
  if (Array.isArray(value)) return value.map((v) => bindSide(v, token));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.replaceAll('{s}', token), bindSide(v, token)]),
    );
  }
  return value;
}

function unbindSide(value: unknown): unknown {
  if (typeof value === 'string')
    return value.replaceAll(SIDE_TOKENS.apache, '{s}').replaceAll(SIDE_TOKENS.tributary, '{s}');
  if (Array.isArray(value)) return value.map(unbindSide);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [unbindSide(k) as string, unbindSide(v)]),
    );
  }
  return value;
}

/** Replaces what legitimately differs between two Connect clusters. */
export function normalize(value: unknown): unknown {
  return normalizeValue(unbindSide(value));
}

function normalizeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === 'worker_id') out[key] = '<worker>';
      else if (key === 'trace') out[key] = '<trace>';
      else if (key === 'commit') out[key] = '<commit>';
      else if (key === 'kafka_cluster_id') out[key] = '<cluster>';
      else out[key] = normalizeValue(v);
    }
    return out;
  }
  if (typeof value === 'string') {
    // Jackson appends the parser location; the leading sentence is what a client can rely on.
    const located = value.indexOf('\n at [Source: ');
    return located >= 0 ? value.slice(0, located) : value;
  }
  return value;
}

async function call(base: string, step: Step): Promise<RestResponse> {
  if (!step.headers) return rest(base, step.method, step.path, step.body);
  const response = await fetch(`${base}${step.path}`, {
    method: step.method,
    headers: step.headers,
    ...(step.body === undefined
      ? {}
      : { body: typeof step.body === 'string' ? step.body : JSON.stringify(step.body) }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: compared as text
  }
  return { status: response.status, body, text, headers: response.headers };
}

async function settle(base: string, step: Step): Promise<RestResponse> {
  const until = step.until;
  if (!until) return call(base, step);
  let last: RestResponse | undefined;
  await waitFor(
    async () => {
      last = await call(base, step);
      return until(last);
    },
    SETTLE_TIMEOUT_MS,
    `${step.method} ${step.path} to settle on ${base}`,
    200,
  ).catch(() => undefined);
  return last ?? call(base, step);
}

/** Runs a scenario's steps on both sides (Apache first, then Tributary) and reports each comparison. */
export async function runScenario(
  apacheUrl: string,
  tributaryUrl: string,
  scenario: Scenario,
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const step of scenario.steps) {
    const apacheStart = Date.now();
    const apache = await settle(apacheUrl, bindSide(step, SIDE_TOKENS.apache) as Step);
    const tributaryStart = Date.now();
    const tributary = await settle(tributaryUrl, bindSide(step, SIDE_TOKENS.tributary) as Step);
    const tributaryMs = Date.now() - tributaryStart;
    const apacheMs = tributaryStart - apacheStart;
    const mode = step.compare ?? 'full';
    const a = normalize(apache.body);
    const t = normalize(tributary.body);
    const errorCode = (b: unknown) =>
      b && typeof b === 'object' ? (b as { error_code?: unknown }).error_code : undefined;
    const same =
      mode === 'none' ||
      (apache.status === tributary.status &&
        (mode === 'status'
          ? errorCode(a) === errorCode(t)
          : JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(t))));
    results.push({
      scenario: scenario.name,
      endpoint: scenario.endpoint,
      step: `${step.method} ${step.path}`,
      apache: { status: apache.status, body: a, ms: apacheMs },
      tributary: { status: tributary.status, body: t, ms: tributaryMs },
      same,
    });
  }
  return results;
}

/** JSON clients do not depend on key order (Apache's own order follows Java maps): compare with sorted keys. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
