import { type DynamicModule, type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { BENCH_PROVIDERS } from './resolvers';

@Module({})
class FastifyMercuriusModule {
  static withJit(jit: boolean): DynamicModule {
    return {
      module: FastifyMercuriusModule,
      imports: [
        GraphQLModule.forRoot<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          autoSchemaFile: true,
          graphiql: false,
          // jit: 1 compiles a query to JavaScript with graphql-jit after its first execution.
          ...(jit ? { jit: 1 } : {}),
        }),
      ],
      providers: BENCH_PROVIDERS,
    };
  }
}

export async function createFastifyMercuriusApp(options: {
  jit: boolean;
}): Promise<INestApplication> {
  return NestFactory.create<NestFastifyApplication>(
    FastifyMercuriusModule.withJit(options.jit),
    new FastifyAdapter(),
    { logger: ['error', 'warn'] },
  );
}
