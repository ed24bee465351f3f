import { useEffect, useRef, useState } from 'react';
import { useTrackerStatus } from '../use-changes';

const RESEND_AFTER_MS = 3000;

/**
 * A save that failed because the tracker could not be reached (OFFLINE) or stayed busy (BUSY) is sent
 * again, with the same operation id, once the tracker is back: if the first attempt did commit after
 * all, the host recognises the id and nothing is applied twice.
 */
export function useResendWhenBack(resend: () => void): { waiting: boolean; wait: () => void; stop: () => void } {
  const status = useTrackerStatus();
  const [waiting, setWaiting] = useState(false);
  const ref = useRef(resend);
  useEffect(() => {
    ref.current = resend;
  });
  const ready = status?.state === 'open' && !status.busy;
  useEffect(() => {
    if (!waiting || !ready) return;
    const timer = setTimeout(() => {
      setWaiting(false);
      ref.current();
    }, RESEND_AFTER_MS);
    return () => clearTimeout(timer);
  }, [waiting, ready]);
  return { waiting, wait: () => setWaiting(true), stop: () => setWaiting(false) };
}
