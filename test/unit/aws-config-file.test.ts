/**
 * `aws-profile`'s config files: a step keeps an earlier step's sections only from a file that is
 * provably one a step of oidc-exchange wrote, and a post step leaves no section naming its folder.
 * Ownership is passed in, so that "another user's file" can be tried without another user.
 */
import { chmodSync, linkSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  planProfileConfig,
  removeProfiles,
  writeProfileConfig,
} from '../../src/runtimes/refresher/step/aws-config-file.js';
import { parseSections, readOurConfig } from '../../src/runtimes/refresher/step/aws-config-check.js';
import { tempFolder } from '../support/temp-folders.ts';

const me = { platform: 'linux' as const, uid: process.getuid?.() ?? 0 };

function body(stepDir: string): string {
  return `credential_process = "/usr/bin/node" "/a/dist/aws-process/index.js" "${join(stepDir, 'aws-endpoint.json')}"\nregion = eu-west-1\n`;
}

/** A step folder with its own file, keeping what `previous` holds. */
function step(runnerTemp: string, profile: string, previous?: string): { dir: string; config: string } {
  const dir = mkdtempSync(join(runnerTemp, 'oidc-exchange-'));
  const plan = planProfileConfig(dir, profile, previous, me);
  return { dir, config: writeProfileConfig(plan, dir, profile, body(dir)) };
}

describe("aws-profile: an earlier step's file", () => {
  it('is kept section by section, a reused profile name taken over', () => {
    const temp = tempFolder('oidc-exchange-job-');
    const a = step(temp, 'prod');
    const b = step(temp, 'staging', a.config);
    const c = step(temp, 'prod', b.config);
    const sections = readOurConfig(c.config, temp, me);
    expect(sections.map((s) => s.profile)).toEqual(['staging', 'prod']);
    expect(sections.map((s) => s.owner)).toEqual([b.dir, c.dir].map((d) => d.slice(temp.length + 1)));
  });

  it.each([
    ['another user owns it', (_c: string) => ({ ...me, uid: me.uid + 1 }), 'belongs to another user'],
    [
      'it is writable by others',
      (c: string) => (chmodSync(c, 0o622), me),
      'is open to other users (mode 622)',
    ],
    [
      'it has a second name',
      (c: string) => (linkSync(c, join(c, '..', '..', 'elsewhere')), me),
      'it has other names (hard links)',
    ],
  ])('is refused when %s', (_name, spoil, why) => {
    const temp = tempFolder('oidc-exchange-job-');
    const a = step(temp, 'prod');
    const who = spoil(a.config);
    const dir = mkdtempSync(join(temp, 'oidc-exchange-'));
    expect(() => planProfileConfig(dir, 'staging', a.config, who)).toThrow(why);
  });

  it('is refused when not directly under the runner temp folder', () => {
    const temp = tempFolder('oidc-exchange-job-');
    const other = tempFolder('oidc-exchange-job-');
    const a = step(other, 'prod');
    const dir = mkdtempSync(join(temp, 'oidc-exchange-'));
    expect(() => planProfileConfig(dir, 'staging', a.config, me)).toThrow(
      "its folder is not directly under the runner's temp folder",
    );
  });

  it("is read only in the exact shape a step writes, each section naming its own folder's endpoint file", () => {
    const temp = '/rt';
    const good = `# oidc-exchange oidc-exchange-ab12\n[profile p]\ncredential_process = "/n" "/rt/oidc-exchange-ab12/aws-endpoint.json"\nregion = eu-west-1\n`;
    expect(parseSections(good, temp)?.map((s) => s.profile)).toEqual(['p']);
    for (const bad of [
      good.replace('oidc-exchange-ab12/aws', 'oidc-exchange-zz99/aws'), // another step's endpoint
      good.replace('region = eu-west-1\n', 'region = eu-west-1\ncredential_source = Environment\n'),
      `[profile default]\nregion = eu-west-1\n${good}`,
      good.replace('"/n" ', '/bin/sh '),
    ])
      expect(parseSections(bad, temp)).toBeUndefined();
  });

  it("a user's own file is not read, only named", () => {
    const temp = tempFolder('oidc-exchange-job-');
    const own = join(temp, 'config');
    writeFileSync(own, '[profile default]\ncredential_process = /bin/false\n');
    const dir = mkdtempSync(join(temp, 'oidc-exchange-'));
    expect(planProfileConfig(dir, 'prod', own, me)).toMatchObject({ carried: [], replaced: own });
  });
});

describe('aws-profile: the post step', () => {
  it("removes its file and its sections from later steps' files, whatever the order", () => {
    const temp = tempFolder('oidc-exchange-job-');
    const a = step(temp, 'prod');
    const b = step(temp, 'staging', a.config);
    expect(removeProfiles(a.dir, me)).toEqual(['prod']);
    const left = readFileSync(b.config, 'utf8');
    expect(left).not.toContain(a.dir.slice(temp.length + 1));
    expect(readOurConfig(b.config, temp, me).map((s) => s.profile)).toEqual(['staging']);
    expect(removeProfiles(b.dir, me)).toEqual(['staging']);
  });
});
