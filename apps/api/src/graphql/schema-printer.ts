import { type INestApplicationContext } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** The schema as SDL, sorted, exactly as committed in apps/api/schema.graphql. */
export function printAppSchema(app: INestApplicationContext): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
