import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long to keep trying before saying what could not be deleted. */
const GIVE_UP_MS = 30_000;

/**
 * Deletes a folder, even while another process deletes part of it: a build hands its previous
 * output (`dist.previous-<pid>`) to a detached process that deletes it after the build has exited.
 * Node's `rm` with `force`, run on a bench site's folder while that process was still at work,
 * returned without an error and left most of the folder in place (most likely it stopped at an
 * entry that vanished under it), so this checks and tries again until the folder is gone.
 */
export async function removeFolder(dir: string): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    if (!existsSync(dir)) return;
    if (Date.now() > deadline) throw new Error(`could not delete ${dir}: something keeps writing to it`);
    await sleep(100);
  }
}
