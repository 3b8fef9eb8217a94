import { useEffect, useRef } from 'react';

/**
 * Saves `value` a moment after it stops changing, and at once when the component goes
 * away or the page is hidden or closed, so switching papers or closing never loses text.
 */
export function useAutosave(
  value: string,
  save: (value: string) => Promise<void>,
  delayMs = 400,
): () => Promise<void> {
  const saved = useRef(value);
  const latest = useRef(value);
  const saveRef = useRef(save);
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());

  useEffect(() => {
    saveRef.current = save;
    latest.current = value;
    flushRef.current = async () => {
      const text = latest.current;
      if (text === saved.current) return;
      saved.current = text;
      await saveRef.current(text);
    };
  });

  useEffect(() => {
    const timer = setTimeout(() => void flushRef.current(), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);

  useEffect(() => {
    const flush = () => void flushRef.current();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, []);

  return () => flushRef.current();
}
