import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { isInstantInRange, MAX_ITEM_ISSUES } from '@lagebild/domain';

interface FieldIssue {
  field: string;
  message: string;
}

const NULL_CLEARS = Symbol('lagebild:null-clears');
const PARTIAL_UPDATE = Symbol('lagebild:partial-update');

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
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: false,
      exceptionFactory: (errors) => refusal(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return value;
    const scalar = value === null || typeof value !== 'object';
    const issues = valueIssues(value, scalar || value instanceof Date ? (metadata.data ?? '') : '');
    if (issues.length > 0) throw refusal(issues);
    const transformed: unknown = await super.transform(value, metadata);
    const nulls = nullIssues(transformed, '');
    if (nulls.length > 0) throw refusal(nulls);
    return transformed;
  }
}

export function createValidationPipe(): InputValidationPipe {
  return new InputValidationPipe();
}
