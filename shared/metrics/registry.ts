/**
 * A small in-process metrics registry: counters and gauges with labels, rendered in the Prometheus text
 * exposition format (version 0.0.4). One registry per process; components create their metric families once and
 * record per label set (a task's `connector` and `task`, a worker's id, …).
 */

export type Labels = Readonly<Record<string, string | number>>;

export type MetricType = 'counter' | 'gauge';

export interface MetricOptions {
  /** Prometheus metric name: `[a-zA-Z_:][a-zA-Z0-9_:]*`. */
  readonly name: string;
  readonly help: string;
  /** The label names every sample of this family carries, in rendering order. */
  readonly labelNames?: readonly string[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

interface Series {
  readonly labels: readonly string[];
  value: number;
  /** A gauge whose value is read when rendered (e.g. a timestamp kept elsewhere). */
  read?: () => number;
}

/** One metric family: a name, its help text, its label names and one value per label set. */
abstract class MetricFamily {
  readonly name: string;
  readonly help: string;
  readonly labelNames: readonly string[];
  abstract readonly type: MetricType;
  protected readonly series = new Map<string, Series>();

  constructor(options: MetricOptions) {
    if (!METRIC_NAME.test(options.name)) throw new Error(`invalid metric name: ${options.name}`);
    const labelNames = options.labelNames ?? [];
    for (const label of labelNames) {
      if (!LABEL_NAME.test(label) || label.startsWith('__')) throw new Error(`invalid label name: ${label}`);
    }
    if (new Set(labelNames).size !== labelNames.length)
      throw new Error(`duplicate label names in ${options.name}`);
    this.name = options.name;
    this.help = options.help;
    this.labelNames = labelNames;
  }

  /** The current value for these labels (0 when never recorded). */
  get(labels: Labels = {}): number {
    const series = this.series.get(this.key(labels));
    if (!series) return 0;
    return series.read ? series.read() : series.value;
  }

  /** Forgets the series of these labels (a stopped task's metrics disappear, as Apache removes its group). */
  remove(labels: Labels = {}): void {
    this.series.delete(this.key(labels));
  }

  /** Forgets every series whose labels include all of `partial` (e.g. every metric of one task). */
  removeMatching(partial: Labels): void {
    const wanted = Object.entries(partial).map(([k, v]) => [this.labelNames.indexOf(k), String(v)] as const);
    if (wanted.some(([index]) => index < 0)) return;
    for (const [key, series] of this.series) {
      if (wanted.every(([index, value]) => series.labels[index] === value)) this.series.delete(key);
    }
  }

  /** Samples in insertion order, each with its label values. */
  samples(): Array<{ labels: readonly string[]; value: number }> {
    return [...this.series.values()].map((s) => ({ labels: s.labels, value: s.read ? s.read() : s.value }));
  }

  protected seriesFor(labels: Labels): Series {
    const key = this.key(labels);
    let series = this.series.get(key);
    if (!series) {
      series = { labels: this.labelValues(labels), value: 0 };
      this.series.set(key, series);
    }
    return series;
  }

  private labelValues(labels: Labels): string[] {
    const given = Object.keys(labels);
    const unknown = given.filter((k) => !this.labelNames.includes(k));
    if (unknown.length > 0) throw new Error(`unknown labels for ${this.name}: ${unknown.join(', ')}`);
    return this.labelNames.map((label) => {
      const value = labels[label];
      if (value === undefined) throw new Error(`missing label ${label} for ${this.name}`);
      return String(value);
    });
  }

  private key(labels: Labels): string {
    return JSON.stringify(this.labelValues(labels));
  }
}

/** A value that only goes up (Apache's CumulativeSum / CumulativeCount). */
export class Counter extends MetricFamily {
  readonly type = 'counter';

  inc(labels: Labels = {}, by = 1): void {
    if (!(by >= 0)) throw new Error(`a counter cannot decrease (${this.name} by ${by})`);
    this.seriesFor(labels).value += by;
  }
}

/** A value that can go up and down, set directly or read from a callback when rendered. */
export class Gauge extends MetricFamily {
  readonly type = 'gauge';

  set(labels: Labels, value: number): void {
    const series = this.seriesFor(labels);
    delete series.read;
    series.value = value;
  }

  inc(labels: Labels = {}, by = 1): void {
    const series = this.seriesFor(labels);
    delete series.read;
    series.value += by;
  }

  /** The series' value is `read()` at each scrape (like Apache's value metrics). */
  track(labels: Labels, read: () => number): void {
    this.seriesFor(labels).read = read;
  }
}

export class MetricsRegistry {
  private readonly families = new Map<string, MetricFamily>();

  /** The counter of this name, created on first use; asking again returns the same family. */
  counter(options: MetricOptions): Counter {
    return this.family(options, 'counter', () => new Counter(options)) as Counter;
  }

  /** The gauge of this name, created on first use; asking again returns the same family. */
  gauge(options: MetricOptions): Gauge {
    return this.family(options, 'gauge', () => new Gauge(options)) as Gauge;
  }

  /** Every family, in registration order. */
  list(): readonly MetricFamily[] {
    return [...this.families.values()];
  }

  /** Removes the series of every family whose labels include all of `partial`. */
  removeMatching(partial: Labels): void {
    for (const family of this.families.values()) family.removeMatching(partial);
  }

  /** The Prometheus text exposition format: `# HELP`, `# TYPE`, then one line per sample. */
  render(): string {
    return renderPrometheus(this.list());
  }

  private family(options: MetricOptions, type: MetricType, create: () => MetricFamily): MetricFamily {
    const existing = this.families.get(options.name);
    if (existing) {
      const sameLabels =
        existing.labelNames.length === (options.labelNames ?? []).length &&
        existing.labelNames.every((l, i) => l === options.labelNames?.[i]);
      if (existing.type !== type || !sameLabels)
        throw new Error(`metric ${options.name} is already registered with another type or labels`);
      return existing;
    }
    const created = create();
    this.families.set(options.name, created);
    return created;
  }
}

export type { MetricFamily };

/** `\` → `\\`, newline → `\n` (HELP text). */
export function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** `\` → `\\`, `"` → `\"`, newline → `\n` (label values). */
export function escapeLabelValue(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** A sample value as Prometheus writes it: `NaN`, `+Inf`, `-Inf`, or the number. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}

export function renderPrometheus(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples()) {
      const labels = family.labelNames
        .map((name, i) => `${name}="${escapeLabelValue(sample.labels[i] ?? '')}"`)
        .join(',');
      lines.push(`${family.name}${labels === '' ? '' : `{${labels}}`} ${formatValue(sample.value)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
