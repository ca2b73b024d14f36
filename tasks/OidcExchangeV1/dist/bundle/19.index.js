export const id = 19;
export const ids = [19];
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

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/**
 * The version of oidc-exchange, the same in the action, the task and the command line: package.json's
 * `version`, written here by the build (scripts/build.ts) and checked against it by a test.
 */
const VERSION = '1.0.0';


/***/ }),

/***/ 6175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   dV: () => (/* binding */ CLI_INPUTS),
/* harmony export */   wF: () => (/* binding */ cliInputReader)
/* harmony export */ });
/* unused harmony export NOT_OFFERED */
/* harmony import */ var _core_endpoint_variables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9438);
/* harmony import */ var _core_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7568);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8976);




const OWN_OPTIONS = new Set(['token-file', 'token-env', 'format', 'output', 'inputs-file', 'azure-identity']);
/**
 * The action's and the task's inputs that the command line does not offer, each refused with what
 * to do instead: they need a post step (`refresh`, `aws-profile`: the command line has none to stop
 * a refresher or remove a profile), or they would make `exchange` print something other than
 * credentials inside an `eval` (`dry-run`: `explain` is the dry run), or only the task has them.
 */
const NOT_OFFERED = {
    'dry-run': '`exchange` has no --dry-run: run `oidc-exchange explain` with the same options, which exchanges nothing',
    refresh: '`exchange` has no --refresh: it prints credentials that are not renewed (ask for a session long enough for the job, or run it again)',
    'aws-profile': '--aws-profile is the action’s and the task’s (a profile their refresher renews): `exchange` prints the credentials for `eval`, or writes them with --output',
    'azure-subscription': '--azure-subscription is the Azure DevOps task’s (a service connection): give --azure-client-id and --azure-tenant-id',
};
/** The inputs the command line offers, as options of the same names. */
const CLI_INPUTS = _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.filter((i) => !(i.name in NOT_OFFERED) && i.only !== 'azure-devops');
const INPUT_NAMES = new Set(CLI_INPUTS.map((i) => i.name));
/** Every option, for "did you mean". */
const ALL_OPTIONS = [...OWN_OPTIONS, ...INPUT_NAMES, 'help', 'version'];
/** A refused or unknown option's value is skipped too, so that it is not reported as a stray argument. */
const takesNext = (next) => next !== undefined && !next.startsWith('-') && !_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND_NAMES */ .n.includes(next);
const unknownOption = (name) => `unknown option --${name}${(0,_core_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(name, ALL_OPTIONS, (n) => `--${n}`)}`;
function parseArgs(argv) {
    const out = {
        command: undefined,
        help: false,
        version: false,
        inputs: new Map(),
        tokenFile: undefined,
        tokenEnv: undefined,
        format: 'env',
        output: undefined,
        inputsFile: undefined,
        azureIdentity: undefined,
        problems: [],
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        if (arg === '--help' || arg === '-h') {
            out.help = true;
            continue;
        }
        if (arg === '--version' || arg === '-V') {
            out.version = true;
            continue;
        }
        if (arg.startsWith('-') && !arg.startsWith('--') && arg !== '-') {
            out.problems.push(`unknown option ${arg}${arg.length > 2 ? (0,_core_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(arg.slice(1), ALL_OPTIONS, (n) => `--${n}`) : ''}`);
            continue;
        }
        if (!arg.startsWith('--')) {
            if (out.command === undefined)
                out.command = arg;
            else
                out.problems.push(`unexpected argument '${arg}'`);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq > 0 ? eq : undefined);
        const refused = NOT_OFFERED[name];
        if (refused !== undefined) {
            if (eq < 0 && takesNext(argv[i + 1]))
                i++;
            out.problems.push(refused);
            continue;
        }
        if (!OWN_OPTIONS.has(name) && !INPUT_NAMES.has(name)) {
            if (eq < 0 && takesNext(argv[i + 1]))
                i++;
            out.problems.push(unknownOption(name));
            continue;
        }
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined) {
            out.problems.push(`--${name} needs a value`);
        }
        else if (name === 'token-file') {
            out.tokenFile = value;
        }
        else if (name === 'token-env') {
            out.tokenEnv = value;
        }
        else if (name === 'format') {
            out.format = value;
        }
        else if (name === 'output') {
            out.output = value;
        }
        else if (name === 'inputs-file') {
            out.inputsFile = value;
        }
        else if (name === 'azure-identity') {
            out.azureIdentity = value;
        }
        else {
            // Repeated multi-line inputs (subject, claims, azure-scopes) accumulate, one per line.
            const before = out.inputs.get(name);
            out.inputs.set(name, before === undefined ? value : `${before}\n${value}`);
        }
    }
    return out;
}
/** `--azure-authority-host` falls back to AZURE_AUTHORITY_HOST, which the plan holds to Entra's own hosts. */
function cliInputReader(args, env) {
    const variableFor = (name) => name === 'azure-authority-host' &&
        args.inputs.get(name) === undefined &&
        (env['AZURE_AUTHORITY_HOST'] ?? '') !== ''
        ? 'AZURE_AUTHORITY_HOST'
        : undefined;
    return (0,_core_endpoint_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .withVariables */ .s)((name) => {
        const variable = variableFor(name);
        return variable ? (env[variable] ?? '') : (args.inputs.get(name) ?? '');
    }, variableFor);
}


/***/ }),

/***/ 8976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ COMMANDS),
/* harmony export */   n: () => (/* binding */ COMMAND_NAMES)
/* harmony export */ });
const COMMANDS = [
    {
        name: 'exchange',
        synopsis: 'oidc-exchange exchange [options]',
        summary: 'verifies a CI OIDC token and exchanges it for short-lived Azure, AWS, Databricks or Google Cloud credentials, printed on stdout (for `eval`, a dotenv file or JSON). They are not renewed: ask for a session long enough for the job, or run it again.',
    },
    {
        name: 'explain',
        synopsis: 'oidc-exchange explain [options]',
        summary: 'the dry run: exchanges nothing; shows the token’s claims beside every expectation, checks its signature, and prints the trust (Entra, AWS, Databricks, Google Cloud) that would accept it. Its report is for reading: never `eval` it.',
    },
    {
        name: 'trust',
        synopsis: 'oidc-exchange trust [--format terraform|shell] [options]',
        summary: 'prints the trust that accepts this token for every target (nothing broader than --subject and --claims) as a Terraform file to commit (default) or shell commands (--format shell); exchanges nothing. With no token at hand (before a pipeline’s first run) it writes the trust from --issuer (GitHub’s by default), --subject and --claims alone.',
    },
    {
        name: 'credential-process',
        synopsis: 'oidc-exchange credential-process --inputs-file PATH',
        summary: 'an AWS `credential_process` for a profile of your own, in a GitHub Actions or Azure Pipelines job: mints a fresh token from the job, assumes the role again and prints the JSON the AWS CLI and SDKs read. PATH is a JSON object of inputs (`{"aws-role-arn": …, "aws-region": …}`), no secret.',
    },
];
const COMMAND_NAMES = COMMANDS.map((c) => c.name);


/***/ }),

/***/ 3043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ credentialProcess)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8453);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7418);
/* harmony import */ var _core_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3957);
/* harmony import */ var _targets_aws_definition_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5658);
/* harmony import */ var _shared_choose_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6382);







/**
 * The key under which the settings file may hold the main step's RunInfo (non-secret: ids of the
 * run, the collection, the service connection), beside the inputs.
 */
const RUN_INFO_KEY = '$runInfo';
/**
 * `oidc-exchange credential-process --inputs-file PATH`: the AWS CLI's and SDKs' external
 * credential source (docs/protocols.md §3.6). Mints a fresh OIDC token from the job's own
 * environment (GitHub's request variables; on Azure DevOps SYSTEM_OIDCREQUESTURI and the
 * SYSTEM_ACCESSTOKEN the step maps, with the job's facts from the settings file), checks it as
 * the main step did, assumes the role through the AWS target's exchange (one unsigned STS request:
 * no AWS SDK, so nothing here reads this very profile and calls us again), and prints
 * `{"Version":1,…,"Expiration":"<RFC 3339>"}` on stdout, nothing else. On failure: one line on stderr (which the AWS CLI shows) and exit code 1; never a secret on stderr.
 */
async function credentialProcess(inputsFile, env, http) {
    try {
        const { inputs, runInfo } = readSettings(inputsFile);
        const plan = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlan */ .v)((name) => inputs[name] ?? '', [_targets_aws_definition_js__WEBPACK_IMPORTED_MODULE_5__/* .awsTarget */ .x], runInfo ?? { runId: env['GITHUB_RUN_ID'], runAttempt: env['GITHUB_RUN_ATTEMPT'] });
        if (plan.source.kind === 'azure-devops' && !env['SYSTEM_ACCESSTOKEN']) {
            // A script step has the job access token only when the pipeline maps it.
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS('TOKEN_REQUEST_UNAVAILABLE', 'This step cannot request an OIDC token: SYSTEM_ACCESSTOKEN is not in its environment.', {
                hint: 'Map it in the step that uses the AWS profile: `env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)`.',
            });
        }
        const result = await (0,_core_run_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)(plan, {
            http,
            source: (0,_shared_choose_source_js__WEBPACK_IMPORTED_MODULE_6__/* .planSource */ .d)(plan, env, http),
            registerSecret: () => undefined,
            tempDir: '',
            childEnv: {},
            log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
        });
        const value = (name) => result.exports.find((e) => e.name === name)?.value ?? '';
        const grant = result.grants.find((g) => g.target === 'aws');
        process.stdout.write(`${JSON.stringify({
            Version: 1,
            AccessKeyId: value('AWS_ACCESS_KEY_ID'),
            SecretAccessKey: value('AWS_SECRET_ACCESS_KEY'),
            SessionToken: value('AWS_SESSION_TOKEN'),
            Expiration: (grant?.expiresAt ?? result.expiresAt).toISOString(),
        })}\n`);
        return 0;
    }
    catch (thrown) {
        // The AWS CLI shows this line in the step's log, which the runner also reads for commands.
        const lines = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLines */ .S6)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asOidcExchangeError */ .vf)(thrown)).map(_core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralise */ .$);
        process.stderr.write(`oidc-exchange credential-process: ${lines.join('\n')}\n`);
        return 1;
    }
}
function readSettings(path) {
    let parsed;
    try {
        parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        const code = error.code ?? 'not JSON';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS('INPUT_INVALID', `Could not read the settings file ${path} (${code}).`, {
            hint: 'Give --inputs-file the path of a JSON object of the inputs (`{"aws-role-arn": …, "aws-region": …}`) that the profile’s `credential_process` line names.',
        });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS('INPUT_INVALID', `The settings file ${path} is not a JSON object.`, {
            hint: 'Write the inputs as one JSON object of strings, e.g. `{"aws-role-arn": "arn:aws:iam::123456789012:role/deploy", "aws-region": "eu-west-1"}`.',
        });
    const runInfo = parsed[RUN_INFO_KEY];
    return {
        inputs: Object.fromEntries(Object.entries(parsed).filter((e) => typeof e[1] === 'string')),
        runInfo: typeof runInfo === 'object' && runInfo !== null ? runInfo : undefined,
    };
}


/***/ }),

/***/ 5146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stdoutGuard),
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/**
 * The command line's exit codes (documented in its help and in docs/other-ci.md), and what
 * happens when the reader of stdout goes away early (`oidc-exchange --help | head -1`, a shell
 * killed mid-`eval`): Node reports EPIPE as an error event on stdout, which would otherwise end
 * the process with an unhandled exception and a stack trace.
 */
const EXIT = {
    /** Credentials printed; `explain`: every expectation met and the signature verified. */
    ok: 0,
    /** The token or an exchange failed. */
    failed: 1,
    /** Bad usage or input: found before any request. */
    usage: 2,
    /** `explain`: the token would be refused (an expectation not met, or the signature not verified). */
    notAccepted: 3,
};
function stdoutGuard() {
    let closed = false;
    process.stdout.on('error', () => {
        closed = true;
    });
    return {
        async settle(code) {
            if (!closed) {
                // Everything written reaches the pipe before exit (a large JSON result included).
                await new Promise((resolve) => process.stdout.write('', () => resolve()));
            }
            if (!closed || code !== EXIT.ok)
                return code;
            // A result that did not reach its reader is not a success: `set -o pipefail` sees it.
            process.stderr.write('oidc-exchange: stdout was closed before everything was written.\n');
            return EXIT.failed;
        },
    };
}


/***/ }),

/***/ 5060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ jobFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Where `exchange` keeps the files it hands to later commands (the Azure federated token file,
 * the Google credentials file, the Azure CLI's folder): a new private folder (0700, `oidc-exchange-*`)
 * under the CI's own folder for the job when it names one, so that the CI's clean-up removes it
 * with the job and it never lands in a shared system temp folder; the system temp folder (TMPDIR)
 * only when no such folder is known, e.g. on a developer's machine.
 *
 * The variables, in this order: GitHub's RUNNER_TEMP and Azure Pipelines' AGENT_TEMPDIRECTORY
 * (emptied after each job), Jenkins' WORKSPACE_TMP (`<workspace>@tmp`, made when missing, removed
 * with the workspace), GitLab's CI_BUILDS_DIR (beside the checkout, never inside it, so no
 * artifact or cache path picks the token up).
 */
const JOB_FOLDERS = ['RUNNER_TEMP', 'AGENT_TEMPDIRECTORY', 'WORKSPACE_TMP', 'CI_BUILDS_DIR'];
function jobFolder(env) {
    for (const variable of JOB_FOLDERS) {
        const path = env[variable] ?? '';
        if (path === '')
            continue;
        if (isDirectory(path))
            return { path, variable };
        // Jenkins names the folder before anything has made it; its workspace exists.
        if (variable === 'WORKSPACE_TMP' && isDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path))) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path, { recursive: true, mode: 0o700 });
            return { path, variable };
        }
    }
    return { path: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), variable: undefined };
}
function isDirectory(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
}


/***/ }),

/***/ 5019:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_did_you_mean_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(7568);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8453);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4083);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7418);
/* harmony import */ var _core_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3957);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(3323);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4040);
/* harmony import */ var _shared_proxy_environment_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(135);
/* harmony import */ var _shared_secret_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2474);
/* harmony import */ var _shared_step_folder_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6649);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6175);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8976);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(878);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8638);
/* harmony import */ var _credential_process_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3043);
/* harmony import */ var _option_names_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(954);
/* harmony import */ var _token_source_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4137);
/* harmony import */ var _output_file_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3766);
/* harmony import */ var _trust_command_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(2598);
/* harmony import */ var _shared_child_environment_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(1209);
/* harmony import */ var _job_folder_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(5060);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(5146);
























/**
 * `oidc-exchange`, for any CI and for a developer's terminal: the same plan and core as the action.
 * It runs inside `eval "$(oidc-exchange exchange …)"`, so stdout carries the result and nothing
 * else: on any failure it stays empty, and usage errors are one short line on stderr (never the
 * help, which a shell would run). Files (the federated token file) go to a private folder under
 * the CI's job folder (job-folder.ts). It often runs inside a CI step, whose log the runner reads
 * for commands: every diagnostic and every line of `explain` is made inert with neutralise().
 */
const FORMATS = new Set(['env', 'dotenv', 'json']);
async function main(argv, env) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseArgs */ .Zy)(argv);
    if (args.help || args.command === 'help') {
        process.stdout.write((0,_usage_js__WEBPACK_IMPORTED_MODULE_11__/* .usage */ .C)());
        return _exit_js__WEBPACK_IMPORTED_MODULE_18__/* .EXIT */ .d.ok;
    }
    if (args.version) {
        process.stdout.write(`oidc-exchange ${_core_version_js__WEBPACK_IMPORTED_MODULE_19__/* .VERSION */ .x}\n`);
        return _exit_js__WEBPACK_IMPORTED_MODULE_18__/* .EXIT */ .d.ok;
    }
    if (args.command === undefined)
        args.problems.unshift(`no command: give one of ${_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .COMMAND_NAMES */ .n.join(', ')}`);
    else if (!_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .COMMAND_NAMES */ .n.includes(args.command))
        args.problems.unshift(`unknown command '${args.command}'${(0,_core_did_you_mean_js__WEBPACK_IMPORTED_MODULE_20__/* .didYouMean */ .a)(args.command, _commands_js__WEBPACK_IMPORTED_MODULE_10__/* .COMMAND_NAMES */ .n, (n) => n)}`);
    if (args.command === 'credential-process' && args.inputsFile === undefined)
        args.problems.push('credential-process needs --inputs-file');
    if (args.command === 'trust' && !(0,_trust_command_js__WEBPACK_IMPORTED_MODULE_16__/* .trustFormat */ .Wj)(args.format))
        args.problems.push(`--format for trust must be terraform or shell, not '${args.format}'`);
    else if (args.command !== 'trust' && !FORMATS.has(args.format))
        args.problems.push(`--format must be env, dotenv or json, not '${args.format}'`);
    const identityProblem = (0,_trust_command_js__WEBPACK_IMPORTED_MODULE_16__/* .azureIdentityProblem */ .Zi)(args.command, args.azureIdentity);
    if (identityProblem)
        args.problems.push(identityProblem);
    const outputProblem = args.output === undefined ? undefined : (0,_output_file_js__WEBPACK_IMPORTED_MODULE_15__/* .outputPathProblem */ .q)(args.output);
    if (outputProblem)
        args.problems.push(outputProblem);
    if (args.problems.length > 0) {
        const shown = args.problems.map((p) => (0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralise */ .$)(p)).join('; ');
        process.stderr.write(`oidc-exchange: ${shown}. See oidc-exchange --help.\n`);
        return _exit_js__WEBPACK_IMPORTED_MODULE_18__/* .EXIT */ .d.usage;
    }
    const http = (0,_core_http_js__WEBPACK_IMPORTED_MODULE_3__/* .createHttpClient */ .uT)((0,_shared_proxy_environment_js__WEBPACK_IMPORTED_MODULE_21__/* .proxyFromEnvironment */ .G)(env));
    if (args.command === 'credential-process') {
        try {
            return await (0,_credential_process_js__WEBPACK_IMPORTED_MODULE_12__/* .credentialProcess */ .D)(args.inputsFile ?? '', env, http);
        }
        finally {
            http.close();
        }
    }
    let tempDir;
    try {
        const plan = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePlan */ .v)((0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .cliInputReader */ .wF)(args, env), _targets_index_js__WEBPACK_IMPORTED_MODULE_6__/* .TARGETS */ .d, {
            runId: env['GITHUB_RUN_ID'] ?? env['CI_JOB_ID'],
            runAttempt: env['GITHUB_RUN_ATTEMPT'],
        });
        if (args.command === 'trust') {
            const options = {
                azureIdentity: args.azureIdentity === 'user-assigned' ? 'user-assigned' : 'application',
            };
            const format = (0,_trust_command_js__WEBPACK_IMPORTED_MODULE_16__/* .trustFormat */ .Wj)(args.format) ?? '';
            const output = args.output;
            const write = output === undefined ? undefined : (text) => (0,_output_file_js__WEBPACK_IMPORTED_MODULE_15__/* .writeOutputFile */ .B)(output, text);
            if (!(0,_token_source_js__WEBPACK_IMPORTED_MODULE_14__/* .tokenAtHand */ .q)(args, plan, env))
                return await (0,_trust_command_js__WEBPACK_IMPORTED_MODULE_16__/* .trustWithoutToken */ .s1)(plan, args.inputs.has('issuer'), format, options, write);
            const source = (0,_token_source_js__WEBPACK_IMPORTED_MODULE_14__/* .chooseSource */ .L)(args, plan, env, http);
            return await (0,_trust_command_js__WEBPACK_IMPORTED_MODULE_16__/* .trustCommand */ .SV)(plan, { http, source }, format, options, write);
        }
        const source = (0,_token_source_js__WEBPACK_IMPORTED_MODULE_14__/* .chooseSource */ .L)(args, plan, env, http);
        if (args.command === 'explain') {
            // Loaded only for `explain` (and `trust`): not on the start-up of `exchange` and credential-process.
            const { explain } = await Promise.all(/* import() */[__webpack_require__.e(643), __webpack_require__.e(240)]).then(__webpack_require__.bind(__webpack_require__, 240));
            const { lines, problems } = await explain(plan, { http, source, registerSecret: () => undefined });
            process.stdout.write(`${lines.map((l) => (0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralise */ .$)((0,_option_names_js__WEBPACK_IMPORTED_MODULE_13__/* .withCliOptionNames */ .Q)(l))).join('\n')}\n`);
            return problems > 0 || !plan.verifySignature ? _exit_js__WEBPACK_IMPORTED_MODULE_18__/* .EXIT */ .d.notAccepted : _exit_js__WEBPACK_IMPORTED_MODULE_18__/* .EXIT */ .d.ok;
        }
        tempDir = (0,_shared_step_folder_js__WEBPACK_IMPORTED_MODULE_8__/* .createStepTempDir */ .I)((0,_job_folder_js__WEBPACK_IMPORTED_MODULE_17__/* .jobFolder */ .O)(env).path);
        const log = (m) => process.stderr.write(`${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralise */ .$)(m)}\n`);
        const result = await (0,_core_run_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .e)(plan, {
            http,
            source,
            registerSecret: () => undefined,
            tempDir,
            childEnv: (0,_shared_child_environment_js__WEBPACK_IMPORTED_MODULE_22__/* .childEnvironment */ .Q)(env),
            log: { info: log, warning: (m) => log(`warning: ${m}`), debug: () => undefined },
        });
        const dir = tempDir;
        const files = new Map(result.exports
            .filter((e) => e.kind === 'file')
            .map((e) => [e.name, (0,_shared_secret_file_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSecretFile */ .AK)(dir, e.name.toLowerCase(), e.value)]));
        const text = (0,_render_js__WEBPACK_IMPORTED_MODULE_23__/* .render */ .X)(result.exports, files, args.format);
        if (args.output !== undefined)
            (0,_output_file_js__WEBPACK_IMPORTED_MODULE_15__/* .writeOutputFile */ .B)(args.output, text);
        else
            process.stdout.write(text);
        // A folder nothing points to is removed now; one with files lives as long as the job's folder.
        if (files.size === 0 && !result.exports.some((e) => e.value.startsWith(dir)))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        return _exit_js__WEBPACK_IMPORTED_MODULE_18__/* .EXIT */ .d.ok;
    }
    catch (thrown) {
        const error = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asOidcExchangeError */ .vf)(thrown);
        if (tempDir)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tempDir, { recursive: true, force: true });
        const lines = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLines */ .S6)(error).map((l) => (0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralise */ .$)((0,_option_names_js__WEBPACK_IMPORTED_MODULE_13__/* .withCliOptionNames */ .Q)(l)));
        process.stderr.write(`oidc-exchange: ${lines.join('\n')}\n`);
        return error.code === 'INPUT_INVALID' ? _exit_js__WEBPACK_IMPORTED_MODULE_18__/* .EXIT */ .d.usage : _exit_js__WEBPACK_IMPORTED_MODULE_18__/* .EXIT */ .d.failed;
    }
    finally {
        http.close();
    }
}
const guard = (0,_exit_js__WEBPACK_IMPORTED_MODULE_18__/* .stdoutGuard */ .J)();
let code;
try {
    code = await main(process.argv.slice(2), process.env);
}
catch (thrown) {
    // Nothing may escape as a stack trace: one line, as every other failure.
    process.stderr.write(`oidc-exchange: ${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralise */ .$)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatError */ .Wk)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asOidcExchangeError */ .vf)(thrown)))}\n`);
    code = _exit_js__WEBPACK_IMPORTED_MODULE_18__/* .EXIT */ .d.failed;
}
process.exit(await guard.settle(code));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ withCliOptionNames)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6175);

/**
 * Messages from the core name the action's inputs (`aws-role-arn`, `token-source:
 * azure-managed-identity`); on the command line they are options, named as the user types them
 * (`--aws-role-arn`, `--token-source azure-managed-identity`).
 */
const NAMES = new Set(_args_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_INPUTS */ .dV.map((i) => i.name));
function withCliOptionNames(text) {
    return text
        .replace(/`([a-z0-9-]+)(?:: ([^`\n]*))?`/g, (whole, name, value) => NAMES.has(name) ? `\`--${name}${value === undefined ? '' : ` ${value}`}\`` : whole)
        .replace(/\bInput `--/g, 'Option `--');
}


/***/ }),

/***/ 3766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeOutputFile),
/* harmony export */   q: () => (/* binding */ outputPathProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_secret_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2474);



/**
 * `--output PATH`: where the command line writes its result (credentials) instead of stdout.
 *
 * Checked before any request, so that a path that cannot be written fails as a usage error
 * instead of after a role was assumed. Written as a new 0600 file renamed over PATH: an existing
 * file's mode is not kept (a 0644 file would otherwise keep holding the secret key readable by
 * all), and a symlink at PATH is replaced, never followed.
 */
/** Why `--output PATH` cannot be written, or undefined when it can (as far as can be known now). */
function outputPathProblem(path) {
    if (path === '')
        return '--output needs a file path';
    const shown = JSON.stringify(path);
    const existing = lstatOrUndefined(path);
    if (existing?.isDirectory())
        return `--output ${shown} is a directory; give a file path`;
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
    const parent = statOrError(dir);
    if ('code' in parent) {
        return parent.code === 'ENOENT'
            ? `--output ${shown}: the directory ${JSON.stringify(dir)} does not exist`
            : `--output ${shown}: the directory ${JSON.stringify(dir)} cannot be reached (${parent.code})`;
    }
    if (!parent.isDirectory())
        return `--output ${shown}: ${JSON.stringify(dir)} is not a directory`;
    try {
        // A new file is created beside PATH and renamed over it: the folder must be writable.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch {
        return `--output ${shown}: the directory ${JSON.stringify(dir)} is not writable`;
    }
    return undefined;
}
/** Writes the result: a new private file, renamed over PATH. */
function writeOutputFile(path, text) {
    (0,_shared_secret_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writePrivateFileAtomically */ .wK)(path, text);
}
function lstatOrUndefined(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch {
        return undefined;
    }
}
function statOrError(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (error) {
        return { code: error.code ?? 'error' };
    }
}


/***/ }),

/***/ 878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ render)
/* harmony export */ });
/* harmony import */ var _core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2344);

function render(exports, filePaths, format) {
    const variables = exports
        .filter((e) => e.kind !== 'output')
        .map((e) => [e.name, e.kind === 'file' ? (filePaths.get(e.name) ?? '') : e.value]);
    const outputs = exports.filter((e) => e.kind === 'output').map((e) => [e.name, e.value]);
    if (format === 'json') {
        return `${JSON.stringify({ variables: Object.fromEntries(variables), outputs: Object.fromEntries(outputs) }, null, 2)}\n`;
    }
    const line = format === 'env'
        ? (n, v) => `export ${n}=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(v)}`
        : (n, v) => `${n}=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(v)}`;
    return `${variables.map(([n, v]) => line(n, v)).join('\n')}\n`;
}


/***/ }),

/***/ 4137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ chooseSource),
  q: () => (/* binding */ tokenAtHand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/sources/file.ts


/**
 * A token another system put in a file: GitLab `id_tokens` written out, a Kubernetes projected
 * service-account token, Jenkins or Buildkite credentials. Read afresh on every call, since such
 * files are rotated in place. Its audience was chosen by whoever minted it.
 */
function fileSource(path) {
    const origin = `the token file ${path}`;
    return {
        origin,
        malformedHint: `The file must hold the OIDC token (a JWT: three base64url parts joined by dots) and nothing else; check what writes ${path}.`,
        async getToken() {
            let text;
            try {
                text = await (0,promises_.readFile)(path, 'utf8');
            }
            catch (error) {
                const code = error.code ?? 'an error';
                throw new errors/* OidcExchangeError */.tS('TOKEN_REQUEST_FAILED', `Could not read ${origin}: ${code}.`);
            }
            const token = text.trim();
            if (token === '')
                throw new errors/* OidcExchangeError */.tS('TOKEN_REQUEST_FAILED', `${origin} is empty.`);
            return token;
        },
    };
}
/** A token handed over in an environment variable (GitLab `id_tokens`, CircleCI's CIRCLE_OIDC_TOKEN_V2). */
function valueSource(name, value) {
    const origin = `the environment variable ${name}`;
    return {
        origin,
        malformedHint: `${name} must hold the OIDC token itself (a JWT: three base64url parts joined by dots), e.g. the variable GitLab's \`id_tokens:\` declares; check that it names the token, not a file or another secret.`,
        getToken() {
            const token = value?.trim() ?? '';
            if (token === '')
                return Promise.reject(new errors/* OidcExchangeError */.tS('TOKEN_REQUEST_FAILED', `${origin} is not set or empty.`));
            return Promise.resolve(token);
        },
    };
}

// EXTERNAL MODULE: ./src/runtimes/shared/choose-source.ts
var choose_source = __webpack_require__(6382);
;// CONCATENATED MODULE: ./src/runtimes/cli/token-source.ts




/**
 * Where the command line's token comes from. A token that did not come from the runner itself is
 * always verified against an issuer the caller names. A token file that cannot be read, or a
 * variable that is not set, is bad usage (exit 2), found before any request.
 */
function chooseSource(args, plan, env, http) {
    const explicit = args.tokenFile !== undefined ? '--token-file' : args.tokenEnv !== undefined ? '--token-env' : undefined;
    if (explicit) {
        if (!args.inputs.get('issuer')) {
            throw new errors/* OidcExchangeError */.tS('INPUT_INVALID', `Input \`issuer\` is required with ${explicit}: such a token is always verified against the issuer you name.`, {
                hint: 'Add `--issuer` with your CI’s issuer, e.g. `https://gitlab.com` (or your instance), `https://oidc.circleci.com/org/<org id>`, `https://agent.buildkite.com`, or your cluster’s.',
            });
        }
        if (/^(false|no|off|0)$/i.test(args.inputs.get('verify-signature') ?? '')) {
            throw new errors/* OidcExchangeError */.tS('INPUT_INVALID', `Input \`verify-signature\` cannot be off with ${explicit}.`, {
                hint: 'Remove `--verify-signature`: a token from a file or variable is always checked against its issuer’s keys; `oidc-exchange explain` shows why one fails.',
            });
        }
        if (args.tokenFile !== undefined) {
            checkTokenFile(args.tokenFile);
            return fileSource(args.tokenFile);
        }
        const name = args.tokenEnv ?? '';
        if (!env[name]?.trim()) {
            throw new errors/* OidcExchangeError */.tS('INPUT_INVALID', `--token-env names the environment variable ${name}, but it is ${env[name] === undefined ? 'not set' : 'empty'}.`, {
                hint: 'Give the name of the variable that holds the token, not the token: in GitLab, the name under the job’s `id_tokens:`; in CircleCI, CIRCLE_OIDC_TOKEN_V2.',
            });
        }
        return valueSource(name, env[name]);
    }
    if (plan.source.kind === 'azure-managed-identity' || env['ACTIONS_ID_TOKEN_REQUEST_URL']) {
        return (0,choose_source/* planSource */.d)(plan, env, http);
    }
    throw new errors/* OidcExchangeError */.tS('INPUT_INVALID', 'No OIDC token: not in GitHub Actions, and neither --token-file nor --token-env was given.', {
        hint: 'In GitLab, declare `id_tokens:` in the job and pass --token-env with its name.',
    });
}
/** Whether chooseSource has a token to give (`trust` writes from the inputs alone when not). */
function tokenAtHand(args, plan, env) {
    return (args.tokenFile !== undefined ||
        args.tokenEnv !== undefined ||
        plan.source.kind === 'azure-managed-identity' ||
        Boolean(env['ACTIONS_ID_TOKEN_REQUEST_URL']));
}
function checkTokenFile(path) {
    let problem;
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            problem = 'is not a file';
        else
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK);
    }
    catch (error) {
        const code = error.code;
        problem = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
    }
    if (problem) {
        throw new errors/* OidcExchangeError */.tS('INPUT_INVALID', `--token-file ${path} ${problem}.`, {
            hint: 'Give the path of the file that holds the token, e.g. a Kubernetes projected service-account token, or the file your CI writes it to before this step.',
        });
    }
}


/***/ }),

/***/ 2598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SV: () => (/* binding */ trustCommand),
/* harmony export */   Wj: () => (/* binding */ trustFormat),
/* harmony export */   Zi: () => (/* binding */ azureIdentityProblem),
/* harmony export */   s1: () => (/* binding */ trustWithoutToken)
/* harmony export */ });
/* unused harmony export TRUST_FORMATS */
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8453);

/**
 * `oidc-exchange trust`: the trust that accepts this job's token for every requested target, as a
 * Terraform file (`--format terraform`, the default) or shell commands (`--format shell`) on
 * stdout (or the file `--output` names), nothing else there, so `> trust.tf` is the file to commit. It fetches the token as
 * `explain` does and exchanges nothing; when the token does not meet the step's own expectations
 * it says so on stderr and exits 3, since a trust written from the patterns would refuse it. With
 * no token at hand (before a pipeline's first run) it writes the trust from the inputs alone.
 */
const TRUST_FORMATS = new Set(['terraform', 'shell']);
const NOT_ACCEPTED = 3;
function trustFormat(format) {
    // `env` is the command line's default format: for `trust` that means Terraform.
    const chosen = format === 'env' ? 'terraform' : format;
    return TRUST_FORMATS.has(chosen) ? chosen : undefined;
}
/** `--azure-identity`: only `trust` has it, and only these two values. */
function azureIdentityProblem(command, value) {
    if (value === undefined)
        return undefined;
    if (command !== 'trust')
        return '--azure-identity is an option of trust only';
    return value === 'application' || value === 'user-assigned'
        ? undefined
        : `--azure-identity must be application or user-assigned, not '${value}'`;
}
const toStdout = (text) => void process.stdout.write(text);
async function trustCommand(plan, deps, format, options = {}, write = toStdout) {
    // Loaded only here: the trust emitters are not on the start-up of `exchange` and credential-process.
    const { explain } = await Promise.all(/* import() */[__webpack_require__.e(643), __webpack_require__.e(240)]).then(__webpack_require__.bind(__webpack_require__, 240));
    const explained = await explain(plan, { ...deps, registerSecret: () => undefined, trustOptions: options });
    write(format === 'shell' ? explained.trust.shell : explained.trust.terraform);
    if (explained.problems === 0)
        return 0;
    const unmet = explained.lines.filter((l) => /^\s+(- |Signature: NOT)/.test(l));
    process.stderr.write(`oidc-exchange: the token does not meet every expectation, so this trust may refuse it:\n${unmet.map((l) => (0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(l)).join('\n')}\n`);
    return NOT_ACCEPTED;
}
/** No token at hand: the trust from `issuer`, `subject` and `claims` alone (trust/from-inputs.ts). */
async function trustWithoutToken(plan, issuerWritten, format, options = {}, write = toStdout) {
    const [{ emitTrust }, { trustFromInputs }] = await Promise.all([
        __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 4643)),
        __webpack_require__.e(/* import() */ 916).then(__webpack_require__.bind(__webpack_require__, 1916)),
    ]);
    const trust = emitTrust(trustFromInputs(plan, issuerWritten), options);
    process.stderr.write('oidc-exchange: no token at hand (not in GitHub Actions, no --token-file or --token-env): this trust is written from --issuer, --subject and --claims alone.\n');
    write(format === 'shell' ? trust.shell : trust.terraform);
    return 0;
}


/***/ }),

/***/ 8638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ usage)
});

// EXTERNAL MODULE: ./src/runtimes/cli/args.ts
var args = __webpack_require__(6175);
// EXTERNAL MODULE: ./src/runtimes/cli/commands.ts
var commands = __webpack_require__(8976);
;// CONCATENATED MODULE: ./src/runtimes/cli/input-descriptions.ts
/**
 * The inputs table describes the action (its post step, later steps, renewal). Where that is not
 * what the command line does, its help says what the command line does instead; every other
 * input reads as in the action.
 */
const CLI_DESCRIPTIONS = {
    'token-source': "`github`: the job's ID token, in GitHub Actions (elsewhere give --token-env or --token-file). `azure-managed-identity`: a token of the Azure VM's managed identity: Azure credentials directly, or a federated assertion for AWS and Databricks (then `issuer` is `https://login.microsoftonline.com/<tenant>/v2.0`).",
    'azure-scopes': 'Resources to get access tokens for, in parallel, one per line or comma-separated: `arm`, `keyvault`, `storage`, `graph`, `ml`, `databricks`, or a full scope (`https://…/.default`).',
    'azure-cli-login': 'Also log the Azure CLI in (when `az` is on PATH), in a private `AZURE_CONFIG_DIR` in the folder of files (see Output). The CLI keeps the assertion it logged in with: it works while the token is valid.',
    'aws-allowed-account-ids': 'Accounts the credentials may belong to, one 12-digit id per line or comma-separated: nothing is printed when the assumed role is in another account.',
    'aws-role-chain': 'Roles to assume after `aws-role-arn`, in order, one per line: `<role ARN> [external-id=<id>] [session-name=<name>]`. Each is assumed with `sts:AssumeRole` signed by the previous role’s credentials (chained sessions last at most an hour); the last one’s credentials are printed.',
    'databricks-auth': '`token`: `DATABRICKS_TOKEN` (short-lived). `oidc`, in GitHub Actions only: the settings with which the Databricks CLI and SDKs mint their own tokens (`DATABRICKS_AUTH_TYPE=github-oidc`, `DATABRICKS_CLIENT_ID`, `DATABRICKS_TOKEN_AUDIENCE`).',
    'gcp-service-account': 'Service account e-mail to impersonate (the federated principal needs `roles/iam.workloadIdentityUser` on it). Empty: later commands use the federated identity directly (direct resource access).',
    'gcp-delegates': 'Delegation chain to `gcp-service-account`: service account e-mails (or `projects/-/serviceAccounts/<e-mail>`), one per line or comma-separated, in order. The federated principal needs `roles/iam.serviceAccountTokenCreator` on the first, each on the next, the last on `gcp-service-account`. The credentials file printed names the same chain, so Google’s libraries impersonate the same way.',
    'gcp-id-token-audience': 'Also mint a Google ID token of `gcp-service-account` for this audience (Cloud Run or Cloud Functions: the service URL, `https://…run.app`; IAP: its OAuth client id): the file `GCP_ID_TOKEN_FILE` (with `--format json`, also the token as output `gcp-id-token`); not renewed. Needs `gcp-service-account`.',
    'gcp-scopes': 'OAuth scopes of the access tokens, one per line or comma-separated (`cloud-platform` is short for `https://www.googleapis.com/auth/cloud-platform`).',
};
function cliDescription(input) {
    return CLI_DESCRIPTIONS[input.name] ?? input.description;
}

;// CONCATENATED MODULE: ./src/runtimes/cli/usage.ts



const WIDTH = 100;
const COLUMN = 44;
/**
 * `oidc-exchange --help`: the subcommands (commands.ts), where the token comes from, the output,
 * every input with its description from the one table (in the command line's words), exit codes.
 * Printed only when asked for, on stdout; a usage error never prints it.
 */
function usage() {
    const inputs = args/* CLI_INPUTS */.dV.map((i) => usage_option(`--${i.name}`, `${cliDescription(i)}${i.default === undefined ? '' : ` (default ${i.default})`}`)).join('\n');
    return `Usage: ${commands/* COMMANDS */.L.map((c) => c.synopsis).join('\n       ')}
       oidc-exchange --version | --help

${commands/* COMMANDS */.L.map((c) => usage_option(c.name, c.summary, 22)).join('\n')}

Where the token comes from (one of):
${usage_option('GitHub Actions', 'automatic, from ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN')}
${usage_option('--token-file PATH', 'a token in a file (Kubernetes, Jenkins, Buildkite, …); read afresh each time')}
${usage_option('--token-env NAME', 'a token in an environment variable (GitLab id_tokens, CircleCI, Bitbucket)')}
${usage_option('', 'A file or variable token needs --issuer, and its signature is always verified.')}
${usage_option('none (trust only)', 'the trust is written from --issuer, --subject and --claims (an Azure DevOps subject needs --issuer with the organization or tenant id)')}

Output (stdout; diagnostics go to stderr; on any failure stdout stays empty):
${usage_option('--format env|dotenv|json', 'shell `export` lines (default), a dotenv file, or JSON')}
${usage_option('--format terraform|shell', 'trust: a Terraform file (default) or shell commands')}
${usage_option('--output PATH', 'write it to PATH (created 0600) instead of stdout')}
${usage_option('--inputs-file PATH', 'credential-process: the JSON file of its inputs')}
${usage_option('--azure-identity KIND', 'trust: what --azure-client-id names, `application` (an app registration, the default) or `user-assigned` (a user-assigned managed identity: its federated credentials, one exact subject each)')}
${usage_option('--version, -V', 'print the version and exit')}
${usage_option('--help, -h', 'print this help and exit')}
${usage_option('', 'Files for later commands (AZURE_FEDERATED_TOKEN_FILE, GOOGLE_APPLICATION_CREDENTIALS) go to a new 0700 folder oidc-exchange-* under the job’s folder: RUNNER_TEMP, AGENT_TEMPDIRECTORY, WORKSPACE_TMP (Jenkins) or CI_BUILDS_DIR (GitLab), else TMPDIR. The CI removes it with the job; elsewhere remove it when done.')}

Inputs (the GitHub Action's input names, as options; repeat --subject, --claims, --azure-scopes for
several values):
${inputs}

Exit codes: 0 credentials printed (explain: every expectation met, signature verified; trust:
  the trust printed); 1 the token or an exchange failed; 2 bad usage or input (found before any
  request); 3 explain, trust: an expectation is not met or the signature was not verified (trust
  still prints the trust for your patterns, which would refuse this token).
`;
}
/** One option (or command): its name, then its description wrapped at WIDTH under `column`. */
function usage_option(name, description, column = COLUMN) {
    const lines = [];
    let line = '';
    for (const word of description.split(/\s+/)) {
        if (line !== '' && column + line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = word;
        }
        else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    lines.push(line);
    const first = `  ${name}`;
    const pad = ' '.repeat(column);
    const head = first.length < column ? first.padEnd(column) + lines[0] : `${first}\n${pad}${lines[0]}`;
    return [head, ...lines.slice(1).map((l) => pad + l)].join('\n');
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


/***/ })

};
