/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />
import type { AppLoadContext as RemixAppLoadContext } from "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request nonce for the Content-Security-Policy. */
    nonce: string;
    /** Request id, also in the JSON log line and the X-Request-Id header. */
    requestId: string;
    /** Client address as seen by the server (used for throttling and audit). */
    clientIp: string;
  }
  interface Future {
    v3_singleFetch: true;
  }
}
export type { RemixAppLoadContext };
export {};
