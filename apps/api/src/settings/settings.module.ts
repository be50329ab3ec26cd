import { Module } from '@nestjs/common';
import { ServicesModule } from '../services/services.module';
import { SettingsRepository } from './settings.repository';
import { SettingsResolver } from './settings.resolver';
import { SettingsService } from './settings.service';

/** The organisation settings (ADMIN); other features read them through `SettingsService`. */
@Module({
  imports: [ServicesModule],
  providers: [SettingsRepository, SettingsService, SettingsResolver],
  exports: [SettingsService],
})
export class SettingsModule {}
