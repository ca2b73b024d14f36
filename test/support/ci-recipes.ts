/**
 * The CI recipes of docs/other-ci.md ("The recipes"), read from the page itself so that the page
 * cannot drift from what is tested: each `### <CI>` section's one fenced block, turned into the
 * shell script that CI would run and what its token is (variable or file, audience) by the rules
 * of that CI. Nothing in a script is changed here; test/e2e/other-ci-recipes.test.ts redirects
 * only endpoints and paths.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './action-manifest.ts';

export type CiKind = 'gitlab' | 'circleci' | 'bitbucket' | 'buildkite' | 'jenkins' | 'kubernetes';

export interface CiRecipe {
  kind: CiKind;
  title: string;
  /** The shell that runs the script, as the CI starts it. */
  shell: string[];
  script: string;
  /** The variable the CI puts the token in, or the file it mounts it at. */
  token: { variable: string } | { file: string } | { command: 'buildkite-agent' };
  audience: string;
}

const KINDS: Array<[RegExp, CiKind]> = [
  [/GitLab/, 'gitlab'],
  [/CircleCI/, 'circleci'],
  [/Bitbucket/, 'bitbucket'],
  [/Buildkite/, 'buildkite'],
  [/Jenkins/, 'jenkins'],
  [/Kubernetes/, 'kubernetes'],
];

export function ciRecipes(root = repoRoot): CiRecipe[] {
  const page = readFileSync(join(root, 'docs', 'other-ci.md'), 'utf8');
  const section = page.slice(
    page.indexOf('## The recipes'),
    page.indexOf('\n## ', page.indexOf('## The recipes') + 3),
  );
  return section
    .split(/\n### /)
    .slice(1)
    .map((part) => {
      const title = part.slice(0, part.indexOf('\n'));
      const kind = KINDS.find(([pattern]) => pattern.test(title))?.[1];
      const fence = /\n```(\w+)\n([\s\S]*?)\n```/.exec(part);
      if (!kind || !fence)
        throw new Error(`docs/other-ci.md: recipe "${title}" has no known CI or no fenced block`);
      return recipe(kind, title, fence[2] ?? '');
    });
}

type Yaml = Record<string, unknown>;
const at = (value: unknown, ...path: Array<string | number>): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);
const lines = (value: unknown): string =>
  Array.isArray(value) ? value.map(String).join('\n') : String(value);
const optionValue = (script: string, option: string): string =>
  /^'(.*)'$/.exec(new RegExp(`${option}\\s+('[^']*'|\\S+)`).exec(script)?.[1] ?? '')?.[1] ??
  new RegExp(`${option}\\s+(\\S+)`).exec(script)?.[1] ??
  '';

function recipe(kind: CiKind, title: string, text: string): CiRecipe {
  const bash = ['bash', '--norc', '--noprofile', '-e', '-c'];
  if (kind === 'jenkins') {
    const binding = /withCredentials\(\[string\(credentialsId: '[^']+', variable: '(\w+)'\)\]\)/.exec(text);
    const sh = /sh '''\n([\s\S]*?)'''/.exec(text);
    // The credential's audience is set in Jenkins, not in the Jenkinsfile: the AWS default.
    return {
      kind,
      title,
      shell: ['sh', '-e', '-c'],
      script: sh?.[1] ?? '',
      token: { variable: binding?.[1] ?? '' },
      audience: 'sts.amazonaws.com',
    };
  }
  const doc = parse(text) as Yaml;
  if (kind === 'gitlab') {
    const [, job] = Object.entries(doc).find(([, v]) => at(v, 'id_tokens') !== undefined) ?? [];
    const [variable, token] = Object.entries(at(job, 'id_tokens') as Yaml)[0] ?? [];
    return {
      kind,
      title,
      shell: bash,
      script: lines(at(job, 'script')),
      token: { variable: variable ?? '' },
      audience: String(at(token, 'aud')),
    };
  }
  if (kind === 'circleci') {
    const steps = Object.values(at(doc, 'jobs') as Yaml).flatMap((job) => at(job, 'steps') as unknown[]);
    const script = steps
      .map((s) => at(s, 'run'))
      .filter((r) => r !== undefined)
      .map((r) => (typeof r === 'string' ? r : String(at(r, 'command') as string)))
      .join('\n');
    // CircleCI's token is for the organization: its id is the audience and ends the issuer.
    const org = /\/org\/([^/\s]+)/.exec(optionValue(script, '--issuer'))?.[1] ?? '';
    return { kind, title, shell: bash, script, token: { variable: 'CIRCLE_OIDC_TOKEN_V2' }, audience: org };
  }
  if (kind === 'bitbucket') {
    const step = at(Object.values(at(doc, 'pipelines', 'branches') as Yaml)[0], 0, 'step');
    return {
      kind,
      title,
      shell: bash,
      script: lines(at(step, 'script')),
      token: { variable: 'BITBUCKET_STEP_OIDC_TOKEN' },
      audience: String(at(step, 'oidc', 'audiences', 0)),
    };
  }
  if (kind === 'buildkite') {
    // `$$` is Buildkite's escape, undone when the pipeline is uploaded.
    const script = String(at(doc, 'steps', 0, 'command')).replace(/\$\$/g, '$');
    return {
      kind,
      title,
      shell: bash,
      script,
      token: { command: 'buildkite-agent' },
      audience: optionValue(script, 'request-token --audience'),
    };
  }
  const container = at(doc, 'spec', 'containers', 0);
  const command = at(container, 'command') as string[];
  const mount = String(at(container, 'volumeMounts', 0, 'mountPath'));
  const projected = at(doc, 'spec', 'volumes', 0, 'projected', 'sources', 0, 'serviceAccountToken');
  return {
    kind,
    title,
    shell: command.slice(0, -1),
    script: command.at(-1) ?? '',
    token: { file: `${mount}/${String(at(projected, 'path'))}` },
    audience: String(at(projected, 'audience')),
  };
}

/** What the script passes to `oidc-exchange exchange`. */
export function exchangeOptions(script: string): { issuer: string; subject: string; roleArn: string } {
  return {
    issuer: optionValue(script, '--issuer'),
    subject: optionValue(script, '--subject'),
    roleArn: optionValue(script, '--aws-role-arn'),
  };
}
