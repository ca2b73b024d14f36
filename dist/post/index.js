import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tS: () => (/* binding */ OidcExchangeError)
/* harmony export */ });
/* unused harmony exports OidcExchangeErrors, asOidcExchangeError, errorLines, formatError */
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

/***/ 453:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _refresher_step_aws_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(466);
/* harmony import */ var _refresher_step_stop_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(528);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(962);
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(894);
/* harmony import */ var _refresher_step_story_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(210);
/* harmony import */ var _shared_step_folder_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(533);






/**
 * The post step, run when the job ends (even after a failure): stops the credential refresher
 * (and tells its story: renewals, failures, whether it lived until the end), blanks every variable the main step set, so later
 * post steps of other actions do not inherit credentials, and removes the step's private temp
 * folder (the federated token file, the Azure CLI's login), and the AWS profiles it added to the
 * job's config file (`aws-profile`). The runner hands
 * back the main step's state as STATE_<name>.
 */
async function post(env) {
    const dir = env['STATE_OIDC_EXCHANGE_TEMP_DIR'];
    const refresher = env['STATE_OIDC_EXCHANGE_REFRESHER'];
    if (refresher) {
        const outcome = await (0,_refresher_step_stop_js__WEBPACK_IMPORTED_MODULE_1__/* .stopRefresher */ .$)(refresher);
        for (const line of (0,_refresher_step_story_js__WEBPACK_IMPORTED_MODULE_3__/* .refresherStory */ .q)(dir, outcome))
            (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .logLine */ .BP)(line);
        // The raw log only when the run is debugged (RUNNER_DEBUG=1): the story above says what matters.
        if (env['RUNNER_DEBUG'] === '1')
            for (const line of (0,_refresher_step_story_js__WEBPACK_IMPORTED_MODULE_3__/* .refresherLog */ .j)(dir))
                (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz)(`refresher: ${line}`);
    }
    const variables = (env['STATE_OIDC_EXCHANGE_VARIABLES'] ?? '')
        .split(',')
        .filter((n) => /^[A-Za-z_]\w*$/.test(n));
    if (variables.length > 0) {
        (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .appendFileCommand */ .KC)(env['GITHUB_ENV'], 'env', variables.map((name) => (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValueBlock */ .Yw)(name, '')).join(''));
        (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .logLine */ .BP)(`oidc-exchange: cleared ${variables.join(', ')}.`);
    }
    if (dir) {
        const profiles = (0,_refresher_step_aws_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .removeProfiles */ .tN)(dir);
        if (profiles.length > 0)
            (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .logLine */ .BP)(`oidc-exchange: removed AWS profile(s) ${profiles.join(', ')}.`);
        const removed = (0,_shared_step_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .removeStepTempDir */ .s)(dir, env['RUNNER_TEMP']);
        (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .logLine */ .BP)(removed
            ? `oidc-exchange: removed ${dir}.`
            : `oidc-exchange: left ${dir} alone: it is not a folder this step made.`);
    }
    else if (variables.length === 0) {
        (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .logLine */ .BP)('oidc-exchange: nothing to clean up.');
    }
    return 0;
}
await (0,_finish_js__WEBPACK_IMPORTED_MODULE_5__/* .finish */ .O)(post(process.env));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   KC: () => (/* binding */ appendFileCommand),
/* harmony export */   Yw: () => (/* binding */ keyValueBlock),
/* harmony export */   Yz: () => (/* binding */ debug)
/* harmony export */ });
/* unused harmony exports addMask, annotate */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(453);




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
    process.stdout.write(`${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_3__/* .neutralise */ .$)(text)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/**
 * An annotation: one line, or our own lines (an error with its hint), each neutralised by itself.
 * The runner unescapes the data and writes the message into the log as it is, line by line, where
 * the log viewer reads `##[group]`-style markers: a line break inside untrusted text is escaped by
 * neutralise(), and a `%0A` it holds by escapeData().
 */
function annotate(kind, text) {
    const lines = (typeof text === 'string' ? [text] : text).map(neutralise);
    process.stdout.write(`::${kind}::${escapeData(lines.join('\n'))}${EOL}`);
}
function debug(text) {
    process.stdout.write(`::debug::${escapeData((0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_3__/* .neutralise */ .$)(text))}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function keyValueBlock(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('value contains the delimiter');
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
function appendFileCommand(file, what, blocks) {
    if (!file)
        throw new Error(`The runner did not provide the ${what} file (GITHUB_${what.toUpperCase()}).`);
    if (blocks !== '')
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, blocks, { encoding: 'utf8' });
}


/***/ }),

/***/ 466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tN: () => (/* binding */ removeProfiles)
});

// UNUSED EXPORTS: planProfileConfig, writeProfileConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
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

;// CONCATENATED MODULE: ./src/core/credential-file-path.ts

/**
 * Where every runtime writes a `file` export (a 0600 file in the step's private folder, named
 * after its variable): a target whose credentials file must name another of its files (Google's
 * `credential_source.file`) knows the path before the runtime writes it.
 */
function credential_file_path_credentialFilePath(dir, name) {
    return join(dir, name.toLowerCase());
}

;// CONCATENATED MODULE: ./src/runtimes/shared/secret-file.ts






/**
 * A credential file, 0600, created exclusively and never through a symlink (O_EXCL|O_NOFOLLOW): a
 * file planted in advance, or a link to elsewhere, makes this fail instead of writing through it.
 */
function writeSecretFile(dir, name, content) {
    const path = credentialFilePath(dir, name);
    secret_file_createPrivateFile(path, content);
    return path;
}
/** Writes `content` to a new 0600 file at `path`; fails if anything (file or link) is already there. */
function secret_file_createPrivateFile(path, content) {
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
    secret_file_createPrivateFile(temp, content);
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
// EXTERNAL MODULE: ./src/core/neutralise.ts
var neutralise = __nccwpck_require__(453);
;// CONCATENATED MODULE: ./src/runtimes/refresher/step/aws-config-check.ts




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
const aws_config_check_CONFIG_NAME = 'aws.config';
const ENDPOINT_NAME = 'aws-endpoint.json';
const STEP_PREFIX = 'oidc-exchange-';
/** The job-wide file of earlier versions, beside the step folders: never read again. */
const OLD_JOB_FILE = 'oidc-exchange-aws.config';
const aws_config_check_MARK = '# oidc-exchange ';
const aws_config_check_CURRENT = { platform: process.platform, uid: process.getuid?.() };
/** Named like ours: a file a step of oidc-exchange would have written (checked before it is read). */
function aws_config_check_looksOurs(path) {
    const name = basename(path);
    return name === OLD_JOB_FILE || (name === aws_config_check_CONFIG_NAME && basename(dirname(path)).startsWith(STEP_PREFIX));
}
/**
 * The sections of a file that looks ours (looksOurs), or an error saying which check it failed.
 * The file is opened without following a link and checked through the open descriptor.
 */
function aws_config_check_readOurConfig(path, runnerTemp, who = aws_config_check_CURRENT) {
    const folder = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path));
    if ((0,external_node_path_.basename)(path) === OLD_JOB_FILE)
        throw refused(path, 'it is the job-wide file of an older version, which other local users could edit');
    if ((0,external_node_path_.dirname)(folder) !== (0,external_node_path_.resolve)(runnerTemp))
        throw refused(path, `its folder is not directly under the runner's temp folder (${runnerTemp})`);
    const folderStat = (0,external_node_fs_.lstatSync)(folder, { throwIfNoEntry: false });
    if (!folderStat)
        throw refused(path, 'its folder no longer exists');
    if (!folderStat.isDirectory())
        throw refused(path, 'its folder is a link, not the step folder itself');
    privateTo(who, folderStat, path, 'its folder');
    // Also where O_NOFOLLOW does not exist (Windows): a link is refused before it is opened.
    if ((0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false })?.isSymbolicLink())
        throw refused(path, 'it is a link');
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw refused(path, code === 'ELOOP' ? 'it is a link' : `it cannot be opened (${code})`);
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            throw refused(path, 'it is not a regular file');
        if (stat.nlink > 1)
            throw refused(path, 'it has other names (hard links)');
        privateTo(who, stat, path, 'it');
        const text = (0,external_node_fs_.readFileSync)(fd, 'utf8');
        return (parseSections(text, runnerTemp) ?? throwing(refused(path, 'it holds text oidc-exchange did not write')));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
    for (const chunk of text.split(new RegExp(`^(?=${aws_config_check_MARK})`, 'm'))) {
        const match = SECTION.exec(chunk);
        const [, owner = '', profile = '', , endpoint = ''] = match ?? [];
        if (!match || (0,external_node_path_.resolve)(endpoint) !== (0,external_node_path_.join)((0,external_node_path_.resolve)(runnerTemp), owner, ENDPOINT_NAME))
            return undefined;
        out.push({ owner, profile, text: chunk });
    }
    return out;
}
function throwing(error) {
    throw error;
}
function refused(path, why) {
    return new errors/* OidcExchangeError */.tS('AWS_CONFIG_REFUSED', `Refused to keep the profiles of AWS_CONFIG_FILE ${(0,neutralise/* neutralise */.$)(JSON.stringify(path))}: ${why}. Its profiles run commands as the runner's user, so only a file an earlier oidc-exchange step wrote is read.`, {
        hint: 'Unset AWS_CONFIG_FILE before this step, or remove the file; if no step of this job wrote it, another user of this machine may have: check who can write to the runner’s temp folder.',
    });
}

;// CONCATENATED MODULE: ./src/runtimes/refresher/step/aws-config-file.ts




/** Decides what the step's file will hold; throws (AWS_CONFIG_REFUSED) when `previous` looks ours but is not. */
function planProfileConfig(stepDir, profile, previous, who = CURRENT) {
    const path = join(stepDir, CONFIG_NAME);
    const given = previous?.trim() || undefined;
    if (!given)
        return { path, carried: [], replaced: undefined };
    if (!looksOurs(given))
        return { path, carried: [], replaced: given };
    // An earlier step's folder is gone only if its step failed, and then it exported no file: nothing to keep.
    if (!existsSync(dirname(given)) && !isLink(dirname(given)))
        return { path, carried: [], replaced: undefined };
    const carried = readOurConfig(given, dirname(stepDir), who).filter((s) => s.profile !== profile);
    return { path, carried, replaced: undefined };
}
/** Writes the step's file: the kept sections, then the step's own. */
function writeProfileConfig(plan, stepDir, profile, body) {
    const own = `${MARK}${basename(stepDir)}\n[profile ${profile}]\n${body}`;
    createPrivateFile(plan.path, [...plan.carried.map((s) => s.text), own].join(''));
    return plan.path;
}
/**
 * The post step: removes the step's file (its folder goes next) and the step's sections from every
 * later step's file, so that no section is left naming this step's folder once it is gone (another
 * user who could make a folder of that name in the runner's temp folder would otherwise choose
 * what the section's helper reads). Returns the step's profiles. Never throws: a post step must
 * not fail the job, and the runner empties its temp folder anyway.
 */
function removeProfiles(stepDir, who = aws_config_check_CURRENT) {
    const owner = (0,external_node_path_.basename)(stepDir);
    const runnerTemp = (0,external_node_path_.dirname)(stepDir);
    const own = (0,external_node_path_.join)(stepDir, aws_config_check_CONFIG_NAME);
    const profiles = attempt(() => aws_config_check_readOurConfig(own, runnerTemp, who), []);
    attempt(() => (0,external_node_fs_.rmSync)(own, { force: true }), undefined);
    const siblings = attempt(() => (0,external_node_fs_.readdirSync)(runnerTemp), []);
    for (const name of siblings) {
        if (!name.startsWith(STEP_PREFIX) || name === owner)
            continue;
        const path = (0,external_node_path_.join)(runnerTemp, name, aws_config_check_CONFIG_NAME);
        attempt(() => {
            if (!(0,external_node_fs_.existsSync)(path))
                return;
            const all = aws_config_check_readOurConfig(path, runnerTemp, who);
            const kept = all.filter((s) => s.owner !== owner);
            if (kept.length < all.length)
                writePrivateFileAtomically(path, kept.map((s) => s.text).join(''));
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
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
}


/***/ }),

/***/ 528:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ stopRefresher)
});

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/runtimes/refresher/step/stop.ts

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

/***/ 210:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j: () => (/* binding */ refresherLog),
  q: () => (/* binding */ refresherStory)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./src/core/neutralise.ts
var neutralise = __nccwpck_require__(453);
;// CONCATENATED MODULE: ./src/runtimes/refresher/protocol.ts
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

;// CONCATENATED MODULE: ./src/runtimes/refresher/step/story.ts




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
    return lines.map(neutralise/* neutralise */.$);
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
    const path = dir ? (0,external_node_path_.join)(dir, STATUS_FILE) : undefined;
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return typeof parsed.startedAt === 'string' && typeof parsed.targets === 'object' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** The refresher's raw log (no secret in it), neutralised, for a debug run. */
function refresherLog(dir) {
    const path = dir ? (0,external_node_path_.join)(dir, LOG_FILE) : undefined;
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return [];
    return (0,external_node_fs_.readFileSync)(path, 'utf8')
        .trim()
        .split('\n')
        .map((line) => (0,neutralise/* neutralise */.$)(line));
}


/***/ }),

/***/ 533:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ removeStepTempDir)
});

// UNUSED EXPORTS: createStepTempDir

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/core/child-process.ts

const load = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
/**
 * `node:child_process`, loaded on first use rather than as the step starts: loading it (with the
 * `dgram` and socket modules it pulls in) took 5–7 ms and about 150 page faults per step on the
 * benchmark's machine, which a step that starts no process (`refresh: false` on Linux and macOS,
 * without `az login`) need not pay. Measured: docs/development.md.
 */
function child_process_childProcess() {
    return load('node:child_process');
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
    const result = childProcess().spawnSync(file, args, {
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
    const parent = runnerTemp || tmpdir();
    if (platform !== 'win32')
        return mkdtempSync(join(parent, PREFIX)); // 0700 from the start
    const staging = mkdtempSync(join(parent, STAGING_PREFIX));
    try {
        makePrivate(staging);
        const born = mkdtempSync(join(staging, 'step-')); // inherits the private list as it is created
        const dir = join(parent, `${PREFIX}${randomBytes(6).toString('hex')}`);
        renameSync(born, dir);
        return dir;
    }
    finally {
        rmSync(staging, { recursive: true, force: true });
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

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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
