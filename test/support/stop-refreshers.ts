/**
 * Vitest setup file: after each test file, stop every credential refresher a main step started
 * and no post step stopped (by its own id, as the runner ends the processes a job left behind).
 */
import { afterAll } from 'vitest';
import { stopStartedRefreshers } from './run-action.ts';

afterAll(stopStartedRefreshers);
