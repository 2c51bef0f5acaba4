import { describe, expect, it } from 'vitest';
import { connectMetricName } from '../../../shared/metrics/connect-names.ts';
import {
  escapeHelp,
  escapeLabelValue,
  formatValue,
  MetricsRegistry,
} from '../../../shared/metrics/registry.ts';

describe('MetricsRegistry', () => {
  it('counts per label set and renders HELP, TYPE and one line per series', () => {
    const registry = new MetricsRegistry();
    const requests = registry.counter({
      name: 'requests_total',
      help: 'Requests served.',
      labelNames: ['method', 'code'],
    });
    requests.inc({ method: 'GET', code: 200 });
    requests.inc({ code: 200, method: 'GET' }, 2);
    requests.inc({ method: 'POST', code: 500 });
    const temperature = registry.gauge({ name: 'temperature', help: 'Now.' });
    temperature.set({}, -1.5);
    expect(requests.get({ method: 'GET', code: '200' })).toBe(3);
    expect(requests.get({ method: 'PUT', code: '200' })).toBe(0);
    expect(registry.render()).toBe(
      [
        '# HELP requests_total Requests served.',
        '# TYPE requests_total counter',
        'requests_total{method="GET",code="200"} 3',
        'requests_total{method="POST",code="500"} 1',
        '# HELP temperature Now.',
        '# TYPE temperature gauge',
        'temperature -1.5',
        '',
      ].join('\n'),
    );
  });

  it('escapes label values and help text as the text format requires', () => {
    const registry = new MetricsRegistry();
    registry
      .counter({ name: 'c', help: 'back\\slash\nnewline "quotes" stay', labelNames: ['l'] })
      .inc({ l: 'a"b\\c\nd' });
    expect(registry.render()).toBe(
      [
        '# HELP c back\\\\slash\\nnewline "quotes" stay',
        '# TYPE c counter',
        'c{l="a\\"b\\\\c\\nd"} 1',
        '',
      ].join('\n'),
    );
    expect(escapeLabelValue('x')).toBe('x');
    expect(escapeHelp('a\\b')).toBe('a\\\\b');
  });

  it('renders special values like Prometheus', () => {
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('+Inf');
    expect(formatValue(Number.NEGATIVE_INFINITY)).toBe('-Inf');
    expect(formatValue(1_700_000_000_123)).toBe('1700000000123');
    expect(formatValue(0.25)).toBe('0.25');
  });

  it('gauges can be set, incremented, or read from a callback at render time', () => {
    const registry = new MetricsRegistry();
    const gauge = registry.gauge({ name: 'g', help: 'G.', labelNames: ['k'] });
    let current = 1;
    gauge.track({ k: 'cb' }, () => current);
    gauge.inc({ k: 'n' }, 5);
    gauge.inc({ k: 'n' }, -2);
    current = 42;
    expect(gauge.get({ k: 'cb' })).toBe(42);
    expect(registry.render()).toContain('g{k="cb"} 42\ng{k="n"} 3\n');
    gauge.set({ k: 'cb' }, 7);
    current = 8;
    expect(gauge.get({ k: 'cb' })).toBe(7);
  });

  it('returns the same family when asked again and rejects a conflicting one', () => {
    const registry = new MetricsRegistry();
    const first = registry.counter({ name: 'x', help: 'X.', labelNames: ['a'] });
    expect(registry.counter({ name: 'x', help: 'X.', labelNames: ['a'] })).toBe(first);
    expect(() => registry.gauge({ name: 'x', help: 'X.', labelNames: ['a'] })).toThrow(/already registered/);
    expect(() => registry.counter({ name: 'x', help: 'X.', labelNames: ['b'] })).toThrow(
      /already registered/,
    );
  });

  it('validates names, labels and counter increments', () => {
    const registry = new MetricsRegistry();
    expect(() => registry.counter({ name: 'bad-name', help: '' })).toThrow(/invalid metric name/);
    expect(() => registry.counter({ name: 'ok', help: '', labelNames: ['__reserved'] })).toThrow(
      /invalid label/,
    );
    expect(() => registry.counter({ name: 'ok2', help: '', labelNames: ['a', 'a'] })).toThrow(/duplicate/);
    const counter = registry.counter({ name: 'ok3', help: '', labelNames: ['a'] });
    expect(() => counter.inc({})).toThrow(/missing label a/);
    expect(() => counter.inc({ a: 1, b: 2 })).toThrow(/unknown labels/);
    expect(() => counter.inc({ a: 1 }, -1)).toThrow(/cannot decrease/);
  });

  it('removes one series, or every series matching some labels', () => {
    const registry = new MetricsRegistry();
    const failures = registry.counter({ name: 'f', help: 'F.', labelNames: ['connector', 'task'] });
    const last = registry.gauge({ name: 't', help: 'T.', labelNames: ['connector', 'task'] });
    for (const task of [0, 1]) {
      failures.inc({ connector: 'c', task });
      last.set({ connector: 'c', task }, 5);
    }
    failures.inc({ connector: 'other', task: 0 });
    failures.remove({ connector: 'c', task: 1 });
    expect(failures.samples()).toHaveLength(2);
    registry.removeMatching({ connector: 'c' });
    expect(failures.samples()).toEqual([{ labels: ['other', '0'], value: 1 }]);
    expect(last.samples()).toEqual([]);
    // A family keeps its HELP/TYPE lines without samples.
    expect(registry.render()).toBe(
      '# HELP f F.\n# TYPE f counter\nf{connector="other",task="0"} 1\n# HELP t T.\n# TYPE t gauge\n',
    );
  });

  it('renders nothing for an empty registry', () => {
    expect(new MetricsRegistry().render()).toBe('');
  });
});

describe('connectMetricName', () => {
  it('spells Apache group and metric names as the JMX exporter does', () => {
    expect(connectMetricName('task-error-metrics', 'total-record-failures')).toBe(
      'kafka_connect_task_error_metrics_total_record_failures',
    );
    expect(connectMetricName('connect-worker-rebalance-metrics', 'rebalance-avg-time-ms')).toBe(
      'kafka_connect_connect_worker_rebalance_metrics_rebalance_avg_time_ms',
    );
  });
});
