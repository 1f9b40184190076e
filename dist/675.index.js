export const id = 675;
export const ids = [675];
export const modules = {

/***/ 8675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOctokit: () => (/* binding */ createOctokit)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4629);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/action/http-client-on-demand.ts
let loading;
/** The real @actions/http-client (one load per process). */
function loadHttpClient() {
    loading ??= __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942));
    return loading;
}
/**
 * What @actions/core gets for `new HttpClient(...)`: the same constructor arguments, and the
 * real client's asynchronous request methods, each of which loads the real module first (the
 * synchronous, lower-level ones \u2014 getAgent, requestRaw\u2026 \u2014 are not offered: nothing in the bundle
 * but github-client.ts uses them, and it loads the real module itself).
 */
class HttpClient {
    args;
    client;
    constructor(...args) {
        this.args = args;
    }
    real() {
        this.client ??= loadHttpClient().then((m) => new m.HttpClient(...this.args));
        return this.client;
    }
    async options(...a) {
        return (await this.real()).options(...a);
    }
    async get(...a) {
        return (await this.real()).get(...a);
    }
    async del(...a) {
        return (await this.real()).del(...a);
    }
    async post(...a) {
        return (await this.real()).post(...a);
    }
    async patch(...a) {
        return (await this.real()).patch(...a);
    }
    async put(...a) {
        return (await this.real()).put(...a);
    }
    async head(...a) {
        return (await this.real()).head(...a);
    }
    async getJson(requestUrl, additionalHeaders) {
        return (await this.real()).getJson(requestUrl, additionalHeaders);
    }
    async postJson(requestUrl, obj, additionalHeaders) {
        return (await this.real()).postJson(requestUrl, obj, additionalHeaders);
    }
    async putJson(requestUrl, obj, additionalHeaders) {
        return (await this.real()).putJson(requestUrl, obj, additionalHeaders);
    }
    async patchJson(requestUrl, obj, additionalHeaders) {
        return (await this.real()).patchJson(requestUrl, obj, additionalHeaders);
    }
}

;// CONCATENATED MODULE: ./src/action/github-client.ts



async function createOctokit(options) {
    const { HttpClient } = await loadHttpClient();
    const dispatcher = new HttpClient().getAgentDispatcher(options.baseUrl);
    const fetch = (url, init) => (0,undici/* fetch */.hd)(url, { ...init, dispatcher });
    return new dist_src/* Octokit */.E({
        auth: `token ${options.token}`,
        baseUrl: options.baseUrl,
        userAgent: withOrchestrationId(options.userAgent),
        request: { fetch },
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
    });
}
/** As @actions/github: the runner's ACTIONS_ORCHESTRATION_ID, sanitised, appended to the user agent. */
function withOrchestrationId(userAgent) {
    const id = process.env['ACTIONS_ORCHESTRATION_ID']?.trim();
    if (!id)
        return userAgent;
    const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
    return userAgent.includes(tag) ? userAgent : `${userAgent} ${tag}`;
}


/***/ })

};
