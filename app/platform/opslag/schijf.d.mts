/* eslint-disable @typescript-eslint/no-explicit-any */
export type Middleware = (req: any, res: any, next: (err?: unknown) => void) => void;
export function dataMap(): string;
export function minimumVrijBytes(): number;
export function vrijeBytes(map?: string): number;
export function schijfVol(map?: string): boolean;
export function vergeetMeting(): void;
export const SCHIJF_VOL_TITEL: string;
export const SCHIJF_VOL_TEKST: string;
export function schijfBewaking(opts?: { log?: (level: string, msg: string, fields?: Record<string, unknown>) => void; map?: string }): Middleware;
