export const id = 60;
export const ids = [60];
export const modules = {

/***/ 7568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   g: () => (/* binding */ closestNames)
/* harmony export */ });
/**
 * "Did you mean …?" for a name the user mistyped (an option, a subcommand, an input): the known
 * names within a small edit distance (a swapped pair of letters counts once), or those that end
 * with what was typed (`--region` for `--aws-region`, `role-arn` written for the full action).
 */
function closestNames(typed, known) {
    const word = typed.toLowerCase();
    if (word === '')
        return [];
    const limit = word.length <= 4 ? 1 : word.length <= 10 ? 2 : 3;
    const scored = [];
    for (const name of known) {
        const candidate = name.toLowerCase();
        if (candidate === word)
            continue;
        const distance = editDistance(word, candidate);
        if (distance <= limit)
            scored.push([name, distance]);
        else if (word.length >= 4 && candidate.endsWith(`-${word}`))
            scored.push([name, limit + 1]);
    }
    const best = Math.min(...scored.map(([, d]) => d));
    return scored.filter(([, d]) => d === best).map(([name]) => name);
}
/** ` (did you mean `a` or `b`?)`, or '' when nothing is close; `show` writes each name as the user would. */
function didYouMean(typed, known, show = (n) => `\`${n}\``) {
    const names = closestNames(typed, known);
    if (names.length === 0)
        return '';
    const listed = names.slice(0, 3).map(show);
    const last = listed.pop() ?? '';
    return ` (did you mean ${listed.length > 0 ? `${listed.join(', ')} or ${last}` : last}?)`;
}
/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 3)
        return 4;
    const rows = [];
    for (let i = 0; i <= a.length; i++)
        rows.push([i, ...Array(b.length).fill(0)]);
    const row0 = rows[0];
    for (let j = 0; j <= b.length; j++)
        row0[j] = j;
    for (let i = 1; i <= a.length; i++) {
        const row = rows[i];
        const up = rows[i - 1];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(up[j] + 1, row[j - 1] + 1, up[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            row[j] = best;
        }
    }
    return rows[a.length][b.length];
}


/***/ }),

/***/ 8008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ agentSecrets)
/* harmony export */ });
/* unused harmony export escapeMessage */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Imported first by the task's entry points, before azure-pipelines-task-lib loads: task-lib moves
 * endpoint and secret variables into its vault at load time and later prints them in its debug
 * lines (`<endpoint> auth param AccessToken = …`, `System.AccessToken=…`). The agent masks its own
 * secrets, but this task's rule is stricter: every secret is registered with `##vso[task.setsecret]`
 * by this step before anything can print it. So the job's access token and every secret variable
 * handed to the task are read here, from the environment the agent set, and masked at once. The
 * agent hands a task its secret variables as SECRET_<NAME> only, the proxy password among them
 * (SECRET_AGENT_PROXYPASSWORD; docs/protocols.md §6.7),
 * and task-lib reads them from there (getVariable, getHttpProxyConfiguration).
 */

/** task-lib's escaping of a command's message (taskcommand.ts): the agent decodes it back. */
function escapeMessage(text) {
    return text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
const SECRET_NAMES = [
    /^SECRET_/,
    /^ENDPOINT_AUTH_PARAMETER_.+_(ACCESSTOKEN|SERVICEPRINCIPALKEY|IDTOKEN)$/,
    // A public variable when the job enables it (System.EnableAccessToken), yet the job's token.
    /^SYSTEM_ACCESSTOKEN$/,
];
function capture(env) {
    for (const [name, value] of Object.entries(env)) {
        if (value && SECRET_NAMES.some((p) => p.test(name)))
            process.stdout.write(`##vso[task.setsecret]${escapeMessage(value)}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`);
    }
    const accessToken = env['ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN'] ||
        env['SYSTEM_ACCESSTOKEN'] ||
        env['SECRET_SYSTEM_ACCESSTOKEN'] ||
        undefined;
    return { accessToken };
}
const agentSecrets = capture(process.env);


/***/ }),

/***/ 1224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ taskLibAgent)
/* harmony export */ });
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(358);
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8453);


/**
 * Untrusted text (claims, upstream errors) can never become a command or a line of its own: each
 * of our lines is neutralised by itself. The agent shows a warning's or a result's message line by
 * line in the log (after task-lib's %0A escaping), where its viewer reads `##[section]`-style markers.
 */
function inert(text) {
    return (typeof text === 'string' ? [text] : text).map(_core_neutralise_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralise */ .$).join('\n');
}
const masked = new Set();
const taskLibAgent = {
    setSecret(value) {
        // Each line separately too: the agent masks line by line. Repeats add nothing.
        for (const part of [value, ...value.split(/\r?\n/).filter((l) => l.trim().length >= 4)]) {
            if (part === '' || masked.has(part))
                continue;
            masked.add(part);
            azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.setSecret(part);
        }
    },
    setVariable(name, value, { secret, output }) {
        azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.setVariable(name, value, secret, output);
    },
    setTaskVariable(name, value) {
        azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.setTaskVariable(name, value, false);
    },
    info: (text) => process.stdout.write(`${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralise */ .$)(text)}\n`),
    warning: (text) => azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.warning(inert(text)),
    debug: (text) => azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.debug((0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralise */ .$)(text)),
    uploadSummary: (path) => azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.uploadSummary(path),
    succeed: (message) => azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.setResult(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.TaskResult.Succeeded, (0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralise */ .$)(message), true),
    fail: (message) => azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.setResult(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.TaskResult.Failed, inert(message), true),
};


/***/ }),

/***/ 9204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ CONNECTION_INPUT)
/* harmony export */ });
/** The task's service-connection input (`connectedService:AzureRM`); its own file so pure code can name it. */
const CONNECTION_INPUT = 'azureSubscription';


/***/ }),

/***/ 8641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ connectionVariables)
/* harmony export */ });
/**
 * With Azure credentials from a service connection, also what tools that mint their own Azure
 * DevOps tokens for the whole job look for (none of it secret): Terraform's azurerm/azuread/azapi
 * (`ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID`, alias `ARM_OIDC_AZURE_SERVICE_CONNECTION_ID`; with
 * `ARM_USE_OIDC` they call SYSTEM_OIDCREQUESTURI with SYSTEM_ACCESSTOKEN, docs/protocols.md §2.7,
 * docs/protocols.md §2.7) and the `AZURESUBSCRIPTION_*` trio AzureCLI@2 exports (§6.6).
 */
function connectionVariables(connection) {
    const env = (name, value) => ({ name, value, secret: false, kind: 'env' });
    return [
        env('ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID', connection.id),
        env('ARM_OIDC_AZURE_SERVICE_CONNECTION_ID', connection.id),
        env('AZURESUBSCRIPTION_SERVICE_CONNECTION_ID', connection.id),
        env('AZURESUBSCRIPTION_CLIENT_ID', connection.servicePrincipalId),
        env('AZURESUBSCRIPTION_TENANT_ID', connection.tenantId),
    ];
}


/***/ }),

/***/ 9361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ readServiceConnection)
});

// UNUSED EXPORTS: CONNECTION_INPUT

// EXTERNAL MODULE: ./node_modules/azure-pipelines-task-lib/task.js
var task = __webpack_require__(358);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/input-parsers.ts
var input_parsers = __webpack_require__(9514);
// EXTERNAL MODULE: ./src/clouds/entra/clouds.ts
var clouds = __webpack_require__(9359);
;// CONCATENATED MODULE: ./src/runtimes/azure-devops/connection-authority.ts

/**
 * The connection's Entra authority: its `activeDirectoryAuthority` data, or, where the agent gives
 * none, the authority of its `environment` (AzureCloud when that is missing too). The plan needs it
 * to accept the Entra issuer family (`<authority>/<tenant>/v2.0`); an unknown environment (Azure
 * Stack) has no default, and then only the Azure DevOps issuer or an `issuer` input is accepted.
 */
function connectionAuthority(activeDirectoryAuthority, environment) {
    return activeDirectoryAuthority || (0,clouds/* findCloud */.nO)(environment || 'AzureCloud')?.authorityHost;
}

// EXTERNAL MODULE: ./src/runtimes/azure-devops/connection-input.ts
var connection_input = __webpack_require__(9204);
;// CONCATENATED MODULE: ./src/runtimes/azure-devops/connection.ts





/**
 * The Azure Resource Manager service connection named by the `azureSubscription` input, as the
 * agent hands it to a task (docs/protocols.md §6.6): the input's value is the endpoint's id (a GUID,
 * never its name), its scheme and auth parameters are ENDPOINT_AUTH_SCHEME_<id> /
 * ENDPOINT_AUTH_PARAMETER_<id>_<KEY>, its data ENDPOINT_DATA_<id>_<KEY>.
 */

function readServiceConnection() {
    const id = task.getInput(connection_input/* CONNECTION_INPUT */.E, false)?.trim();
    if (!id)
        return undefined;
    const scheme = task.getEndpointAuthorizationScheme(id, true) ?? '';
    if (scheme.toLowerCase() !== 'workloadidentityfederation') {
        throw new errors/* OidcExchangeError */.tS('INPUT_INVALID', `Input \`${connection_input/* CONNECTION_INPUT */.E}\` must be a service connection using workload identity federation, but its scheme is ${(0,input_parsers/* shown */.SP)(scheme || '(none)')}.`, {
            hint: 'A connection with a secret or certificate needs no token exchange; convert it to workload identity federation in Project settings → Service connections.',
        });
    }
    const param = (key) => task.getEndpointAuthorizationParameter(id, key, true)?.trim() ?? '';
    const data = (key) => task.getEndpointDataParameter(id, key, true)?.trim() || undefined;
    const servicePrincipalId = param('serviceprincipalid');
    const tenantId = param('tenantid');
    if (!servicePrincipalId || !tenantId) {
        throw new errors/* OidcExchangeError */.tS('INPUT_INVALID', `Input \`${connection_input/* CONNECTION_INPUT */.E}\` names a connection without a ${servicePrincipalId ? 'tenant id' : 'service principal id'}.`, { hint: 'Check that the job can use the connection (Security → Pipeline permissions).' });
    }
    const environment = data('environment');
    return {
        id,
        servicePrincipalId,
        tenantId,
        subscriptionId: data('subscriptionid'),
        environment,
        authorityHost: connectionAuthority(data('activeDirectoryAuthority'), environment),
    };
}


/***/ }),

/***/ 9652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ givenInputs)
/* harmony export */ });
/**
 * The names of the inputs the agent handed this step, read before azure-pipelines-task-lib loads:
 * task-lib moves every INPUT_* variable into its vault at load time and deletes it from the
 * environment, and offers no list of them afterwards. Only the names are kept (as INPUT_<NAME> →
 * 'given'), for the check of misspelt inputs (shared/unknown-inputs.ts).
 */
const givenInputs = Object.fromEntries(Object.entries(process.env)
    .filter(([name, value]) => name.startsWith('INPUT_') && (value ?? '').trim() !== '')
    .map(([name]) => [name, 'given']));


/***/ }),

/***/ 9060:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _agent_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8008);
/* harmony import */ var _given_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9652);
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(358);
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4083);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7418);
/* harmony import */ var _core_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3957);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4040);
/* harmony import */ var _shared_step_folder_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6649);
/* harmony import */ var _shared_choose_source_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6382);
/* harmony import */ var _agent_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1224);
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9361);
/* harmony import */ var _connection_variables_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(8641);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1749);
/* harmony import */ var _task_inputs_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1060);
/* harmony import */ var _shared_unknown_inputs_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9611);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(6001);
/* harmony import */ var _sink_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(7498);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(6722);
/* harmony import */ var _refresh_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(1567);
/* harmony import */ var _refresher_task_variable_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(6416);
/* harmony import */ var _temp_dir_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(8449);
/* harmony import */ var _shared_child_environment_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(1209);
// First: masks the agent's secrets before azure-pipelines-task-lib loads and can print them.























/**
 * The Azure DevOps task (tasks/OidcExchangeV1, `OidcExchange@1`). The only code that reads the
 * agent's environment: it reads the service connection and the inputs, runs the core, and hands
 * the result to the one writer (sink.ts). A failure sets no variable, leaves no file behind, and
 * is reported through the task result; a summary is uploaded either way.
 */
async function main(env, agent) {
    const agentTemp = (0,_temp_dir_js__WEBPACK_IMPORTED_MODULE_19__/* .agentTempDirectory */ .d)();
    let tempDir;
    let http;
    try {
        const connection = (0,_connection_js__WEBPACK_IMPORTED_MODULE_11__/* .readServiceConnection */ .k)();
        const read = (0,_task_inputs_js__WEBPACK_IMPORTED_MODULE_13__/* .azureDevOpsInputReader */ .mQ)(connection, (name) => azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_2__.getInput(name, false), env);
        const runInfo = (0,_run_info_js__WEBPACK_IMPORTED_MODULE_12__/* .azureDevOpsRunInfo */ .E)(connection);
        const { typos, others } = (0,_shared_unknown_inputs_js__WEBPACK_IMPORTED_MODULE_14__/* .unknownInputs */ .q)(_given_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .givenInputs */ .P, (0,_task_inputs_js__WEBPACK_IMPORTED_MODULE_13__/* .taskInputNames */ .I9)());
        for (const name of others)
            agent.warning(`Input \`${name}\` is not an input of this task; it is ignored.`);
        const plan = (0,_shared_unknown_inputs_js__WEBPACK_IMPORTED_MODULE_14__/* .planWithoutTypos */ .V)(() => (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePlan */ .v)(read, _targets_index_js__WEBPACK_IMPORTED_MODULE_7__/* .TARGETS */ .d, runInfo), typos);
        http = (0,_core_http_js__WEBPACK_IMPORTED_MODULE_4__/* .createHttpClient */ .uT)((0,_proxy_js__WEBPACK_IMPORTED_MODULE_15__/* .agentProxyEnvironment */ .F)(env, agent.setSecret), plan.timeoutMs);
        const source = (0,_shared_choose_source_js__WEBPACK_IMPORTED_MODULE_9__/* .planSource */ .d)(plan, env, http, _agent_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .agentSecrets */ .D.accessToken);
        if (plan.dryRun) {
            // Loaded only for a dry run: explain and the trust emitters are not on every step's start-up.
            const { dryRun } = await Promise.all(/* import() */[__webpack_require__.e(643), __webpack_require__.e(160)]).then(__webpack_require__.bind(__webpack_require__, 2160));
            return await dryRun(plan, source, http, agent, agentTemp);
        }
        tempDir = (0,_shared_step_folder_js__WEBPACK_IMPORTED_MODULE_8__/* .createStepTempDir */ .I)(agentTemp);
        agent.setTaskVariable(_temp_dir_js__WEBPACK_IMPORTED_MODULE_19__/* .TEMP_DIR_TASK_VARIABLE */ .A, tempDir); // first, so the post-job step cleans up
        const result = await (0,_core_run_js__WEBPACK_IMPORTED_MODULE_6__/* .run */ .e)(plan, {
            http,
            source,
            registerSecret: (value) => agent.setSecret(value),
            tempDir,
            childEnv: (0,_shared_child_environment_js__WEBPACK_IMPORTED_MODULE_20__/* .childEnvironment */ .Q)(env),
            log: { info: agent.info, warning: agent.warning, debug: agent.debug },
        });
        const { exports: renewable, renewal } = plan.refresh
            ? await (0,_refresh_js__WEBPACK_IMPORTED_MODULE_18__/* .renewableExports */ .D9)(plan, result, {
                env,
                read,
                runInfo,
                tempDir,
                accessToken: _agent_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .agentSecrets */ .D.accessToken,
                log: agent.info,
                onStarted: (started) => agent.setTaskVariable(_refresh_js__WEBPACK_IMPORTED_MODULE_18__/* .REFRESHER_TASK_VARIABLE */ .Gx, (0,_refresh_js__WEBPACK_IMPORTED_MODULE_18__/* .refresherState */ .Un)(started)),
            })
            : { exports: result.exports, renewal: [] };
        const azure = connection && result.grants.some((g) => g.target === 'azure');
        const exports = azure ? [...renewable, ...(0,_connection_variables_js__WEBPACK_IMPORTED_MODULE_21__/* .connectionVariables */ .O)(connection)] : renewable;
        const variables = (0,_sink_js__WEBPACK_IMPORTED_MODULE_16__/* .writeVariables */ .b)(exports, agent, tempDir, result.exports);
        agent.setTaskVariable(_refresher_task_variable_js__WEBPACK_IMPORTED_MODULE_22__/* .VARIABLES_TASK_VARIABLE */ .X, variables
            .filter((v) => !v.output)
            .map((v) => `${v.name}:${v.secret ? 'secret' : 'plain'}`)
            .join(','));
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_17__/* .uploadSummary */ .o1)(agent, agentTemp, (0,_summary_js__WEBPACK_IMPORTED_MODULE_17__/* .successSummary */ .iG)(result, variables, renewal));
        agent.succeed(`oidc-exchange: ${result.grants.map((g) => g.target).join(', ')} credentials for subject '${result.subject}',` +
            ` valid until ${result.expiresAt.toISOString()}.`);
    }
    catch (thrown) {
        const lines = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorLines */ .S6)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .asOidcExchangeError */ .vf)(thrown)).map(_task_inputs_js__WEBPACK_IMPORTED_MODULE_13__/* .withTaskInputNames */ .a_);
        if (tempDir)
            (0,_shared_step_folder_js__WEBPACK_IMPORTED_MODULE_8__/* .removeStepTempDir */ .s)(tempDir, agentTemp);
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_17__/* .uploadSummary */ .o1)(agent, agentTemp, (0,_summary_js__WEBPACK_IMPORTED_MODULE_17__/* .failureSummary */ .jg)(lines));
        agent.fail(lines);
    }
    finally {
        http?.close();
    }
}
try {
    await main(process.env, _agent_js__WEBPACK_IMPORTED_MODULE_10__/* .taskLibAgent */ .y);
}
catch {
    // main() turns every failure into a task result; reaching here is a bug, reported without a stack.
    _agent_js__WEBPACK_IMPORTED_MODULE_10__/* .taskLibAgent */ .y.fail('oidc-exchange failed unexpectedly.');
}
// Exit code 0 whatever the result: the agent's Node handler treats any other code as the
// handler's own failure and logs a second error, "Exit code 1 returned from process: …", after
// the task's one (docs/protocols.md §6.8). A
// failure is told through `task.complete result=Failed` (agent.fail), as task-lib's tasks do.
// Keep-alive pools of the SDKs must not keep the step waiting once its result is set.
await new Promise((resolve) => process.stdout.write('', () => resolve()));
process.exit(0);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ agentProxyEnvironment),
/* harmony export */   H: () => (/* binding */ agentProxyForRefresher)
/* harmony export */ });
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(358);
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_proxy_environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(135);


/**
 * The agent's proxy (Agent.ProxyUrl with its credentials, and Agent.ProxyBypassList), for every
 * request of the step; without one, the process's own HTTPS_PROXY / NO_PROXY. Node's fetch and MSAL
 * ignore the agent's proxy unless told (docs/protocols.md §6.9). The bypass list holds regular
 * expressions matched against whole URLs, as task-lib matches them.
 */
function agentProxyEnvironment(env, registerSecret) {
    const agent = azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getHttpProxyConfiguration();
    if (!agent?.proxyFormattedUrl)
        return (0,_shared_proxy_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFromEnvironment */ .G)(env);
    // The password is masked already (agent-secrets.ts); the URL that carries it is a value of its own.
    if (agent.proxyPassword)
        registerSecret(agent.proxyFormattedUrl);
    return (0,_shared_proxy_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .agentProxy */ .e)(agent.proxyFormattedUrl, agent.proxyBypassHosts ?? [], env);
}
/**
 * The agent's proxy for the refresher, which cannot read it itself (task-lib is the task's only):
 * handed over in its order, on stdin, since the URL carries the proxy's credentials.
 */
function agentProxyForRefresher() {
    const agent = azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getHttpProxyConfiguration();
    if (!agent?.proxyFormattedUrl)
        return undefined;
    return { url: agent.proxyFormattedUrl, bypass: agent.proxyBypassHosts ?? [] };
}


/***/ }),

/***/ 1567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gx: () => (/* reexport */ refresher_task_variable/* REFRESHER_TASK_VARIABLE */.G),
  Un: () => (/* reexport */ refresherState),
  D9: () => (/* binding */ refresh_renewableExports)
});

// UNUSED EXPORTS: JOB_LIMIT_MS

// EXTERNAL MODULE: ./src/runtimes/shared/choose-source.ts
var choose_source = __webpack_require__(6382);
// EXTERNAL MODULE: ./src/runtimes/azure-devops/proxy.ts
var proxy = __webpack_require__(6001);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/jwt.ts
var jwt = __webpack_require__(3622);
// EXTERNAL MODULE: ./src/runtimes/refresher/protocol.ts
var protocol = __webpack_require__(5320);
// EXTERNAL MODULE: ./src/runtimes/shared/secret-file.ts + 1 modules
var secret_file = __webpack_require__(2474);
// EXTERNAL MODULE: ./src/core/neutralise.ts
var neutralise = __webpack_require__(8453);
// EXTERNAL MODULE: ./src/runtimes/refresher/step/aws-config-file.ts
var aws_config_file = __webpack_require__(9522);
// EXTERNAL MODULE: ./src/runtimes/refresher/step/aws-config-check.ts
var aws_config_check = __webpack_require__(8758);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/runtimes/refresher/step/credential-process-line.ts

/**
 * The `credential_process` value of an AWS profile: a command line that each AWS client splits
 * in its own way, so every part is double-quoted and only characters that read the same to all of
 * them are allowed (docs/protocols.md §3.6):
 * - POSIX: botocore splits like a POSIX shell (shlex); the JS SDK and Go SDK hand the line to
 *   `/bin/sh -c`. Inside double quotes `$`, backquote, `\` and `"` are special.
 * - Windows: botocore splits like CommandLineToArgvW (a backslash is literal unless it runs up to
 *   a `"`); the JS SDK (`exec`) and Go SDK run `cmd.exe /c`, which expands `%NAME%` even inside
 *   quotes (and `!NAME!` where delayed expansion is on). Paths hold backslashes and spaces
 *   (`C:\Program Files\nodejs\node.exe`): both are fine quoted; a trailing backslash is not (it
 *   would escape the closing quote).
 * A part that cannot be written safely is refused, never written half-quoted.
 */
function credential_process_line_credentialProcessLine(parts, platform) {
    return parts.map((part) => quotePart(part, platform)).join(' ');
}
const UNSAFE = {
    posix: /["\r\n$`\\]/,
    win32: /["\r\n%!]|\\$/,
};
function quotePart(part, platform) {
    const unsafe = UNSAFE[platform === 'win32' ? 'win32' : 'posix'];
    if (part === '' || unsafe.test(part)) {
        const avoid = platform === 'win32' ? 'double quotes, `%` or `!`' : 'double quotes, `$`, backquotes or backslashes';
        throw new errors/* OidcExchangeError */.tS('REFRESH_FAILED', `Cannot write a credential_process command with the path ${JSON.stringify(part)}.`, {
            hint: `Move the runner or its temp folder to a path without ${avoid}, or set \`refresh: false\`.`,
        });
    }
    return `"${part}"`;
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/step/aws-profile.ts

/**
 * The AWS config file handed to later steps instead of static keys: one profile whose
 * `credential_process` runs oidc-exchange's command line again (docs/protocols.md §3.6). The
 * AWS CLI and SDKs run it whenever they need credentials and renew before `Expiration`. Its
 * command line holds paths only: the settings are in a file beside it, and the OIDC token is
 * minted by the helper itself from the step's environment.
 */
const AWS_PROFILE_NAME = 'oidc-exchange';
function awsConfigFile(command, region, platform = process.platform) {
    const line = credentialProcessLine(command, platform);
    return `[profile ${AWS_PROFILE_NAME}]\ncredential_process = ${line}\nregion = ${region}\n`;
}
/** The body of a named profile (`aws-profile`): the section header is the job config file's. */
function profileBody(command, region, platform = process.platform) {
    return `credential_process = ${credential_process_line_credentialProcessLine(command, platform)}\nregion = ${region}\n`;
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/step/aws-renewal.ts







/**
 * `refresh` for AWS: later steps get the role session from the refresher, which holds it and
 * renews it when a client asks and little of it is left (docs/long-running-jobs.md): one
 * AssumeRoleWithWebIdentity per session lifetime, however many `aws` processes run, and no
 * process started per call. The AWS CLI and every SDK read AWS_CONTAINER_CREDENTIALS_FULL_URI
 * (over http only on loopback: the CLI v2.9 accepts 127.0.0.1, localhost and 169.254.170.2) with
 * AWS_CONTAINER_AUTHORIZATION_TOKEN as the `Authorization` header; newer SDKs also read the token
 * from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, which needs no mapping on Azure DevOps. The static
 * keys leave the environment (they would win over the endpoint), and stay step outputs.
 */
const AWS_STATIC = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
/**
 * A container started by a later step (`docker run`, a container action) has a loopback of its own
 * and cannot reach the refresher's: the step's log says what works there instead, in one line
 * (docs/long-running-jobs.md, "Containers").
 */
const AWS_CONTAINERS_NOTE = 'AWS in containers: a later `docker run` or container action cannot reach this loopback endpoint; pass it the aws-access-key-id, aws-secret-access-key and aws-session-token outputs (awsAccessKeyId, awsSecretAccessKey, awsSessionToken on Azure DevOps; not renewed), run it with --network host, or set refresh: false.';
function awsContainerRenewal(result, now = Date.now()) {
    const { authorization, seed } = served(result, now);
    return {
        order: { authorization, seed },
        drop: AWS_STATIC,
        exports: (port) => [
            { name: 'AWS_CONTAINER_CREDENTIALS_FULL_URI', value: endpointUrl(port), secret: false, kind: 'env' },
            { name: 'AWS_CONTAINER_AUTHORIZATION_TOKEN', value: authorization, secret: true, kind: 'env' },
            { name: 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE', value: authorization, secret: true, kind: 'file' },
        ],
        note: 'AWS: AWS_CONTAINER_CREDENTIALS_FULL_URI (loopback) with AWS_CONTAINER_AUTHORIZATION_TOKEN: the refresher renews the role session when a client asks and little of it is left; the static keys are step outputs only.',
    };
}
/**
 * `aws-profile`: the same session, reached through a named profile of the step's own AWS config
 * file, whose credential_process asks this step's refresher (../aws-process), beside the earlier
 * steps' profiles it keeps (aws-config-file.ts). No credentials or region in the environment,
 * where they would win over every profile. The AWS_CONFIG_FILE it finds (`previousConfig`, the
 * environment's by default) is checked now, before the refresher starts: a refusal exports nothing.
 */
function awsProfileRenewal(result, options, now = Date.now()) {
    const { authorization, seed } = served(result, now);
    const previous = 'previousConfig' in options ? options.previousConfig : process.env['AWS_CONFIG_FILE'];
    const config = (0,aws_config_file/* planProfileConfig */.bb)(options.tempDir, options.profile, previous);
    const kept = config.carried.map((s) => s.profile);
    return {
        order: { authorization, seed },
        drop: new Set([...AWS_STATIC, 'AWS_REGION', 'AWS_DEFAULT_REGION']),
        exports(port) {
            const endpoint = (0,secret_file/* writeSecretFile */.AK)(options.tempDir, aws_config_check/* ENDPOINT_NAME */.i9, JSON.stringify({ url: endpointUrl(port), authorization }));
            const body = profileBody([...options.command, endpoint], options.region);
            const path = (0,aws_config_file/* writeProfileConfig */.$k)(config, options.tempDir, options.profile, body);
            return [{ name: 'AWS_CONFIG_FILE', value: path, secret: false, kind: 'env' }];
        },
        note: `AWS: profile ${options.profile} in this step's own AWS_CONFIG_FILE (${config.path}), whose credential_process asks the refresher for the role session (renewed when a client asks and little of it is left)` +
            (kept.length > 0 ? `; it keeps the earlier steps' profile(s) ${kept.join(', ')}` : '') +
            (config.replaced
                ? `; the AWS_CONFIG_FILE set before (${(0,neutralise/* neutralise */.$)(JSON.stringify(config.replaced))}) is not read, and later steps no longer see its profiles`
                : '') +
            '.',
    };
}
function endpointUrl(port) {
    return (0,protocol/* loopbackUrl */.xW)(port, protocol/* AWS_PATH */.OA);
}
function served(result, now) {
    const authorization = (0,external_node_crypto_.randomBytes)(32).toString('base64url');
    const value = (name) => result.exports.find((e) => e.name === name)?.value ?? '';
    const grant = result.grants.find((g) => g.target === 'aws');
    const seed = grant && {
        accessKeyId: value('AWS_ACCESS_KEY_ID'),
        secretAccessKey: value('AWS_SECRET_ACCESS_KEY'),
        sessionToken: value('AWS_SESSION_TOKEN'),
        expiration: grant.expiresAt.toISOString(),
        issuedAt: now,
    };
    return { authorization, seed };
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/runtimes/refresher/step/given-inputs.ts

/**
 * Every input that was given, by its full name: the same reader the plan was made from, so a
 * per-target action's unprefixed inputs come out under their full names.
 */
function givenInputs(read, keep = () => true) {
    const inputs = {};
    for (const spec of core_inputs/* INPUTS */.mc) {
        const value = read(spec.name);
        if (value.trim() !== '' && keep(spec.group))
            inputs[spec.name] = value;
    }
    return inputs;
}

// EXTERNAL MODULE: ./src/targets/gcp/token-file.ts
var token_file = __webpack_require__(4773);
;// CONCATENATED MODULE: ./src/runtimes/refresher/step/prepare.ts







function prepareRefresh(plan, result, options) {
    const names = new Set(result.exports.map((e) => e.name));
    const targets = new Set(result.grants.map((g) => g.target));
    const notes = [];
    const tokenFiles = [];
    let azureCliLogin = false;
    let databricksPath;
    let drop = new Set();
    const azure = plan.targets.find((t) => t.definition.name === 'azure');
    const tokenFile = result.exports.find((e) => e.name === 'AZURE_FEDERATED_TOKEN_FILE');
    if (azure && tokenFile) {
        tokenFiles.push(tokenFileEntry('azure token file', azure.audience, tokenFile, options.tempDir));
        notes.push('Azure SDKs: AZURE_FEDERATED_TOKEN_FILE is rewritten with a fresh token every tenth of its life.');
        azureCliLogin = names.has('AZURE_CONFIG_DIR');
        if (azureCliLogin)
            notes.push('Azure CLI: logged in again with a fresh token every half token life.');
    }
    // Google's credentials file names a token file: the same renewal as Azure's, for its audience.
    const gcp = plan.targets.find((t) => t.definition.name === 'gcp');
    const gcpTokenFile = result.exports.find((e) => e.name === token_file/* GCP_TOKEN_FILE */.Q);
    if (gcp && gcpTokenFile) {
        tokenFiles.push(tokenFileEntry('gcp token file', gcp.audience, gcpTokenFile, options.tempDir));
        notes.push('Google Cloud: the token file of GOOGLE_APPLICATION_CREDENTIALS is rewritten with a fresh token every tenth of its life.');
    }
    // Google's ID token (an hour's life) is renewed by ../process/gcp-id-token-file.ts.
    const gcpIdToken = result.exports.find((e) => e.name === token_file/* GCP_ID_TOKEN_FILE */.s);
    const gcpIdTokenFile = gcp && gcpIdToken
        ? {
            path: (0,secret_file/* credentialFilePath */.nZ)(options.tempDir, gcpIdToken.name),
            firstRenewalMs: firstRenewalMs(gcpIdToken.value, 'Google'),
        }
        : undefined;
    if (gcpIdTokenFile)
        notes.push('Google Cloud: GCP_ID_TOKEN_FILE is rewritten with a fresh ID token every tenth of its life.');
    const aws = plan.targets.find((t) => t.definition.name === 'aws');
    let awsRenewal;
    if (aws && targets.has('aws')) {
        const { profile, region } = aws.settings;
        awsRenewal = profile
            ? awsProfileRenewal(result, {
                tempDir: options.tempDir,
                profile,
                region,
                command: options.awsProcessCommand,
            })
            : awsContainerRenewal(result);
        drop = awsRenewal.drop;
        notes.push(awsRenewal.note, AWS_CONTAINERS_NOTE);
    }
    const databricks = plan.targets.find((t) => t.definition.name === 'databricks');
    if (databricks &&
        databricks.settings.auth === 'token' &&
        names.has('DATABRICKS_TOKEN')) {
        databricksPath = `/databricks/${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`;
        notes.push('Databricks: DATABRICKS_AUTH_TYPE=metadata-service, tokens renewed on demand by the refresher (DATABRICKS_TOKEN stays, for scripts, until it expires).');
    }
    const needsProcess = tokenFiles.length > 0 ||
        databricksPath !== undefined ||
        awsRenewal !== undefined ||
        gcpIdTokenFile !== undefined;
    return {
        notes,
        order: needsProcess
            ? {
                source: options.source,
                inputs: givenInputs(options.read),
                runInfo: options.runInfo,
                tempDir: options.tempDir,
                tokenFiles,
                azureCliLogin,
                databricksPath,
                aws: awsRenewal?.order,
                gcpIdTokenFile,
                // Scales with the credentials' life so that the fakes' short sessions shorten it too.
                refusalLimitMs: (0,protocol/* persistentRefusalMs */.Ib)(result.expiresAt.getTime() - Date.now()),
            }
            : undefined,
        exports(port) {
            const out = result.exports
                .filter((e) => !(e.kind === 'env' && drop.has(e.name)))
                .map((e) => databricksPath && e.name === 'DATABRICKS_AUTH_TYPE' ? { ...e, value: 'metadata-service' } : e);
            if (databricksPath) {
                // The path is what authorises a caller: masked like a token.
                out.push({
                    name: 'DATABRICKS_METADATA_SERVICE_URL',
                    value: `http://127.0.0.1:${port}${databricksPath}`,
                    secret: true,
                    kind: 'env',
                });
            }
            return [...out, ...(awsRenewal?.exports(port) ?? [])];
        },
    };
}
/** A token file the refresher rewrites with fresh tokens for `audience` (Azure's, Google's). */
function tokenFileEntry(label, audience, file, tempDir) {
    return {
        label,
        audience,
        path: (0,secret_file/* credentialFilePath */.nZ)(tempDir, file.name),
        firstRenewalMs: firstRenewalMs(file.value, 'the step'),
    };
}
/** The step's tokens are fresh: the first renewal is due a tenth of their life from now. */
function firstRenewalMs(token, issuer) {
    const { payload } = (0,jwt/* decodeJwt */.i)(token, issuer);
    return (0,protocol/* fileRenewDelayMs */.lD)(Number(payload['iat'] ?? 0), Number(payload['exp'] ?? 0));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/runtimes/shared/child-environment.ts
var child_environment = __webpack_require__(1209);
// EXTERNAL MODULE: ./src/core/child-process.ts
var child_process = __webpack_require__(5849);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/runtimes/refresher/step/listener.ts


/**
 * The step's side of the listener handover: the step binds the refresher's loopback port itself
 * and the refresher inherits the listening socket, so a client that comes before the refresher
 * has started waits in the kernel's queue, and the step never waits for the refresher's Node.
 */
/**
 * `handed` on Linux and macOS. Windows keeps the refresher's own listener and the step's wait for
 * its "ready, port" message: Node has no descriptor for a socket there (`fd` is -1), so stdio
 * cannot carry it, and a socket sent over IPC (`child.send(message, server)`) is duplicated into
 * the child only when the child's Node takes it, so the step would have to keep its copy open
 * until then: that is the very start-up wait the handover removes, with a path that cannot be
 * tested here in place of one that is.
 */
function handoverWay(platform) {
    return platform === 'win32' ? 'own' : 'handed';
}
/**
 * Binds 127.0.0.1:0 and spawns the refresher with the listening socket as its descriptor 3
 * (`spawnWith` gets the stdio entries after stdin, stdout and stderr), then closes the step's
 * copy. Spawning and closing happen in the callback that follows the bind with no I/O between
 * them, so the step never accepts a client itself; once its copy is closed the refresher holds
 * the only one, and if it dies the kernel refuses clients rather than queue them for no one. The
 * processes the refresher starts (`az`) do not inherit it: Node marks the descriptors it inherits
 * close-on-exec as it starts (test/integration/refresher-handover.test.ts).
 * Where the socket has no descriptor or the bind fails, the refresher listens on its own.
 */
function spawnWithListener(spawnWith) {
    const own = () => ({ child: spawnWith(['ipc']), listener: { kind: 'own' } });
    return new Promise((resolve) => {
        const server = (0,external_node_net_.createServer)();
        server.once('error', () => resolve(own()));
        server.listen({ port: 0, host: '127.0.0.1' }, () => {
            const fd = listeningFd(server);
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            if (fd === undefined || port === 0) {
                server.close();
                resolve(own());
                return;
            }
            const child = spawnWith([fd]);
            server.close();
            resolve({ child, listener: { kind: 'handed', fd: protocol/* HANDED_LISTENER_FD */.zJ, port } });
        });
    });
}
/** The listening socket's descriptor: Node has no public API for it, so its handle is read, and checked. */
function listeningFd(server) {
    const fd = server._handle?.fd;
    return typeof fd === 'number' && Number.isInteger(fd) && fd > 2 ? fd : undefined;
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/step/launch.ts







const READY_TIMEOUT_MS = 15_000;
/** What the refresher and the `az` it runs need (the same as the step's own `az`). */
const refresherEnvironment = child_environment/* childEnvironment */.Q;
function launchRefresher(script, env, platform = process.platform, shell) {
    const nonce = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    // The nonce reaches it with the order, on stdin: on the command line any local user could read it and stop the refresher.
    let early = Promise.resolve({ ready: false, error: 'it was not started' });
    const gated = exitGate(platform, shell);
    const spawnWith = (extra) => {
        const gateFd = 3 + extra.length;
        const [file, args] = gated
            ? [gated, ['-c', gateScript(gateFd), process.execPath, script]]
            : [process.execPath, [script]];
        const child = (0,child_process/* childProcess */.Q)().spawn(file, args, {
            detached: true,
            stdio: ['pipe', 'ignore', 'ignore', ...extra, ...(gated ? ['pipe'] : [])],
            env: refresherEnvironment(env),
            windowsHide: true,
            ...refresherWorkingFolder(platform, process.execPath),
        });
        early = outcome(child); // at once: a failed spawn's 'error' comes on the next tick
        // Never written: the step's end closes when its process ends, or on release().
        const gate = gated ? child.stdio[gateFd] : undefined;
        gate?.unref();
        gate?.on('error', () => undefined);
        release = () => gate?.destroy();
        return child;
    };
    let release = () => undefined;
    const launched = handoverWay(platform) === 'handed'
        ? spawnWithListener(spawnWith)
        : Promise.resolve({ child: spawnWith(['ipc']), listener: { kind: 'own' } });
    const letGo = (child) => {
        if (child.connected)
            child.disconnect();
        child.unref();
    };
    const failed = (child, why) => {
        child.kill();
        letGo(child);
        return new errors/* OidcExchangeError */.tS('REFRESH_FAILED', `The credential refresher could not start: ${why}.`, {
            hint: 'Set `refresh: false` to get credentials that are not renewed, and report this.',
        });
    };
    return {
        async start(order) {
            const { child, listener } = await launched;
            // Already gone (it could not start, or was killed): no order to a dead pipe, no port to export.
            if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
                throw failed(child, child.pid === undefined ? 'no process id' : `it exited with code ${String(child.exitCode)}`);
            child.stdin?.on('error', () => undefined); // it died meanwhile: seen below or by the post step
            child.stdin?.end(`${JSON.stringify({ ...order, nonce, listener })}\n`);
            if (listener.kind === 'handed') {
                letGo(child);
                return { pid: child.pid, port: listener.port, nonce, release };
            }
            release(); // it must listen before the step can go on
            let timer;
            const late = new Promise((resolve) => {
                timer = setTimeout(() => resolve({ ready: false, error: 'it did not start in time' }), READY_TIMEOUT_MS);
            });
            const answer = await Promise.race([early, late]);
            clearTimeout(timer);
            if (!answer.ready)
                throw failed(child, answer.error);
            letGo(child);
            return { pid: child.pid, port: answer.port, nonce, release };
        },
    };
}
/**
 * The exit gate: where a POSIX shell is at hand, the refresher is spawned as `sh`, which waits
 * until the step's end of one more pipe closes (when the step's process ends) and only then
 * becomes the refresher's Node (same process, by `exec`). The fork is the step's only cost; the
 * refresher's start-up (about as much CPU as `node -e 0`) no longer competes with the step's last
 * writes and exit for the runner's cores. Clients that come meanwhile wait in the handed
 * listener's queue. The order is on stdin already; `sh` reads only the gate. Measured:
 * docs/development.md.
 */
function exitGate(platform, shell = '/bin/sh') {
    return platform !== 'win32' && (0,external_node_fs_.existsSync)(shell) ? shell : undefined;
}
/** `$0` is Node, `$@` the refresher's script; the gate's descriptor is closed before the exec. */
function gateScript(fd) {
    return `read -r _ <&${fd}; exec ${fd}<&-; exec "$0" "$@"`;
}
/** What the refresher reports over IPC, or how it ended before it could. */
function outcome(child) {
    return new Promise((resolve) => {
        child.once('message', (message) => resolve(message));
        child.once('exit', (code) => resolve({ ready: false, error: `it exited with code ${String(code)}` }));
        child.once('error', (error) => resolve({ ready: false, error: error.message }));
    });
}
/**
 * On Windows the refresher works in Node's own folder, not the step's: Windows cannot delete a
 * folder some process is working in, and the job's workspace must stay removable while it runs.
 * (It does not outlive the job: the runners end every process carrying the job's
 * RUNNER_TRACKING_ID / VSTS_PROCESS_LOOKUP_ID, kept in its environment, and it exits by itself at
 * the job's time limit or once the step's folder is gone. `windowsHide`: no console window.)
 */
function refresherWorkingFolder(platform, nodePath) {
    return platform === 'win32' ? { cwd: external_node_path_.win32.dirname(nodePath) } : {};
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/step/renewable-exports.ts



async function renewableExports(plan, result, options) {
    const prepared = prepareRefresh(plan, result, {
        read: options.read,
        runInfo: options.runInfo,
        tempDir: options.tempDir,
        source: options.source,
        awsProcessCommand: [process.execPath, (0,external_node_path_.join)(distDir(), 'aws-process', 'index.js')],
    });
    let port = 0;
    if (prepared.order) {
        // Launched once the exchange is done, not before it: the fork (the step waits for the exec)
        // then holds up none of the step's requests, and the refresher's start-up competes with none
        // of them for the cores, only with the step's last writes. Measured: docs/development.md.
        const started = await launchRefresher(refresherScript(), options.env).start({
            ...prepared.order,
            deadline: Date.now() + options.jobLimitMs,
            proxy: options.proxy,
        });
        options.onStarted(started);
        port = started.port;
    }
    for (const note of prepared.notes)
        options.log(`refresh: ${note}`);
    return { exports: prepared.exports(port), renewal: prepared.notes };
}
/** `<dist>`, from the running bundle's own path (`<dist>/main/index.js`). */
function distDir() {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(process.argv[1] ?? ''), '..');
}
function refresherScript() {
    return (0,external_node_path_.join)(distDir(), 'refresher', 'index.js');
}
/** What the post step needs to stop the refresher: `port:nonce:pid` (nothing secret). */
function refresherState(started) {
    return `${started.port}:${started.nonce}:${started.pid}`;
}

// EXTERNAL MODULE: ./src/runtimes/azure-devops/refresher-task-variable.ts
var refresher_task_variable = __webpack_require__(6416);
;// CONCATENATED MODULE: ./src/runtimes/azure-devops/refresh.ts





/**
 * `refresh` in the Azure DevOps task (the step's side is shared, ../refresher/step/renewable-exports.ts). The
 * bundles ship side by side in the task's folder (tasks/OidcExchangeV1/dist/{main,cli,refresher}),
 * which the agent keeps for the whole job. The refresher gets the job access token on stdin (the
 * one secret of the `azure-devops` source recipe) and keeps VSTS_PROCESS_LOOKUP_ID, by which the
 * agent ends the processes a job left behind.
 *
 * The backstop: a job on a Microsoft-hosted agent lasts at most 360 minutes, one on a self-hosted
 * agent as long as its `timeoutInMinutes` says (0: no limit), which the task cannot see. The
 * refresher must not leave before the job (it would free a port later steps still name), so the
 * backstop is long, 7 days; the job's end shows long before: the post-job step stops it, the
 * agent ends it by its lookup id, and it exits once the step's folder under Agent.TempDirectory
 * is gone (the agent empties that folder after every job).
 */
const JOB_LIMIT_MS = 7 * 24 * 60 * 60_000;
function refresh_renewableExports(plan, result, options) {
    const { accessToken, ...rest } = options;
    return renewableExports(plan, result, {
        ...rest,
        source: (0,choose_source/* portableSource */.n)(plan, options.env, accessToken),
        jobLimitMs: JOB_LIMIT_MS,
        proxy: (0,proxy/* agentProxyForRefresher */.H)(),
    });
}


/***/ }),

/***/ 6416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ REFRESHER_TASK_VARIABLE),
/* harmony export */   X: () => (/* binding */ VARIABLES_TASK_VARIABLE)
/* harmony export */ });
/**
 * The task variable by which the main step tells its post-job step which refresher to stop:
 * `port:nonce:pid`, nothing secret (the nonce can only stop that refresher). A file of its own so
 * that the post-job bundle stays small.
 */
const REFRESHER_TASK_VARIABLE = 'OIDC_EXCHANGE_REFRESHER';
/**
 * The task variable by which the main step tells its post-job step which variables it set, so that
 * post-job steps of other tasks do not inherit credentials or a path into the removed folder:
 * `NAME:secret` entries, comma-separated (names only, nothing secret).
 */
const VARIABLES_TASK_VARIABLE = 'OIDC_EXCHANGE_VARIABLES';


/***/ }),

/***/ 1749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ azureDevOpsRunInfo)
/* harmony export */ });
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(358);
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__);

/** What the plan learns of the run: ids for the AWS session name, and the facts behind the accepted issuers. */
function azureDevOpsRunInfo(connection) {
    return {
        runId: azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getVariable('Build.BuildId'),
        runAttempt: azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getVariable('System.JobAttempt'),
        ci: 'azure-devops',
        azureDevOps: {
            collectionId: azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getVariable('System.CollectionId'),
            serviceConnectionId: connection?.id,
            tenantId: connection?.tenantId,
            authorityHost: connection?.authorityHost,
        },
    };
}


/***/ }),

/***/ 7498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ writeVariables)
/* harmony export */ });
/* unused harmony export variablesFor */
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9114);
/* harmony import */ var _shared_secret_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2474);


/** The AWS Toolkit for Azure DevOps reads these variables before any other credentials. */
const AWS_TOOLKIT = {
    AWS_ACCESS_KEY_ID: 'AWS.AccessKeyID',
    AWS_SECRET_ACCESS_KEY: 'AWS.SecretAccessKey',
    AWS_SESSION_TOKEN: 'AWS.SessionToken',
    AWS_REGION: 'AWS.Region',
};
/**
 * With `refresh` the AWS keys stay secret job variables beside the profile. Azure DevOps puts a
 * secret variable into no script's environment unless the step maps it, so a step that does not
 * uses the renewing profile, and a step written for static keys (`env: AWS_SECRET_ACCESS_KEY:
 * $(AWS_SECRET_ACCESS_KEY)`) gets the step's keys rather than the literal `$(…)` text an unset
 * variable leaves, which would shadow the profile with keys that do not exist.
 */
const STATIC_AWS_KEYS = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
/**
 * `stepExports`: the step's own credentials, where the Toolkit's names and the static AWS keys take
 * their values when `refresh` replaced the keys by a profile (see ../refresher/step): the
 * Toolkit's tasks read only their names, and get the step's keys, valid as long as they say.
 * The agent turns `AWS.AccessKeyID` into `AWS_ACCESSKEYID` in a script's environment, which no AWS
 * client reads, so the profile still wins there.
 */
function variablesFor(exports, tempDir, stepExports = exports) {
    const variables = [];
    const toolkitOf = (e, value, secret) => {
        const toolkit = AWS_TOOLKIT[e.name];
        if (toolkit && e.kind === 'env' && !variables.some((v) => v.name === toolkit))
            variables.push({ name: toolkit, value, secret, output: false });
    };
    for (const e of exports) {
        if (e.kind === 'output') {
            variables.push({ name: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .camelCase */ .xQ)(e.name), value: e.value, secret: e.secret, output: true });
            continue;
        }
        // The file holds the secret; its path is not one.
        const value = e.kind === 'file' ? (0,_shared_secret_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSecretFile */ .AK)(tempDir, e.name.toLowerCase(), e.value) : e.value;
        const secret = e.kind === 'file' ? false : e.secret;
        variables.push({ name: e.name, value, secret, output: false });
        toolkitOf(e, value, secret);
    }
    for (const e of stepExports) {
        if (e.kind === 'env' &&
            e.secret &&
            STATIC_AWS_KEYS.has(e.name) &&
            !variables.some((v) => v.name === e.name))
            variables.push({ name: e.name, value: e.value, secret: true, output: false });
        toolkitOf(e, e.value, e.secret);
    }
    return variables;
}
function writeVariables(exports, agent, tempDir, stepExports = exports) {
    const variables = variablesFor(exports, tempDir, stepExports);
    for (const e of exports)
        if (e.secret)
            agent.setSecret(e.value);
    const registered = new Set(exports.filter((e) => e.secret).map((e) => e.value));
    for (const e of stepExports)
        if (e.secret && !registered.has(e.value))
            agent.setSecret(e.value);
    for (const v of variables)
        agent.setVariable(v.name, v.value, { secret: v.secret, output: v.output });
    return variables;
}


/***/ }),

/***/ 6722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jg: () => (/* binding */ failureSummary),
  iG: () => (/* binding */ successSummary),
  o1: () => (/* binding */ uploadSummary)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/neutralise.ts
var neutralise = __webpack_require__(8453);
;// CONCATENATED MODULE: ./src/runtimes/shared/markdown.ts

/**
 * Markdown for the run summaries of both runtimes. What goes in holds claims and upstream text, so
 * it is made inert: no command markers, no `|` or line break to break a table, no `<` to open HTML.
 */
/** A two-column table. */
function markdownTable(rows) {
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`)].join('\n');
}
/** A block quote, one quoted paragraph per line (an error with its hint; a text's own lines). */
function markdownQuote(text) {
    return (typeof text === 'string' ? text.split('\n') : text).map((line) => `> ${cell(line)}`).join('\n>\n');
}
function cell(text) {
    return (0,neutralise/* neutralise */.$)(text)
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ')
        .replace(/</g, '&lt;');
}

;// CONCATENATED MODULE: ./src/runtimes/azure-devops/summary.ts




/**
 * The run's summary (Extensions tab), uploaded whatever happened: who the job was, what it got,
 * and the names later steps use, with the `env:` mapping each secret one needs. Never a value of a
 * secret. The file goes straight into Agent.TempDirectory (the agent empties it after the job),
 * not into the step's private folder, which the post-job step may remove before the upload.
 */
function successSummary(result, variables, renewal = []) {
    const rows = [
        ['Issuer', result.issuer],
        ['Subject', result.subject],
        ['Expires', result.expiresAt.toISOString()],
    ];
    for (const grant of result.grants)
        rows.push(...grant.summary);
    const jobVariables = variables.filter((v) => !v.output);
    const plain = jobVariables.filter((v) => !v.secret).map((v) => v.name);
    const secret = jobVariables.filter((v) => v.secret).map((v) => v.name);
    const outputs = variables.filter((v) => v.output).map((v) => v.name);
    rows.push(['Variables for later steps', plain.join(', ')], ['Secret variables (map with `env:`)', secret.join(', ') || '(none)'], ['Output variables', outputs.join(', ')]);
    for (const note of renewal)
        rows.push(['Renewed for the job', note]);
    return `### oidc-exchange: credentials issued\n\n${markdownTable(rows)}\n`;
}
/** `lines`: the error as errorLines() writes it, with the task's input names. */
function failureSummary(lines) {
    const text = markdownQuote(lines);
    return `### oidc-exchange: failed, nothing was exported\n\n${text}\n`;
}
/** Never throws: a summary that cannot be written must not hide the task's result. */
function uploadSummary(agent, agentTemp, markdown) {
    const path = (0,external_node_path_.join)(agentTemp, `oidc-exchange-summary-${(0,external_node_crypto_.randomUUID)()}.md`);
    try {
        (0,external_node_fs_.writeFileSync)(path, markdown, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    }
    catch (error) {
        agent.warning(`oidc-exchange: could not write the summary (${error.code ?? 'error'}).`);
        return;
    }
    agent.uploadSummary(path);
}


/***/ }),

/***/ 1060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ taskInputNames),
/* harmony export */   a_: () => (/* binding */ withTaskInputNames),
/* harmony export */   mQ: () => (/* binding */ azureDevOpsInputReader)
/* harmony export */ });
/* harmony import */ var _core_endpoint_variables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9438);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);
/* harmony import */ var _connection_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9204);



/**
 * The task's inputs as the agent passes them: INPUT_<NAME> for the camelCase names of task.json
 * (task-lib's getInput), with every default of task.json filled in by the agent. The Azure
 * identity (client, tenant, subscription, cloud, authority) comes from the service connection
 * only, and the Azure inputs count only with a connection: the agent sets `azureScopes: arm` and
 * `azureCliLogin: false` by default, which must not ask for an Azure target on their own.
 */
const FROM_CONNECTION = {
    'azure-client-id': (c) => c.servicePrincipalId,
    'azure-tenant-id': (c) => c.tenantId,
    'azure-subscription-id': (c) => c.subscriptionId,
    'azure-cloud': (c) => c.environment,
    'azure-authority-host': (c) => c.authorityHost,
};
/** Inputs that fall back to the standard variable of the same meaning (a pipeline variable reaches the task as one). */
const ENV_FALLBACKS = {
    'aws-sts-endpoint': 'AWS_ENDPOINT_URL_STS',
};
function azureDevOpsInputReader(connection, getInput, env = {}) {
    const given = (name) => {
        const fromConnection = FROM_CONNECTION[name];
        if (fromConnection)
            return (connection && fromConnection(connection)) ?? '';
        if (!connection && name.startsWith('azure-') && !name.startsWith('azure-managed-identity-'))
            return '';
        return getInput((0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .camelCase */ .xQ)(name)) ?? '';
    };
    // The variable a value came from, so that the plan holds it to the cloud's own hosts.
    const variableFor = (name) => {
        const fallback = ENV_FALLBACKS[name];
        return fallback && given(name).trim() === '' && (env[fallback] ?? '') !== '' ? fallback : undefined;
    };
    return (0,_core_endpoint_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .withVariables */ .s)((name) => {
        const variable = variableFor(name);
        return variable ? (env[variable] ?? '') : given(name);
    }, variableFor);
}
/**
 * Messages from the core name the action's inputs (`aws-role-arn`); the task's are camelCase
 * (`awsRoleArn`), and those it takes from the service connection are named by the connection.
 */
const NAMES = new Map(_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.map((i) => {
    const what = _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .FROM_SERVICE_CONNECTION */ ._F[i.name];
    return [i.name, what ? `\`${_connection_input_js__WEBPACK_IMPORTED_MODULE_2__/* .CONNECTION_INPUT */ .E}\` (${what})` : `\`${(0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .camelCase */ .xQ)(i.name)}\``];
}));
/**
 * Several inputs the connection stands for, named together ("`azure-client-id` and
 * `azure-tenant-id`"), are one input of the task: named once, as the connection.
 */
const CONNECTION_NAMES = Object.keys(_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .FROM_SERVICE_CONNECTION */ ._F).join('|');
const SEVERAL_FROM_CONNECTION = new RegExp(`\`(?:${CONNECTION_NAMES})\`(?:(?:, | and | or |, and |, or )\`(?:${CONNECTION_NAMES})\`)+`, 'g');
function withTaskInputNames(text) {
    return text
        .replace(SEVERAL_FROM_CONNECTION, `\`${_connection_input_js__WEBPACK_IMPORTED_MODULE_2__/* .CONNECTION_INPUT */ .E}\` (an Azure Resource Manager service connection)`)
        .replace(/`([a-z0-9-]+)`/g, (whole, name) => NAMES.get(name) ?? whole);
}
/** The inputs task.json declares, camelCase (for unknown-inputs.ts); the agent upper-cases them. */
function taskInputNames() {
    const declared = new Map(_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.filter((i) => i.only !== 'github' && !(i.name in _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .FROM_SERVICE_CONNECTION */ ._F)).map((i) => [
        (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .camelCase */ .xQ)(i.name),
        i.name,
    ]));
    return { declared, envName: (name) => name.replace(/[. ]/g, '_').toUpperCase() };
}


/***/ }),

/***/ 8449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ TEMP_DIR_TASK_VARIABLE),
/* harmony export */   d: () => (/* binding */ agentTempDirectory)
/* harmony export */ });
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(358);
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Agent.TempDirectory: emptied by the agent after every job. The step's private folder lives
 * under it (made and removed as on GitHub, see ../shared/step-folder.ts) and its name is passed to the
 * post-job step in a task variable, which only this task's own post-job step can read.
 */
const TEMP_DIR_TASK_VARIABLE = 'OIDC_EXCHANGE_TEMP_DIR';
function agentTempDirectory() {
    return azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getVariable('Agent.TempDirectory') || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
}


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

/***/ 8758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ MARK),
/* harmony export */   ZL: () => (/* binding */ readOurConfig),
/* harmony export */   cl: () => (/* binding */ STEP_PREFIX),
/* harmony export */   eN: () => (/* binding */ CURRENT),
/* harmony export */   fA: () => (/* binding */ CONFIG_NAME),
/* harmony export */   i9: () => (/* binding */ ENDPOINT_NAME),
/* harmony export */   wD: () => (/* binding */ looksOurs)
/* harmony export */ });
/* unused harmony exports parseSections, refused */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8453);




/**
 * `aws-profile`: whether an AWS config file is provably one a step of oidc-exchange wrote, before a
 * later step copies its sections (whose `credential_process` runs as the runner's user in every
 * later `aws` call). Ours is `<runner temp>/oidc-exchange-<random>/aws.config`: a regular file, not a
 * link, with one link, in a folder that is not a link, both owned by the runner's user and closed
 * to everyone else (the folder is the step's private one, 0700; the file 0600), holding only
 * sections in the exact shape ../aws-config-file.ts writes, each naming its step's folder and that
 * folder's endpoint file. On Windows owners and modes are not what protects it (the folder's
 * access list is, set before first use: ../../shared/step-folder.ts), so only the rest is checked.
 */
const CONFIG_NAME = 'aws.config';
const ENDPOINT_NAME = 'aws-endpoint.json';
const STEP_PREFIX = 'oidc-exchange-';
/** The job-wide file of earlier versions, beside the step folders: never read again. */
const OLD_JOB_FILE = 'oidc-exchange-aws.config';
const MARK = '# oidc-exchange ';
const CURRENT = { platform: process.platform, uid: process.getuid?.() };
/** Named like ours: a file a step of oidc-exchange would have written (checked before it is read). */
function looksOurs(path) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path);
    return name === OLD_JOB_FILE || (name === CONFIG_NAME && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)).startsWith(STEP_PREFIX));
}
/**
 * The sections of a file that looks ours (looksOurs), or an error saying which check it failed.
 * The file is opened without following a link and checked through the open descriptor.
 */
function readOurConfig(path, runnerTemp, who = CURRENT) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path) === OLD_JOB_FILE)
        throw refused(path, 'it is the job-wide file of an older version, which other local users could edit');
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder) !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(runnerTemp))
        throw refused(path, `its folder is not directly under the runner's temp folder (${runnerTemp})`);
    const folderStat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(folder, { throwIfNoEntry: false });
    if (!folderStat)
        throw refused(path, 'its folder no longer exists');
    if (!folderStat.isDirectory())
        throw refused(path, 'its folder is a link, not the step folder itself');
    privateTo(who, folderStat, path, 'its folder');
    // Also where O_NOFOLLOW does not exist (Windows): a link is refused before it is opened.
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false })?.isSymbolicLink())
        throw refused(path, 'it is a link');
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw refused(path, code === 'ELOOP' ? 'it is a link' : `it cannot be opened (${code})`);
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw refused(path, 'it is not a regular file');
        if (stat.nlink > 1)
            throw refused(path, 'it has other names (hard links)');
        privateTo(who, stat, path, 'it');
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
        return (parseSections(text, runnerTemp) ?? throwing(refused(path, 'it holds text oidc-exchange did not write')));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function privateTo(who, stat, path, what) {
    if (who.platform === 'win32' || who.uid === undefined)
        return;
    if (stat.uid !== who.uid)
        throw refused(path, `${what} belongs to another user (uid ${stat.uid})`);
    if ((stat.mode & 0o077) !== 0)
        throw refused(path, `${what} is open to other users (mode ${(stat.mode & 0o777).toString(8)})`);
}
/** A section exactly as aws-config-file.ts writes it; the last part of its command is its endpoint file. */
const SECTION = /^# oidc-exchange (oidc-exchange-[\w-]+)\n\[profile ([\w.-]+)\]\ncredential_process = ((?:"[^"\n]+" )+)"([^"\n]+)"\nregion = ([a-z0-9-]+)\n$/;
/** The sections of a file; undefined when any text is not a section of ours. */
function parseSections(text, runnerTemp) {
    if (text === '')
        return [];
    const out = [];
    for (const chunk of text.split(new RegExp(`^(?=${MARK})`, 'm'))) {
        const match = SECTION.exec(chunk);
        const [, owner = '', profile = '', , endpoint = ''] = match ?? [];
        if (!match || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(endpoint) !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(runnerTemp), owner, ENDPOINT_NAME))
            return undefined;
        out.push({ owner, profile, text: chunk });
    }
    return out;
}
function throwing(error) {
    throw error;
}
function refused(path, why) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OidcExchangeError */ .tS('AWS_CONFIG_REFUSED', `Refused to keep the profiles of AWS_CONFIG_FILE ${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_3__/* .neutralise */ .$)(JSON.stringify(path))}: ${why}. Its profiles run commands as the runner's user, so only a file an earlier oidc-exchange step wrote is read.`, {
        hint: 'Unset AWS_CONFIG_FILE before this step, or remove the file; if no step of this job wrote it, another user of this machine may have: check who can write to the runner’s temp folder.',
    });
}


/***/ }),

/***/ 9522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ writeProfileConfig),
/* harmony export */   bb: () => (/* binding */ planProfileConfig),
/* harmony export */   tN: () => (/* binding */ removeProfiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_secret_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2474);
/* harmony import */ var _aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8758);




/** Decides what the step's file will hold; throws (AWS_CONFIG_REFUSED) when `previous` looks ours but is not. */
function planProfileConfig(stepDir, profile, previous, who = _aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .CURRENT */ .eN) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stepDir, _aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_NAME */ .fA);
    const given = previous?.trim() || undefined;
    if (!given)
        return { path, carried: [], replaced: undefined };
    if (!(0,_aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .looksOurs */ .wD)(given))
        return { path, carried: [], replaced: given };
    // An earlier step's folder is gone only if its step failed, and then it exported no file: nothing to keep.
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(given)) && !isLink((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(given)))
        return { path, carried: [], replaced: undefined };
    const carried = (0,_aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .readOurConfig */ .ZL)(given, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(stepDir), who).filter((s) => s.profile !== profile);
    return { path, carried, replaced: undefined };
}
/** Writes the step's file: the kept sections, then the step's own. */
function writeProfileConfig(plan, stepDir, profile, body) {
    const own = `${_aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .MARK */ .M$}${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(stepDir)}\n[profile ${profile}]\n${body}`;
    (0,_shared_secret_file_js__WEBPACK_IMPORTED_MODULE_2__/* .createPrivateFile */ .aP)(plan.path, [...plan.carried.map((s) => s.text), own].join(''));
    return plan.path;
}
/**
 * The post step: removes the step's file (its folder goes next) and the step's sections from every
 * later step's file, so that no section is left naming this step's folder once it is gone (another
 * user who could make a folder of that name in the runner's temp folder would otherwise choose
 * what the section's helper reads). Returns the step's profiles. Never throws: a post step must
 * not fail the job, and the runner empties its temp folder anyway.
 */
function removeProfiles(stepDir, who = _aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .CURRENT */ .eN) {
    const owner = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(stepDir);
    const runnerTemp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(stepDir);
    const own = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stepDir, _aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_NAME */ .fA);
    const profiles = attempt(() => (0,_aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .readOurConfig */ .ZL)(own, runnerTemp, who), []);
    attempt(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(own, { force: true }), undefined);
    const siblings = attempt(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(runnerTemp), []);
    for (const name of siblings) {
        if (!name.startsWith(_aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .STEP_PREFIX */ .cl) || name === owner)
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runnerTemp, name, _aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_NAME */ .fA);
        attempt(() => {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
                return;
            const all = (0,_aws_config_check_js__WEBPACK_IMPORTED_MODULE_3__/* .readOurConfig */ .ZL)(path, runnerTemp, who);
            const kept = all.filter((s) => s.owner !== owner);
            if (kept.length < all.length)
                (0,_shared_secret_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writePrivateFileAtomically */ .wK)(path, kept.map((s) => s.text).join(''));
        }, undefined);
    }
    return profiles.filter((s) => s.owner === owner).map((s) => s.profile);
}
function attempt(action, otherwise) {
    try {
        return action();
    }
    catch {
        return otherwise;
    }
}
function isLink(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
}


/***/ }),

/***/ 1209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childEnvironment)
/* harmony export */ });
/**
 * The environment of the processes a step starts (`az`, the refresher): only what they need to
 * run, reach the network and be found by the runner; nothing of the step's inputs or the
 * runner's secrets (ACTIONS_ID_TOKEN_REQUEST_TOKEN, SYSTEM_ACCESSTOKEN, ENDPOINT_AUTH_*, SECRET_*).
 *
 * RUNNER_TRACKING_ID (GitHub) and VSTS_PROCESS_LOOKUP_ID (Azure DevOps) are how the runners find
 * the processes a job left behind, to end them when it is over: kept, so that they still can.
 * AZURE_POD_IDENTITY_AUTHORITY_HOST / IMDS_ENDPOINT point @azure/identity at a managed identity's
 * endpoint. Names are matched in any case: Windows keeps `Path`, `SystemRoot`, `ComSpec`.
 */
const PASSED_ENV = /^(PATH|PATHEXT|HOME|USERPROFILE|APPDATA|LOCALAPPDATA|SYSTEMROOT|SYSTEMDRIVE|WINDIR|COMSPEC|TEMP|TMP|TMPDIR|RUNNER_TEMP|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|HTTPS?_PROXY|NO_PROXY|LANG|LC_ALL|RUNNER_TRACKING_ID|VSTS_PROCESS_LOOKUP_ID|AZURE_POD_IDENTITY_AUTHORITY_HOST|IMDS_ENDPOINT|AZURE_EXTENSION_DIR)$/i;
function childEnvironment(env) {
    const out = {};
    for (const [name, value] of Object.entries(env))
        if (value !== undefined && PASSED_ENV.test(name))
            out[name] = value;
    return out;
}


/***/ }),

/***/ 6382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ planSource),
/* harmony export */   n: () => (/* binding */ portableSource)
/* harmony export */ });
/* harmony import */ var _sources_azure_devops_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/* harmony import */ var _sources_azure_managed_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6744);
/* harmony import */ var _sources_github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15);



/**
 * The token source a plan asks for. Azure DevOps: the request URI is a plain variable; the job's
 * access token is passed by the task (it reads the SystemVssConnection endpoint), or, in a script
 * step running the command line, comes from SYSTEM_ACCESSTOKEN mapped into its `env:`.
 */
function planSource(plan, env, http, azureDevOpsAccessToken) {
    if (plan.source.kind === 'azure-managed-identity')
        return (0,_sources_azure_managed_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .managedIdentitySource */ .B)(plan.source, plan.timeoutMs);
    if (plan.source.kind === 'azure-devops') {
        return (0,_sources_azure_devops_js__WEBPACK_IMPORTED_MODULE_0__/* .azureDevOpsSource */ .y6)({
            requestUri: env['SYSTEM_OIDCREQUESTURI'],
            accessToken: azureDevOpsAccessToken ?? env['SYSTEM_ACCESSTOKEN'],
            serviceConnectionId: plan.source.serviceConnectionId,
            http,
        });
    }
    return (0,_sources_github_js__WEBPACK_IMPORTED_MODULE_2__/* .githubSource */ .j)({
        requestUrl: env['ACTIONS_ID_TOKEN_REQUEST_URL'],
        requestToken: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
        http,
    });
}
/** The same source as a recipe for the refresher (no secret in the recipe itself). */
function portableSource(plan, env, azureDevOpsAccessToken) {
    if (plan.source.kind === 'azure-devops') {
        // The job access token is the one secret: it travels as `secret`, never in the settings.
        return {
            recipe: {
                kind: 'azure-devops',
                settings: {
                    requestUri: env['SYSTEM_OIDCREQUESTURI'] ?? '',
                    serviceConnectionId: plan.source.serviceConnectionId ?? '',
                },
            },
            secret: azureDevOpsAccessToken ?? env['SYSTEM_ACCESSTOKEN'],
        };
    }
    if (plan.source.kind === 'azure-managed-identity') {
        return {
            recipe: {
                kind: 'azure-managed-identity',
                settings: { clientId: plan.source.clientId ?? '', resourceId: plan.source.resourceId ?? '' },
            },
            secret: undefined,
        };
    }
    return {
        recipe: { kind: 'github', settings: { requestUrl: env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '' } },
        secret: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
    };
}


/***/ }),

/***/ 6649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ createStepTempDir),
  s: () => (/* binding */ removeStepTempDir)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/child-process.ts
var child_process = __webpack_require__(5849);
;// CONCATENATED MODULE: ./src/runtimes/shared/private-folder.ts



const OWNER_ONLY = ['*S-1-3-4:(OI)(CI)F', '*S-1-5-18:(OI)(CI)F', '*S-1-5-32-544:(OI)(CI)F'];
function icaclsArguments(dir) {
    return [dir, '/inheritance:r', '/grant:r', ...OWNER_ONLY, '/Q'];
}
function makeFolderPrivate(dir, platform = process.platform, run = runCommand, systemRoot = process.env['SystemRoot'] ?? 'C:\\Windows') {
    if (platform !== 'win32')
        return; // mkdtemp already made it 0700
    // By full path: Node looks up a bare name on PATH only, which a job can change.
    const icacls = external_node_path_.win32.join(systemRoot, 'System32', 'icacls.exe');
    const result = run(icacls, icaclsArguments(dir));
    if (result.status !== 0) {
        throw new errors/* OidcExchangeError */.tS('INTERNAL', `Could not make the step's folder private to the runner's account: icacls exited with ${String(result.status)}${result.output ? ` (${result.output})` : ''}.`, { hint: `Check that the runner's account may change permissions under its temp folder (${dir}).` });
    }
}
function runCommand(file, args) {
    const result = (0,child_process/* childProcess */.Q)().spawnSync(file, args, {
        encoding: 'utf8',
        windowsHide: true,
        timeout: 10_000,
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() || (result.error?.message ?? '');
    return { status: result.status, output: output.slice(0, 300) };
}

;// CONCATENATED MODULE: ./src/runtimes/shared/step-folder.ts





/**
 * Each step keeps its files (the federated token file, the Azure CLI's config, the AWS profile)
 * in a private folder under RUNNER_TEMP, which the runner empties after the job; the post step
 * removes it sooner. Only a folder of this exact shape, directly under the runner's temp folder,
 * is removed.
 *
 * The folder is private from the moment it exists, never "made private" after another user could
 * have reached it: elsewhere mkdtemp creates it 0700. On Windows a new folder takes its parent's
 * access list (often write access for every local user, inherited from C:\), and setting its own
 * list afterwards leaves a window in which another user could create files in it or open it, and
 * a handle opened then keeps the access it was granted. So the step folder is born inside a
 * staging folder that already has the private list (see private-folder.ts), inheriting that list
 * as it is created, and is then renamed to its place: a rename within a volume keeps a folder's
 * list. Whatever another user did to the staging folder before its list was set cannot reach the
 * step folder, which they never could open; the staging folder is then removed.
 */
const PREFIX = 'oidc-exchange-';
const STAGING_PREFIX = 'oidc-exchange.staging-';
function createStepTempDir(runnerTemp, platform = process.platform, makePrivate = makeFolderPrivate) {
    const parent = runnerTemp || (0,external_node_os_.tmpdir)();
    if (platform !== 'win32')
        return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, PREFIX)); // 0700 from the start
    const staging = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, STAGING_PREFIX));
    try {
        makePrivate(staging);
        const born = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(staging, 'step-')); // inherits the private list as it is created
        const dir = (0,external_node_path_.join)(parent, `${PREFIX}${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        (0,external_node_fs_.renameSync)(born, dir);
        return dir;
    }
    finally {
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
    }
}
function removeStepTempDir(dir, runnerTemp) {
    const parent = (0,external_node_path_.resolve)(runnerTemp || (0,external_node_os_.tmpdir)());
    const target = (0,external_node_path_.resolve)(dir);
    if ((0,external_node_path_.dirname)(target) !== parent || !(0,external_node_path_.basename)(target).startsWith(PREFIX))
        return false;
    (0,external_node_fs_.rmSync)(target, { recursive: true, force: true });
    return true;
}


/***/ }),

/***/ 9611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ planWithoutTypos),
/* harmony export */   q: () => (/* binding */ unknownInputs)
/* harmony export */ });
/* harmony import */ var _core_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7568);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);


function unknownInputs(env, names) {
    const known = new Set([...names.declared.keys()].map((n) => names.envName(n)));
    const result = { typos: [], others: [] };
    for (const key of Object.keys(env).sort()) {
        if (!key.startsWith('INPUT_') || (env[key] ?? '').trim() === '')
            continue;
        const envName = key.slice('INPUT_'.length);
        if (known.has(envName.toUpperCase()))
            continue;
        // Both runners upper-case the name; the user most likely wrote it in lower case (or camelCase).
        const written = envName.toLowerCase().replace(/_/g, ' ');
        const meant = (0,_core_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .closestNames */ .g)(written, names.declared.keys());
        if (meant.length === 0)
            result.others.push(written);
        else
            result.typos.push({ written, meant, coreNames: meant.map((m) => names.declared.get(m) ?? m) });
    }
    return result;
}
/**
 * Parses the plan, reporting each misspelt input first, with what was meant; the plan's own
 * complaint that the meant input is empty (or that no target was given) is then left out, since
 * it is the same mistake.
 */
function planWithoutTypos(parse, typos) {
    if (typos.length === 0)
        return parse();
    const errors = typos.map((t) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('INPUT_INVALID', `Input \`${t.written}\` is not an input of this step.`, {
        hint: `Correct its name${(0,_core_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(t.written, t.meant)}; every input is listed in docs/inputs.md.`,
    }));
    try {
        parse();
    }
    catch (thrown) {
        const found = thrown instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeErrors */ .WF ? thrown.errors : [thrown];
        const sameMistake = (e) => e.message.startsWith('No target was given') ||
            typos.some((t) => t.coreNames.some((n) => e.message.startsWith(`Input \`${n}\` is required`)));
        for (const e of found.map(_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asOidcExchangeError */ .vf))
            if (!sameMistake(e))
                errors.push(e);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeErrors */ .WF(errors);
}


/***/ }),

/***/ 4773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ GCP_TOKEN_FILE),
/* harmony export */   s: () => (/* binding */ GCP_ID_TOKEN_FILE)
/* harmony export */ });
/**
 * The variable (and file) holding the OIDC token that the Google credentials file names as its
 * `credential_source`. Its own module: the runtimes' refresh code reads the name without loading
 * the exchange.
 */
const GCP_TOKEN_FILE = 'OIDC_EXCHANGE_GCP_TOKEN_FILE';
/**
 * The variable (and file) holding the Google ID token of `gcp-id-token-audience`: with `refresh`
 * the refresher rewrites it before it expires, so `curl -H "Authorization: Bearer $(cat …)"` works
 * all job long (docs/gcp.md).
 */
const GCP_ID_TOKEN_FILE = 'GCP_ID_TOKEN_FILE';


/***/ })

};
