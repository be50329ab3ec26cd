import { useTranslation } from 'react-i18next';
import type { Role } from '../../lib/graphql/generated/graphql';
import { FormField } from '../../lib/forms/form-field';

/** Roles in rising order of power, as the API orders them. */
export const ROLES: readonly Role[] = ['VIEWER', 'RESPONDER', 'ADMIN'];

/** A labelled role picker, shared by the people and API-key forms. */
export function RoleField({ value, onChange }: { value: Role; onChange: (role: Role) => void }) {
  const { t } = useTranslation();
  return (
    <FormField label={t('settings.role')}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(event.target.value as Role)}>
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
