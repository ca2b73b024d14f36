import { afterAll, beforeAll } from 'vitest';
import { createHttpClient, type HttpClient } from '../../src/core/http.js';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';

/**
 * One fake cloud and one HTTP client for a whole test file: the cloud starts before the file's
 * tests (handed to `started`, since it exists only then) and both are closed after them.
 */
export function fakeCloudPerFile(started: (cloud: FakeCloud) => void, timeoutMs = 3_000): HttpClient {
  const http = createHttpClient({}, timeoutMs);
  let cloud: FakeCloud | undefined;
  beforeAll(async () => {
    cloud = await startFakeCloud();
    started(cloud);
  });
  afterAll(async () => {
    http.close();
    await cloud?.close();
  });
  return http;
}
