import { useEffect, useState } from 'react';

const WAIT_MS = 4000;

/**
 * After a navigation (`key` changes), move focus to the new page's heading and announce its title, as
 * a screen reader user would otherwise hear nothing. Pages load asynchronously, so this waits for the
 * h1 to appear; it never takes focus from a field the person has already moved into.
 */
export function useHeadingFocus(key: string): string {
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    let done = false;
    const tryFocus = () => {
      if (done) return;
      const h1 = main.querySelector('h1');
      if (!h1) return;
      done = true;
      const active = document.activeElement;
      const typing = active && main.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName);
      if (!typing) {
        if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
        h1.focus({ preventScroll: false });
      }
      document.title = `${h1.textContent ?? ''} – Escalation Tracker`;
      setAnnounce(h1.textContent ?? '');
    };
    const observer = new MutationObserver(tryFocus);
    observer.observe(main, { childList: true, subtree: true });
    tryFocus();
    const stop = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [key]);
  return announce;
}
