export const VARIANTS = {
  'fastify-mercurius': 'NestJS + Fastify + Mercurius (jit: 1)',
  'express-apollo': 'NestJS + Express + Apollo Server 5',
  // Not a candidate: shows how much of Mercurius' lead comes from graphql-jit.
  'fastify-mercurius-no-jit': 'NestJS + Fastify + Mercurius (no jit)',
} as const;

export type VariantName = keyof typeof VARIANTS;

export function isVariantName(value: string | undefined): value is VariantName {
  return value !== undefined && Object.hasOwn(VARIANTS, value);
}

export interface ServerReadyMessage {
  port: number;
}
