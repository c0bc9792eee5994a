import { startSiteServer, type SiteServer } from '../../src/serve/local-site.ts';
import { repoRoot } from './build.ts';

export { launchChromium } from '../../src/serve/local-site.ts';

export type Preview = SiteServer;

/** Serves a built `dist/` of this repository's site as the CDN will. */
export const startPreview = (dist: string): Promise<Preview> => startSiteServer(repoRoot, dist);
