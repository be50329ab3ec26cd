import { useTranslation } from 'react-i18next';
import type { ServiceStatus } from '@lagebild/domain';
import { useFormat } from '../format';
import { useListText } from './list-text';

/** A rank reason as the API hands it over: a code and everything its sentence says. */
export interface ReasonDetail {
  code: string;
  params: unknown;
}

type Params = Record<string, unknown>;

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => String(item)) : [];
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Words a rank reason in the reader's language from its code and parameters (the domain says
 * what and why; the dashboard says it in German or English). `null` for a code it does not know.
 */
export function useReasonText(): (reason: ReasonDetail) => string | null {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListText();
  const quoted = (titles: string[]): string =>
    list(titles.map((title) => t('words.quoted', { text: title })));
  return ({ code, params: raw }) => {
    const params = (typeof raw === 'object' && raw !== null ? raw : {}) as Params;
    switch (code) {
      case 'MANUAL_OVERRIDE':
        return t('reason.MANUAL_OVERRIDE', { rank: num(params.rank), reason: str(params.reason) });
      case 'OVERRIDE_MOVED': {
        const why = str(params.why);
        return t('reason.OVERRIDE_MOVED', {
          rank: num(params.rank),
          requestedRank: num(params.requestedRank),
          why:
            why === 'FEWER_BEFORE'
              ? t('reason.overrideWhy.FEWER_BEFORE')
              : why === 'DEPENDENCIES'
                ? t('reason.overrideWhy.DEPENDENCIES')
                : t('reason.overrideWhy.OTHERS'),
        });
      }
      case 'NEEDED_BY_OVERRIDE':
        return t('reason.NEEDED_BY_OVERRIDE', {
          title: t('words.quoted', { text: str(params.title) }),
          rank: num(params.rank),
        });
      case 'NEEDED_BY_TASKS':
        return t('reason.NEEDED_BY_TASKS', { titles: quoted(texts(params.titles)) });
      case 'WAITS_FOR':
        return t('reason.WAITS_FOR', { titles: quoted(texts(params.titles)) });
      case 'ENDS_SILENCE':
        return t('reason.ENDS_SILENCE', {
          duration: format.duration(num(params.overdueMinutes)),
        });
      case 'RTO_PASSED':
        return t('reason.RTO_PASSED', {
          rto: format.duration(num(params.rtoMinutes)),
          over: format.duration(-num(params.minutesLeft)),
        });
      case 'RTO_RUNNING':
        return t('reason.RTO_RUNNING', {
          rto: format.duration(num(params.rtoMinutes)),
          left: format.duration(num(params.minutesLeft)),
        });
      case 'SERVICE_RESTORED':
        return t('reason.SERVICE_RESTORED', { service: str(params.serviceName) });
      case 'BLOCKS_SERVICES':
        return t('reason.BLOCKS_SERVICES', { services: list(texts(params.serviceNames)) });
      case 'HOLDS_UP_BACKLOGS': {
        const open = Array.isArray(params.backlogOpen) ? params.backlogOpen : [];
        return t('reason.HOLDS_UP_BACKLOGS', {
          backlogs: list(
            texts(params.backlogNames).map((name, index) =>
              t('reason.backlogOpen', { name, open: num(open[index]) }),
            ),
          ),
        });
      }
      case 'TIER':
        return t('reason.TIER', { service: str(params.serviceName), tier: num(params.tier) });
      case 'OUTAGE':
        return t('reason.OUTAGE', {
          service: str(params.serviceName),
          state: t(`reason.outage.${(str(params.status) || 'MAJOR_OUTAGE') as ServiceStatus}`),
        });
      case 'MARKED_BLOCKED':
        return t('reason.MARKED_BLOCKED');
      case 'DONE':
        return t('reason.DONE');
      default:
        return null;
    }
  };
}
