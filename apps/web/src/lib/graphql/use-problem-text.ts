import { useTranslation } from 'react-i18next';
import type { ApiProblem } from './errors';

/** The problem in the reader's words; the server's own message only for unknown failures. */
export function useProblemText(): (problem: ApiProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    switch (problem.code) {
      case 'NETWORK':
        return t('errors.network');
      case 'UNAUTHENTICATED':
        return t('errors.unauthenticated');
      case 'FORBIDDEN':
        // The four-eyes rule refuses a person, not a role: say which rule.
        return Object.values(problem.fieldIssueDetails).some((issue) => issue.code === 'FOUR_EYES')
          ? t('errors.fourEyes')
          : t('errors.forbidden');
      case 'NOT_FOUND':
        return t('errors.notFound');
      case 'CONFLICT':
        // A taken key or address is a conflict with another record, not a stale edit: it is
        // shown on its field.
        return Object.keys(problem.fieldIssues).length > 0
          ? t('errors.badInput')
          : t('errors.conflict');
      case 'TOO_MANY_REQUESTS':
        return t('errors.tooMany');
      case 'BAD_USER_INPUT':
        return Object.keys(problem.fieldIssues).length > 0
          ? t('errors.badInput')
          : t('errors.refused', { message: problem.message });
      default:
        return t('errors.unknown', { message: problem.message });
    }
  };
}
