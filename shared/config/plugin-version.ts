/**
 * Plugin version requirements (KIP-891, Kafka 4.1): the `*.plugin.version` configs take a Maven version or version
 * range. Apache parses them with Maven's `VersionRange.createFromVersionSpec` and compares versions with Maven's
 * `ComparableVersion`; this module reproduces both (our own code), with Maven's error messages.
 */

import { javaTrim } from './java-text.ts';

/** Maven's `InvalidVersionSpecificationException`. */
export class InvalidVersionSpecificationError extends Error {
  override readonly name = 'InvalidVersionSpecificationError';
}

type Item =
  | { readonly kind: 'number'; readonly value: bigint }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'list'; readonly items: Item[] };

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const QUALIFIER_ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

function comparableQualifier(q: string): string {
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}

function javaCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function stringItem(value: string, followedByDigit: boolean): Item {
  let v = value;
  if (followedByDigit && v.length === 1)
    v = ({ a: 'alpha', b: 'beta', m: 'milestone' } as Record<string, string>)[v] ?? v;
  return { kind: 'string', value: QUALIFIER_ALIASES[v] ?? v };
}

function parseItem(isDigit: boolean, text: string): Item {
  return isDigit
    ? { kind: 'number', value: BigInt(text.length === 0 ? '0' : text) }
    : stringItem(text, false);
}

function isNullItem(item: Item): boolean {
  if (item.kind === 'number') return item.value === 0n;
  if (item.kind === 'string') return comparableQualifier(item.value) === RELEASE_INDEX;
  return item.items.length === 0;
}

function compareItems(a: Item, b: Item | null): number {
  if (a.kind === 'number') {
    if (b === null) return a.value === 0n ? 0 : 1;
    if (b.kind === 'number') return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
    return 1;
  }
  if (a.kind === 'string') {
    if (b === null) return javaCompare(comparableQualifier(a.value), RELEASE_INDEX);
    if (b.kind === 'string') return javaCompare(comparableQualifier(a.value), comparableQualifier(b.value));
    return -1;
  }
  if (b === null) {
    for (const item of a.items) {
      const result = compareItems(item, null);
      if (result !== 0) return result;
    }
    return 0;
  }
  if (b.kind === 'number') return -1;
  if (b.kind === 'string') return 1;
  const n = Math.max(a.items.length, b.items.length);
  for (let i = 0; i < n; i++) {
    const l = a.items[i] ?? null;
    const r = b.items[i] ?? null;
    const result = l === null ? (r === null ? 0 : -1 * compareItems(r, l)) : compareItems(l, r);
    if (result !== 0) return result;
  }
  return 0;
}

function normalize(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const last = list[i] as Item;
    if (isNullItem(last)) list.splice(i, 1);
    else if (last.kind !== 'list') break;
  }
}

/** Maven's `ComparableVersion`: a version string and its ordering (1.0 = 1, 1-rc < 1 < 1-sp, 1.9 < 1.10). */
export class ComparableVersion {
  readonly text: string;
  private readonly items: Item;

  constructor(version: string) {
    this.text = version;
    const root: Item[] = [];
    const stack: Item[][] = [root];
    let list = root;
    const lower = version.toLowerCase();
    let isDigit = false;
    let start = 0;
    const pushList = () => {
      const next: Item[] = [];
      list.push({ kind: 'list', items: next });
      list = next;
      stack.push(next);
    };
    for (let i = 0; i < lower.length; i++) {
      const c = lower[i] as string;
      if (c === '.' || c === '-') {
        list.push(i === start ? { kind: 'number', value: 0n } : parseItem(isDigit, lower.slice(start, i)));
        start = i + 1;
        if (c === '-') pushList();
      } else if (c >= '0' && c <= '9') {
        if (!isDigit && i > start) {
          if (list.length > 0) pushList();
          list.push(stringItem(lower.slice(start, i), true));
          start = i;
          pushList();
        }
        isDigit = true;
      } else {
        if (isDigit && i > start) {
          list.push(parseItem(true, lower.slice(start, i)));
          start = i;
          pushList();
        }
        isDigit = false;
      }
    }
    if (lower.length > start) {
      if (!isDigit && list.length > 0) pushList();
      list.push(parseItem(isDigit, lower.slice(start)));
    }
    while (stack.length > 0) normalize(stack.pop() as Item[]);
    this.items = { kind: 'list', items: root };
  }

  compareTo(other: ComparableVersion): number {
    return compareItems(this.items, other.items);
  }

  toString(): string {
    return this.text;
  }
}

/** One interval of a range; null bounds are open-ended. */
export interface Restriction {
  readonly lower: ComparableVersion | null;
  readonly lowerInclusive: boolean;
  readonly upper: ComparableVersion | null;
  readonly upperInclusive: boolean;
}

function restrictionContains(r: Restriction, v: ComparableVersion): boolean {
  if (r.lower !== null) {
    const c = r.lower.compareTo(v);
    if ((c === 0 && !r.lowerInclusive) || c > 0) return false;
  }
  if (r.upper !== null) {
    const c = r.upper.compareTo(v);
    if ((c === 0 && !r.upperInclusive) || c < 0) return false;
  }
  return true;
}

function restrictionText(r: Restriction): string {
  return `${r.lowerInclusive ? '[' : '('}${r.lower?.text ?? ''},${r.upper?.text ?? ''}${r.upperInclusive ? ']' : ')'}`;
}

function parseRestriction(spec: string): Restriction {
  const lowerInclusive = spec.startsWith('[');
  const upperInclusive = spec.endsWith(']');
  const process = javaTrim(spec.slice(1, -1));
  const comma = process.indexOf(',');
  if (comma < 0) {
    if (!lowerInclusive || !upperInclusive) {
      throw new InvalidVersionSpecificationError(`Single version must be surrounded by []: ${spec}`);
    }
    const version = new ComparableVersion(process);
    return { lower: version, lowerInclusive, upper: version, upperInclusive };
  }
  const lowerText = javaTrim(process.slice(0, comma));
  const upperText = javaTrim(process.slice(comma + 1));
  const lower = lowerText.length > 0 ? new ComparableVersion(lowerText) : null;
  const upper = upperText.length > 0 ? new ComparableVersion(upperText) : null;
  if (lower !== null && upper !== null) {
    const result = upper.compareTo(lower);
    if (result < 0 || (result === 0 && (!lowerInclusive || !upperInclusive))) {
      throw new InvalidVersionSpecificationError(`Range defies version ordering: ${spec}`);
    }
  }
  return { lower, lowerInclusive, upper, upperInclusive };
}

/** Maven's `VersionRange`: hard restrictions, or a soft "recommended" version. */
export class VersionRange {
  readonly recommended: ComparableVersion | null;
  readonly restrictions: readonly Restriction[];

  private constructor(recommended: ComparableVersion | null, restrictions: readonly Restriction[]) {
    this.recommended = recommended;
    this.restrictions = restrictions;
  }

  /** `VersionRange.createFromVersionSpec(spec)`; throws InvalidVersionSpecificationError with Maven's message. */
  static fromSpec(spec: string): VersionRange {
    const restrictions: Restriction[] = [];
    let process = spec;
    let upperBound: ComparableVersion | null = null;
    while (process.startsWith('[') || process.startsWith('(')) {
      const index1 = process.indexOf(')');
      const index2 = process.indexOf(']');
      let index = index2;
      if ((index2 < 0 || index1 < index2) && index1 >= 0) index = index1;
      if (index < 0) throw new InvalidVersionSpecificationError(`Unbounded range: ${spec}`);
      const restriction = parseRestriction(process.slice(0, index + 1));
      if (
        upperBound !== null &&
        (restriction.lower === null || restriction.lower.compareTo(upperBound) < 0)
      ) {
        throw new InvalidVersionSpecificationError(`Ranges overlap: ${spec}`);
      }
      restrictions.push(restriction);
      upperBound = restriction.upper;
      process = javaTrim(process.slice(index + 1));
      if (process.startsWith(',')) process = javaTrim(process.slice(1));
    }
    if (process.length > 0) {
      if (restrictions.length > 0) {
        throw new InvalidVersionSpecificationError(
          `Only fully-qualified sets allowed in multiple set scenario: ${spec}`,
        );
      }
      const everything: Restriction = {
        lower: null,
        lowerInclusive: false,
        upper: null,
        upperInclusive: false,
      };
      return new VersionRange(new ComparableVersion(process), [everything]);
    }
    return new VersionRange(null, restrictions);
  }

  hasRestrictions(): boolean {
    return this.restrictions.length > 0 && this.recommended === null;
  }

  containsVersion(version: string): boolean {
    const v = new ComparableVersion(version);
    return this.restrictions.some((r) => restrictionContains(r, v));
  }

  toString(): string {
    return this.recommended !== null
      ? this.recommended.text
      : this.restrictions.map(restrictionText).join(',');
  }
}

/**
 * `PluginUtils.connectorVersionRequirement`: null or `latest` means no requirement; a bare version means exactly
 * that version (`1.0` → `[1.0]`). Throws InvalidVersionSpecificationError for malformed specs.
 */
export function versionRequirement(version: string | null | undefined): VersionRange | null {
  if (version === null || version === undefined || version === 'latest') return null;
  const trimmed = javaTrim(version);
  const range = VersionRange.fromSpec(trimmed);
  if (range.hasRestrictions()) return range;
  return VersionRange.fromSpec(`[${trimmed}]`);
}
