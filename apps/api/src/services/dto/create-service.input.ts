import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/**
 * Shape and size are checked here at the edge; the business rules (slug format, known
 * dependencies, no cycles) are the domain's and are checked there.
 */
@InputType()
export class CreateServiceInput {
  @Field()
  @IsString()
  @MaxLength(64)
  key: string;

  @Field()
  @IsString()
  @MaxLength(200)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(4)
  tier: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(525600)
  rtoMinutes: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(525600)
  rpoMinutes: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  dependsOn?: string[];
}
