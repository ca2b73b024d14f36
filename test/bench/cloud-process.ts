/**
 * The benchmark's fake cloud, in a process of its own (started by run.ts): its TLS handshakes and
 * RSA signing then do not share an event loop with the timing of the runs, as a real cloud would
 * not. Prints the addresses the scenarios need as one JSON line, and stops when stdin closes.
 */
import { startFakeCloud } from '../fakes/cloud.ts';
import { trustEveryTarget } from '../support/trust.ts';
import type { CloudAddresses } from './scenarios.ts';

const cloud = await startFakeCloud();
const google = trustEveryTarget(cloud);
const addresses: CloudAddresses = {
  issuer: cloud.issuer.issuer,
  authorityHost: cloud.entra.authorityHost,
  stsEndpoint: cloud.sts.endpoint,
  workspaceHost: cloud.databricks.workspaceHost,
  requestUrl: cloud.github.requestUrl,
  requestToken: cloud.github.requestToken,
  googleUrl: cloud.google.url,
  googleProvider: google.provider,
  googleServiceAccount: google.serviceAccount,
};
process.stdout.write(`${JSON.stringify(addresses)}\n`);
process.stdin.resume();
process.stdin.on('end', () => void cloud.close().then(() => process.exit(0)));
