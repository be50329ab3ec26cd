import { Field, ID, ObjectType } from '@nestjs/graphql';
import { IncidentModel } from '../../incidents/models/incident.model';
import { OverviewModel } from './overview.model';

@ObjectType('IncidentChange', {
  description: 'An incident changed (the change committed); read the fields you show again.',
})
export class IncidentChangeModel {
  @Field(() => ID)
  incidentId: string;

  @Field({ description: 'The operation that changed it, e.g. `postIncidentUpdate`.' })
  change: string;

  /** Resolved on demand, after the change committed. */
  @Field(() => IncidentModel, { nullable: true, description: 'The incident as it is now.' })
  incident?: IncidentModel | null;
}

@ObjectType('OverviewChange', {
  description: 'Something on the overview changed (the change committed).',
})
export class OverviewChangeModel {
  @Field({ description: 'What kind of change, e.g. `declareIncident` or `backlogSnapshot`.' })
  change: string;

  /** Resolved on demand, after the change committed. */
  @Field(() => OverviewModel, { description: 'The situation picture as it is now.' })
  overview?: OverviewModel;
}
