import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** Flattens class-validator's nested errors into `{ field: 'items.3.dueAt', message }` pairs. */
function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates every GraphQL input at the edge; a bad field becomes BAD_USER_INPUT naming it. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const issues = flatten(errors);
      const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
      return new BadRequestException({ message: `Invalid input: ${summary}`, issues });
    },
  });
}
