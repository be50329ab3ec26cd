import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AffectedService', {
  description: 'A service touched by the incident: down itself, or through what it depends on.',
})
export class AffectedServiceModel {
  @Field()
  serviceKey: string;

  @Field({ description: 'True when the service itself is impaired.' })
  direct: boolean;

  @Field(() => [String], {
    description: 'The impaired services it depends on (for indirect ones).',
  })
  causedBy: string[];
}
