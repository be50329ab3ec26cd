import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { CurrentActor, RequestCtx, type RequestContext } from '../graphql/context';
import { IncidentModel } from '../incidents/models/incident.model';
import { RecordPersonalDataBreachInput } from './dto/record-personal-data-breach.input';
import { PersonalDataBreachModel } from './models/personal-data-breach.model';
import { PersonalDataService } from './personal-data.service';

/** The breach record on `Incident` (VIEWER reads) and its keeping (RESPONDER). */
@Resolver(() => IncidentModel)
export class PersonalDataResolver {
  constructor(private readonly personalData: PersonalDataService) {}

  @ResolveField(() => PersonalDataBreachModel, {
    nullable: true,
    description:
      'The personal-data breach record with its 72-hour clock; null when the incident is not flagged as affecting personal data.',
  })
  personalDataBreach(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<PersonalDataBreachModel | null> {
    return this.personalData.model(context, incident.id);
  }

  @Mutation(() => PersonalDataBreachModel, {
    description:
      'Flags an incident as affecting personal data and keeps its breach record (GDPR Art. 33(5)); the first record without `version`, edits with the version they are based on (CONFLICT otherwise).',
  })
  @RequireRole('RESPONDER')
  recordPersonalDataBreach(
    @Args('input') input: RecordPersonalDataBreachInput,
    @CurrentActor() actor: Actor,
  ): Promise<PersonalDataBreachModel> {
    return this.personalData.record(input, actor);
  }
}
