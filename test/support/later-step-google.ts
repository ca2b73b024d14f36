/**
 * A later step using the exported variables the way a Google Cloud app does: google-auth-library's
 * Application Default Credentials, configured only by GOOGLE_APPLICATION_CREDENTIALS (an
 * `external_account` file: it reads the OIDC token file, exchanges it at STS and impersonates the
 * service account itself), then one authorised call to Resource Manager for GOOGLE_CLOUD_PROJECT.
 * LATER_STEP_GOOGLE_API names the fake's base URL (the test's knob, not the credentials').
 */
import { GoogleAuth } from 'google-auth-library';

const auth = new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] });
const client = await auth.getClient();
const project = process.env['GOOGLE_CLOUD_PROJECT'] ?? process.env['LATER_STEP_GOOGLE_PROJECT'] ?? '';
const res = await client.request({
  url: `${process.env['LATER_STEP_GOOGLE_API'] ?? ''}/v1/projects/${project}`,
});
process.stdout.write(JSON.stringify(res.data));
