export const id = 19;
export const ids = [19];
export const modules = {

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
/* unused harmony export ACTION_ONLY_INPUTS */
/* harmony import */ var _core_endpoint_variables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9438);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);


const OWN_OPTIONS = new Set(['token-file', 'token-env', 'format', 'output', 'inputs-file']);
/** Inputs only the action has: `refresh` needs a post step to stop what it starts. */
const ACTION_ONLY_INPUTS = new Set(['refresh']);
/** The inputs the command line offers: not the action's `refresh`, nor what only the task understands. */
const CLI_INPUTS = _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.filter((i) => !ACTION_ONLY_INPUTS.has(i.name) && i.only !== 'azure-devops');
const INPUT_NAMES = new Set(CLI_INPUTS.map((i) => i.name));
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
            out.problems.push(`unknown option ${arg}`);
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
        else if (ACTION_ONLY_INPUTS.has(name)) {
            out.problems.push(`--${name} is the action's: \`exchange\` prints credentials that are not renewed (for AWS, a profile can run \`oidc-exchange credential-process\`)`);
        }
        else if (INPUT_NAMES.has(name) && !OWN_OPTIONS.has(name)) {
            // Repeated multi-line inputs (subject, claims, azure-scopes) accumulate, one per line.
            const before = out.inputs.get(name);
            out.inputs.set(name, before === undefined ? value : `${before}\n${value}`);
        }
        else {
            out.problems.push(`unknown option --${name}`);
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

/***/ 3043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ credentialProcess)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8453);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7418);
/* harmony import */ var _core_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3957);
/* harmony import */ var _targets_aws_definition_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6810);
/* harmony import */ var _shared_choose_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6382);
/* harmony import */ var _shared_refresh_order_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8163);








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
        const plan = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlan */ .v)((name) => inputs[name] ?? '', [_targets_aws_definition_js__WEBPACK_IMPORTED_MODULE_4__/* .awsTarget */ .x], runInfo ?? { runId: env['GITHUB_RUN_ID'], runAttempt: env['GITHUB_RUN_ATTEMPT'] });
        if (plan.source.kind === 'azure-devops' && !env['SYSTEM_ACCESSTOKEN']) {
            // A script step has the job access token only when the pipeline maps it.
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS('TOKEN_REQUEST_UNAVAILABLE', 'This step cannot request an OIDC token: SYSTEM_ACCESSTOKEN is not in its environment.', {
                hint: 'Map it in the step that uses the AWS profile: `env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)`.',
            });
        }
        const result = await (0,_core_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)(plan, {
            http,
            source: (0,_shared_choose_source_js__WEBPACK_IMPORTED_MODULE_5__/* .planSource */ .d)(plan, env, http),
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
        process.stderr.write(`oidc-exchange credential-process: ${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_7__/* .neutralise */ .$)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatError */ .Wk)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asOidcExchangeError */ .vf)(thrown)))}\n`);
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
            hint: 'The file is written by the oidc-exchange step and removed by its post step; use the profile only within that job.',
        });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS('INPUT_INVALID', `The settings file ${path} is not a JSON object.`);
    const runInfo = parsed[_shared_refresh_order_js__WEBPACK_IMPORTED_MODULE_6__/* .RUN_INFO_KEY */ .n];
    return {
        inputs: Object.fromEntries(Object.entries(parsed).filter((e) => typeof e[1] === 'string')),
        runInfo: typeof runInfo === 'object' && runInfo !== null ? runInfo : undefined,
    };
}


/***/ }),

/***/ 5019:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_explain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6065);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(8453);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4083);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7418);
/* harmony import */ var _core_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3957);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(3323);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4040);
/* harmony import */ var _shared_proxy_environment_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(135);
/* harmony import */ var _shared_secret_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2474);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6175);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(878);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9451);
/* harmony import */ var _credential_process_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3043);
/* harmony import */ var _option_names_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(954);
/* harmony import */ var _token_source_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4137);
/* harmony import */ var _output_file_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3766);
/* harmony import */ var _trust_command_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(2598);
/* harmony import */ var _shared_child_environment_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(1209);






















/**
 * `oidc-exchange`, for any CI and for a developer's terminal: the same plan and core as the action.
 * Credentials go to stdout in the chosen format; everything else to stderr. Files (the federated
 * token file) go to a private 0700 folder under the system temp folder, which the caller removes.
 * It often runs inside a CI step, whose log the runner reads for commands: every diagnostic and
 * every line of `explain` (claims are hostile text) is made inert with neutralise().
 */
const FORMATS = new Set(['env', 'dotenv', 'json']);
/** `explain` found an expectation not met, or a signature it did not verify (see usage.ts). */
const EXPLAIN_NOT_ACCEPTED = 3;
async function main(argv, env) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parseArgs */ .Zy)(argv);
    if (args.help) {
        process.stdout.write((0,_usage_js__WEBPACK_IMPORTED_MODULE_11__/* .usage */ .C)());
        return 0;
    }
    if (args.version) {
        process.stdout.write(`oidc-exchange ${_core_version_js__WEBPACK_IMPORTED_MODULE_17__/* .VERSION */ .x}\n`);
        return 0;
    }
    if (args.command === undefined && args.problems.length === 0) {
        process.stdout.write((0,_usage_js__WEBPACK_IMPORTED_MODULE_11__/* .usage */ .C)());
        return 2;
    }
    if (args.command === undefined)
        args.problems.push('no command (exchange, explain or credential-process)');
    else if (!['exchange', 'explain', 'credential-process', 'trust'].includes(args.command))
        args.problems.push(`unknown command '${args.command}'`);
    if (args.command === 'credential-process' && args.inputsFile === undefined)
        args.problems.push('credential-process needs --inputs-file');
    if (args.command === 'trust' && !(0,_trust_command_js__WEBPACK_IMPORTED_MODULE_16__/* .trustFormat */ .Wj)(args.format))
        args.problems.push(`--format for trust must be terraform or shell, not '${args.format}'`);
    else if (args.command !== 'trust' && !FORMATS.has(args.format))
        args.problems.push(`--format must be env, dotenv or json, not '${args.format}'`);
    const outputProblem = args.output === undefined ? undefined : (0,_output_file_js__WEBPACK_IMPORTED_MODULE_15__/* .outputPathProblem */ .q)(args.output);
    if (outputProblem)
        args.problems.push(outputProblem);
    if (args.problems.length > 0) {
        process.stderr.write(`oidc-exchange: ${args.problems.join('; ')}. See oidc-exchange --help.\n`);
        return 2;
    }
    const http = (0,_core_http_js__WEBPACK_IMPORTED_MODULE_5__/* .createHttpClient */ .uT)((0,_shared_proxy_environment_js__WEBPACK_IMPORTED_MODULE_18__/* .proxyFromEnvironment */ .G)(env));
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
        const plan = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePlan */ .v)((0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .cliInputReader */ .wF)(args, env), _targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .TARGETS */ .d, {
            runId: env['GITHUB_RUN_ID'] ?? env['CI_JOB_ID'],
            runAttempt: env['GITHUB_RUN_ATTEMPT'],
        });
        const source = (0,_token_source_js__WEBPACK_IMPORTED_MODULE_14__/* .chooseSource */ .L)(args, plan, env, http);
        if (args.command === 'trust')
            return await (0,_trust_command_js__WEBPACK_IMPORTED_MODULE_16__/* .trustCommand */ .SV)(plan, { http, source }, (0,_trust_command_js__WEBPACK_IMPORTED_MODULE_16__/* .trustFormat */ .Wj)(args.format) ?? '');
        if (args.command === 'explain') {
            const { lines, problems } = await (0,_core_explain_js__WEBPACK_IMPORTED_MODULE_4__/* .explain */ .W)(plan, { http, source, registerSecret: () => undefined });
            process.stdout.write(`${lines.map((l) => (0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_19__/* .neutralise */ .$)((0,_option_names_js__WEBPACK_IMPORTED_MODULE_13__/* .withCliOptionNames */ .Q)(l))).join('\n')}\n`);
            return problems > 0 || !plan.verifySignature ? EXPLAIN_NOT_ACCEPTED : 0;
        }
        tempDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'oidc-exchange-'));
        const log = (m) => process.stderr.write(`${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_19__/* .neutralise */ .$)(m)}\n`);
        const result = await (0,_core_run_js__WEBPACK_IMPORTED_MODULE_7__/* .run */ .e)(plan, {
            http,
            source,
            registerSecret: () => undefined,
            tempDir,
            childEnv: (0,_shared_child_environment_js__WEBPACK_IMPORTED_MODULE_20__/* .childEnvironment */ .Q)(env),
            log: { info: log, warning: (m) => log(`warning: ${m}`), debug: () => undefined },
        });
        const dir = tempDir;
        const files = new Map(result.exports
            .filter((e) => e.kind === 'file')
            .map((e) => [e.name, (0,_shared_secret_file_js__WEBPACK_IMPORTED_MODULE_9__/* .writeSecretFile */ .AK)(dir, e.name.toLowerCase(), e.value)]));
        const text = (0,_render_js__WEBPACK_IMPORTED_MODULE_21__/* .render */ .X)(result.exports, files, args.format);
        if (args.output !== undefined)
            (0,_output_file_js__WEBPACK_IMPORTED_MODULE_15__/* .writeOutputFile */ .B)(args.output, text);
        else
            process.stdout.write(text);
        if (files.size === 0)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        return 0;
    }
    catch (thrown) {
        const error = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .asOidcExchangeError */ .vf)(thrown);
        if (tempDir)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tempDir, { recursive: true, force: true });
        process.stderr.write(`oidc-exchange: ${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_19__/* .neutralise */ .$)((0,_option_names_js__WEBPACK_IMPORTED_MODULE_13__/* .withCliOptionNames */ .Q)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatError */ .Wk)(error)))}\n`);
        return error.code === 'INPUT_INVALID' ? 2 : 1;
    }
    finally {
        http.close();
    }
}
const code = await main(process.argv.slice(2), process.env);
await new Promise((resolve) => process.stdout.write('', () => resolve()));
process.exit(code);

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
  L: () => (/* binding */ chooseSource)
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
            throw new errors/* OidcExchangeError */.tS('INPUT_INVALID', `Input \`issuer\` is required with ${explicit}: such a token is always verified against the issuer you name.`);
        }
        if (/^(false|no|off|0)$/i.test(args.inputs.get('verify-signature') ?? '')) {
            throw new errors/* OidcExchangeError */.tS('INPUT_INVALID', `Input \`verify-signature\` cannot be off with ${explicit}.`);
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
/* harmony export */   Wj: () => (/* binding */ trustFormat)
/* harmony export */ });
/* unused harmony export TRUST_FORMATS */
/* harmony import */ var _core_explain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6065);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8453);


/**
 * `oidc-exchange trust`: the trust that accepts this job's token for every requested target, as a
 * Terraform file (`--format terraform`, the default) or shell commands (`--format shell`) on
 * stdout, nothing else there, so `> trust.tf` is the file to commit. It fetches the token as
 * `explain` does and exchanges nothing; when the token does not meet the step's own expectations
 * it says so on stderr and exits 3, since a trust written from the patterns would refuse it.
 */
const TRUST_FORMATS = new Set(['terraform', 'shell']);
const NOT_ACCEPTED = 3;
function trustFormat(format) {
    // `env` is the command line's default format: for `trust` that means Terraform.
    const chosen = format === 'env' ? 'terraform' : format;
    return TRUST_FORMATS.has(chosen) ? chosen : undefined;
}
async function trustCommand(plan, deps, format) {
    const explained = await (0,_core_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .W)(plan, { ...deps, registerSecret: () => undefined });
    const text = format === 'shell' ? explained.trust.shell : explained.trust.terraform;
    process.stdout.write(text);
    if (explained.problems === 0)
        return 0;
    const unmet = explained.lines.filter((l) => /^\s+(- |Signature: NOT)/.test(l));
    process.stderr.write(`oidc-exchange: the token does not meet every expectation, so this trust may refuse it:\n${unmet.map((l) => (0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralise */ .$)(l)).join('\n')}\n`);
    return NOT_ACCEPTED;
}


/***/ }),

/***/ 9451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6175);

const WIDTH = 100;
const COLUMN = 44;
/** `oidc-exchange --help`: every option with its description, the inputs from the one table. */
function usage() {
    const inputs = _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_INPUTS */ .dV.map((i) => option(`--${i.name}`, `${i.description}${i.default === undefined ? '' : ` (default ${i.default})`}`)).join('\n');
    return `Usage: oidc-exchange exchange [options]
       oidc-exchange explain [options]
       oidc-exchange credential-process --inputs-file PATH
       oidc-exchange trust [--format terraform|shell] [options]
       oidc-exchange --version | --help

exchange  verifies a CI OIDC token and exchanges it for short-lived Azure, AWS, Databricks or
          Google Cloud credentials
explain   exchanges nothing: shows the token's claims beside every expectation, checks its signature,
          and prints the trust configuration (Entra, AWS, Databricks, Google Cloud) that would accept it
trust     prints the trust that accepts this token for every target (nothing broader than --subject and
          --claims) as a Terraform file to commit (default) or shell commands (--format shell)
credential-process  an AWS credential_process: assumes the role again with a fresh OIDC token and prints
          the JSON the AWS CLI and SDKs read (the action's \`refresh\` writes the profile that runs it)

Where the token comes from (one of):
${option('GitHub Actions', 'automatic, from ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN')}
${option('--token-file PATH', 'a token in a file (Kubernetes, Jenkins, Buildkite, …); read afresh each time')}
${option('--token-env NAME', 'a token in an environment variable (GitLab id_tokens, CircleCI)')}
${option('', 'A file or variable token needs --issuer, and its signature is always verified.')}

Output (stdout; diagnostics go to stderr):
${option('--format env|dotenv|json', 'shell `export` lines (default), a dotenv file, or JSON')}
${option('--output PATH', 'write it to PATH (created 0600) instead of stdout')}
${option('--inputs-file PATH', 'credential-process: the settings file the step wrote')}
${option('--version, -V', 'print the version and exit')}
${option('--help, -h', 'print this help and exit')}

Inputs, as in the action (repeat --subject, --claims, --azure-scopes for several values):
${inputs}

Exit codes: 0 credentials printed (explain: every expectation met, signature verified);
  1 the token or an exchange failed; 2 bad usage or input;
  3 explain: an expectation is not met or the signature was not verified.
`;
}
/** One option: its name, then its description wrapped at WIDTH under COLUMN. */
function option(name, description) {
    const lines = [];
    let line = '';
    for (const word of description.split(/\s+/)) {
        if (line !== '' && COLUMN + line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = word;
        }
        else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    lines.push(line);
    const first = `  ${name}`;
    const pad = ' '.repeat(COLUMN);
    const head = first.length < COLUMN ? first.padEnd(COLUMN) + lines[0] : `${first}\n${pad}${lines[0]}`;
    return [head, ...lines.slice(1).map((l) => pad + l)].join('\n');
}


/***/ })

};
