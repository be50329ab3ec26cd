import { useTranslation } from 'react-i18next';

/** "A, B and C" / "A, B und C": a list joined the reader's way. */
export function listText(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

export function useListText(): (items: readonly string[]) => string {
  const { i18n } = useTranslation();
  return (items) => listText(i18n.resolvedLanguage ?? 'en', items);
}
