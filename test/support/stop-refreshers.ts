/**
 * Vitest setup file: after each test file, stop every credential refresher a main step started
 * and no post step stopped (by its own id, as the runner ends the processes a job left behind),
 * then remove the file's job and temporary folders.
 */
import { afterAll } from 'vitest';
import { stopStartedRefreshers } from './run-action.ts';
import { removeTempFolders } from './temp-folders.ts';

afterAll(async () => {
  await stopStartedRefreshers();
  removeTempFolders();
});
