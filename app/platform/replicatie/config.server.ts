/**
 * Where and how the database is replicated (docs/deployment.md, docs/herstel.md). Everything comes from the
 * environment, so the same values serve the server (the supervisor) and `afspraak herstel`:
 *
 * - AFSPRAAK_REPLICA: unset = no replication. A directory (`/backup/afspraak` or `file:///backup/afspraak`),
 *   S3-compatible storage (`s3://bucket/pad`, credentials in LITESTREAM_ACCESS_KEY_ID /
 *   LITESTREAM_SECRET_ACCESS_KEY, endpoint in AFSPRAAK_REPLICA_S3_ENDPOINT for non-AWS storage) or SFTP
 *   (`sftp://gebruiker@host:22/pad`, key in AFSPRAAK_REPLICA_SFTP_KEY).
 *   The database goes to `<replica>/db`; attachments to `<replica>/bijlagen` for a directory replica, or to
 *   AFSPRAAK_REPLICA_BIJLAGEN (a directory, e.g. a mounted share) for S3/SFTP.
 * - AFSPRAAK_REPLICA_INTERVAL: Litestream's sync interval (default `1s`) = the RPO with replication.
 * - AFSPRAAK_REPLICA_MAX_VERTRAGING: seconds behind before the beheerder is warned (default 60).
 * - AFSPRAAK_REPLICA_RETENTIE: how long snapshots and WAL stay restorable (default `168h`, a week).
 * - AFSPRAAK_LITESTREAM: the Litestream binary (default: the one from the npm package @flydotio/litestream).
 */
import path from "node:path";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export type ReplicaSoort = "map" | "s3" | "sftp";

export interface ReplicaDoel {
  soort: ReplicaSoort;
  /** What the operator configured, without credentials (shown in Beheer and logs). */
  omschrijving: string;
  /** The database replica as Litestream's URL (`file:///…/db`, `s3://…/db`, `sftp://…/db`). */
  dbUrl: string;
  /** For a directory replica: its absolute path. */
  map?: string;
  /** Where attachments are copied to, or null when they are not replicated continuously. */
  bijlagenMap: string | null;
}

export function zonderGeheimen(url: string): string {
  return url.replace(/\/\/[^@/]*@/, (m) => (m.includes(":") ? "//***@" : m));
}

/** Parses a replica location (AFSPRAAK_REPLICA, or `--replica` of `afspraak herstel`). */
export function replicaDoel(waarde: string, bijlagen = process.env.AFSPRAAK_REPLICA_BIJLAGEN): ReplicaDoel {
  const w = waarde.trim();
  if (/^s3:\/\//i.test(w) || /^sftp:\/\//i.test(w)) {
    const soort: ReplicaSoort = /^s3:/i.test(w) ? "s3" : "sftp";
    const basis = w.replace(/\/+$/, "");
    return { soort, omschrijving: zonderGeheimen(basis), dbUrl: `${basis}/db`, bijlagenMap: bijlagen ? path.resolve(bijlagen) : null };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(w) && !/^file:\/\//i.test(w)) {
    throw new Error(`Onbekend soort replica: ${zonderGeheimen(w)} (gebruik een map, file://, s3:// of sftp://).`);
  }
  const map = path.resolve(/^file:\/\//i.test(w) ? fileURLToPath(w) : w);
  return { soort: "map", omschrijving: map, dbUrl: `file://${path.join(map, "db")}`, map, bijlagenMap: bijlagen ? path.resolve(bijlagen) : path.join(map, "bijlagen") };
}

export interface ReplicatieConfig {
  doel: ReplicaDoel;
  interval: string;
  maxVertragingS: number;
  retentie: string;
  binary: string;
}

/** The Litestream binary: AFSPRAAK_LITESTREAM, or the platform package of @flydotio/litestream. */
export function litestreamBinary(): string {
  if (process.env.AFSPRAAK_LITESTREAM) return process.env.AFSPRAAK_LITESTREAM;
  const root = process.env.AFSPRAAK_ROOT || process.cwd();
  return path.join(root, "node_modules", "@flydotio", `litestream-${process.platform}-${process.arch}`, "litestream");
}

function getal(naam: string, standaard: number): number {
  const n = Number(process.env[naam]);
  return Number.isFinite(n) && n > 0 ? n : standaard;
}

/** The replication configured in the environment, or null when AFSPRAAK_REPLICA is unset. */
export function replicatieConfig(): ReplicatieConfig | null {
  const w = process.env.AFSPRAAK_REPLICA?.trim();
  if (!w) return null;
  return {
    doel: replicaDoel(w),
    interval: process.env.AFSPRAAK_REPLICA_INTERVAL?.trim() || "1s",
    maxVertragingS: getal("AFSPRAAK_REPLICA_MAX_VERTRAGING", 60),
    retentie: process.env.AFSPRAAK_REPLICA_RETENTIE?.trim() || "168h",
    binary: litestreamBinary(),
  };
}

export function binaryAanwezig(binary: string): boolean {
  return existsSync(binary);
}

/** Litestream's YAML for one database and one replica (JSON is valid YAML, so no YAML writer is needed). */
export function litestreamYaml(dbPad: string, cfg: ReplicatieConfig, metricsAdres: string | null): string {
  const replica: Record<string, unknown> = {
    "sync-interval": cfg.interval,
    retention: cfg.retentie,
    "snapshot-interval": "24h",
  };
  if (cfg.doel.soort === "map") {
    replica.type = "file";
    replica.path = path.join(cfg.doel.map!, "db");
  } else {
    replica.url = cfg.doel.dbUrl;
    if (cfg.doel.soort === "s3" && process.env.AFSPRAAK_REPLICA_S3_ENDPOINT) replica.endpoint = process.env.AFSPRAAK_REPLICA_S3_ENDPOINT;
    if (cfg.doel.soort === "sftp" && process.env.AFSPRAAK_REPLICA_SFTP_KEY) replica["key-path"] = process.env.AFSPRAAK_REPLICA_SFTP_KEY;
  }
  const yaml: Record<string, unknown> = { dbs: [{ path: path.resolve(dbPad), replicas: [replica] }] };
  if (metricsAdres) yaml.addr = metricsAdres;
  return JSON.stringify(yaml, null, 2) + "\n";
}
