import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type AppConfig } from '../config/config';
import { buildDataSourceOptions } from './data-source';
import { QueryCountingLogger } from './query-counter';

@Module({})
export class DatabaseModule {
  /** Connects, then applies pending migrations before the app accepts requests. */
  static forRoot(config: AppConfig, logger: QueryCountingLogger): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(config.database, logger),
          migrationsRun: true,
          // Fail fast with one clear line instead of retrying for half a minute.
          retryAttempts: 0,
        }),
      ],
      providers: [{ provide: QueryCountingLogger, useValue: logger }],
      exports: [QueryCountingLogger],
    };
  }
}
