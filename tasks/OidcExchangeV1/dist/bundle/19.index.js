export const id = 19;
export const ids = [19];
export const modules = {

/***/ 2260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ explain)
/* harmony export */ });
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6926);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _input_parsers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9514);
/* harmony import */ var _jwt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3622);
/* harmony import */ var _plan_checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8224);
/* harmony import */ var _verify_issuers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1494);
/* harmony import */ var _azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(329);







const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf']);
const SHOWN_FIRST = ['iss', 'sub', 'aud'];
async function explain(plan, deps) {
    const now = deps.now ?? (() => new Date());
    const verifier = (0,_verify_issuers_js__WEBPACK_IMPORTED_MODULE_5__/* .createIssuersVerifier */ .x)((0,_verify_issuers_js__WEBPACK_IMPORTED_MODULE_5__/* .planIssuers */ .u)(plan), {
        http: deps.http,
        clockToleranceSeconds: plan.clockToleranceSeconds,
        now,
    });
    const lines = [];
    let problems = 0;
    for (const audience of [...new Set(plan.targets.filter((t) => t.needsToken).map((t) => t.audience))]) {
        const token = await deps.source.getToken(audience);
        deps.registerSecret(token);
        const { payload } = (0,_jwt_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeJwt */ .i)(token, deps.source.origin, deps.source.malformedHint);
        lines.push(`Token from ${deps.source.origin} for audience ${(0,_input_parsers_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(audience)}:`);
        lines.push(...claimLines(payload));
        const mismatches = claimProblems(payload, plan, audience, now());
        problems += mismatches.length;
        lines.push(mismatches.length === 0
            ? '  Expectations: all met (issuer, audience, subject, claims, times).'
            : '  Expectations NOT met:');
        for (const e of mismatches)
            lines.push(`    - ${e.message}${e.hint ? ` Hint: ${e.hint}` : ''}`);
        const iss = typeof payload['iss'] === 'string' ? payload['iss'] : plan.issuer;
        const signature = await verifier.verify(token, plan.azureDevOps ? _azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_6__/* .ADO_AUDIENCES */ .HX : audience).then(() => `  Signature: verified with the published keys of ${iss}.`, (error) => (problems++,
            `  Signature: NOT verified: ${error instanceof Error ? error.message : String(error)}`));
        lines.push(plan.verifySignature ? signature : '  Signature: not checked (`verify-signature` is off).');
        const presented = {
            issuer: iss,
            subject: typeof payload['sub'] === 'string' ? payload['sub'] : '',
            audience: plan.azureDevOps && typeof payload['aud'] === 'string' ? payload['aud'] : audience,
            authorizedParty: typeof payload['azp'] === 'string' ? payload['azp'] : undefined,
        };
        lines.push('  Trust that would accept exactly this token:');
        for (const t of plan.targets.filter((x) => x.audience === audience)) {
            lines.push(`    ${t.definition.name}: ${t.definition.trustFor(t.settings, presented)}`);
        }
    }
    return { lines, problems };
}
function claimLines(payload) {
    const names = [
        ...SHOWN_FIRST.filter((n) => n in payload),
        ...Object.keys(payload)
            .filter((n) => !SHOWN_FIRST.includes(n))
            .sort(),
    ];
    return names.map((name) => {
        const value = payload[name];
        const text = TIME_CLAIMS.has(name) && typeof value === 'number'
            ? new Date(value * 1000).toISOString()
            : typeof value === 'string'
                ? value
                : JSON.stringify(value);
        return `  ${name.padEnd(22)} ${text}`;
    });
}
function claimProblems(payload, plan, audience, now) {
    try {
        (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .checkClaims */ .K)(payload, { ...(0,_plan_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .planExpectations */ .z)(plan), audience }, now);
        return [];
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeErrors */ .WF)
            return [...error.errors];
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS)
            return [error];
        throw error;
    }
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
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8453);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7418);
/* harmony import */ var _core_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3957);
/* harmony import */ var _targets_aws_definition_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6810);
/* harmony import */ var _shared_choose_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6382);







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
        process.stderr.write(`oidc-exchange credential-process: ${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_6__/* .neutralise */ .$)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatError */ .Wk)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asOidcExchangeError */ .vf)(thrown)))}\n`);
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
    const runInfo = parsed[RUN_INFO_KEY];
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
/* harmony import */ var _core_explain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2260);
/* harmony import */ var _core_neutralise_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(8453);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4083);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7418);
/* harmony import */ var _core_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3957);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3323);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4040);
/* harmony import */ var _shared_proxy_environment_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(135);
/* harmony import */ var _shared_secret_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2474);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6175);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(878);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9451);
/* harmony import */ var _credential_process_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3043);
/* harmony import */ var _option_names_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(954);
/* harmony import */ var _token_source_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4137);
/* harmony import */ var _output_file_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3766);
/* harmony import */ var _shared_child_environment_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(1209);





















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
        process.stdout.write(`oidc-exchange ${_core_version_js__WEBPACK_IMPORTED_MODULE_16__/* .VERSION */ .x}\n`);
        return 0;
    }
    if (args.command === undefined && args.problems.length === 0) {
        process.stdout.write((0,_usage_js__WEBPACK_IMPORTED_MODULE_11__/* .usage */ .C)());
        return 2;
    }
    if (args.command === undefined)
        args.problems.push('no command (exchange, explain or credential-process)');
    else if (args.command !== 'exchange' && args.command !== 'explain' && args.command !== 'credential-process')
        args.problems.push(`unknown command '${args.command}'`);
    if (args.command === 'credential-process' && args.inputsFile === undefined)
        args.problems.push('credential-process needs --inputs-file');
    if (!FORMATS.has(args.format))
        args.problems.push(`--format must be env, dotenv or json, not '${args.format}'`);
    const outputProblem = args.output === undefined ? undefined : (0,_output_file_js__WEBPACK_IMPORTED_MODULE_15__/* .outputPathProblem */ .q)(args.output);
    if (outputProblem)
        args.problems.push(outputProblem);
    if (args.problems.length > 0) {
        process.stderr.write(`oidc-exchange: ${args.problems.join('; ')}. See oidc-exchange --help.\n`);
        return 2;
    }
    const http = (0,_core_http_js__WEBPACK_IMPORTED_MODULE_5__/* .createHttpClient */ .uT)((0,_shared_proxy_environment_js__WEBPACK_IMPORTED_MODULE_17__/* .proxyFromEnvironment */ .G)(env));
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
        if (args.command === 'explain') {
            const { lines, problems } = await (0,_core_explain_js__WEBPACK_IMPORTED_MODULE_4__/* .explain */ .W)(plan, { http, source, registerSecret: () => undefined });
            process.stdout.write(`${lines.map((l) => (0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_18__/* .neutralise */ .$)((0,_option_names_js__WEBPACK_IMPORTED_MODULE_13__/* .withCliOptionNames */ .Q)(l))).join('\n')}\n`);
            return problems > 0 || !plan.verifySignature ? EXPLAIN_NOT_ACCEPTED : 0;
        }
        tempDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'oidc-exchange-'));
        const log = (m) => process.stderr.write(`${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_18__/* .neutralise */ .$)(m)}\n`);
        const result = await (0,_core_run_js__WEBPACK_IMPORTED_MODULE_7__/* .run */ .e)(plan, {
            http,
            source,
            registerSecret: () => undefined,
            tempDir,
            childEnv: (0,_shared_child_environment_js__WEBPACK_IMPORTED_MODULE_19__/* .childEnvironment */ .Q)(env),
            log: { info: log, warning: (m) => log(`warning: ${m}`), debug: () => undefined },
        });
        const dir = tempDir;
        const files = new Map(result.exports
            .filter((e) => e.kind === 'file')
            .map((e) => [e.name, (0,_shared_secret_file_js__WEBPACK_IMPORTED_MODULE_9__/* .writeSecretFile */ .AK)(dir, e.name.toLowerCase(), e.value)]));
        const text = (0,_render_js__WEBPACK_IMPORTED_MODULE_20__/* .render */ .X)(result.exports, files, args.format);
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
        process.stderr.write(`oidc-exchange: ${(0,_core_neutralise_js__WEBPACK_IMPORTED_MODULE_18__/* .neutralise */ .$)((0,_option_names_js__WEBPACK_IMPORTED_MODULE_13__/* .withCliOptionNames */ .Q)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatError */ .Wk)(error)))}\n`);
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
       oidc-exchange --version | --help

exchange  verifies a CI OIDC token and exchanges it for short-lived Azure, AWS, Databricks or
          Google Cloud credentials
explain   exchanges nothing: shows the token's claims beside every expectation, checks its signature,
          and prints the trust configuration (Entra, AWS, Databricks, Google Cloud) that would accept it
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


/***/ })

};
