/** The leak scan itself must catch leaks, or every step it passes proves nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchIdToken } from '../fakes/clients.ts';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { findLeaks, type StepFiles } from '../support/leak-scan.ts';

let cloud: FakeCloud;
let token: string;
beforeAll(async () => {
  cloud = await startFakeCloud();
  token = await fetchIdToken(cloud.github, 'api://AzureADTokenExchange');
});
afterAll(async () => {
  await cloud.close();
});

const clean: StepFiles = { stdout: '', stderr: '', summary: '', state: '', env: '', output: '' };

describe('leak scan', () => {
  it('accepts a secret whose first appearance is its mask, or the whole value of a variable', () => {
    expect(
      findLeaks({ ...clean, stdout: `::add-mask::${token}\nlater ${token}\n`, env: `T<<d\n${token}\nd\n` }),
    ).toEqual([]);
  });

  // Functions: the token exists only once beforeAll has run.
  it.each([
    ['stdout before its mask', (t: string) => ({ stdout: `token ${t}\n::add-mask::${t}\n` })],
    ['stderr', (t: string) => ({ stderr: t })],
    ['the job summary', (t: string) => ({ summary: `| token | ${t} |` })],
    ['the saved state', (t: string) => ({ state: `S<<d\n${t}\nd\n` })],
    ['a variable or output it is not the whole value of', (t: string) => ({ env: `T<<d\nBearer ${t}\nd\n` })],
  ])('reports a secret in %s', (place, files) => {
    expect(findLeaks({ ...clean, ...files(token) })).toEqual([`${token.slice(0, 12)}… in ${place}`]);
  });
});
