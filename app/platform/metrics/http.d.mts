/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Registry } from "prom-client";
import type { Server } from "node:http";
export type Middleware = (req: any, res: any, next: (err?: unknown) => void) => void;
export const register: Registry;
export function verzamelStandaard(): void;
export function routeHerkenner(routes?: Record<string, { id: string; parentId?: string; path?: string; index?: boolean }>): (pad: string) => string;
export function httpMetrics(herken: (pad: string) => string): Middleware;
export function telVerzoek(route: string, method: string | undefined, status: number, start: bigint): void;
export function metricsEndpoint(): Middleware;
export function startMetricsPoort(opts?: { log?: (level: string, msg: string, fields?: Record<string, unknown>) => void }): Server | null;
