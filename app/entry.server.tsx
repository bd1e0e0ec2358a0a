import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { createInstance, type i18n } from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nConfig, resources } from "./platform/i18n/i18n";
import { taalVan } from "./platform/i18n/taal.server";
import { NonceProvider } from "./platform/ui/nonce";
import { boot as bootApp, startBackground as start, stopBackground as stop, shutdown as down } from "./boot/lifecycle.server";
import { logError } from "./platform/web/log.server";
import { databaseGezond } from "./platform/web/health.server";
import { ReferentieProvider } from "./platform/web/referentie";

const ABORT_DELAY = 5_000;

/**
 * One i18next instance per language, made once: a render only reads it (nothing on the server changes its language
 * or resources), and initialising one per request built the whole resource store every time (issue 14's profile).
 */
const instanties = new Map<string, Promise<i18n>>();
function vertalingen(lng: string): Promise<i18n> {
  let p = instanties.get(lng);
  if (!p) {
    const instance = createInstance();
    p = instance
      .use(initReactI18next)
      .init({ ...i18nConfig, lng, resources })
      .then(() => instance)
      .catch((e: unknown) => {
        instanties.delete(lng);
        throw e;
      });
    instanties.set(lng, p);
  }
  return p;
}

// Lifecycle hooks used by app/http/server.mjs (through serverBuild.entry.module).
export const boot = bootApp;
export const startBackground = start;
export const stopBackground = stop;
export const shutdown = down;
/** Liveness for the host's fast path of /healthz (app/http/server.mjs), the same check as routes/healthz.ts. */
export const gezond = databaseGezond;

export function handleError(error: unknown, { request, context }: { request: Request; context?: AppLoadContext }) {
  if (request.signal.aborted) return;
  // A thrown `data(..., { status })` is an intended answer (a refusal, a 404), not an unexpected error.
  if (error && typeof error === "object" && (error as { type?: unknown }).type === "DataWithResponseInit") return;
  // Remix's own 4xx answers (a POST to a page without an action: 405; an unknown route: 404) are the client's
  // mistake, answered as such; logging them as errors would bury real ones under a fuzzer's noise.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  logError("onverwachte fout", error, { requestId: context?.requestId, path: new URL(request.url).pathname.replace(/^\/inwoner\/status\/[^/]+/, "/inwoner/status/[token]") });
}

export const handleDataRequest: HandleDataRequestFunction = (response) => {
  response.headers.set("Cache-Control", "no-store");
  return response;
};

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const lng = taalVan(request);
  const instance = await vertalingen(lng);
  const nonce = loadContext?.nonce ?? "";
  const requestId = loadContext?.requestId ?? null;
  const callback = isbot(request.headers.get("user-agent") || "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <ReferentieProvider value={requestId}>
          <I18nextProvider i18n={instance}>
            <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
          </I18nextProvider>
        </ReferentieProvider>
      </NonceProvider>,
      {
        nonce,
        [callback]: () => {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("Cache-Control", "no-store");
          resolve(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logError("renderfout", error, { requestId, path: new URL(request.url).pathname.replace(/^\/inwoner\/status\/[^/]+/, "/inwoner/status/[token]") });
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
