import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { BENCH_PROVIDERS } from './resolvers';

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      playground: false,
    }),
  ],
  providers: BENCH_PROVIDERS,
})
class ExpressApolloModule {}

export async function createExpressApolloApp(): Promise<INestApplication> {
  return NestFactory.create<NestExpressApplication>(ExpressApolloModule, {
    logger: ['error', 'warn'],
  });
}
