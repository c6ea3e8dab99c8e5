import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { parseViewState, rootPrefix, serializeViewState, siteRoot } from './urlCodec.ts';
import { defaultViewState, type ViewState } from './viewState.ts';

/**
 * The one store of view state. The URL is derived from it (see urlSync); nothing else about the
 * view is kept anywhere.
 */
export interface ViewStore {
  view: ViewState;
  /** URL parameters dropped when the view was read from the address bar. */
  ignored: string[];
  /** The way up from this page to the site's folder (`../../` on `datasets/<id>/`), for links. */
  root: string;
  /** `push` for a discrete change (a click), `replace` for a drag or typing. */
  update: (change: Partial<ViewState>, history?: 'push' | 'replace') => void;
  /** Reads the view from an address (page load, back/forward): its query and path. */
  load: (search: string, pathname?: string) => void;
}

export type HistoryMode = 'push' | 'replace';

const viewStore = createStore<ViewStore>()((set) => ({
  view: defaultViewState,
  ignored: [],
  root: '',
  update: (change, history = 'push') =>
    set((store) => {
      const view = { ...store.view, ...change };
      writeUrl(view, history);
      return { view };
    }),
  load: (search, pathname = '') =>
    set(() => {
      const { state, ignored } = parseViewState(search, pathname);
      return { view: state, ignored, root: rootPrefix(pathname) };
    }),
}));

/**
 * The store as a hook: `useViewStore((s) => s.view)`, with the store's own methods
 * (`useViewStore.getState()`). Unlike zustand's hook, a render on the server (a page written at
 * build) and the browser's first render of that HTML (hydration) read the store's state as it
 * is, the view the page's address names, not the state the store was made with.
 */
export const useViewStore = Object.assign(<T>(selector: (store: ViewStore) => T): T => {
  const read = () => selector(viewStore.getState());
  return useSyncExternalStore(viewStore.subscribe, read, read);
}, viewStore);

function writeUrl(view: ViewState, mode: HistoryMode) {
  if (typeof window === 'undefined') return;
  // A choice made on a static page (`datasets/<id>/`) is written at the site's folder: the
  // query says the whole view, and the page's path would name another.
  const url = `${siteRoot(window.location.pathname)}${serializeViewState(view)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Reads the initial view from the address bar and follows back/forward. Returns an unsubscribe. */
export function syncViewWithUrl(): () => void {
  const load = () => useViewStore.getState().load(window.location.search, window.location.pathname);
  load();
  window.addEventListener('popstate', load);
  return () => window.removeEventListener('popstate', load);
}
