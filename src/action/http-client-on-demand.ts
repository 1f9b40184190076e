// @actions/http-client, loaded when the first request is made instead of when the action starts.
//
// @actions/core imports @actions/http-client (for its OIDC client, getIDToken, which this action
// never calls), and @actions/http-client imports undici: loading them is most of the cost of
// starting the action (about 100 ms of CPU, measured with `node scripts/bench.mjs --only action`),
// although a run without a token makes no request at all. In the action bundle only,
// '@actions/http-client' resolves to this module (src/action/tsconfig.json "paths", which
// scripts/build-action.mjs has ncc apply to every import in the bundle, @actions/core's included):
// @actions/core stays whole and unchanged, and its OIDC client still works, through the
// forwarding class below (while nothing calls getIDToken, ncc leaves even that class out).
// The real module is imported by its file (its package "exports" entry "."), because the
// package name itself resolves back to this module in the bundle.
import type { OutgoingHttpHeaders } from 'node:http';
import type { TypedResponse } from '@actions/http-client/lib/interfaces';
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js';

export type HttpClientModule = typeof Real;

let loading: Promise<HttpClientModule> | undefined;

/** The real @actions/http-client (one load per process). */
export function loadHttpClient(): Promise<HttpClientModule> {
  loading ??= import('../../node_modules/@actions/http-client/lib/index.js');
  return loading;
}

type RealClient = InstanceType<HttpClientModule['HttpClient']>;
type Args = ConstructorParameters<HttpClientModule['HttpClient']>;

/**
 * What @actions/core gets for `new HttpClient(...)`: the same constructor arguments, and the
 * real client's asynchronous request methods, each of which loads the real module first (the
 * synchronous, lower-level ones — getAgent, requestRaw… — are not offered: nothing in the bundle
 * but github-client.ts uses them, and it loads the real module itself).
 */
export class HttpClient {
  private readonly args: Args;
  private client: Promise<RealClient> | undefined;

  constructor(...args: Args) {
    this.args = args;
  }

  private real(): Promise<RealClient> {
    this.client ??= loadHttpClient().then((m) => new m.HttpClient(...this.args));
    return this.client;
  }

  async options(...a: Parameters<RealClient['options']>): ReturnType<RealClient['options']> {
    return (await this.real()).options(...a);
  }
  async get(...a: Parameters<RealClient['get']>): ReturnType<RealClient['get']> {
    return (await this.real()).get(...a);
  }
  async del(...a: Parameters<RealClient['del']>): ReturnType<RealClient['del']> {
    return (await this.real()).del(...a);
  }
  async post(...a: Parameters<RealClient['post']>): ReturnType<RealClient['post']> {
    return (await this.real()).post(...a);
  }
  async patch(...a: Parameters<RealClient['patch']>): ReturnType<RealClient['patch']> {
    return (await this.real()).patch(...a);
  }
  async put(...a: Parameters<RealClient['put']>): ReturnType<RealClient['put']> {
    return (await this.real()).put(...a);
  }
  async head(...a: Parameters<RealClient['head']>): ReturnType<RealClient['head']> {
    return (await this.real()).head(...a);
  }
  async getJson<T>(requestUrl: string, additionalHeaders?: OutgoingHttpHeaders): Promise<TypedResponse<T>> {
    return (await this.real()).getJson<T>(requestUrl, additionalHeaders);
  }
  async postJson<T>(requestUrl: string, obj: unknown, additionalHeaders?: OutgoingHttpHeaders): Promise<TypedResponse<T>> {
    return (await this.real()).postJson<T>(requestUrl, obj, additionalHeaders);
  }
  async putJson<T>(requestUrl: string, obj: unknown, additionalHeaders?: OutgoingHttpHeaders): Promise<TypedResponse<T>> {
    return (await this.real()).putJson<T>(requestUrl, obj, additionalHeaders);
  }
  async patchJson<T>(requestUrl: string, obj: unknown, additionalHeaders?: OutgoingHttpHeaders): Promise<TypedResponse<T>> {
    return (await this.real()).patchJson<T>(requestUrl, obj, additionalHeaders);
  }
}
