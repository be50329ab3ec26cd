import { useCallback, useEffect, useState } from 'react';

function read<V extends object>(key: string, empty: V): V {
  try {
    const stored = window.localStorage.getItem(key);
    if (stored === null) return empty;
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === 'object' && parsed !== null ? { ...empty, ...parsed } : empty;
  } catch {
    // Storage may be unavailable (private mode) or hold something unreadable: start empty.
    return empty;
  }
}

/**
 * A form's half-written values, kept in this browser (localStorage under `key`) so a reload or
 * a closed tab does not lose them, with a warning before leaving while `unsaved` is true.
 * `clear` forgets them once they were sent.
 */
export function useKeptDraft<V extends object>(
  key: string,
  empty: V,
  unsaved: (values: V) => boolean,
): { values: V; set: (values: V) => void; clear: () => void } {
  const [values, setValues] = useState<V>(() => read(key, empty));

  const set = useCallback(
    (next: V) => {
      setValues(next);
      try {
        if (unsaved(next)) window.localStorage.setItem(key, JSON.stringify(next));
        else window.localStorage.removeItem(key);
      } catch {
        // Not kept then; the warning before leaving still protects the text.
      }
    },
    [key, unsaved],
  );

  const clear = useCallback(() => {
    setValues(empty);
    try {
      window.localStorage.removeItem(key);
    } catch {
      // nothing was kept
    }
  }, [key, empty]);

  const pending = unsaved(values);
  useEffect(() => {
    if (!pending) return undefined;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending]);

  return { values, set, clear };
}
