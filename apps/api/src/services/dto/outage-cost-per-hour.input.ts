import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt } from 'class-validator';

/**
 * The estimated cost of an hour of full outage. Whole numbers; the range (0 up to the domain's
 * `OUTAGE_ORDERS_PER_HOUR_MAX` / `OUTAGE_EUROS_PER_HOUR_MAX`) is the domain's rule and comes
 * back as `NUMBER_RANGE` on `outageCostPerHour.orders` or `.euros`.
 */
@InputType()
export class OutageCostPerHourInput {
  @Field(() => Int, { description: 'Orders lost per hour of full outage.' })
  @IsInt()
  orders: number;

  @Field(() => Int, { description: 'Euros lost per hour of full outage.' })
  @IsInt()
  euros: number;
}
