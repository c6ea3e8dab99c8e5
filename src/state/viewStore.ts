import { create } from 'zustand';
import { parseViewState, serializeViewState } from './urlCodec.ts';
import { defaultViewState, type ViewState } from './viewState.ts';

/**
 * The one store of view state. The URL is derived from it (see urlSync); nothing else about the
 * view is kept anywhere.
 */
export interface ViewStore {
  view: ViewState;
  /** URL parameters dropped when the view was read from the address bar. */
  ignored: string[];
  /** `push` for a discrete change (a click), `replace` for a drag or typing. */
  update: (change: Partial<ViewState>, history?: 'push' | 'replace') => void;
  /** Reads the view from a query string (page load, back/forward). */
  load: (search: string) => void;
}

export type HistoryMode = 'push' | 'replace';

export const useViewStore = create<ViewStore>()((set) => ({
  view: defaultViewState,
  ignored: [],
  update: (change, history = 'push') =>
    set((store) => {
      const view = { ...store.view, ...change };
      writeUrl(view, history);
      return { view };
    }),
  load: (search) =>
    set(() => {
      const { state, ignored } = parseViewState(search);
      return { view: state, ignored };
    }),
}));

function writeUrl(view: ViewState, mode: HistoryMode) {
  if (typeof window === 'undefined') return;
  const url = `${window.location.pathname}${serializeViewState(view)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Reads the initial view from the address bar and follows back/forward. Returns an unsubscribe. */
export function syncViewWithUrl(): () => void {
  const load = () => useViewStore.getState().load(window.location.search);
  load();
  window.addEventListener('popstate', load);
  return () => window.removeEventListener('popstate', load);
}
