import { type ContactWayKind, CONTACT_WAY_KINDS, type Severity } from '@lagebild/domain';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SeverityEnum } from '../../incidents/models/incident.model';

export const ContactWayKindEnum = Object.fromEntries(
  CONTACT_WAY_KINDS.map((kind) => [kind, kind]),
) as { [K in ContactWayKind]: K };

registerEnumType(ContactWayKindEnum, {
  name: 'ContactWayKind',
  description:
    'How a contact way is reached: e-mail, phone, a web page, social media, post, other.',
});

@ObjectType('ContactWay', { description: 'A way to reach the organisation, shown as written.' })
export class ContactWayModel {
  @Field(() => ContactWayKindEnum)
  kind: ContactWayKind;

  @Field({ description: 'e.g. "Mobile hotline".' })
  label: string;

  @Field({ description: 'An address, number or URL.' })
  value: string;
}

@ObjectType('SeverityCadence', { description: 'How often the public must hear from us.' })
export class SeverityCadenceModel {
  @Field(() => SeverityEnum)
  severity: Severity;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes between public words; null when none is owed.',
  })
  minutes: number | null;
}

@ObjectType('ServicePublication', { description: 'How one service appears on the public page.' })
export class ServicePublicationModel {
  @Field()
  serviceKey: string;

  @Field(() => String, {
    nullable: true,
    description: 'The name the public reads; null shows the catalogue name.',
  })
  publicName: string | null;

  @Field({ description: 'False keeps the service and its impacts off the public page.' })
  shownOnStatusPage: boolean;
}

@ObjectType('OrganisationSettings', {
  description: 'Who runs this Lagebild and how it speaks to the public.',
})
export class OrganisationSettingsModel {
  @Field()
  organisationName: string;

  @Field({ description: 'The public page’s title; empty means "<organisation> status".' })
  statusPageTitle: string;

  @Field({ description: 'Who customers contact, e.g. an e-mail address; may be empty.' })
  supportContact: string;

  @Field(() => [ContactWayModel], { description: 'Other ways, for when the phones are down.' })
  contactWays: ContactWayModel[];

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field(() => [SeverityCadenceModel], { description: 'One entry per severity, SEV1 first.' })
  cadence: SeverityCadenceModel[];

  @Field(() => String, { nullable: true, description: 'Where the public reaches Lagebild.' })
  publicUrl: string | null;

  @Field(() => [ServicePublicationModel], {
    description: 'Every service of the catalogue, as the public page shows it.',
  })
  services: ServicePublicationModel[];

  @Field({
    description:
      'The four-eyes rule: who drafted (or last edited) a message may not approve it as well.',
  })
  fourEyesApproval: boolean;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
