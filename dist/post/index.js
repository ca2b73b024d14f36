import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 962:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ finish)
/* harmony export */ });
/**
 * Ends the step once its work is done: SDK connection pools (kept alive for speed) must not keep
 * the process waiting, and stdout must be flushed before exit so no line is lost.
 */
async function finish(work) {
    let code;
    try {
        code = await work;
    }
    catch {
        // main() turns every failure into a message; reaching here is a bug, reported without a stack.
        process.stdout.write('::error::oidc-exchange failed unexpectedly.\n');
        code = 1;
    }
    await new Promise((resolve) => process.stdout.write('', () => resolve()));
    process.exit(code);
}


/***/ }),

/***/ 751:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_refresh_stop_refresher_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(522);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(962);
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(40);
/* harmony import */ var _temp_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(774);






/**
 * The post step, run when the job ends (even after a failure): stops the credential refresher
 * (and shows its log, which holds no secret), blanks every variable the main step set, so later
 * post steps of other actions do not inherit credentials, and removes the step's private temp
 * folder (the federated token file, the AWS profile, the Azure CLI's login). The runner hands
 * back the main step's state as STATE_<name>.
 */
async function post(env) {
    const dir = env['STATE_OIDC_EXCHANGE_TEMP_DIR'];
    const refresher = env['STATE_OIDC_EXCHANGE_REFRESHER'];
    if (refresher) {
        const outcome = await (0,_shared_refresh_stop_refresher_js__WEBPACK_IMPORTED_MODULE_2__/* .stopRefresher */ .$)(refresher);
        (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .logLine */ .BP)(`oidc-exchange: credential refresher ${outcome === 'stopped' ? 'stopped' : 'was no longer running'}.`);
        const log = dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'refresher.log') : undefined;
        if (log && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(log))
            for (const line of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(log, 'utf8').trim().split('\n'))
                (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .logLine */ .BP)(`  ${line}`);
    }
    const variables = (env['STATE_OIDC_EXCHANGE_VARIABLES'] ?? '')
        .split(',')
        .filter((n) => /^[A-Za-z_]\w*$/.test(n));
    if (variables.length > 0) {
        (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .appendFileCommand */ .KC)(env['GITHUB_ENV'], 'env', variables.map((name) => (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValueBlock */ .Yw)(name, '')).join(''));
        (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .logLine */ .BP)(`oidc-exchange: cleared ${variables.join(', ')}.`);
    }
    if (dir) {
        const removed = (0,_temp_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .removeStepTempDir */ .s)(dir, env['RUNNER_TEMP']);
        (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .logLine */ .BP)(removed
            ? `oidc-exchange: removed ${dir}.`
            : `oidc-exchange: left ${dir} alone: it is not a folder this step made.`);
    }
    else if (variables.length === 0) {
        (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .logLine */ .BP)('oidc-exchange: nothing to clean up.');
    }
    return 0;
}
await (0,_finish_js__WEBPACK_IMPORTED_MODULE_5__/* .finish */ .O)(post(process.env));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 40:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KC: () => (/* binding */ appendFileCommand),
  Yw: () => (/* binding */ keyValueBlock),
  BP: () => (/* binding */ logLine)
});

// UNUSED EXPORTS: addMask, annotate, debug

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
;// CONCATENATED MODULE: ./src/core/neutralise.ts
/**
 * Untrusted text (claims, inputs, upstream error bodies) is printed in logs that the runner also
 * reads for commands: GitHub's `::name …::data` and Azure DevOps' `##vso[…]` / `##[…]`. A zero-width
 * space after the first `:` of every `::` that starts a command name (a letter follows), and after
 * the first `#` of every `##[` / `##vso[`, keeps the text readable and makes it inert wherever it
 * appears in a line. ARNs (`arn:aws:iam::123456789012:…`) stay intact: digits never start a command.
 */
const ZERO_WIDTH_SPACE = '\u200b';
function neutralise_neutralise(text) {
    return text
        .replace(/::(?=[A-Za-z_])/g, `:${ZERO_WIDTH_SPACE}:`)
        .replace(/##(?=\[|vso\[)/gi, `#${ZERO_WIDTH_SPACE}#`);
}

;// CONCATENATED MODULE: ./src/runtimes/github/runner-commands.ts




function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
const masked = new Set();
function addMask(secret) {
    // Each line separately as well: the runner masks line by line in multi-line output.
    const parts = [secret, ...secret.split(/\r?\n/).filter((l) => l.trim().length >= 4)];
    for (const part of parts) {
        if (part === '' || masked.has(part))
            continue;
        masked.add(part);
        process.stdout.write(`::add-mask::${escapeData(part)}${EOL}`);
    }
}
/** Prints untrusted text as log lines that cannot be read as commands. */
function logLine(text) {
    process.stdout.write(`${neutralise_neutralise(text)}${external_node_os_.EOL}`);
}
function annotate(kind, text) {
    process.stdout.write(`::${kind}::${escapeData(neutralise(text))}${EOL}`);
}
function debug(text) {
    process.stdout.write(`::debug::${escapeData(neutralise(text))}${EOL}`);
}
function keyValueBlock(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('value contains the delimiter');
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
function appendFileCommand(file, what, blocks) {
    if (!file)
        throw new Error(`The runner did not provide the ${what} file (GITHUB_${what.toUpperCase()}).`);
    if (blocks !== '')
        (0,external_node_fs_.appendFileSync)(file, blocks, { encoding: 'utf8' });
}


/***/ }),

/***/ 774:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ removeStepTempDir)
});

// UNUSED EXPORTS: createStepTempDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/core/errors.ts
class errors_OidcExchangeError extends Error {
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
class OidcExchangeErrors extends errors_OidcExchangeError {
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
    if (error instanceof errors_OidcExchangeError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    return new errors_OidcExchangeError('INTERNAL', `Unexpected failure: ${message}`, {
        hint: 'This is a bug in oidc-exchange; please report it with the step log.',
        cause: error,
    });
}
/** The one-line form every runtime prints: "[CODE] message Hint: hint". */
function formatError(error) {
    return `[${error.code}] ${error.message}${error.hint ? `\nHint: ${error.hint}` : ''}`;
}

;// CONCATENATED MODULE: ./src/runtimes/shared/private-folder.ts



const OWNER_ONLY = (/* unused pure expression or super */ null && (['*S-1-3-4:(OI)(CI)F', '*S-1-5-18:(OI)(CI)F', '*S-1-5-32-544:(OI)(CI)F']));
function icaclsArguments(dir) {
    return [dir, '/inheritance:r', '/grant:r', ...OWNER_ONLY, '/Q'];
}
function private_folder_makeFolderPrivate(dir, platform = process.platform, run = runCommand, systemRoot = process.env['SystemRoot'] ?? 'C:\\Windows') {
    if (platform !== 'win32')
        return; // mkdtemp already made it 0700
    // By full path: Node looks up a bare name on PATH only, which a job can change.
    const icacls = win32.join(systemRoot, 'System32', 'icacls.exe');
    const result = run(icacls, icaclsArguments(dir));
    if (result.status !== 0) {
        throw new OidcExchangeError('INTERNAL', `Could not make the step's folder private to the runner's account: icacls exited with ${String(result.status)}${result.output ? ` (${result.output})` : ''}.`, { hint: `Check that the runner's account may change permissions under its temp folder (${dir}).` });
    }
}
function runCommand(file, args) {
    const result = spawnSync(file, args, { encoding: 'utf8', windowsHide: true, timeout: 10_000 });
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
    const dir = mkdtempSync(join(runnerTemp || tmpdir(), PREFIX)); // mkdtemp creates it 0700
    try {
        makeFolderPrivate(dir); // Windows: modes mean nothing there, an access list does it
    }
    catch (error) {
        rmSync(dir, { recursive: true, force: true });
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

/***/ 522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ stopRefresher)
});

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/runtimes/shared/refresh/stop-refresher.ts

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
        const req = (0,external_node_http_namespaceObject.request)({ host: '127.0.0.1', port, method: 'POST', path: `/stop/${nonce}`, timeout: 3_000 }, (res) => {
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


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(751);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
