// Setup for the node and jsdom projects (vite.config.ts): the whole English catalogue. In the app
// the messages of lazily loaded parts arrive with those parts (src/ui/CodePart.tsx, the export
// query); a unit test imports such a part directly, so they are loaded before it.
import { loadLaterMessages } from '../src/i18n/i18n';

await loadLaterMessages();
