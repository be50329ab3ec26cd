import { useTranslation } from 'react-i18next';
import { currentLanguage, supportedLanguages } from './i18n';

/** Switches the interface language; i18next remembers the choice in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n.resolvedLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {supportedLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={language === active}
          onClick={() => void i18n.changeLanguage(language)}
        >
          <span aria-hidden="true">{language.toUpperCase()}</span>
          <span className="visually-hidden">{t(`app.languages.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
