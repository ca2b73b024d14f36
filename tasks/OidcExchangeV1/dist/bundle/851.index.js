export const id = 851;
export const ids = [851];
export const modules = {

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ OidcExchangeErrors),
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   tS: () => (/* binding */ OidcExchangeError),
/* harmony export */   vf: () => (/* binding */ asOidcExchangeError)
/* harmony export */ });
class OidcExchangeError extends Error {
    code;
    hint;
    retryable;
    constructor(code, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'OidcExchangeError';
        this.code = code;
        this.hint = details.hint;
        this.retryable = details.retryable ?? false;
    }
}
/** Several problems found at once (all input errors are reported together, before any network call). */
class OidcExchangeErrors extends OidcExchangeError {
    errors;
    constructor(errors) {
        const first = errors[0];
        super(first?.code ?? 'INTERNAL', errors.length === 1 ? (first?.message ?? '') : `${errors.length} problems:\n${listMessages(errors)}`, { hint: errors.length === 1 ? first?.hint : undefined });
        this.name = 'OidcExchangeErrors';
        this.errors = errors;
    }
}
function listMessages(errors) {
    return errors.map((e) => `  - ${e.message}${e.hint ? ` (${e.hint})` : ''}`).join('\n');
}
/** Anything thrown that is not ours becomes an INTERNAL error with its message, never its stack. */
function asOidcExchangeError(error) {
    if (error instanceof OidcExchangeError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    return new OidcExchangeError('INTERNAL', `Unexpected failure: ${message}`, {
        hint: 'This is a bug in oidc-exchange; please report it with the step log.',
        cause: error,
    });
}
/** The one-line form every runtime prints: "[CODE] message Hint: hint". */
function formatError(error) {
    return `[${error.code}] ${error.message}${error.hint ? `\nHint: ${error.hint}` : ''}`;
}


/***/ }),

/***/ 8453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ neutralise)
/* harmony export */ });
/**
 * Untrusted text (claims, inputs, upstream error bodies) is printed in logs that the runner also
 * reads for commands: GitHub's `::name …::data` and Azure DevOps' `##vso[…]` / `##[…]`. A zero-width
 * space after the first `:` of every `::` that starts a command name (a letter follows), and after
 * the first `#` of every `##[` / `##vso[`, keeps the text readable and makes it inert wherever it
 * appears in a line. ARNs (`arn:aws:iam::123456789012:…`) stay intact: digits never start a command.
 */
const ZERO_WIDTH_SPACE = '\u200b';
function neutralise(text) {
    return text
        .replace(/::(?=[A-Za-z_])/g, `:${ZERO_WIDTH_SPACE}:`)
        .replace(/##(?=\[|vso\[)/gi, `#${ZERO_WIDTH_SPACE}#`);
}


/***/ }),

/***/ 4851:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(358);
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8453);
/* harmony import */ var _github_temp_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7325);
/* harmony import */ var _shared_refresh_stop_refresher_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9562);
/* harmony import */ var _refresher_task_variable_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6416);
/* harmony import */ var _temp_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8449);








/**
 * The task's post-job step (task.json `postjobexecution`), run when the job ends: stops the
 * credential refresher (and shows its log, which holds no secret), then removes the step's private
 * folder (the federated token file, the Azure CLI's login) as soon as the job is done rather than
 * whenever the agent next empties its temp folder. Never fails the job.
 */
const dir = azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getTaskVariable(_temp_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .TEMP_DIR_TASK_VARIABLE */ .A);
const refresher = azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getTaskVariable(_refresher_task_variable_js__WEBPACK_IMPORTED_MODULE_6__/* .REFRESHER_TASK_VARIABLE */ .G);
if (refresher) {
    const outcome = await (0,_shared_refresh_stop_refresher_js__WEBPACK_IMPORTED_MODULE_4__/* .stopRefresher */ .$)(refresher);
    console.log(`oidc-exchange: credential refresher ${outcome === 'stopped' ? 'stopped' : 'was no longer running'}.`);
    const log = dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'refresher.log') : undefined;
    if (log && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(log))
        for (const line of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(log, 'utf8').trim().split('\n'))
            console.log(`  ${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_7__/* .neutralise */ .$)(line)}`);
}
const removed = !!dir && (0,_github_temp_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .removeStepTempDir */ .s)(dir, (0,_temp_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .agentTempDirectory */ .d)());
if (removed)
    console.log(`oidc-exchange: removed ${dir}.`);
else if (dir)
    console.log(`oidc-exchange: left ${dir} alone: it is not a folder this step made.`);
// One last word that agrees with the lines above: "cleaned up" only when something was.
const done = removed || refresher ? 'oidc-exchange: cleaned up.' : 'oidc-exchange: nothing to clean up.';
console.log(done);
azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.setResult(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.TaskResult.Succeeded, done, true);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ REFRESHER_TASK_VARIABLE)
/* harmony export */ });
/**
 * The task variable by which the main step tells its post-job step which refresher to stop:
 * `port:nonce:pid`, nothing secret (the nonce can only stop that refresher). A file of its own so
 * that the post-job bundle stays small.
 */
const REFRESHER_TASK_VARIABLE = 'OIDC_EXCHANGE_REFRESHER';


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
 * under it (made and removed as on GitHub, see ../github/temp-dir.ts) and its name is passed to the
 * post-job step in a task variable, which only this task's own post-job step can read.
 */
const TEMP_DIR_TASK_VARIABLE = 'OIDC_EXCHANGE_TEMP_DIR';
function agentTempDirectory() {
    return azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getVariable('Agent.TempDirectory') || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
}


/***/ }),

/***/ 7325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ createStepTempDir),
  s: () => (/* binding */ removeStepTempDir)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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
    const result = (0,external_node_child_process_.spawnSync)(file, args, { encoding: 'utf8', windowsHide: true, timeout: 10_000 });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() || (result.error?.message ?? '');
    return { status: result.status, output: output.slice(0, 300) };
}

;// CONCATENATED MODULE: ./src/runtimes/github/temp-dir.ts




/**
 * Each step keeps its files (the federated token file, the Azure CLI's config) in a private
 * folder under RUNNER_TEMP, which the runner empties after the job; the post step removes it
 * sooner. Only a folder of this exact shape, directly under the runner's temp folder, is removed.
 */
const PREFIX = 'oidc-exchange-';
function createStepTempDir(runnerTemp) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(runnerTemp || (0,external_node_os_.tmpdir)(), PREFIX)); // mkdtemp creates it 0700
    try {
        makeFolderPrivate(dir); // Windows: modes mean nothing there, an access list does it
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw error;
    }
    return dir;
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

/***/ 9562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ stopRefresher)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Stops the refresher a main step started: `POST /stop/<nonce>` on its loopback port, which only
 * that refresher answers, then waits (bounded) for its process to be gone. A refresher that is
 * already gone (the folder removed, the deadline, a refused token) is not an error.
 */
async function stopRefresher(state, waitMs = 5_000) {
    const [portText = '', nonce = '', pidText = ''] = state.split(':');
    const port = Number(portText);
    const pid = Number(pidText);
    if (!Number.isInteger(port) || port <= 0 || !/^[0-9a-f]{32}$/.test(nonce))
        return 'not running';
    const answered = await new Promise((resolve) => {
        const req = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)({ host: '127.0.0.1', port, method: 'POST', path: `/stop/${nonce}`, timeout: 3_000 }, (res) => {
            res.resume();
            resolve(res.statusCode === 200);
        });
        req.on('timeout', () => req.destroy());
        req.on('error', () => resolve(false));
        req.end();
    });
    if (!answered)
        return 'not running';
    for (const started = Date.now(); Date.now() - started < waitMs;) {
        if (!alive(pid))
            break;
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return 'stopped';
}
function alive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
