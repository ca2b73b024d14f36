/**
 * The task's one bundle. Its entry points (the task's main and post-job steps, the command line
 * and refresher that `refresh` starts, and the credential_process of an `awsProfile`) share their chunks, so the extension carries one copy
 * of each dependency instead of one per entry point. scripts/build.ts writes
 * `dist/<entry>/index.js`, a two-line file that calls start() with its name: the folders stay
 * where the agent (task.json) and the refresh code (`<dist>/<entry>/index.js`) look for them.
 */
export const ENTRY_POINTS = ['main', 'post', 'cli', 'refresher', 'aws-process'] as const;

export async function start(entry: (typeof ENTRY_POINTS)[number]): Promise<void> {
  // One import() per entry point: each becomes its own chunk, loaded only by that entry point.
  if (entry === 'main') await import('./main.js');
  else if (entry === 'post') await import('./post.js');
  else if (entry === 'cli') await import('../cli/main.js');
  else if (entry === 'aws-process') await import('../refresher/aws-process/main.js');
  else await import('../refresher/process/main.js');
}
