import { useTranslation } from 'react-i18next';
import type { SupplierGapCode } from '@lagebild/domain';
import { useFormat } from '../format';

/** A supplier gap as the API hands it over (`SupplierGap`). */
export interface SupplierGapDetail {
  code: SupplierGapCode;
  service: { name: string };
  supplier: { name: string };
  direct: boolean;
  promisedMinutes: number;
  requiredMinutes: number;
  exceedsByMinutes: number;
}

/**
 * Words a supplier gap in the reader's language: the API says which supplier, which service
 * and by how many minutes; the dashboard says it in German or English.
 */
export function useSupplierGapText(): (gap: SupplierGapDetail) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (gap) => {
    const sentence = t(`services.gap.${gap.code}`, {
      supplier: gap.supplier.name,
      service: gap.service.name,
      promised: format.duration(gap.promisedMinutes),
      required: format.duration(gap.requiredMinutes),
      exceedsBy: format.duration(gap.exceedsByMinutes),
    });
    return gap.direct
      ? sentence
      : `${sentence} ${t('services.gap.indirect', { service: gap.service.name })}`;
  };
}
