/**
 * The engine's shared types: the commitment row every part of the engine reads, the context the runtime hands
 * to the effect interpreters (deadlines, messages), the per-transaction lookup cache, and the engine's error.
 * Lives apart so the runtime, the deadline module and the notifications depend on it, not on each other.
 */
import type Database from "better-sqlite3";

export class WorkflowFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkflowFout";
  }
}

export interface AfspraakRij {
  id: string;
  soort: string;
  status: string;
  open: number;
  titel: string;
  eigenaar_id: string | null;
  team_id: number | null;
  afdeling_id: number | null;
  burger_id: string | null;
  kanaal: string | null;
  termijn_op: number | null;
  termijn_status: "op_tijd" | "bijna" | "te_laat" | null;
  norm_versie_ids: string;
  handvest_peil_op: number;
  versie: number;
  snapshot: string;
  aangemaakt_op: number;
  aangemaakt_door: string | null;
  gewijzigd_op: number;
  gesloten_op: number | null;
}

export interface Ontvanger {
  id: string;
  email: string;
  naam: string;
}

/**
 * Lookups shared by the steps of one transaction (the scheduler keeps one per batch): recipients per
 * (aan, owner, team), the public URL and the earliest send moment per (instant, urgent). Valid only inside
 * that transaction (nobody else can change people or calendars while it holds the write lock).
 */
export interface EffectCache {
  ontvangers: Map<string, Ontvanger[]>;
  nietVoor: Map<string, number>;
  publiekeUrl?: string;
  /**
   * When present, inbox and outbox rows are collected here (in order) and written with multi-row INSERTs by
   * schrijfWachtrij() before the transaction commits — same rows, same order, fewer statements.
   */
  wachtrij?: { berichten: unknown[][]; mails: unknown[][] };
}

export interface EffectContext {
  sqlite: Database.Database;
  afspraak: AfspraakRij;
  op: number;
  link: string;
  /** Lookups shared by many steps in one transaction (the scheduler's batches): recipients, mail timing. */
  cache?: EffectCache;
}
