export const id = 851;
export const ids = [851];
export const modules = {

/***/ 5849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childProcess)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
/**
 * `node:child_process`, loaded on first use rather than as the step starts: loading it (with the
 * `dgram` and socket modules it pulls in) took 5–7 ms and about 150 page faults per step on the
 * benchmark's machine, which a step that starts no process (`refresh: false` on Linux and macOS,
 * without `az login`) need not pay. Measured: docs/development.md.
 */
function childProcess() {
    return load('node:child_process');
}


/***/ }),

/***/ 3725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ credentialFilePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Where every runtime writes a `file` export (a 0600 file in the step's private folder, named
 * after its variable): a target whose credentials file must name another of its files (Google's
 * `credential_source.file`) knows the path before the runtime writes it.
 */
function credentialFilePath(dir, name) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, name.toLowerCase());
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S6: () => (/* binding */ errorLines),
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
/**
 * The lines every runtime prints for an error: "[CODE] message", then "Hint: hint"; several
 * problems one per line. A sink neutralises each line by itself, so a line break inside one (an
 * upstream message's) is escaped while these stay.
 */
function errorLines(error) {
    const lines = error instanceof OidcExchangeErrors && error.errors.length > 1
        ? [
            `[${error.code}] ${error.errors.length} problems:`,
            ...error.errors.map((e) => `  - ${e.message}${e.hint ? ` (${e.hint})` : ''}`),
        ]
        : [`[${error.code}] ${error.message}`];
    return error.hint ? [...lines, `Hint: ${error.hint}`] : lines;
}
/** errorLines() as one text: "[CODE] message\nHint: hint". */
function formatError(error) {
    return errorLines(error).join('\n');
}


/***/ }),

/***/ 8453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ neutralise)
/* harmony export */ });
/**
 * Untrusted text (claims, inputs, upstream error bodies) is printed where runners read commands:
 * the GitHub runner takes `::name …::data` at the start of a line (after white space) and its old
 * `##[name]` anywhere in a line; the Azure Pipelines agent takes the first `##vso[` anywhere in a
 * line; both log viewers read `##[group]`-style markers (docs/protocols.md §1.7, §6.8).
 * neutralise() makes such text ONE inert line:
 *
 * - every control character is escaped (`\n`, `\r`, `\t`, `\x1b`, `\u2028`): C0, DEL, C1 (NEL
 *   among them) and the Unicode line and paragraph separators, so no part of the text can begin a
 *   line of its own, in a runner, a terminal or a reader that splits at U+2028;
 * - the first `:` of a `::` that starts the text or comes before a letter, and the first `#` of
 *   `##[` / `##vso`, become their full-width forms (`：`, `＃`): still readable, and no marker any
 *   more. Not a zero-width space: both runners find these markers with .NET's culture-sensitive
 *   IndexOf/StartsWith under ICU (neither sets InvariantGlobalization), whose collation ignores
 *   format characters such as U+200B but not a difference of width. For the same reason a `##`
 *   marker is found with format characters anywhere inside it (`#\u200b#vso[` is `##vso[` to the
 *   agent).
 *
 * ARNs (`arn:aws:iam::123456789012:…`) stay intact: a digit never starts a command. Applying it
 * twice changes nothing, so text already neutralised upstream can pass through a sink that does it
 * again.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Format characters, which .NET's culture-sensitive search skips: any number of them, anywhere in a marker. */
const F = '[\\u00ad\\u034f\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff]*';
/** The first `#` of `##[` or `##vso` (any case), format characters allowed between their characters. */
// eslint-disable-next-line no-misleading-character-class -- each is a lone format character, not part of a sequence
const HASH_MARKER = new RegExp(`#(?=${F}#${F}(?:\\[|v${F}s${F}o))`, 'gi');
function escaped(c) {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}
function neutralise(text) {
    return text
        .replace(CONTROL, escaped)
        .replace(/::(?=[A-Za-z_])/g, '\uff1a:')
        .replace(/^(\s*)::/, '$1\uff1a:')
        .replace(HASH_MARKER, '\uff03');
}


/***/ }),

/***/ 4851:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(358);
/* harmony import */ var azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_step_folder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6649);
/* harmony import */ var _refresher_step_aws_config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9522);
/* harmony import */ var _refresher_step_stop_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6093);
/* harmony import */ var _refresher_step_story_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1352);
/* harmony import */ var _refresher_task_variable_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6416);
/* harmony import */ var _temp_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8449);







/**
 * The task's post-job step (task.json `postjobexecution`), run when the job ends: stops the
 * credential refresher (and tells its story: renewals, failures, whether it lived until the end), then removes the step's private
 * folder (the federated token file, the Azure CLI's login) and the AWS profiles it added to the
 * job's config file (`awsProfile`) as soon as the job is done rather than
 * whenever the agent next empties its temp folder. Never fails the job.
 */
const dir = azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getTaskVariable(_temp_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .TEMP_DIR_TASK_VARIABLE */ .A);
const refresher = azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getTaskVariable(_refresher_task_variable_js__WEBPACK_IMPORTED_MODULE_6__/* .REFRESHER_TASK_VARIABLE */ .G);
if (refresher) {
    const outcome = await (0,_refresher_step_stop_js__WEBPACK_IMPORTED_MODULE_3__/* .stopRefresher */ .$)(refresher);
    for (const line of (0,_refresher_step_story_js__WEBPACK_IMPORTED_MODULE_4__/* .refresherStory */ .q)(dir, outcome))
        console.log(line);
    // The raw log only when the run is debugged (System.Debug): the story above says what matters.
    if (azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getVariable('System.Debug') === 'true')
        for (const line of (0,_refresher_step_story_js__WEBPACK_IMPORTED_MODULE_4__/* .refresherLog */ .j)(dir))
            azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.debug(`refresher: ${line}`);
}
// Blank what the main step set, as GitHub's post step does: later post-job steps of other tasks
// then get no credentials, nor a path into the folder removed below (which another local user
// could otherwise make anew and fill).
const variables = (azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.getTaskVariable(_refresher_task_variable_js__WEBPACK_IMPORTED_MODULE_6__/* .VARIABLES_TASK_VARIABLE */ .X) ?? '')
    .split(',')
    .map((entry) => /^([A-Za-z_][\w.]*):(secret|plain)$/.exec(entry))
    .filter((match) => match !== null);
for (const [, name = '', kind] of variables)
    azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.setVariable(name, '', kind === 'secret');
if (variables.length > 0)
    console.log(`oidc-exchange: cleared ${variables.map((m) => m[1]).join(', ')}.`);
const profiles = dir ? (0,_refresher_step_aws_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .removeProfiles */ .tN)(dir) : [];
if (profiles.length > 0)
    console.log(`oidc-exchange: removed AWS profile(s) ${profiles.join(', ')}.`);
const removed = !!dir && (0,_shared_step_folder_js__WEBPACK_IMPORTED_MODULE_1__/* .removeStepTempDir */ .s)(dir, (0,_temp_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .agentTempDirectory */ .d)());
if (removed)
    console.log(`oidc-exchange: removed ${dir}.`);
else if (dir)
    console.log(`oidc-exchange: left ${dir} alone: it is not a folder this step made.`);
// One last word that agrees with the lines above: "cleaned up" only when something was.
const done = removed || refresher || variables.length > 0
    ? 'oidc-exchange: cleaned up.'
    : 'oidc-exchange: nothing to clean up.';
console.log(done);
azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.setResult(azure_pipelines_task_lib_task_js__WEBPACK_IMPORTED_MODULE_0__.TaskResult.Succeeded, done, true);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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

/***/ 6093:
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


/***/ }),

/***/ 1352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ refresherLog),
/* harmony export */   q: () => (/* binding */ refresherStory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8453);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5320);




/**
 * What the post step says about the refresher, the same on both runners: whether it lived until
 * the end (if not, when and why it stopped), then one line per target: renewals, failures and the
 * last cause, and whether renewal was given up. Read from its status file (process/status-file.ts);
 * every line neutralised, since causes carry upstream text. The raw log is for debugging only.
 */
function refresherStory(dir, outcome) {
    const status = readStatus(dir);
    const lines = [
        `oidc-exchange: credential refresher ${outcome === 'stopped' ? 'stopped' : 'was no longer running'}.`,
    ];
    if (!status)
        return lines;
    const since = `started ${status.startedAt}`;
    if (status.stoppedByPostStep)
        lines.push(`  It lived until the post step stopped it (${since}).`);
    else if (status.stoppedAt)
        lines.push(`  It stopped early, at ${status.stoppedAt}: ${status.stopReason ?? 'no reason given'} (${since}).`);
    else
        lines.push(`  It ended without saying why (${since}): the runner or the system ended it.`);
    for (const [name, target] of Object.entries(status.targets))
        lines.push(`  ${name}: ${targetLine(target)}`);
    return lines.map(_core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralise */ .$);
}
function targetLine(t) {
    const counts = `${t.renewals} renewal(s), ${t.failures} failure(s)`;
    const last = t.lastCause ? `; last failure at ${t.lastFailureAt ?? '?'}: ${t.lastCause}` : '';
    const state = t.state === 'given up'
        ? `; renewal given up at ${t.givenUpAt ?? '?'} after a refusal that persisted`
        : t.state === 'failing'
            ? '; still failing at the end'
            : '';
    return `${counts}${state}${last}`;
}
function readStatus(dir) {
    const path = dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_FILE */ .C5) : undefined;
    if (!path || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        return typeof parsed.startedAt === 'string' && typeof parsed.targets === 'object' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** The refresher's raw log (no secret in it), neutralised, for a debug run. */
function refresherLog(dir) {
    const path = dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .LOG_FILE */ .UP) : undefined;
    if (!path || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')
        .trim()
        .split('\n')
        .map((line) => (0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralise */ .$)(line));
}


/***/ }),

/***/ 2474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aP: () => (/* binding */ createPrivateFile),
  nZ: () => (/* reexport */ credential_file_path/* credentialFilePath */.n),
  wK: () => (/* binding */ writePrivateFileAtomically),
  AK: () => (/* binding */ writeSecretFile)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/runtimes/shared/rename-over.ts

/**
 * Renames a new file over an old one. On Windows a rename over a file that another process has
 * open without delete sharing (a Python SDK reading the federated token file, an antivirus scan)
 * fails for a moment with EPERM, EACCES or EBUSY; a background renewal must not stop for that,
 * so it is retried for a bounded time there. Elsewhere a rename over an open file succeeds, and
 * those errors are real: not retried.
 */
const TRANSIENT_ON_WINDOWS = new Set(['EPERM', 'EACCES', 'EBUSY']);
const STEP_MS = 50;
const TOTAL_MS = 2_000;
function renameOver(from, to, platform = process.platform, rename = external_node_fs_.renameSync) {
    for (let waited = 0;; waited += STEP_MS) {
        try {
            rename(from, to);
            return;
        }
        catch (error) {
            const code = error.code ?? '';
            if (platform !== 'win32' || !TRANSIENT_ON_WINDOWS.has(code) || waited >= TOTAL_MS)
                throw error;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, STEP_MS);
        }
    }
}

// EXTERNAL MODULE: ./src/core/credential-file-path.ts
var credential_file_path = __webpack_require__(3725);
;// CONCATENATED MODULE: ./src/runtimes/shared/secret-file.ts






/**
 * A credential file, 0600, created exclusively and never through a symlink (O_EXCL|O_NOFOLLOW): a
 * file planted in advance, or a link to elsewhere, makes this fail instead of writing through it.
 */
function writeSecretFile(dir, name, content) {
    const path = (0,credential_file_path/* credentialFilePath */.n)(dir, name);
    createPrivateFile(path, content);
    return path;
}
/** Writes `content` to a new 0600 file at `path`; fails if anything (file or link) is already there. */
function createPrivateFile(path, content) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o600);
    try {
        (0,external_node_fs_.writeSync)(fd, content);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Puts `content` at `path` so that a reader sees the old file or the new one, never a partial one,
 * and the result is 0600 whatever was there before: a new private file (above) with a random name
 * in the same folder is renamed over `path` (atomic within a filesystem). A symlink at `path` is
 * replaced, not followed; a file or link planted at the temporary name makes this fail.
 */
function writePrivateFileAtomically(path, content, tempName = randomTempName) {
    const temp = tempName(path);
    createPrivateFile(temp, content);
    try {
        renameOver(temp, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw error;
    }
}
function randomTempName(path) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
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


/***/ })

};
