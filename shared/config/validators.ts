/**
 * The validators of Apache's `ConfigDef` (and Connect's class/regex validators), with Apache's messages and
 * `toString()` texts. A value of the wrong JS type throws a TypeError, where Java throws ClassCastException or
 * NullPointerException (not caught by validation, so not reported as a config error).
 */
import {
  ConfigException,
  type ConfigType,
  isJavaClass,
  type JavaClass,
  javaValueString,
  type ParsedValue,
  type Validator,
} from './config-def.ts';
import { javaHashMapOrder } from './java-hash-order.ts';
import { checkJavaRegex } from './java-regex.ts';
import { isIsoControl } from './java-text.ts';

function expectString(value: ParsedValue): string | null {
  if (value === null || typeof value === 'string') return value;
  throw new TypeError(`Expected a String but got ${javaValueString(value)}`);
}

function expectList(value: ParsedValue): readonly string[] {
  if (Array.isArray(value)) return value as readonly string[];
  throw new TypeError(`Expected a List but got ${javaValueString(value)}`);
}

/** A bound of a Range: integers print as Java ints/longs, `double` bounds as Java doubles (`0.5`, `1.0`). */
type Bound = { readonly value: number; readonly double: boolean };

function bound(value: number | undefined, double: boolean | undefined): Bound | null {
  if (value === undefined) return null;
  return { value, double: double ?? !Number.isInteger(value) };
}

function boundText(b: Bound): string {
  return javaValueString(b.value, b.double ? 'DOUBLE' : 'INT');
}

/** `ConfigDef.Range`: inclusive numeric bounds. */
export class Range implements Validator {
  private readonly min: Bound | null;
  private readonly max: Bound | null;

  private constructor(min: Bound | null, max: Bound | null) {
    this.min = min;
    this.max = max;
  }

  /** `Range.atLeast(min)`; pass `double: true` for a Java double bound with an integral value (prints `0.0`). */
  static atLeast(min: number, options: { double?: boolean } = {}): Range {
    return new Range(bound(min, options.double), null);
  }

  /** `Range.between(min, max)`, both inclusive. */
  static between(min: number, max: number, options: { double?: boolean } = {}): Range {
    return new Range(bound(min, options.double), bound(max, options.double));
  }

  ensureValid(name: string, value: ParsedValue, type?: ConfigType): void {
    if (value === null) throw ConfigException.invalid(name, null, 'Value must be non-null');
    if (typeof value !== 'number' && typeof value !== 'bigint') {
      throw new TypeError(`Expected a Number but got ${javaValueString(value)}`);
    }
    const n = Number(value);
    if (this.min !== null && n < this.min.value) {
      throw ConfigException.invalid(name, value, `Value must be at least ${boundText(this.min)}`, type);
    }
    if (this.max !== null && n > this.max.value) {
      throw ConfigException.invalid(name, value, `Value must be no more than ${boundText(this.max)}`, type);
    }
  }

  toString(): string {
    if (this.min === null && this.max === null) return '[...]';
    if (this.min === null) return `[...,${boundText(this.max as Bound)}]`;
    if (this.max === null) return `[${boundText(this.min)},...]`;
    return `[${boundText(this.min)},...,${boundText(this.max)}]`;
  }
}

/** `ConfigDef.ValidString.in(...)`: the value must be one of the strings (case-sensitive). */
export class ValidString implements Validator {
  readonly validStrings: readonly string[];

  private constructor(validStrings: readonly string[]) {
    this.validStrings = validStrings;
  }

  static in(...validStrings: string[]): ValidString {
    return new ValidString(validStrings);
  }

  ensureValid(name: string, value: ParsedValue): void {
    const s = expectString(value);
    if (s === null || !this.validStrings.includes(s)) {
      throw ConfigException.invalid(name, value, `String must be one of: ${this.validStrings.join(', ')}`);
    }
  }

  toString(): string {
    return `[${this.validStrings.join(', ')}]`;
  }
}

/** `ConfigDef.ValidList.in(...)`: every element must be one of the strings. */
export class ValidList implements Validator {
  private readonly validString: ValidString;

  private constructor(validString: ValidString) {
    this.validString = validString;
  }

  static in(...validStrings: string[]): ValidList {
    return new ValidList(ValidString.in(...validStrings));
  }

  ensureValid(name: string, value: ParsedValue): void {
    for (const element of expectList(value)) this.validString.ensureValid(name, element);
  }

  toString(): string {
    return this.validString.toString();
  }
}

/**
 * `ConfigDef.CaseInsensitiveValidString.in(...)`. Apache keeps the upper-cased strings in a HashSet, so its message
 * lists them in that set's order (e.g. `REQUIRED, REQUESTED`).
 */
export class CaseInsensitiveValidString implements Validator {
  private readonly validStrings: readonly string[];

  private constructor(validStrings: readonly string[]) {
    this.validStrings = javaHashMapOrder(validStrings.map((s) => s.toUpperCase()));
  }

  static in(...validStrings: string[]): CaseInsensitiveValidString {
    return new CaseInsensitiveValidString(validStrings);
  }

  ensureValid(name: string, value: ParsedValue): void {
    const s = expectString(value);
    if (s === null || !this.validStrings.includes(s.toUpperCase())) {
      throw ConfigException.invalid(
        name,
        value,
        `String must be one of (case insensitive): ${this.validStrings.join(', ')}`,
      );
    }
  }

  toString(): string {
    return `(case insensitive) [${this.validStrings.join(', ')}]`;
  }
}

/** `ConfigDef.NonNullValidator`. */
export class NonNullValidator implements Validator {
  ensureValid(name: string, value: ParsedValue): void {
    if (value === null) throw ConfigException.invalid(name, 'null', 'entry must be non null');
  }

  toString(): string {
    return 'non-null string';
  }
}

/** `ConfigDef.NonEmptyString`: null passes, "" does not. */
export class NonEmptyString implements Validator {
  ensureValid(name: string, value: ParsedValue): void {
    const s = expectString(value);
    if (s !== null && s.length === 0) throw ConfigException.invalid(name, value, 'String must be non-empty');
  }

  toString(): string {
    return 'non-empty string';
  }
}

/** `ConfigDef.NonEmptyStringWithoutControlChars` (used for connector names). */
export class NonEmptyStringWithoutControlChars implements Validator {
  static nonEmptyStringWithoutControlChars(): NonEmptyStringWithoutControlChars {
    return new NonEmptyStringWithoutControlChars();
  }

  ensureValid(name: string, value: ParsedValue): void {
    const s = expectString(value);
    // A missing name is reported by the required-config check, so null passes here.
    if (s === null) return;
    if (s.length === 0) throw ConfigException.invalid(name, value, 'String may not be empty');
    const found: number[] = [];
    for (let i = 0; i < s.length; i++) {
      // Java walks UTF-16 indexes but reads code points there, so a surrogate pair is seen twice.
      const cp = s.codePointAt(i) as number;
      if (isIsoControl(cp)) found.push(cp);
    }
    if (found.length > 0) {
      throw ConfigException.invalid(
        name,
        value,
        `String may not contain control sequences but had the following ASCII chars: ${found.join(', ')}`,
      );
    }
  }

  toString(): string {
    return 'non-empty string without ISO control characters';
  }
}

/** `ConfigDef.ListSize.atMostOfSize(n)`. */
export class ListSize implements Validator {
  private readonly maxSize: number;

  private constructor(maxSize: number) {
    this.maxSize = maxSize;
  }

  static atMostOfSize(maxSize: number): ListSize {
    return new ListSize(maxSize);
  }

  ensureValid(name: string, value: ParsedValue): void {
    if (expectList(value).length > this.maxSize) {
      throw ConfigException.invalid(name, value, `exceeds maximum list size of [${this.maxSize}].`);
    }
  }

  toString(): string {
    return `List containing maximum of ${this.maxSize} elements`;
  }
}

/** `ConfigDef.CompositeValidator.of(...)`: runs each in turn; the first failure wins. */
export class CompositeValidator implements Validator {
  private readonly validators: readonly Validator[];

  private constructor(validators: readonly Validator[]) {
    this.validators = validators;
  }

  static of(...validators: Validator[]): CompositeValidator {
    return new CompositeValidator(validators);
  }

  ensureValid(name: string, value: ParsedValue, type?: ConfigType): void {
    for (const validator of this.validators) validator.ensureValid(name, value, type);
  }

  toString(): string {
    return this.validators.map((v) => v.toString()).join(', ');
  }
}

/** `ConfigDef.LambdaValidator.with(check, describe)`. */
export class LambdaValidator implements Validator {
  private readonly check: (name: string, value: ParsedValue, type?: ConfigType) => void;
  private readonly describe: () => string;

  private constructor(
    check: (name: string, value: ParsedValue, type?: ConfigType) => void,
    describe: () => string,
  ) {
    this.check = check;
    this.describe = describe;
  }

  static with(
    check: (name: string, value: ParsedValue, type?: ConfigType) => void,
    describe: () => string,
  ): LambdaValidator {
    return new LambdaValidator(check, describe);
  }

  ensureValid(name: string, value: ParsedValue, type?: ConfigType): void {
    this.check(name, value, type);
  }

  toString(): string {
    return this.describe();
  }
}

/** Connect's `RegexValidator`: the value must compile as a Java regex. */
export class RegexValidator implements Validator {
  ensureValid(name: string, value: ParsedValue): void {
    if (value === null) {
      // What Java's Pattern.compile(null) fails with, as Apache reports it.
      throw ConfigException.invalid(
        name,
        null,
        'Invalid regex: Cannot invoke "String.isEmpty()" because "this.pattern" is null',
      );
    }
    const error = checkJavaRegex(expectString(value) as string);
    if (error !== null) throw ConfigException.invalid(name, value, `Invalid regex: ${error}`);
  }

  toString(): string {
    return 'valid regex';
  }
}

/** A Connect plugin supertype, as `Utils.ensureConcreteSubclass` names it in messages. */
export interface PluginSupertype {
  /** Simple name, e.g. `Converter`. */
  readonly simpleName: string;
  /** Interfaces are "implemented", classes "extended". */
  readonly isInterface: boolean;
}

/**
 * `Utils.ensureConcreteSubclass(base, cls)`: throws ConfigException when `cls` is not assignable to `base`
 * ("Class class X does not implement the Converter interface") or is abstract ("This class is abstract and cannot
 * be created. Did you mean A, B?", listing its public concrete nested classes that are).
 */
export function ensureConcreteSubclass(base: PluginSupertype, cls: JavaClass): void {
  if (!cls.supertypes.includes(base.simpleName)) {
    const inherit = base.isInterface ? 'implement' : 'extend';
    const kind = base.isInterface ? 'interface' : 'class';
    throw new ConfigException(
      `Class ${javaValueString(cls)} does not ${inherit} the ${base.simpleName} ${kind}`,
    );
  }
  if (cls.isAbstract) {
    const children = (cls.nestedClasses ?? [])
      .filter((c) => c.supertypes.includes(base.simpleName) && !c.isAbstract)
      .map((c) => c.name);
    let message = 'This class is abstract and cannot be created.';
    if (children.length > 0) message += ` Did you mean ${children.join(', ')}?`;
    throw new ConfigException(message);
  }
}

/** Connect's `ConcreteSubClassValidator.forSuperClass(base)`: null passes (class not found is reported already). */
export class ConcreteSubClassValidator implements Validator {
  private readonly base: PluginSupertype;
  private readonly baseName: string;

  private constructor(base: PluginSupertype, baseName: string) {
    this.base = base;
    this.baseName = baseName;
  }

  /** `baseName` is the supertype's binary name, used only by `toString()`. */
  static forSuperClass(base: PluginSupertype, baseName: string): ConcreteSubClassValidator {
    return new ConcreteSubClassValidator(base, baseName);
  }

  ensureValid(_name: string, value: ParsedValue): void {
    if (value === null) return;
    if (!isJavaClass(value)) throw new TypeError(`Expected a Class but got ${javaValueString(value)}`);
    ensureConcreteSubclass(this.base, value);
  }

  toString(): string {
    return `A concrete subclass of ${this.baseName}`;
  }
}
