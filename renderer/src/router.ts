import { useEffect, useState } from 'react';

/** A tiny hash router: the app has a handful of pages and must work from file:// in Electron. */
export type Route =
  | { page: 'my-day' }
  | { page: 'tracker'; query?: string }
  | { page: 'children' }
  | { page: 'child'; id: string }
  | { page: 'new-child' }
  | { page: 'edit-child'; id: string }
  | { page: 'escalation'; id: string; action?: string }
  | { page: 'conference-summary'; id: string }
  | { page: 'raise'; childId: string }
  | { page: 'settings' }
  | { page: 'people' }
  | { page: 'profiles'; id?: string }
  | { page: 'import' }
  | { page: 'audit'; query?: string }
  | { page: 'letters' }
  | { page: 'reports'; tab?: 'dashboard' | 'period' | 'annual' }
  | { page: 'themes' }
  | { page: 'theme'; id: string }
  | { page: 'chair-concerns' }
  | { page: 'chair-concern'; id: string };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'children':
      if (parts[1] === 'new') return { page: 'new-child' };
      if (parts[1] && parts[2] === 'raise') return { page: 'raise', childId: parts[1] };
      if (parts[1] && parts[2] === 'edit') return { page: 'edit-child', id: parts[1] };
      if (parts[1] && parts[2] === 'conference') return { page: 'conference-summary', id: parts[1] };
      return parts[1] ? { page: 'child', id: parts[1] } : { page: 'children' };
    case 'escalations':
      if (!parts[1]) return { page: 'tracker' };
      // "?action=record-response": My day opens the escalation at the form it needs.
      {
        const action = new URLSearchParams(query).get('action');
        return action ? { page: 'escalation', id: parts[1], action } : { page: 'escalation', id: parts[1] };
      }
    case 'letters':
      return { page: 'letters' };
    case 'reports':
      return parts[1] === 'period' || parts[1] === 'annual' ? { page: 'reports', tab: parts[1] } : { page: 'reports' };
    case 'themes':
      return parts[1] ? { page: 'theme', id: parts[1] } : { page: 'themes' };
    case 'settings':
      if (parts[1] === 'people') return { page: 'people' };
      if (parts[1] === 'profiles') return parts[2] ? { page: 'profiles', id: parts[2] } : { page: 'profiles' };
      if (parts[1] === 'import') return { page: 'import' };
      return { page: 'settings' };
    case 'audit':
      return query ? { page: 'audit', query } : { page: 'audit' };
    case 'chair-concerns':
      return parts[1] ? { page: 'chair-concern', id: parts[1] } : { page: 'chair-concerns' };
    case 'my-day':
      return { page: 'my-day' };
    default:
      // A chair opens the app on their day; the tracker is one click away.
      if (parts.length === 0 && !query) return { page: 'my-day' };
      // The tracker's filters travel in the query string (report click-throughs, bookmarks).
      return query ? { page: 'tracker', query } : { page: 'tracker' };
  }
}

export function href(route: Route): string {
  switch (route.page) {
    case 'my-day':
      return '#/my-day';
    case 'tracker':
      return route.query ? `#/tracker?${route.query}` : '#/tracker';
    case 'children':
      return '#/children';
    case 'new-child':
      return '#/children/new';
    case 'child':
      return `#/children/${encodeURIComponent(route.id)}`;
    case 'raise':
      return `#/children/${encodeURIComponent(route.childId)}/raise`;
    case 'edit-child':
      return `#/children/${encodeURIComponent(route.id)}/edit`;
    case 'escalation':
      return `#/escalations/${encodeURIComponent(route.id)}${route.action ? `?action=${encodeURIComponent(route.action)}` : ''}`;
    case 'conference-summary':
      return `#/children/${encodeURIComponent(route.id)}/conference`;
    case 'letters':
      return '#/letters';
    case 'reports':
      return route.tab && route.tab !== 'dashboard' ? `#/reports/${route.tab}` : '#/reports';
    case 'themes':
      return '#/themes';
    case 'theme':
      return `#/themes/${encodeURIComponent(route.id)}`;
    case 'settings':
      return '#/settings';
    case 'people':
      return '#/settings/people';
    case 'profiles':
      return route.id ? `#/settings/profiles/${encodeURIComponent(route.id)}` : '#/settings/profiles';
    case 'import':
      return '#/settings/import';
    case 'audit':
      return route.query ? `#/audit?${route.query}` : '#/audit';
    case 'chair-concerns':
      return '#/chair-concerns';
    case 'chair-concern':
      return `#/chair-concerns/${encodeURIComponent(route.id)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
