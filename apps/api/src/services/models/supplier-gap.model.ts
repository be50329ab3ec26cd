import { SUPPLIER_GAP_CODES, type SupplierGapCode } from '@lagebild/domain';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ServiceModel } from './service.model';

export const SupplierGapCodeEnum = Object.fromEntries(
  SUPPLIER_GAP_CODES.map((code) => [code, code]),
) as { [C in SupplierGapCode]: C };

registerEnumType(SupplierGapCodeEnum, {
  name: 'SupplierGapCode',
  description:
    "SUPPLIER_EXCEEDS_MTPD: the supplier's promised recovery is longer than the service's MTPD; SUPPLIER_EXCEEDS_RTO: longer than its RTO.",
});

@ObjectType('SupplierGap', {
  description:
    'A supplier that promises slower recovery than a service needing it (directly or through other services) may be down.',
})
export class SupplierGapModel {
  @Field(() => SupplierGapCodeEnum)
  code: SupplierGapCode;

  @Field({ description: 'The service that needs the supplier.' })
  serviceKey: string;

  @Field(() => ServiceModel)
  service: ServiceModel;

  @Field()
  supplierKey: string;

  @Field(() => ServiceModel)
  supplier: ServiceModel;

  @Field({ description: 'True when the service depends on the supplier itself.' })
  direct: boolean;

  @Field(() => Int, { description: "The supplier's promised recovery time (its RTO)." })
  promisedMinutes: number;

  @Field(() => Int, { description: "The service's MTPD or RTO, as the code says." })
  requiredMinutes: number;

  @Field(() => Int)
  exceedsByMinutes: number;
}
