export const id = 32;
export const ids = [32];
export const modules = {

/***/ 6032:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/http.ts + 2 modules
var core_http = __webpack_require__(4083);
// EXTERNAL MODULE: ./src/core/plan.ts + 1 modules
var core_plan = __webpack_require__(7418);
// EXTERNAL MODULE: ./src/targets/azure/cli-login.ts + 1 modules
var cli_login = __webpack_require__(3195);
// EXTERNAL MODULE: ./src/targets/index.ts + 4 modules
var targets = __webpack_require__(4040);
// EXTERNAL MODULE: ./src/runtimes/shared/proxy-environment.ts
var proxy_environment = __webpack_require__(135);
// EXTERNAL MODULE: ./src/sources/azure-devops.ts + 2 modules
var azure_devops = __webpack_require__(5274);
// EXTERNAL MODULE: ./src/sources/azure-managed-identity.ts
var azure_managed_identity = __webpack_require__(6744);
// EXTERNAL MODULE: ./src/sources/github.ts
var github = __webpack_require__(15);
;// CONCATENATED MODULE: ./src/runtimes/shared/rebuild-source.ts




/**
 * A token source from its recipe (src/core/source-recipe.ts), in a process that did not choose
 * it: the background refresher. Each kind names what it needs; a new kind (Azure DevOps) adds one
 * case.
 */
function rebuildSource(recipe, secret, http, timeoutMs) {
    const s = recipe.settings;
    switch (recipe.kind) {
        case 'github':
            return (0,github/* githubSource */.j)({ requestUrl: s['requestUrl'], requestToken: secret, http });
        case 'azure-managed-identity':
            return (0,azure_managed_identity/* managedIdentitySource */.B)({ clientId: s['clientId'] || undefined, resourceId: s['resourceId'] || undefined }, timeoutMs);
        case 'azure-devops':
            return (0,azure_devops/* azureDevOpsSource */.y6)({
                requestUri: s['requestUri'] || undefined,
                accessToken: secret,
                serviceConnectionId: s['serviceConnectionId'] || undefined,
                http,
            });
        default:
            throw new errors/* OidcExchangeError */.tS('INTERNAL', `No way to rebuild a token source of kind '${recipe.kind}'.`);
    }
}

// EXTERNAL MODULE: ./src/runtimes/refresher/protocol.ts
var protocol = __webpack_require__(5320);
// EXTERNAL MODULE: ./src/runtimes/shared/secret-file.ts + 1 modules
var secret_file = __webpack_require__(2474);
;// CONCATENATED MODULE: ./src/runtimes/refresher/process/atomic-file.ts


/**
 * Replaces a credential file so that a reader sees the old token or the new one, never a partial
 * one (see writePrivateFileAtomically: a new 0600 file, never through a symlink, renamed over).
 *
 * Only a file that exists is replaced: the step writes it first (exclusively), and once the post
 * step removed it, it must stay removed. Returns whether it was replaced.
 */
function replaceSecretFile(path, content) {
    if (!(0,external_node_fs_.existsSync)(path))
        return false;
    (0,secret_file/* writePrivateFileAtomically */.wK)(path, content);
    return true;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/runtimes/refresher/process/http-guard.ts

/**
 * The refresher's loopback server, hardened against the other users of the machine, who can all
 * reach 127.0.0.1 (docs/security.md):
 * - Connections: at most MAX_CONNECTIONS. A full server never refuses a newcomer, which another
 *   user could arrange by holding connections open: it drops its oldest connection that has no
 *   request in flight. MAX_CONNECTIONS exceeds Node's listen backlog (511), so the connections
 *   accepted in one turn of the event loop cannot push out a client whose request is already
 *   waiting to be read: it is read, and then it is in flight, before it is the oldest.
 * - Time: a connection gets FIRST_REQUEST_MS to send its request's headers, later requests on a
 *   kept-alive connection get as long (headersTimeout), and an idle kept-alive connection is
 *   closed after KEEP_ALIVE_MS. Clients on loopback send a request in one write, at once.
 * - Size: no request has a body; one that announces one gets 413. Headers: MAX_HEADER_BYTES.
 * - Host: names the loopback address and the port the client connected to (`127.0.0.1:PORT`,
 *   what every client sends for the URLs the step exports; `localhost:PORT` too, which no web page
 *   elsewhere can make a browser send): anything else is 421, so a DNS-rebinding page never reads
 *   an answer. Refusals carry no detail.
 * Requests that pass reach `handle` unchanged.
 */
const MAX_CONNECTIONS = 1024;
const FIRST_REQUEST_MS = 3_000;
const KEEP_ALIVE_MS = 3_000;
const MAX_HEADER_BYTES = 8 * 1024;
function createGuardedServer(handle) {
    /** Connections with no request in flight, oldest first (a Map keeps insertion order). */
    const waiting = new Map();
    let inFlight = 0;
    const server = (0,external_node_http_.createServer)({
        headersTimeout: FIRST_REQUEST_MS,
        requestTimeout: FIRST_REQUEST_MS + 1_000,
        keepAliveTimeout: KEEP_ALIVE_MS,
        connectionsCheckingInterval: 500,
        maxHeaderSize: MAX_HEADER_BYTES,
        requireHostHeader: true,
    }, (req, res) => {
        const socket = req.socket;
        const timer = waiting.get(socket);
        if (timer)
            clearTimeout(timer);
        waiting.delete(socket);
        inFlight++;
        res.once('close', () => {
            inFlight--;
            if (!socket.destroyed)
                waiting.set(socket, undefined); // now the newest; keepAliveTimeout ends it
        });
        const refusal = refuse(req);
        if (refusal) {
            res.writeHead(refusal, { 'content-length': '0', connection: 'close' });
            res.end();
            return;
        }
        handle(req, res);
    });
    server.on('connection', (socket) => {
        if (waiting.size + inFlight >= MAX_CONNECTIONS) {
            const oldest = waiting.keys().next();
            if (oldest.done) {
                socket.destroy(); // every slot holds a request in flight: an authorised client's
                return;
            }
            drop(oldest.value);
        }
        waiting.set(socket, setTimeout(() => drop(socket), FIRST_REQUEST_MS).unref());
        socket.once('close', () => {
            const timer = waiting.get(socket);
            if (timer)
                clearTimeout(timer);
            waiting.delete(socket);
        });
    });
    function drop(socket) {
        const timer = waiting.get(socket);
        if (timer)
            clearTimeout(timer);
        waiting.delete(socket);
        socket.destroy();
    }
    return server;
}
/** The status that refuses a request, or undefined when it may be handled. */
function refuse(req) {
    const port = req.socket.localPort;
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
        return host ? 421 : 400;
    const length = req.headers['content-length'];
    if ((length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined)
        return 413;
    return undefined;
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/process/listener.ts
/**
 * The refresher's side of the listener handover (../step/listener.ts): listen on the socket the
 * step bound and handed over as a descriptor, where clients may already wait in the kernel's
 * queue, or, without one (Windows), on a loopback port of its own that it reports over IPC.
 */
function listenOptions(listener) {
    return listener?.kind === 'handed' ? { fd: listener.fd } : { port: 0, host: '127.0.0.1' };
}
/**
 * Whether the server listens where the step said: on loopback, and on the handed port. A
 * descriptor that is not the step's socket (a runner that passes descriptors of its own) must not
 * be served on.
 */
function listensAsHanded(listener, address) {
    if (typeof address !== 'object' || address === null || address.address !== '127.0.0.1')
        return false;
    return listener?.kind !== 'handed' || address.port === listener.port;
}
/**
 * The log line of a refresher that could not listen. It then exits and nothing holds the socket
 * any more, so clients of the port are refused at once rather than kept waiting.
 */
function listenFailure(listener, cause) {
    const where = listener?.kind === 'handed'
        ? `the loopback port ${listener.port} the step handed over`
        : 'a loopback port';
    return `could not start: cannot listen on ${where} (${cause}); its clients are refused`;
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/process/control-server.ts





async function startControlServer(options) {
    const handle = (req, res) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (req.method === 'POST' && same(path, `/stop/${options.nonce}`)) {
            answer(res, 200, { stopping: true });
            options.onStop();
            return;
        }
        const db = options.databricks;
        if (req.method === 'GET' && db && same(path, db.path)) {
            if (req.headers['x-databricks-metadata-version'] !== '1')
                return answer(res, 400, { error: 'version' });
            const host = String(req.headers['x-databricks-host'] ?? '').replace(/\/+$/, '');
            if (host !== db.tokens.host)
                return answer(res, 403, { error: 'host' });
            db.tokens.get().then((token) => answer(res, 200, token), (error) => {
                options.log(`Databricks token not renewed: ${error.message}`);
                answer(res, 502, { error: 'renewal failed' });
            });
            return;
        }
        const aws = options.aws;
        if (req.method === 'GET' && aws && path === protocol/* AWS_PATH */.OA) {
            if (!same(String(req.headers.authorization ?? ''), aws.authorization))
                return answer(res, 401, {
                    error: 'unauthorized',
                    // Not a secret, and the one thing an Azure DevOps user has to do (docs/azure-devops.md).
                    message: 'oidc-exchange: send the step’s AWS_CONTAINER_AUTHORIZATION_TOKEN (Azure DevOps: map it with `env: AWS_CONTAINER_AUTHORIZATION_TOKEN: $(AWS_CONTAINER_AUTHORIZATION_TOKEN)`)',
                });
            aws.credentials.get().then((credentials) => answer(res, 200, credentials), (error) => {
                const failure = (0,errors/* asOidcExchangeError */.vf)(error);
                options.log(`AWS credentials not renewed [${failure.code}]: ${failure.message}`);
                answer(res, 502, { code: failure.code, message: `oidc-exchange: ${failure.message}` });
            });
            return;
        }
        answer(res, 404, { error: 'not found' });
    };
    const server = createGuardedServer(handle); // caps, timeouts, Host: against other local users
    await new Promise((resolve, reject) => {
        server.once('error', (error) => {
            options.log(listenFailure(options.listener, error.code ?? error.message));
            reject(error);
        });
        server.listen(listenOptions(options.listener), () => {
            if (listensAsHanded(options.listener, server.address()))
                return resolve();
            options.log(listenFailure(options.listener, 'not the step’s loopback socket'));
            server.close();
            reject(new Error('the listener is not the step’s loopback socket'));
        });
    });
    const address = server.address();
    return {
        port: typeof address === 'object' && address ? address.port : 0,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
function same(a, b) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && (0,external_node_crypto_.timingSafeEqual)(x, y);
}
function answer(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(text);
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/process/aws-service.ts


function awsCredentialService(runner, seed, now = Date.now) {
    let held = seed && fromSeed(seed);
    let inFlight;
    let renewals = 0;
    const renew = async () => {
        const issuedAt = now();
        const grant = await runner.run();
        held = fromGrant(grant, issuedAt);
        renewals++;
    };
    const fresh = () => held !== undefined && held.expiresAt - now() > (0,protocol/* awsRenewMarginMs */.jl)(held.lifetimeMs);
    return {
        get renewals() {
            return renewals;
        },
        async get() {
            if (!fresh()) {
                inFlight ??= renew().finally(() => (inFlight = undefined));
                await inFlight;
            }
            if (!held)
                throw new errors/* OidcExchangeError */.tS('INTERNAL', 'No AWS credentials.');
            return held.credentials;
        },
    };
}
function fromSeed(seed) {
    const expiresAt = Date.parse(seed.expiration);
    return {
        credentials: {
            AccessKeyId: seed.accessKeyId,
            SecretAccessKey: seed.secretAccessKey,
            Token: seed.sessionToken,
            Expiration: new Date(expiresAt).toISOString(),
        },
        expiresAt,
        lifetimeMs: expiresAt - seed.issuedAt,
    };
}
function fromGrant(grant, issuedAt) {
    const value = (name) => grant.exports.find((e) => e.name === name)?.value;
    const accessKeyId = value('AWS_ACCESS_KEY_ID');
    const secretAccessKey = value('AWS_SECRET_ACCESS_KEY');
    const sessionToken = value('AWS_SESSION_TOKEN');
    if (!accessKeyId || !secretAccessKey || !sessionToken)
        throw new errors/* OidcExchangeError */.tS('INTERNAL', 'The AWS exchange returned no credentials.');
    const expiresAt = grant.expiresAt.getTime();
    return {
        credentials: {
            AccessKeyId: accessKeyId,
            SecretAccessKey: secretAccessKey,
            Token: sessionToken,
            Expiration: grant.expiresAt.toISOString(),
        },
        expiresAt,
        lifetimeMs: expiresAt - issuedAt,
    };
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/process/databricks-service.ts


function databricksTokens(runner) {
    const host = runner.target.settings.host;
    let cached;
    let inFlight;
    const renew = async () => {
        const issuedAt = Date.now();
        const grant = await runner.run();
        const token = grant.exports.find((e) => e.name === 'databricks-token')?.value;
        if (!token)
            throw new errors/* OidcExchangeError */.tS('INTERNAL', 'The Databricks exchange returned no token.');
        const expiresAt = grant.expiresAt.getTime();
        cached = { token, expiresAt, lifetimeMs: expiresAt - issuedAt };
    };
    return {
        host,
        async get() {
            const fresh = () => cached && cached.expiresAt - Date.now() > (0,protocol/* accessTokenMarginMs */.yV)(cached.lifetimeMs);
            if (!fresh()) {
                inFlight ??= renew().finally(() => (inFlight = undefined));
                await inFlight;
            }
            if (!cached)
                throw new errors/* OidcExchangeError */.tS('INTERNAL', 'No Databricks token.');
            return {
                access_token: cached.token,
                token_type: 'Bearer',
                expires_on: Math.floor(cached.expiresAt / 1000),
            };
        },
    };
}

// EXTERNAL MODULE: ./src/core/jwt.ts
var jwt = __webpack_require__(3622);
// EXTERNAL MODULE: ./src/core/token-supply.ts
var token_supply = __webpack_require__(7184);
// EXTERNAL MODULE: ./src/core/plan-checks.ts
var plan_checks = __webpack_require__(8224);
;// CONCATENATED MODULE: ./src/runtimes/refresher/process/mint.ts



function createMinter(plan, source, http) {
    const now = () => new Date();
    // The same checks as the main step's, Azure DevOps' two issuer families included.
    const verifier = (0,plan_checks/* planVerifier */.Y)(plan, http, now);
    const supply = (audience) => (0,token_supply/* createTokenSupplies */.f)({
        source,
        expectations: (0,plan_checks/* planExpectations */.z)(plan),
        verifier,
        registerSecret: () => undefined, // nothing of the refresher's reaches a log
        now,
    }).forAudience(audience);
    return {
        supply,
        async mint(audience) {
            const token = await supply(audience).fresh();
            const { payload } = (0,jwt/* decodeJwt */.i)(token, source.origin);
            return { token, iat: Number(payload['iat'] ?? 0), exp: Number(payload['exp'] ?? 0) };
        },
    };
}

// EXTERNAL MODULE: ./src/core/neutralise.ts
var neutralise = __webpack_require__(8453);
;// CONCATENATED MODULE: ./src/runtimes/refresher/process/gcp-id-token-file.ts




async function keepGcpIdTokenFresh(renewal) {
    const { runner, minter, path, log, pause, stopping } = renewal;
    const settings = runner.target.settings;
    // Loaded only when an ID token is asked for, like the target's exchange in the main step.
    const { mintIdToken } = await __webpack_require__.e(/* import() */ 86).then(__webpack_require__.bind(__webpack_require__, 2086));
    let renewals = 0;
    let retry;
    await pause(renewal.firstRenewalMs);
    while (!stopping()) {
        let delay;
        try {
            const idToken = await mintIdToken(settings, runner.context(minter.supply(runner.target.audience)));
            if (stopping())
                break;
            if (!replaceSecretFile(path, idToken.token))
                break; // the post step removed it
            renewals++;
            retry = undefined;
            delay = (0,protocol/* fileRenewDelayMs */.lD)(idToken.iat, idToken.exp);
        }
        catch (thrown) {
            const error = (0,errors/* asOidcExchangeError */.vf)(thrown);
            retry = (0,protocol/* retryDelayMs */.qO)(retry);
            delay = retry;
            log(`Google ID token not renewed, retrying in ${delay} ms [${error.code}]: ${(0,neutralise/* neutralise */.$)(error.message)}`);
        }
        await pause(delay);
    }
    log(`Google ID token file: ${renewals} renewal(s)`);
}

// EXTERNAL MODULE: ./src/core/run.ts + 2 modules
var run = __webpack_require__(3957);
;// CONCATENATED MODULE: ./src/runtimes/refresher/process/target-run.ts

function targetRunner(plan, name, deps) {
    const target = plan.targets.find((t) => t.definition.name === name);
    if (!target)
        return undefined;
    // Nothing of the refresher's reaches a log, so there is no masker to register secrets with.
    const services = { ...deps, registerSecret: () => undefined, now: () => new Date() };
    const context = (tokens) => (0,run/* targetContext */.T)(plan, services, tokens);
    return {
        target,
        context,
        async run() {
            // The supply verifies each token before the exchange sends it anywhere.
            const module = await target.definition.load();
            return module.exchange(target.settings, context(deps.minter.supply(target.audience)));
        },
    };
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/process/main.ts


















/**
 * The background refresher, started detached by the main step when `refresh` is on. It reads its
 * order (with the request token) from stdin, then for as long as the job can use it: rewrites the
 * federated token file with fresh, verified ID tokens, logs the Azure CLI in again, and serves
 * Databricks tokens on loopback. It has no stdout or stderr (the step must be able to end); its
 * log, which never holds a secret, is a file in the step's folder that the post step prints.
 *
 * It exits when the post step asks it to, when the step's folder is removed, when a new token is
 * refused for good (the job has ended, or the trust changed), or at the deadline (the job limit).
 */
async function main() {
    const order = JSON.parse(await readStdin());
    const logFile = (0,external_node_path_.join)(order.tempDir, protocol/* LOG_FILE */.UP);
    const log = (line) => {
        try {
            (0,external_node_fs_.appendFileSync)(logFile, `${new Date().toISOString()} ${line}\n`, { encoding: 'utf8', mode: 0o600 });
        }
        catch {
            // The folder is gone (the post step removed it): there is no one left to read the log.
        }
    };
    const plan = (0,core_plan/* parsePlan */.v)((name) => order.inputs[name] ?? '', targets/* TARGETS */.d, order.runInfo);
    const env = process.env;
    // The Azure DevOps agent's proxy comes in the order (it is no environment variable); else the environment's.
    const http = (0,core_http/* createHttpClient */.uT)(order.proxy ? (0,proxy_environment/* agentProxy */.e)(order.proxy.url, order.proxy.bypass, env) : (0,proxy_environment/* proxyFromEnvironment */.G)(env), plan.timeoutMs);
    const source = rebuildSource(order.source.recipe, order.source.secret, http, plan.timeoutMs);
    const minter = createMinter(plan, source, http);
    const deps = {
        http,
        log: { info: log, warning: log, debug: () => undefined },
        minter,
        tempDir: order.tempDir,
        childEnv: env,
    };
    let stopping = false;
    let wake = () => undefined;
    const stopped = new Promise((resolve) => (wake = resolve));
    const stop = (reason) => {
        if (stopping)
            return;
        stopping = true;
        log(`stopping: ${reason}`);
        wake();
    };
    const dbRunner = order.databricksPath ? targetRunner(plan, 'databricks', deps) : undefined;
    const awsRunner = order.aws ? targetRunner(plan, 'aws', deps) : undefined;
    const aws = awsRunner && order.aws
        ? {
            authorization: order.aws.authorization,
            credentials: awsCredentialService(awsRunner, order.aws.seed),
        }
        : undefined;
    const server = await startControlServer({
        nonce: order.nonce,
        onStop: () => stop('the post step asked'),
        databricks: dbRunner && order.databricksPath
            ? { path: order.databricksPath, tokens: databricksTokens(dbRunner) }
            : undefined,
        aws,
        log,
        listener: order.listener,
    });
    process.send?.({ ready: true, port: server.port }, () => {
        if (process.connected)
            process.disconnect();
    });
    log(`started: ${order.tokenFiles.length} token file(s), Azure CLI ${order.azureCliLogin ? 'on' : 'off'}, Databricks ${dbRunner ? 'on' : 'off'}, AWS ${aws ? 'on' : 'off'}, until ${new Date(order.deadline).toISOString()}`);
    const watchdog = setInterval(() => {
        if (Date.now() >= order.deadline)
            stop('the job time limit was reached');
        else if (!(0,external_node_fs_.existsSync)(order.tempDir))
            stop("the step's folder was removed");
    }, 1_000);
    const azure = order.azureCliLogin ? targetRunner(plan, 'azure', deps) : undefined;
    const relogin = azure
        ? (token) => (0,cli_login/* azureCliLogin */.x)(azure.target.settings, azure.context(fixed(token, azure.target.audience)))
        : undefined;
    const pause = (ms) => Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
    let renewals = 0;
    const keepFresh = async (file) => {
        let retry;
        let lastLogin = Date.now(); // the main step has just logged in
        await pause(file.firstRenewalMs); // the main step has just written a fresh token
        while (!stopping) {
            let delay;
            try {
                const minted = await minter.mint(file.audience);
                if (stopping)
                    break;
                if (replaceSecretFile(file.path, minted.token))
                    renewals++;
                if (relogin && Date.now() - lastLogin >= (0,protocol/* cliLoginIntervalMs */.db)(minted.iat, minted.exp)) {
                    lastLogin = Date.now();
                    await relogin(minted.token).catch((error) => log(`Azure CLI login not renewed: ${(0,errors/* asOidcExchangeError */.vf)(error).message}`));
                }
                retry = undefined;
                delay = (0,protocol/* fileRenewDelayMs */.lD)(minted.iat, minted.exp);
            }
            catch (thrown) {
                const error = (0,errors/* asOidcExchangeError */.vf)(thrown);
                // A timeout is never a refusal: a silent proxy is not retried at once, but here it is later.
                if (!error.retryable && error.code !== 'TIMEOUT') {
                    stop(`a new token was refused [${error.code}]: ${error.message}`);
                    break;
                }
                retry = (0,protocol/* retryDelayMs */.qO)(retry);
                delay = retry;
                log(`renewal failed, retrying in ${delay} ms [${error.code}]: ${error.message}`);
            }
            await pause(delay);
        }
    };
    const loops = order.tokenFiles.map((file) => keepFresh(file));
    const gcpRunner = order.gcpIdTokenFile ? targetRunner(plan, 'gcp', deps) : undefined;
    if (gcpRunner && order.gcpIdTokenFile) {
        const file = order.gcpIdTokenFile;
        loops.push(keepGcpIdTokenFresh({ runner: gcpRunner, minter, ...file, log, pause, stopping: () => stopping }));
    }
    await stopped;
    clearInterval(watchdog);
    await Promise.race([Promise.allSettled(loops), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await server.close();
    http.close();
    log(`stopped after ${renewals} token file renewal(s)${aws ? ` and ${aws.credentials.renewals} AWS role session(s)` : ''}`);
}
/** The one token a re-login uses: already minted and verified. */
function fixed(token, audience) {
    return {
        current: () => Promise.resolve(token),
        fresh: () => Promise.resolve(token),
        subject: '',
        issuer: '',
        audience,
    };
}
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
main().then(() => process.exit(0), (error) => {
    // Before it is ready the main step is listening; afterwards there is no one to tell.
    const message = (0,errors/* asOidcExchangeError */.vf)(error).message;
    try {
        if (process.connected)
            process.send?.({ ready: false, error: message }, () => process.exit(1));
    }
    catch {
        // the channel closed meanwhile
    }
    setTimeout(() => process.exit(1), 1_000).unref();
});


/***/ }),

/***/ 5320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ AWS_PATH),
/* harmony export */   UP: () => (/* binding */ LOG_FILE),
/* harmony export */   db: () => (/* binding */ cliLoginIntervalMs),
/* harmony export */   jl: () => (/* binding */ awsRenewMarginMs),
/* harmony export */   lD: () => (/* binding */ fileRenewDelayMs),
/* harmony export */   qO: () => (/* binding */ retryDelayMs),
/* harmony export */   xW: () => (/* binding */ loopbackUrl),
/* harmony export */   yV: () => (/* binding */ accessTokenMarginMs),
/* harmony export */   zJ: () => (/* binding */ HANDED_LISTENER_FD)
/* harmony export */ });
/** The refresher's descriptor for the handed socket: the first after stdin, stdout and stderr. */
const HANDED_LISTENER_FD = 3;
/** Where the refresher serves AWS credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI's path). */
const AWS_PATH = '/aws/credentials';
/** The refresher's log in the step's private folder: no secret in it; the post step prints it. */
const LOG_FILE = 'refresher.log';
/** The URL of a path the refresher serves on loopback. */
function loopbackUrl(port, path) {
    return `http://127.0.0.1:${port}${path}`;
}
// ---- The schedule ----
/**
 * When the refresher acts. GitHub ID tokens live 300 s (docs/protocols.md §1.4) and the Azure SDKs
 * keep a token file's content for 5 minutes after reading it (§2.7): a file rewritten every
 * tenth of a lifetime (30 s) means an SDK never holds a token more than 30 s older than the file,
 * so it stays valid for at least 90% of the time it is held. Short lifetimes (tests) are bounded
 * below so the loop never spins.
 */
const MIN_DELAY_MS = 250;
/**
 * Delay until a token that lives from `iat` to `exp` (seconds) is replaced in files, counted from
 * its arrival: only its lifetime is used, so a runner clock that is off cannot make the loop spin.
 */
function fileRenewDelayMs(iat, exp) {
    return Math.max(MIN_DELAY_MS, (Math.max(0, exp - iat) * 1000) / 10);
}
/**
 * The Azure CLI keeps the assertion it was given and presents it whenever it needs a new Entra
 * token (docs/protocols.md §2.7): logging in again every half lifetime keeps the stored one at least
 * half a lifetime from expiry, at the cost of one `az login` every 2.5 minutes.
 */
function cliLoginIntervalMs(iat, exp) {
    return Math.max(MIN_DELAY_MS, ((exp - iat) * 1000) / 2);
}
/**
 * A cached access token is replaced once less than this is left: the Databricks SDKs refresh
 * 40 s before expiry (), so two minutes, or a fifth of a long lifetime, but never more than
 * half of a short one.
 */
function accessTokenMarginMs(lifetimeMs) {
    return Math.min(lifetimeMs / 2, Math.max(120_000, lifetimeMs / 5));
}
/** After a transient failure: retry soon, then back off to at most 30 s. */
function retryDelayMs(previousMs) {
    return previousMs === undefined ? 1_000 : Math.min(30_000, previousMs * 2);
}
/**
 * An AWS role session is renewed once less than this is left: 20 minutes, so that what a client
 * is handed is beyond botocore's 15-minute advisory refresh window (it would otherwise ask again
 * on every call; the JS SDK asks 5 minutes ahead), but never more than half of a short session.
 */
function awsRenewMarginMs(lifetimeMs) {
    return Math.min(lifetimeMs / 2, 20 * 60_000);
}


/***/ }),

/***/ 3195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ azureCliLogin)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        (0,external_node_child_process_.execFile)(command.file, command.args, {
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


/***/ })

};
