/** Structured JSON logs on stdout. Never pass secrets, passwords, cookies or citizens' data. */
export function log(level: "info" | "warn" | "error", msg: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }) + "\n");
}

export function logError(msg: string, error: unknown, fields: Record<string, unknown> = {}): void {
  const e = error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
  log("error", msg, { ...fields, ...e });
}
