export const id = 812;
export const ids = [812];
export const modules = {

/***/ 7812:
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/neutralise.ts
var neutralise = __webpack_require__(8453);
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

;// CONCATENATED MODULE: ./src/runtimes/refresher/process/renewing.ts



const systemClock = {
    now: Date.now,
    random: Math.random,
    setTimer: (fn, ms) => {
        const timer = setTimeout(fn, ms);
        timer.unref();
        return () => clearTimeout(timer);
    },
};
/** Why a client gets nothing: renewal failed and nothing valid is held. */
class RenewalFailure extends errors/* OidcExchangeError */.tS {
    givenUp;
    constructor(cause, givenUp, what) {
        super(cause.code, givenUp
            ? `${what}: renewal stopped after a refusal that persisted: ${cause.message}`
            : `${what}: renewal failed and the credential held has expired: ${cause.message}`, { hint: cause.hint, retryable: !givenUp, cause });
        this.givenUp = givenUp;
    }
}
/** Clients with nothing valid to be served start at most one attempt per this (a burst shares the answer). */
const MIN_RETRY_MS = 1_000;
function renewing(options) {
    const clock = options.clock ?? systemClock;
    const iso = (ms) => new Date(ms).toISOString();
    const status = { state: 'renewing', renewals: 0, failures: 0 };
    let held = options.initial;
    let inFlight;
    let cancelTimer;
    let inARow = 0;
    let refusals = 0;
    let refusedSince;
    let lastError;
    let loggedCode;
    let stopped = false;
    let lastEnded = -Infinity;
    const valid = (h) => h !== undefined && clock.now() < h.expiresAt - (0,protocol/* serveMarginMs */.yT)(h.lifetimeMs);
    const heldUntil = () => (held ? ` The credential held is valid until ${iso(held.expiresAt)}.` : '');
    const changed = () => options.onChange?.({ ...status });
    const schedule = (ms) => {
        cancelTimer?.();
        cancelTimer = undefined;
        if (stopped || status.state === 'given up')
            return;
        cancelTimer = clock.setTimer(() => {
            cancelTimer = undefined;
            void attempt();
        }, Math.max(protocol/* MIN_DELAY_MS */.uK, ms));
    };
    const succeeded = (next) => {
        held = next;
        status.renewals++;
        const recovered = status.state === 'failing';
        status.state = 'renewing';
        options.log(recovered
            ? `${options.name}: renewed again after ${inARow} failed attempt(s); valid until ${iso(next.expiresAt)}`
            : `${options.name}: renewed, valid until ${iso(next.expiresAt)}`);
        [inARow, refusals, refusedSince, lastError, loggedCode] = [0, 0, undefined, undefined, undefined];
        schedule(next.expiresAt - options.renewMarginMs(next.lifetimeMs) - clock.now());
    };
    const failed = (thrown) => {
        const error = (0,errors/* asOidcExchangeError */.vf)(thrown);
        const now = clock.now();
        lastError = error;
        inARow++;
        status.failures++;
        // One line: the story and the log print it whole (upstream text may carry line breaks).
        status.lastCause = (0,neutralise/* neutralise */.$)(`[${error.code}] ${error.message}`.replace(/\s*[\r\n]+\s*/g, ' '));
        status.lastFailureAt = iso(now);
        // A timeout is never a refusal: a silent proxy or service says nothing about the trust.
        const refusal = !error.retryable && error.code !== 'TIMEOUT';
        if (refusal) {
            refusals++;
            refusedSince ??= now;
        }
        if (refusal && refusals >= protocol/* MIN_REFUSALS */.z1 && now - (refusedSince ?? now) >= options.refusalLimitMs) {
            status.state = 'given up';
            status.givenUpAt = iso(now);
            options.log(`${options.name}: renewal given up: refused ${refusals} times over ${Math.round((now - (refusedSince ?? now)) / 1000)} s: ${status.lastCause}.${heldUntil()}`);
            return;
        }
        if (status.state !== 'failing' || loggedCode !== error.code) {
            loggedCode = error.code;
            options.log(`${options.name}: renewal failing, retried with back-off: ${status.lastCause}${heldUntil()}`);
        }
        status.state = 'failing';
        schedule((0,protocol/* retryDelayMs */.qO)(inARow, clock.random));
    };
    const attempt = () => {
        if (inFlight)
            return inFlight;
        if (stopped || status.state === 'given up')
            return Promise.resolve();
        cancelTimer?.();
        cancelTimer = undefined;
        inFlight = options
            .renew()
            .then(succeeded, failed)
            .finally(() => {
            inFlight = undefined;
            lastEnded = clock.now();
            changed();
        });
        return inFlight;
    };
    // With nothing held, the first client's request starts the first attempt: a job that never asks
    // costs the cloud no exchange.
    if (held)
        schedule(held.expiresAt - options.renewMarginMs(held.lifetimeMs) - clock.now());
    return {
        async get() {
            const now = held;
            if (valid(now))
                return now.value;
            // At once, not after the back-off; but a burst of clients right after a failure shares its answer.
            if (inFlight || !lastError || clock.now() - lastEnded >= MIN_RETRY_MS)
                await attempt();
            const after = held;
            if (valid(after))
                return after.value;
            throw new RenewalFailure(lastError ?? new errors/* OidcExchangeError */.tS('INTERNAL', 'No credential was obtained.'), status.state === 'given up', options.name);
        },
        status: () => ({ ...status }),
        stop() {
            stopped = true;
            cancelTimer?.();
            cancelTimer = undefined;
        },
    };
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
                // Logged once per change of state by the renewal itself, not here per request.
                const failure = failureAnswer(error);
                answer(res, failure.status, { error_code: failure.code, message: failure.message });
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
                const failure = failureAnswer(error);
                answer(res, failure.status, { code: failure.code, message: failure.message });
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
/**
 * Why a client gets nothing, for an authorised client only: the AWS CLI prints `message` of a
 * non-200 answer, the Databricks SDKs the body. Upstream text is neutralised (a client prints it
 * into the job's log), and the fix follows the cause. 503 once renewal has stopped for good (a
 * refusal that persisted), 502 while it is still being retried.
 */
function failureAnswer(error) {
    const failure = (0,errors/* asOidcExchangeError */.vf)(error);
    const givenUp = failure instanceof RenewalFailure && failure.givenUp;
    const fix = failure.hint ? ` Fix: ${failure.hint}` : '';
    return {
        status: givenUp ? 503 : 502,
        code: failure.code,
        // One line: the aws-profile helper prints it on stderr as is.
        message: (0,neutralise/* neutralise */.$)(`oidc-exchange: ${failure.message}${fix}`.replace(/\s*[\r\n]+\s*/g, ' ')),
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



function awsCredentialService(runner, seed, options) {
    const now = options.clock?.now ?? Date.now;
    return renewing({
        ...options,
        name: 'aws',
        initial: seed && fromSeed(seed),
        renewMarginMs: protocol/* awsRenewMarginMs */.jl,
        renew: async () => {
            const issuedAt = now();
            return fromGrant(await runner.run(), issuedAt);
        },
    });
}
function fromSeed(seed) {
    const expiresAt = Date.parse(seed.expiration);
    return {
        value: {
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
        value: {
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



function databricksTokens(runner, options) {
    const host = runner.target.settings.host;
    const now = options.clock?.now ?? Date.now;
    // The step's own token is not handed over (DATABRICKS_TOKEN stays for scripts): the first client
    // is served by the first exchange, started by its request; renewals follow on their own.
    const tokens = renewing({
        ...options,
        name: 'databricks',
        renewMarginMs: protocol/* accessTokenMarginMs */.yV,
        renew: async () => {
            const issuedAt = now();
            const grant = await runner.run();
            const token = grant.exports.find((e) => e.name === 'databricks-token')?.value;
            if (!token)
                throw new errors/* OidcExchangeError */.tS('INTERNAL', 'The Databricks exchange returned no token.');
            const expiresAt = grant.expiresAt.getTime();
            return {
                value: { access_token: token, token_type: 'Bearer', expires_on: Math.floor(expiresAt / 1000) },
                expiresAt,
                lifetimeMs: expiresAt - issuedAt,
            };
        },
    });
    return { ...tokens, host };
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

;// CONCATENATED MODULE: ./src/runtimes/refresher/process/token-file.ts





/**
 * A federated token file (Azure's, Google's) kept fresh: a new verified ID token every tenth of its
 * life (protocol.ts fileRenewDelayMs). A failed mint leaves the old file alone, valid until its
 * `exp`, and is retried with back-off; a refusal never stops the loop (renewing.ts with no refusal
 * limit). Lifetimes are counted from each token's arrival on this machine's clock, so a runner
 * clock that is off cannot make the loop spin.
 */
function tokenFile(file, minter, options) {
    const now = options.clock?.now ?? Date.now;
    // The step has just written a fresh token: held as if it arrived now, its life such that the
    // first renewal falls `firstRenewalMs` from now.
    const lifetimeMs = file.firstRenewalMs * 10;
    return renewing({
        ...options,
        name: file.label,
        initial: { value: '', expiresAt: now() + lifetimeMs, lifetimeMs },
        renewMarginMs: protocol/* fileRenewMarginMs */.wK,
        renew: async () => {
            const arrived = now();
            const minted = await minter.mint(file.audience);
            replaceSecretFile(file.path, minted.token);
            await options.onMinted?.(minted);
            const life = Math.max(0, minted.exp - minted.iat) * 1000;
            return { value: '', expiresAt: arrived + life, lifetimeMs: life };
        },
    });
}
/**
 * Logs the Azure CLI in again every half token life (protocol.ts cliLoginIntervalMs) with a token
 * the file loop has just minted and verified. A failed login is logged once per change of state and
 * tried again with the next token; it never stops the file loop.
 */
function cliLogin(relogin, log, onChange, now = Date.now) {
    let lastLogin = now(); // the main step has just logged in
    const status = { state: 'renewing', renewals: 0, failures: 0 };
    return async (minted) => {
        if (now() - lastLogin < (0,protocol/* cliLoginIntervalMs */.db)(minted.iat, minted.exp))
            return;
        lastLogin = now();
        try {
            await relogin(minted.token);
            if (status.state === 'failing')
                log('azure cli: logged in again after failures');
            status.renewals++;
            status.state = 'renewing';
        }
        catch (thrown) {
            const error = (0,errors/* asOidcExchangeError */.vf)(thrown);
            const cause = (0,neutralise/* neutralise */.$)(`[${error.code}] ${error.message}`);
            if (status.state !== 'failing')
                log(`azure cli: login not renewed, tried again with the next token: ${cause}`);
            status.failures++;
            status.state = 'failing';
            status.lastCause = cause;
            status.lastFailureAt = new Date(now()).toISOString();
        }
        onChange({ ...status });
    };
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/process/status-file.ts





function statusBoard(tempDir, now = Date.now) {
    const path = (0,external_node_path_.join)(tempDir, protocol/* STATUS_FILE */.C5);
    const status = { startedAt: new Date(now()).toISOString(), targets: {} };
    const write = () => {
        if (!(0,external_node_fs_.existsSync)(tempDir))
            return;
        try {
            (0,secret_file/* writePrivateFileAtomically */.wK)(path, `${JSON.stringify(status)}\n`);
        }
        catch {
            // The folder went away meanwhile (the post step): nothing to tell.
        }
    };
    write();
    return {
        update(target, next) {
            status.targets[target] = next;
            write();
        },
        stopped(reason, byPostStep) {
            status.stoppedAt = new Date(now()).toISOString();
            status.stopReason = (0,neutralise/* neutralise */.$)(reason);
            status.stoppedByPostStep = byPostStep;
            write();
        },
    };
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/process/gcp-id-token-file.ts



/**
 * Keeps GCP_ID_TOKEN_FILE fresh (`gcp-id-token-audience` with `refresh`): a new CI token, verified
 * by the minter, exchanged at Google STS and turned into a new Google ID token every tenth of the
 * ID token's life (an hour at Google), each written atomically over the last so a reader never
 * sees half a token. Like the federated token files (token-file.ts), a failure leaves the old
 * file, valid until its `exp`, and is retried with back-off (renewing.ts); a refusal never stops it.
 */
const GCP_ID_TOKEN_LABEL = 'gcp id token file';
function gcpIdTokenFile(file, runner, minter, options) {
    const now = options.clock?.now ?? Date.now;
    const settings = runner.target.settings;
    // The step has just written a fresh token: held as if it arrived now, its first renewal due
    // `firstRenewalMs` from now.
    const lifetimeMs = file.firstRenewalMs * 10;
    return renewing({
        ...options,
        name: GCP_ID_TOKEN_LABEL,
        initial: { value: '', expiresAt: now() + lifetimeMs, lifetimeMs },
        renewMarginMs: protocol/* fileRenewMarginMs */.wK,
        renew: async () => {
            const arrived = now();
            // Loaded only when an ID token is asked for, like the target's exchange in the main step.
            const { mintIdToken } = await __webpack_require__.e(/* import() */ 86).then(__webpack_require__.bind(__webpack_require__, 2086));
            const idToken = await mintIdToken(settings, runner.context(minter.supply(runner.target.audience)));
            replaceSecretFile(file.path, idToken.token);
            const life = Math.max(0, idToken.exp - idToken.iat) * 1000;
            return { value: '', expiresAt: arrived + life, lifetimeMs: life };
        },
    });
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
 * It keeps its listener until the post step asks it to stop, or the job's end shows otherwise (the
 * step's folder removed; the runner ends the job's processes); the deadline is a backstop past the
 * job's longest life. A refused renewal never ends it: what is held is served while valid, and a
 * target whose refusal persists answers with the cause. Its story (status-file.ts) is what the
 * post step prints.
 */
async function main() {
    const order = parseOrder(await readStdin());
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
    const board = statusBoard(order.tempDir);
    // A refusal must persist this long before a target's renewal stops (protocol.ts persistentRefusalMs).
    const refusalLimitMs = order.refusalLimitMs ?? 5 * 60_000;
    const tracked = (name) => ({
        log,
        refusalLimitMs,
        onChange: (status) => board.update(name, status),
    });
    let stopping = false;
    let wake = () => undefined;
    const stopped = new Promise((resolve) => (wake = resolve));
    const stop = (reason, byPostStep = false) => {
        if (stopping)
            return;
        stopping = true;
        log(`stopping: ${reason}`);
        board.stopped(reason, byPostStep);
        wake();
    };
    const dbRunner = order.databricksPath ? targetRunner(plan, 'databricks', deps) : undefined;
    const awsRunner = order.aws ? targetRunner(plan, 'aws', deps) : undefined;
    const aws = awsRunner && order.aws
        ? {
            authorization: order.aws.authorization,
            credentials: awsCredentialService(awsRunner, order.aws.seed, tracked('aws')),
        }
        : undefined;
    const databricks = dbRunner && order.databricksPath ? databricksTokens(dbRunner, tracked('databricks')) : undefined;
    const server = await startControlServer({
        nonce: order.nonce,
        onStop: () => stop('the post step asked', true),
        databricks: databricks && order.databricksPath ? { path: order.databricksPath, tokens: databricks } : undefined,
        aws,
        log,
        listener: order.listener,
    });
    process.send?.({ ready: true, port: server.port }, () => {
        if (process.connected)
            process.disconnect();
    });
    log(`started: ${order.tokenFiles.length} token file(s), Azure CLI ${order.azureCliLogin ? 'on' : 'off'}, Databricks ${databricks ? 'on' : 'off'}, AWS ${aws ? 'on' : 'off'}, until the post step stops it (at the latest ${new Date(order.deadline).toISOString()})`);
    // The job's end as the runtime shows it: the post step, the step's folder removed (both runners
    // empty their temp folder after a job), or the runner ending the job's processes. The deadline is
    // only a backstop past the job's longest possible life: leaving earlier would free a port that
    // later steps still name, for another user to take.
    const watchdog = setInterval(() => {
        if (Date.now() >= order.deadline)
            stop("the job's longest possible time has passed");
        else if (!(0,external_node_fs_.existsSync)(order.tempDir))
            stop("the step's folder was removed");
    }, 1_000);
    const azure = order.azureCliLogin ? targetRunner(plan, 'azure', deps) : undefined;
    const relogin = azure
        ? (token) => (0,cli_login/* azureCliLogin */.x)(azure.target.settings, azure.context(fixed(token, azure.target.audience)))
        : undefined;
    const cli = relogin ? cliLogin(relogin, log, (status) => board.update('azure-cli', status)) : undefined;
    const files = order.tokenFiles.map((file) => tokenFile(file, minter, {
        log,
        // A refusal never stops a token file: the file keeps its last token, valid until its exp.
        refusalLimitMs: Number.POSITIVE_INFINITY,
        onChange: (status) => board.update(file.label, status),
        onMinted: cli,
    }));
    const gcpRunner = order.gcpIdTokenFile ? targetRunner(plan, 'gcp', deps) : undefined;
    const gcpIdToken = gcpRunner && order.gcpIdTokenFile
        ? gcpIdTokenFile(order.gcpIdTokenFile, gcpRunner, minter, {
            log,
            // Like the federated token files: a refusal never stops it; the file keeps its last token.
            refusalLimitMs: Number.POSITIVE_INFINITY,
            onChange: (status) => board.update(GCP_ID_TOKEN_LABEL, status),
        })
        : undefined;
    // Every target in the story from the start, even one that never needed renewing.
    if (aws)
        board.update('aws', aws.credentials.status());
    if (databricks)
        board.update('databricks', databricks.status());
    if (gcpIdToken)
        board.update(GCP_ID_TOKEN_LABEL, gcpIdToken.status());
    order.tokenFiles.forEach((file, i) => board.update(file.label, files[i]?.status() ?? { state: 'renewing', renewals: 0, failures: 0 }));
    await stopped;
    clearInterval(watchdog);
    for (const renewal of [...files, gcpIdToken, aws?.credentials, databricks])
        renewal?.stop();
    await server.close();
    http.close();
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
/**
 * The order holds the request token: a parse error must not quote it (V8's messages quote the
 * text around the fault), since the step prints why its refresher could not start.
 */
function parseOrder(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* OidcExchangeError */.tS('INTERNAL', `its order on stdin is not JSON (${text.length} characters).`);
    }
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
/* harmony export */   C5: () => (/* binding */ STATUS_FILE),
/* harmony export */   Ib: () => (/* binding */ persistentRefusalMs),
/* harmony export */   OA: () => (/* binding */ AWS_PATH),
/* harmony export */   UP: () => (/* binding */ LOG_FILE),
/* harmony export */   db: () => (/* binding */ cliLoginIntervalMs),
/* harmony export */   jl: () => (/* binding */ awsRenewMarginMs),
/* harmony export */   lD: () => (/* binding */ fileRenewDelayMs),
/* harmony export */   qO: () => (/* binding */ retryDelayMs),
/* harmony export */   uK: () => (/* binding */ MIN_DELAY_MS),
/* harmony export */   wK: () => (/* binding */ fileRenewMarginMs),
/* harmony export */   xW: () => (/* binding */ loopbackUrl),
/* harmony export */   yT: () => (/* binding */ serveMarginMs),
/* harmony export */   yV: () => (/* binding */ accessTokenMarginMs),
/* harmony export */   z1: () => (/* binding */ MIN_REFUSALS),
/* harmony export */   zJ: () => (/* binding */ HANDED_LISTENER_FD)
/* harmony export */ });
/** The refresher's descriptor for the handed socket: the first after stdin, stdout and stderr. */
const HANDED_LISTENER_FD = 3;
/** Where the refresher serves AWS credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI's path). */
const AWS_PATH = '/aws/credentials';
/** The refresher's log in the step's private folder: no secret in it; the post step prints it on debug only. */
const LOG_FILE = 'refresher.log';
/** The refresher's story (RefresherStatus as JSON) in the step's private folder, for the post step. */
const STATUS_FILE = 'refresher-status.json';
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
/** The same as a renew margin (renewal once less than this is left): a tenth of the life gone. */
function fileRenewMarginMs(lifetimeMs) {
    return Math.max(0, lifetimeMs - Math.max(MIN_DELAY_MS, lifetimeMs / 10));
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
/**
 * After a failed renewal: jittered exponential back-off, 1 s, 2 s, 4 s … at most 60 s (half of each
 * step fixed, half random, so parallel jobs do not retry in lock-step yet the wait stays bounded
 * below). `failures` counts failures in a row (1 for the first).
 */
function retryDelayMs(failures, random = Math.random) {
    const cap = Math.min(60_000, 1_000 * 2 ** Math.max(0, Math.min(failures - 1, 16)));
    return cap / 2 + (cap / 2) * random();
}
/**
 * A held credential is served while more than this is left of it: its real expiry less a margin
 * for the client's own request and a clock that is a little off. A thirtieth of its life, at most
 * two minutes, at least a second (a busy machine) but never more than half a life: 2 min for an
 * hour's role session, 30 s for STS's shortest (15 min), ~1.3 s for a 40 s test session, 1 s for
 * the fakes' 2 s ones (which are then renewed before they are served, as the renew margin is the same).
 */
function serveMarginMs(lifetimeMs) {
    const life = Math.max(0, lifetimeMs);
    return Math.min(120_000, Math.max(life / 30, Math.min(1_000, life / 2)));
}
/** A refusal ends renewal of a target only after this many refused attempts in a row … */
const MIN_REFUSALS = 3;
/**
 * … that spanned at least this long: half the step's credential lifetime, at most five minutes.
 * A refusal that outlasts several fresh ID tokens and minutes is the trust or the job changing
 * (the job's token refused after it ended), not one bad token or an issuer's hiccup. Scaling with
 * the lifetime is what lets the fakes' short sessions shorten it; real sessions (15 min or more)
 * always get the five minutes.
 */
function persistentRefusalMs(credentialLifetimeMs) {
    return Math.min(5 * 60_000, Math.max(0, credentialLifetimeMs) / 2);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/child-process.ts
var child_process = __webpack_require__(5849);
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


/***/ })

};
