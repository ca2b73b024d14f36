import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/runtimes/refresher/aws-process/main.ts


function fail(message) {
    process.stderr.write(`oidc-exchange credential_process: ${message}\n`);
    process.exit(1);
}
function readEndpoint(path) {
    if (!path)
        fail('the path of the endpoint file is missing.');
    try {
        const parsed = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
        if (typeof parsed.url === 'string' && typeof parsed.authorization === 'string')
            return { url: parsed.url, authorization: parsed.authorization };
    }
    catch (error) {
        const code = error.code ?? 'not JSON';
        fail(`could not read ${path} (${code}): the oidc-exchange step writes it and its post step removes it; use the profile only within that job.`);
    }
    return fail(`${path} is not an endpoint file of oidc-exchange.`);
}
const endpoint = readEndpoint(process.argv[2]);
const req = (0,external_node_http_namespaceObject.request)(endpoint.url, { headers: { authorization: endpoint.authorization }, timeout: 60_000 }, (res) => {
    const chunks = [];
    res.on('data', (chunk) => chunks.push(chunk));
    res.on('end', () => {
        let body = {};
        try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        }
        catch {
            // reported below by status
        }
        if (res.statusCode !== 200) {
            const said = typeof body['message'] === 'string' ? body['message'] : `HTTP ${String(res.statusCode)}`;
            fail(`the credential refresher did not answer with credentials: ${said}`);
        }
        process.stdout.write(`${JSON.stringify({
            Version: 1,
            AccessKeyId: body['AccessKeyId'],
            SecretAccessKey: body['SecretAccessKey'],
            SessionToken: body['Token'],
            Expiration: body['Expiration'],
        })}\n`);
    });
});
req.on('timeout', () => req.destroy(new Error('no answer within 60 s')));
req.on('error', (error) => fail(`the credential refresher is not reachable (${error.message}): it ends with the job that started it.`));
req.end();

