/**
 * The environment a command gets from an editor's shell: this process's, without what Vitest adds
 * (VITEST*, NODE_ENV=test and Vite's MODE, BASE_URL, DEV, PROD, SSR). Under NODE_ENV=test and
 * MODE=test, `astro dev` answered every page with “Cannot GET /”.
 */
export function shellEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^VITEST/.test(name) || ['NODE_ENV', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR', 'TEST'].includes(name))
      delete env[name];
  }
  return env;
}
