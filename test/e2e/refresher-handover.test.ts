/**
 * The bundled action with `refresh` (its default) and AWS: the step binds the refresher's loopback
 * port and hands the socket over, so once the step's process has exited a client that connects at
 * once is answered, the port stays bound by the refresher (a second bind fails) while the job runs,
 * and the post step's stop frees it.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { runAction } from '../support/run-action.ts';
import { inputsFor, tokenRequestEnv } from '../support/target-inputs.ts';
import { subject, trustEveryTarget } from '../support/trust.ts';
import { until } from '../support/until.ts';
import { alive } from '../support/process-alive.ts';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
});
afterAll(async () => {
  await cloud.close();
});

/** Whether another process can bind 127.0.0.1:port now (it is released at once if so). */
function bindable(port: number): Promise<boolean | string> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen({ port, host: '127.0.0.1' }, () => server.close(() => resolve(true)));
  });
}

it('answers the first client after the step has exited, and holds its port until the post step', async () => {
  const env = tokenRequestEnv(cloud);
  const run = await runAction({
    inputs: { issuer: cloud.issuer.issuer, subject, ...inputsFor(cloud, 'aws') },
    env,
  });
  expect(run.exitCode).toBe(0); // runAction resolves once the step's process has exited
  const uri = run.env.get('AWS_CONTAINER_CREDENTIALS_FULL_URI') ?? '';
  const answer = await fetch(uri, {
    headers: { authorization: run.env.get('AWS_CONTAINER_AUTHORIZATION_TOKEN') ?? '' },
  });
  expect(answer.status).toBe(200);
  expect(await answer.json()).toMatchObject({ AccessKeyId: expect.stringMatching(/^ASIA/) as string });

  const port = Number(new URL(uri).port);
  const [statePort, , pidText] = (run.state.get('OIDC_EXCHANGE_REFRESHER') ?? '').split(':');
  expect(Number(statePort)).toBe(port);
  expect(await bindable(port)).toBe('EADDRINUSE');

  await runAction({
    job: run.step.job,
    entry: 'post',
    env: Object.fromEntries([...run.state].map(([name, value]) => [`STATE_${name}`, value])),
  });
  await until(() => !alive(Number(pidText)));
  expect(await bindable(port)).toBe(true);
});
