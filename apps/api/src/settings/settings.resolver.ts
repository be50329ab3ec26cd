import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { CurrentActor } from '../graphql/context';
import { UpdateSettingsInput } from './dto/update-settings.input';
import { OrganisationSettingsModel } from './models/organisation-settings.model';
import { SettingsService } from './settings.service';

@Resolver(() => OrganisationSettingsModel)
export class SettingsResolver {
  constructor(private readonly settings: SettingsService) {}

  @Query(() => OrganisationSettingsModel, {
    name: 'settings',
    description: 'The organisation settings: name, public page, contacts, cadence.',
  })
  @RequireRole('ADMIN')
  settingsQuery(): Promise<OrganisationSettingsModel> {
    return this.settings.model();
  }

  @Mutation(() => OrganisationSettingsModel, {
    description: 'Changes the organisation settings; CONFLICT when `version` is not current.',
  })
  @RequireRole('ADMIN')
  updateSettings(
    @Args('input') input: UpdateSettingsInput,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationSettingsModel> {
    return this.settings.update(input, actor);
  }
}
