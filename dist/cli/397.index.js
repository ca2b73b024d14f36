export const id = 397;
export const ids = [397];
export const modules = {

/***/ 9493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ createEntraTokenGetter)
});

// UNUSED EXPORTS: tokenEndpoint

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/http.ts + 3 modules
var http = __webpack_require__(4759);
// EXTERNAL MODULE: ./src/core/http-json.ts
var http_json = __webpack_require__(310);
// EXTERNAL MODULE: ./src/clouds/entra/entra-errors.ts
var entra_errors = __webpack_require__(4089);
;// CONCATENATED MODULE: ./src/clouds/entra/exchange-errors.ts





/**
 * Entra's answer to the token request → an access token, or one OidcExchangeError (docs/protocols.md
 * §2.2): its JSON error body carries the AADSTS code that entraError() maps to a fix; a body that
 * is not Entra's (a proxy's page) is judged by its HTTP status alone. A transient refusal keeps
 * the server's Retry-After.
 */
function tokenFromAnswer(res, presented, sentAtMs, registerSecret) {
    const purpose = `Entra ID's token endpoint for tenant ${presented.tenantId}`;
    if (res.status !== 200) {
        const description = errorDescription(res);
        if (description === undefined)
            throw (0,http_json/* statusError */.$)(res, purpose);
        const error = (0,entra_errors/* entraError */.n)(description, presented, res.status);
        const retryAfter = (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after']);
        throw error.retryable && retryAfter !== undefined ? new retry/* RetryAfter */.Bs(error, retryAfter) : error;
    }
    const body = (0,http/* parseJsonBody */.Y2)(res, purpose);
    const token = typeof body.access_token === 'string' ? body.access_token : '';
    if (token)
        registerSecret(token);
    // expires_in is a number in Entra's answers; a string form is accepted as MSAL does.
    const expiresIn = Number(body.expires_in);
    if (!token || !Number.isFinite(expiresIn) || expiresIn <= 0) {
        throw new errors/* OidcExchangeError */.tS('AZURE_EXCHANGE_FAILED', `${purpose} answered without an access token and its lifetime (scope ${presented.scope}).`);
    }
    // Counted from when the request was sent, so the expiry is never later than Entra's.
    return { token, expiresOnTimestamp: sentAtMs + expiresIn * 1000 };
}
function errorDescription(res) {
    try {
        const body = JSON.parse(res.body);
        if (typeof body.error_description === 'string')
            return body.error_description;
        return typeof body.error === 'string' ? body.error : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/clouds/entra/token-getter.ts




const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
function tokenEndpoint(app) {
    return `${app.authorityHost}/${encodeURIComponent(app.tenantId)}/oauth2/v2.0/token`;
}
function createEntraTokenGetter(app, ctx) {
    return (scope) => (0,retry/* withRetries */.LH)(async (attempt) => {
        const assertion = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
        const presented = {
            issuer: ctx.tokens.issuer,
            subject: ctx.tokens.subject,
            audience: ctx.tokens.audience,
            clientId: app.clientId,
            tenantId: app.tenantId,
            scope,
        };
        const body = new URLSearchParams({
            client_id: app.clientId,
            scope,
            grant_type: 'client_credentials',
            client_assertion_type: JWT_BEARER,
            client_assertion: assertion,
        });
        const sentAt = ctx.now().getTime();
        try {
            const res = await ctx.http.request({
                url: tokenEndpoint(app),
                method: 'POST',
                headers: {
                    'content-type': 'application/x-www-form-urlencoded;charset=utf-8',
                    accept: 'application/json',
                    // Entra echoes it and quotes it in every error, as MSAL sends it: it ties our logs to theirs.
                    'client-request-id': (0,external_node_crypto_.randomUUID)(),
                },
                body: body.toString(),
                purpose: `Entra ID's token endpoint for tenant ${app.tenantId}`,
                timeoutMs: ctx.timeoutMs,
            });
            return tokenFromAnswer(res, presented, sentAt, ctx.registerSecret);
        }
        catch (error) {
            // A silent proxy (a TIMEOUT that is not retryable) keeps its own message, which names it.
            if (error instanceof errors/* OidcExchangeError */.tS && error.code === 'TIMEOUT' && error.retryable) {
                throw new errors/* OidcExchangeError */.tS('TIMEOUT', `Entra ID did not answer within ${ctx.timeoutMs} ms (scope ${scope}).`, { retryable: true });
            }
            // Our own errors (a refreshed token that failed its claim check) pass through unchanged.
            throw (0,errors/* asOidcExchangeError */.vf)(error);
        }
    });
}


/***/ }),

/***/ 3397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exchange: () => (/* binding */ exchange)
});

// EXTERNAL MODULE: ./src/clouds/entra/token-getter.ts + 1 modules
var token_getter = __webpack_require__(9493);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/child-process.ts + 1 modules
var child_process = __webpack_require__(9647);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/targets/azure/az-command.ts


function findAz(host) {
    const windows = host.platform === 'win32';
    const path = windows ? external_node_path_.win32 : external_node_path_.posix;
    // Windows environment names are case-insensitive (`Path` is common).
    const pathVar = windows
        ? (Object.entries(host.env).find(([name]) => name.toUpperCase() === 'PATH')?.[1] ?? '')
        : (host.env['PATH'] ?? '');
    const names = windows ? ['az.cmd', 'az.exe', 'az.bat'] : ['az'];
    const executable = host.isExecutable ?? (windows ? exists : canExecute);
    for (const dir of pathVar.split(windows ? ';' : external_node_path_.delimiter)) {
        const clean = dir.replace(/^"(.*)"$/, '$1');
        if (!clean || !(windows ? external_node_path_.win32.isAbsolute(clean) : (0,external_node_path_.isAbsolute)(clean)))
            continue;
        for (const name of names) {
            const candidate = path.join(clean, name);
            if (executable(candidate))
                return candidate;
        }
    }
    return undefined;
}
function azCommand(az, args, host) {
    if (host.platform !== 'win32' || /\.exe$/i.test(az))
        return { file: az, args, windowsVerbatimArguments: false };
    const line = [az, ...args].map(cmdQuote).join(' ');
    return {
        file: cmdExe(host.env),
        args: ['/d', '/s', '/c', `"${line}"`],
        windowsVerbatimArguments: true,
    };
}
function cmdQuote(arg) {
    if (/["%!\r\n\0]/.test(arg)) {
        throw new Error(`an argument for az.cmd holds a character cmd.exe cannot pass on safely: ${arg}`);
    }
    return `"${arg.replace(/(\\+)$/, '$1$1')}"`;
}
/**
 * cmd.exe by its full path: a bare `cmd.exe` is looked up in the working directory first (libuv),
 * where a repository could plant one.
 */
function cmdExe(env) {
    const get = (name) => Object.entries(env)
        .find(([key]) => key.toUpperCase() === name)?.[1]
        ?.trim() ?? '';
    const comspec = get('COMSPEC');
    if (external_node_path_.win32.isAbsolute(comspec))
        return comspec;
    return external_node_path_.win32.join(get('SYSTEMROOT') || 'C:\\Windows', 'System32', 'cmd.exe');
}
function canExecute(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function exists(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/targets/azure/cli-login.ts






/**
 * Logs the Azure CLI in with the verified token (what Azure/login does, docs/protocols.md §2.7), in a
 * job-private AZURE_CONFIG_DIR under the runner's temp folder: jobs sharing a persistent runner
 * never see each other's login (Azure/login #394), and the post step removes it.
 *
 * The token never goes on az's command line (every local user reads /proc/<pid>/cmdline): it is
 * passed as `--federated-token @<file>` (the CLI reads an argument's value from a file given as
 * `@path`), a 0600 file in the step's folder that exists only while `az login` runs.
 */
const CLI_TIMEOUT_MS = 120_000;
async function azureCliLogin(settings, ctx, platform = process.platform) {
    const configDir = (0,external_node_path_.join)(ctx.tempDir, 'azure-cli');
    const env = { ...ctx.childEnv, AZURE_CONFIG_DIR: configDir, AZURE_CORE_COLLECT_TELEMETRY: 'false' };
    const host = { platform, env };
    const azPath = findAz(host);
    if (!azPath) {
        ctx.log.warning('`azure-cli-login` is on, but `az` is not on PATH: the Azure CLI was not logged in.');
        return [];
    }
    const az = async (args) => {
        let command;
        try {
            command = azCommand(azPath, args, host);
        }
        catch (error) {
            throw new errors/* OidcExchangeError */.tS('AZURE_CLI_LOGIN_FAILED', `\`az ${args[0] ?? ''}\` was not run: ${error.message}.`, {
                hint: 'Run the job with a temp folder whose path has none of `"`, `%` or `!`.',
            });
        }
        return runAz(command, args, env);
    };
    if (settings.cloud.name !== 'AzureCloud')
        await az(['cloud', 'set', '--name', settings.cloud.name]);
    const token = await ctx.tokens.current();
    const tokenFile = (0,external_node_path_.join)(ctx.tempDir, `az-assertion-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
    writePrivate(tokenFile, token);
    try {
        await az([
            'login',
            '--service-principal',
            '--username',
            settings.clientId,
            '--tenant',
            settings.tenantId,
            '--federated-token',
            `@${tokenFile}`,
            ...(settings.subscriptionId ? [] : ['--allow-no-subscriptions']),
            '--output',
            'none',
        ]);
    }
    finally {
        (0,external_node_fs_.rmSync)(tokenFile, { force: true });
    }
    if (settings.subscriptionId)
        await az(['account', 'set', '--subscription', settings.subscriptionId]);
    ctx.log.info(`Azure CLI logged in as ${settings.clientId} (AZURE_CONFIG_DIR=${configDir}).`);
    return [{ name: 'AZURE_CONFIG_DIR', value: configDir, secret: false, kind: 'env' }];
}
/** A new 0600 file; never through a planted file or link (O_EXCL, O_NOFOLLOW). */
function writePrivate(path, content) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
    try {
        (0,external_node_fs_.writeSync)(fd, content);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function runAz(command, args, env) {
    return new Promise((resolve, reject) => {
        (0,child_process/* childProcess */.Q)().execFile(command.file, command.args, {
            env,
            timeout: CLI_TIMEOUT_MS,
            maxBuffer: 1024 * 1024,
            windowsHide: true,
            windowsVerbatimArguments: command.windowsVerbatimArguments,
        }, (error, _stdout, stderr) => {
            if (!error)
                return resolve();
            const detail = String(stderr).trim().split('\n').slice(-3).join(' ');
            reject(new errors/* OidcExchangeError */.tS('AZURE_CLI_LOGIN_FAILED', `\`az ${args[0]} ${args[1] ?? ''}\` failed: ${detail || `exit code ${String(error.code)}`}`, {
                hint: 'The token exchange itself succeeded; check the Azure CLI version (2.30 or later) and its output above.',
            }));
        });
    });
}

;// CONCATENATED MODULE: ./src/targets/azure/exchange.ts


/**
 * Azure: Entra access tokens for every scope of `azure-scopes`, in parallel, and the variables the
 * Azure SDKs, the CLI and Terraform read. Loaded only when an Azure target is asked for;
 * @azure/identity only for the VM's managed identity.
 */
async function exchange(settings, ctx) {
    const getToken = settings.managedIdentity
        ? managedIdentityGetter(settings, ctx)
        : (0,token_getter/* createEntraTokenGetter */.d)(settings, ctx);
    const tokens = await Promise.all(settings.scopes.map((scope) => getToken(scope.scope)));
    const expiresAt = new Date(Math.min(...tokens.map((t) => t.expiresOnTimestamp)));
    const exports = [
        ...identityExports(settings),
        // With the VM's own identity, later steps' SDKs use it directly (ManagedIdentityCredential).
        ...(settings.managedIdentity
            ? []
            : [
                {
                    name: 'AZURE_FEDERATED_TOKEN_FILE',
                    value: await ctx.tokens.current(),
                    secret: true,
                    kind: 'file',
                },
            ]),
        ...settings.scopes.map((scope, i) => ({
            name: scope.outputName,
            value: tokens[i]?.token ?? '',
            secret: true,
            kind: 'output',
        })),
    ];
    const grant = {
        target: 'azure',
        exports,
        expiresAt,
        summary: [
            ['Azure application', settings.clientId],
            ['Tenant', settings.tenantId],
            ['Subscription', settings.subscriptionId ?? '(none)'],
            [
                'Cloud',
                settings.customAuthorityHost
                    ? `${settings.cloud.name} via ${settings.authorityHost}`
                    : settings.cloud.name,
            ],
            ['Scopes', settings.scopes.map((s) => s.scope).join(', ')],
        ],
    };
    if (settings.cliLogin)
        grant.finalize = () => azureCliLogin(settings, ctx);
    return grant;
}
/** The VM's managed identity, one IMDS request per scope, each token masked on arrival. */
function managedIdentityGetter(settings, ctx) {
    return async (scope) => {
        const { managedIdentityToken } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8141));
        const token = await managedIdentityToken({ clientId: settings.clientId, resourceId: undefined }, scope, ctx.timeoutMs);
        ctx.registerSecret(token.token);
        return token;
    };
}
function identityExports(settings) {
    const env = (name, value) => ({ name, value, secret: false, kind: 'env' });
    const subscription = settings.subscriptionId;
    const nonPublic = settings.cloud.name !== 'AzureCloud' || settings.customAuthorityHost;
    return [
        env('AZURE_CLIENT_ID', settings.clientId),
        env('AZURE_TENANT_ID', settings.tenantId),
        ...(subscription ? [env('AZURE_SUBSCRIPTION_ID', subscription)] : []),
        ...(nonPublic ? [env('AZURE_AUTHORITY_HOST', settings.authorityHost)] : []),
        settings.managedIdentity ? env('ARM_USE_MSI', 'true') : env('ARM_USE_OIDC', 'true'),
        env('ARM_CLIENT_ID', settings.clientId),
        env('ARM_TENANT_ID', settings.tenantId),
        ...(subscription ? [env('ARM_SUBSCRIPTION_ID', subscription)] : []),
        ...(settings.cloud.armEnvironment ? [env('ARM_ENVIRONMENT', settings.cloud.armEnvironment)] : []),
    ];
}


/***/ })

};
