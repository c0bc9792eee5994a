// npm run preview [-- --port 8788]
//
// Serves dist/ through Cloudflare's own Pages runtime, as the tests do, so that headers, redirects
// and the 404 page behave as they will in production.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cdnServerCommand } from '../src/serve/cdn-server.ts';
import { settingsOrExit } from '../src/settings.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8788' } } });
const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, settingsOrExit().outDir);
const { args, env } = cdnServerCommand(root, dist, Number(values.port));
console.log(`法问预览：http://127.0.0.1:${values.port}/`);
const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
