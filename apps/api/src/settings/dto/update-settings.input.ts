import { type ContactWayKind, type Severity } from '@lagebild/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SeverityEnum } from '../../incidents/models/incident.model';
import { NullClears, PartialUpdate } from '../../graphql/validation.pipe';
import { ContactWayKindEnum } from '../models/organisation-settings.model';

// Lengths and ranges are the domain's rules (validateOrganisationSettings); the bounds here
// only keep absurd input away from it.

@InputType()
export class ContactWayInput {
  @Field(() => ContactWayKindEnum)
  @IsIn(Object.values(ContactWayKindEnum))
  kind: ContactWayKind;

  @Field()
  @IsString()
  @MaxLength(1000)
  label: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  value: string;
}

@InputType()
export class SeverityCadenceInput {
  @Field(() => SeverityEnum)
  @IsIn(Object.values(SeverityEnum))
  severity: Severity;

  @Field(() => Int, { nullable: true, description: 'Minutes; null or left out: none is owed.' })
  @IsOptional()
  @IsInt()
  @NullClears()
  minutes?: number | null;
}

@InputType()
export class ServicePublicationInput {
  @Field()
  @IsString()
  @MaxLength(64)
  serviceKey: string;

  @Field(() => String, { nullable: true, description: 'Null or empty: the catalogue name.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @NullClears()
  publicName?: string | null;

  @Field()
  @IsBoolean()
  shownOnStatusPage: boolean;
}

/** Changes to the organisation settings; fields left out stay as they are, lists are replaced. */
@PartialUpdate()
@InputType()
export class UpdateSettingsInput {
  @Field(() => Int, { description: 'The version the change is based on.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  organisationName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  statusPageTitle?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  supportContact?: string;

  @Field(() => [ContactWayInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ContactWayInput)
  contactWays?: ContactWayInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @Field(() => [SeverityCadenceInput], {
    nullable: true,
    description: 'Replaces the cadence; a severity left out is owed no cadence.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => SeverityCadenceInput)
  cadence?: SeverityCadenceInput[];

  @Field(() => String, { nullable: true, description: 'Null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @NullClears()
  publicUrl?: string | null;

  @Field(() => [ServicePublicationInput], {
    nullable: true,
    description: 'Replaces the publications; a service left out is shown under its own name.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ServicePublicationInput)
  services?: ServicePublicationInput[];

  @Field({ nullable: true, description: 'Turns the four-eyes rule for messages on or off.' })
  @IsOptional()
  @IsBoolean()
  fourEyesApproval?: boolean;
}
