import { ArgsType, Field, Float, GraphQLISODateTime, Int } from '@nestjs/graphql';
import {
  IsDate,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@ArgsType()
export class BacklogArgs {
  @Field()
  @IsString()
  @MaxLength(64)
  key: string;
}

@ArgsType()
export class BacklogForecastArgs {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default: now.' })
  @IsOptional()
  @IsDate()
  asOf?: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Answers staffNeededByDeadline when given.',
  })
  @IsOptional()
  @IsDate()
  deadline?: Date;

  @Field(() => Float, { nullable: true, description: 'What-if: forecast with this many people.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100000)
  staff?: number;
}

@ArgsType()
export class BacklogSnapshotsArgs {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only snapshots at or after.' })
  @IsOptional()
  @IsDate()
  since?: Date;
}

@ArgsType()
export class ItemsMissingPromiseArgs {
  @Field(() => Int, { nullable: true, defaultValue: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  first?: number;
}
