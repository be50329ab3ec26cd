import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidatorOptions } from 'class-validator';
import { isInstantInRange, MAX_ITEM_ISSUES } from '@lagebild/domain';

interface FieldIssue {
  field: string;
  message: string;
}

const NULL_CLEARS = Symbol('lagebild:null-clears');
const PARTIAL_UPDATE = Symbol('lagebild:partial-update');
const IN_SLICES = Symbol('lagebild:validated-in-slices');

/** Items of a sliced array checked between two turns of the event loop. */
export const VALIDATION_SLICE = 1_000;

const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: false,
};

type InputClass = new () => object;

interface SlicedArray {
  property: string;
  itemType: () => InputClass;
}

/**
 * Marks an optional input field where an explicit `null` means something (it clears the value).
 * Elsewhere null means nothing of its own: see `PartialUpdate`.
 */
export function NullClears(): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(NULL_CLEARS, true, target, property);
}

/**
 * Marks an input that changes an existing object: a field left out keeps its value, so an
 * explicit `null` (unless it clears, `NullClears`) is refused as ambiguous. In every other input
 * null in an optional field is taken as left out (the default applies), as clients send it.
 */
export function PartialUpdate(): ClassDecorator {
  return (target) => Reflect.defineMetadata(PARTIAL_UPDATE, true, target);
}

/**
 * Marks a list of input objects that may be long (an import of 50,000 items): its items are
 * checked with the same class-validator rules as `@ValidateNested({ each: true })` would, but
 * slice by slice, letting the event loop run between slices, so one large request does not keep
 * every other caller waiting. Use it instead of `@ValidateNested` and `@Type`.
 */
export function ValidatedInSlices(itemType: () => InputClass): PropertyDecorator {
  return (target, property) => {
    const owner = target.constructor;
    const known = (Reflect.getOwnMetadata(IN_SLICES, owner) as SlicedArray[] | undefined) ?? [];
    Reflect.defineMetadata(IN_SLICES, [...known, { property: String(property), itemType }], owner);
  };
}

function slicedArraysOf(metatype: ArgumentMetadata['metatype']): SlicedArray[] {
  if (typeof metatype !== 'function') return [];
  return (Reflect.getMetadata(IN_SLICES, metatype) as SlicedArray[] | undefined) ?? [];
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Flattens class-validator's nested errors into `{ field: 'items.3.dueAt', message }` pairs. */
function flatten(errors: ValidationError[], prefix = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function join(prefix: string, key: string | number): string {
  return prefix ? `${prefix}.${key}` : String(key);
}

/**
 * Values no rule of a DTO needs to repeat, wherever they appear: a string with a NUL character
 * (PostgreSQL cannot store it, and no caller means one) and an instant that is no instant or
 * lies outside 1970–2999 (a typing or encoding mistake such as year 9999999).
 */
function valueIssues(value: unknown, path: string): FieldIssue[] {
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? [{ field: path, message: 'must not contain a NUL character (\\u0000)' }]
      : [];
  }
  if (value instanceof Date) {
    return isInstantInRange(value)
      ? []
      : [{ field: path, message: 'must be an instant between 1970 and 2999' }];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => valueIssues(item, join(path, index)));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => valueIssues(item, join(path, key)));
  }
  return [];
}

let inputClasses: Set<unknown> | undefined;

function isInputClass(constructor: unknown): boolean {
  inputClasses ??= new Set(TypeMetadataStorage.getInputTypesMetadata().map((meta) => meta.target));
  return inputClasses.has(constructor);
}

/**
 * Explicit nulls in input objects that mean nothing: refused in a partial update, removed (taken
 * as left out) elsewhere. Mutates `value`, the pipe's own transformed copy.
 */
function nullIssues(value: unknown, path: string): FieldIssue[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => nullIssues(item, join(path, index)));
  }
  if (value === null || typeof value !== 'object' || !isInputClass(value.constructor)) return [];
  const partial = Reflect.getMetadata(PARTIAL_UPDATE, value.constructor) === true;
  const record = value as Record<string, unknown>;
  return Object.entries(record).flatMap(([key, item]) => {
    const field = join(path, key);
    if (item !== null) return nullIssues(item, field);
    if (Reflect.getMetadata(NULL_CLEARS, value, key)) return [];
    if (!partial) {
      delete record[key];
      return [];
    }
    return [{ field, message: 'must not be null: leave it out to keep the current value' }];
  });
}

function refusal(all: FieldIssue[]): BadRequestException {
  const issues = all.slice(0, MAX_ITEM_ISSUES);
  const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  return new BadRequestException({ message: `Invalid input: ${summary}`, issues });
}

/**
 * Validates every GraphQL argument at the edge; a bad field becomes BAD_USER_INPUT naming it.
 * Besides the class-validator rules of the DTOs: no NUL character in any string, no instant
 * outside 1970–2999, and no explicit null in a partial update's field unless null clears it. The same
 * pipe checks the arguments of a whole operation before it runs (`operation-arguments.ts`).
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      ...VALIDATOR_OPTIONS,
      exceptionFactory: (errors) => refusal(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return value;
    const sliced = slicedArraysOf(metadata.metatype);
    if (sliced.length > 0 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return this.transformInSlices(value as Record<string, unknown>, metadata, sliced);
    }
    const scalar = value === null || typeof value !== 'object';
    const issues = valueIssues(value, scalar || value instanceof Date ? (metadata.data ?? '') : '');
    if (issues.length > 0) throw refusal(issues);
    const transformed: unknown = await super.transform(value, metadata);
    const nulls = nullIssues(transformed, '');
    if (nulls.length > 0) throw refusal(nulls);
    return transformed;
  }

  /**
   * The same checks in the same order as for any input — values, class-validator rules, nulls —
   * but the long lists are checked a slice at a time. The object around them is checked with a
   * stand-in list of the same length, so its own rules (`@ArrayMaxSize`) see the real length.
   */
  private async transformInSlices(
    value: Record<string, unknown>,
    metadata: ArgumentMetadata,
    sliced: readonly SlicedArray[],
  ): Promise<unknown> {
    const outer: Record<string, unknown> = { ...value };
    const lists: { property: string; itemType: InputClass; items: unknown[] }[] = [];
    for (const { property, itemType } of sliced) {
      const items = outer[property];
      if (!Array.isArray(items)) continue;
      lists.push({ property, itemType: itemType(), items });
      outer[property] = items.map(() => null);
    }
    const valueProblems = valueIssues(outer, '');
    const ruleProblems: FieldIssue[] = [];
    const nullProblems: FieldIssue[] = [];
    const checked = new Map<string, object[]>();
    for (const { property, itemType, items } of lists) {
      const instances: object[] = [];
      for (let start = 0; start < items.length; start += VALIDATION_SLICE) {
        if (start > 0) await nextTurn();
        const end = Math.min(items.length, start + VALIDATION_SLICE);
        for (let index = start; index < end; index += 1) {
          const path = join(property, index);
          const item = items[index];
          valueProblems.push(...valueIssues(item, path));
          const instance = plainToInstance(itemType, item) as object;
          ruleProblems.push(...flatten(validateSync(instance, VALIDATOR_OPTIONS), path));
          nullProblems.push(...nullIssues(instance, path));
          instances.push(instance);
        }
      }
      checked.set(property, instances);
    }
    if (valueProblems.length > 0) throw refusal(valueProblems);
    let transformed: Record<string, unknown>;
    try {
      transformed = (await super.transform(outer, metadata)) as Record<string, unknown>;
    } catch (error) {
      if (!(error instanceof BadRequestException)) throw error;
      const { issues } = error.getResponse() as { issues?: FieldIssue[] };
      throw refusal([...(issues ?? []), ...ruleProblems]);
    }
    if (ruleProblems.length > 0) throw refusal(ruleProblems);
    const nulls = [...nullIssues(transformed, ''), ...nullProblems];
    if (nulls.length > 0) throw refusal(nulls);
    for (const [property, instances] of checked) transformed[property] = instances;
    return transformed;
  }
}

export function createValidationPipe(): InputValidationPipe {
  return new InputValidationPipe();
}
