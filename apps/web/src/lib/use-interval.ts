import { useEffect, useRef } from 'react';

/** Calls the latest `callback` every `intervalMs` while the component is shown. */
export function useInterval(callback: () => void, intervalMs: number): void {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  }, [callback]);
  useEffect(() => {
    const timer = window.setInterval(() => latest.current(), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
}
