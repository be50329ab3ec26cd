import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { AuditModule } from './audit/audit.module';
import { BacklogsModule } from './backlogs/backlogs.module';
import { ActorResolver } from './auth/actor-resolver';
import { AuthActorResolver } from './auth/auth-actor-resolver';
import { AuthModule } from './auth/auth.module';
import { CommonModule } from './common/common.module';
import { APP_CONFIG, type AppConfig } from './config/config';
import { DatabaseModule } from './database/database.module';
import { QueryCountingLogger } from './database/query-counter';
import { ScheduledBackups } from './database/portable/scheduled-backups';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { GraphqlOptionsFactory } from './graphql/graphql-options.factory';
import { createValidationPipe } from './graphql/validation.pipe';
import { HealthModule } from './health/health.module';
import { ObservabilityModule } from './observability/observability.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { LiveModule } from './live/live.module';
import { ServicesModule } from './services/services.module';
import { SettingsModule } from './settings/settings.module';
import { SituationPictureModule } from './situation-picture/situation-picture.module';
import { IncidentsModule } from './incidents/incidents.module';
import { RecoveryModule } from './recovery/recovery.module';
import { CommunicationsModule } from './communications/communications.module';
import { MetricsModule } from './metrics/metrics.module';
import { StatusPageModule } from './status-page/status-page.module';
import { OverviewModule } from './overview/overview.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { ReviewsModule } from './reviews/reviews.module';
import { ContinuityPlansModule } from './continuity-plans/continuity-plans.module';
import { ExercisesModule } from './exercises/exercises.module';
import { SituationModule } from './situation/situation.module';
import { DeliveryModule } from './delivery/delivery.module';
import { DemoModule } from './demo/demo.module';

/** Feature modules, one per folder. */
const FEATURE_MODULES = [
  HealthModule,
  ObservabilityModule,
  AuditModule,
  IdempotencyModule,
  AuthModule,
  ServicesModule,
  DeliveryModule,
  SettingsModule,
  BacklogsModule,
  IncidentsModule,
  RecoveryModule,
  PersonalDataModule,
  ReviewsModule,
  ContinuityPlansModule,
  ExercisesModule,
  CommunicationsModule,
  MetricsModule,
  StatusPageModule,
  SituationModule,
  OverviewModule,
  // Last, so the demo story loads after every other start-up step (people, settings).
  DemoModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, queryLogger = new QueryCountingLogger(true)): DynamicModule {
    const configModule: DynamicModule = {
      module: class ConfigModule {},
      global: true,
      imports: [AuthModule],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: ActorResolver, useClass: AuthActorResolver },
      ],
      exports: [APP_CONFIG, ActorResolver],
    };
    return {
      module: AppModule,
      imports: [
        configModule,
        CommonModule,
        LiveModule,
        SituationPictureModule,
        DatabaseModule.forRoot(config, queryLogger),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          useClass: GraphqlOptionsFactory,
        }),
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        ScheduledBackups,
      ],
    };
  }
}
