// Every suite that serves a built site through Cloudflare's local runtime, in one file, one after
// the other:
// - one runtime at a time: with two side by side, one stalled a page's requests for 27 s;
// - one file, so it runs beside the node files: Vitest runs a project limited to one worker only
//   after every other project has finished, which added the whole of this file's time to `npm test`.
import './browser/search.ts';
import './browser/accessibility.ts';
import './browser/navigation.ts';
import './browser/cdn.ts';
