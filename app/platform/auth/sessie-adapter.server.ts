/**
 * lucia's storage of sessions, on the app's own connection with prepared statements (issue 14's profile): the
 * drizzle adapter built and prepared two queries per request (session, then session JOIN user) and loaded every
 * column of the employee — the password hash too — for a check that needs e-mail, name and active. Same table,
 * same semantics (expires_at in seconds, created_at in milliseconds as a session attribute).
 */
import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { voorbereid } from "../../../db/voorbereid";

const stmt = (sql: string): Database.Statement => voorbereid(getDatabase().sqlite, sql);

interface SessieRij {
  id: string;
  user_id: string;
  expires_at: number;
  created_at: number;
}

function alsSessie(r: SessieRij): DatabaseSession {
  return { id: r.id, userId: r.user_id, expiresAt: new Date(r.expires_at * 1000), attributes: { createdAt: r.created_at } };
}

export class SessieAdapter implements Adapter {
  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const r = stmt(
      `SELECT s.id, s.user_id, s.expires_at, s.created_at, m.email, m.naam, m.actief
       FROM sessions s JOIN medewerkers m ON m.id = s.user_id WHERE s.id = ?`,
    ).get(sessionId) as (SessieRij & { email: string; naam: string; actief: number }) | undefined;
    if (!r) return [null, null];
    return [alsSessie(r), { id: r.user_id, attributes: { email: r.email, naam: r.naam, actief: r.actief === 1 } }];
  }

  async getUserSessions(userId: string): Promise<DatabaseSession[]> {
    return (stmt("SELECT id, user_id, expires_at, created_at FROM sessions WHERE user_id = ?").all(userId) as SessieRij[]).map(alsSessie);
  }

  async setSession(session: DatabaseSession): Promise<void> {
    stmt("INSERT INTO sessions (id, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)").run(
      session.id,
      session.userId,
      Math.floor(session.expiresAt.getTime() / 1000),
      session.attributes.createdAt,
    );
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    stmt("UPDATE sessions SET expires_at = ? WHERE id = ?").run(Math.floor(expiresAt.getTime() / 1000), sessionId);
  }

  async deleteSession(sessionId: string): Promise<void> {
    stmt("DELETE FROM sessions WHERE id = ?").run(sessionId);
  }

  async deleteUserSessions(userId: string): Promise<void> {
    stmt("DELETE FROM sessions WHERE user_id = ?").run(userId);
  }

  async deleteExpiredSessions(): Promise<void> {
    stmt("DELETE FROM sessions WHERE expires_at <= ?").run(Math.floor(Date.now() / 1000));
  }
}
