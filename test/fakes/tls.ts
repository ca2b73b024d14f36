import { execFileSync } from 'node:child_process';
import { randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface TestCa {
  /** PEM file of the test CA, for NODE_EXTRA_CA_CERTS. */
  caCertFile: string;
  /** Server certificate (PEM) for localhost, 127.0.0.1, ::1 and ROUTED_HOSTS, signed by the test CA. */
  cert: string;
  /** Private key (PEM) of the server certificate. */
  key: string;
}

const repoRoot = resolve(import.meta.dirname, '..', '..');
const cacheParent = join(repoRoot, 'node_modules', '.cache');
const caDir = join(cacheParent, 'oidc-exchange-fake-ca');

/**
 * Public host names the fakes also answer for, reached through the routing CONNECT proxy
 * (test/support/connect-proxy.ts) by clients that cannot be pointed elsewhere (the real `az`).
 */
export const ROUTED_HOSTS = ['login.microsoftonline.com', 'management.azure.com'];

const opensslConfig = `[req]
distinguished_name = dn
prompt = no
[dn]
CN = oidc-exchange fake cloud test CA
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1,IP:::1,${ROUTED_HOSTS.map((h) => `DNS:${h}`).join(',')}
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`;

let cached: TestCa | undefined;

/** Creates (once per checkout) a test CA and a loopback server certificate, then returns them. */
export function ensureTestCa(): TestCa {
  if (cached) return cached;
  if (!isUsable()) generate();
  cached = {
    caCertFile: join(caDir, 'ca.crt'),
    cert: readFileSync(join(caDir, 'server.crt'), 'utf8'),
    key: readFileSync(join(caDir, 'server.key'), 'utf8'),
  };
  return cached;
}

function isUsable(): boolean {
  const certFile = join(caDir, 'server.crt');
  if (!existsSync(certFile)) return false;
  const cert = new X509Certificate(readFileSync(certFile));
  const namesAll = ROUTED_HOSTS.every((h) => (cert.subjectAltName ?? '').includes(`DNS:${h}`));
  if (namesAll && Date.parse(cert.validTo) - Date.now() > 24 * 3600 * 1000) return true;
  rmSync(caDir, { recursive: true, force: true });
  return false;
}

// Generated in a private temp dir and renamed into place, so a concurrent process either sees the
// complete directory or none; the loser of the rename race discards its copy.
function generate(): void {
  mkdirSync(cacheParent, { recursive: true });
  const tmp = mkdtempSync(join(cacheParent, 'oidc-exchange-fake-ca-'));
  try {
    writeFileSync(join(tmp, 'openssl.cnf'), opensslConfig);
    const run = (...args: string[]) => execFileSync('openssl', args, { cwd: tmp, stdio: 'pipe' });
    const newKey = (file: string) => [
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      file,
    ];
    run(
      'req',
      '-x509',
      '-config',
      'openssl.cnf',
      '-extensions',
      'ca_ext',
      ...newKey('ca.key'),
      '-days',
      '3650',
      '-out',
      'ca.crt',
    );
    run(
      'req',
      '-new',
      '-config',
      'openssl.cnf',
      '-subj',
      '/CN=localhost',
      ...newKey('server.key'),
      '-out',
      'server.csr',
    );
    run(
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-set_serial',
      `0x${randomBytes(8).toString('hex')}`,
      '-days',
      '3650',
      '-extfile',
      'openssl.cnf',
      '-extensions',
      'server_ext',
      '-out',
      'server.crt',
    );
    rmSync(join(tmp, 'ca.key'));
    rmSync(join(tmp, 'server.csr'));
    rmSync(join(tmp, 'openssl.cnf'));
    renameSync(tmp, caDir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(caDir, 'server.crt'))) throw error;
  }
}
