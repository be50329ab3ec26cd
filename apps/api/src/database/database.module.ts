import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type AppConfig } from '../config/config';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source';
import { runMigrationsExclusively } from './migrate';
import { QueryCountingLogger } from './query-counter';

@Module({})
export class DatabaseModule {
  /** Connects, then applies pending migrations before the app accepts requests. */
  static forRoot(config: AppConfig, logger: QueryCountingLogger): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...buildDataSourceOptions(config.database, logger),
            // Fail fast with one clear line instead of retrying for half a minute.
            retryAttempts: 0,
          }),
          // Migrations run here rather than through `migrationsRun`, so that instances starting
          // together take turns (see runMigrationsExclusively).
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('Database options are missing');
            const dataSource = await new DataSource(options).initialize();
            try {
              await runMigrationsExclusively(dataSource);
            } catch (error) {
              await dataSource.destroy();
              throw error;
            }
            return dataSource;
          },
        }),
      ],
      providers: [{ provide: QueryCountingLogger, useValue: logger }],
      exports: [QueryCountingLogger],
    };
  }
}
