/**
 * The service's database: PGlite (PostgreSQL compiled to WebAssembly, from the npm registry alone) in a
 * data folder by default, or a PostgreSQL server for a care group. Both run the same SQL and the same
 * migrations (src/server/migrations/NNN_name.sql, applied in order and recorded in schema_migrations).
 */
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";

export interface QueryResult<T> {
  rows: T[];
}

export interface Database {
  readonly kind: "pglite" | "postgres";
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** several statements, no parameters */
  exec(text: string): Promise<void>;
  /** runs `work` in one transaction on one connection */
  transaction<T>(work: (tx: Pick<Database, "query" | "exec">) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The migrations beside this file (tsx, tests), or in the source tree next to the compiled CLI
 * (dist-cli/zorgvuldig.cjs, which `npx zorgvuldig serve` runs: the .sql files are not bundled).
 */
export const MIGRATIONS_DIR =
  [
    path.join(__dirname, "migrations"),
    path.resolve(__dirname, "..", "src", "server", "migrations"),
  ].find((d) => existsSync(d)) ?? path.join(__dirname, "migrations");

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  await fs.mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(path.join(dataDir, "pgdata"));
  // PGlite is one connection: queries run one after the other anyway; transactions take it whole
  return {
    kind: "pglite",
    query: async <T>(text: string, params?: unknown[]) =>
      ({ rows: (await db.query<T>(text, params)).rows }) as QueryResult<T>,
    exec: async (text) => {
      await db.exec(text);
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <T>(text: string, params?: unknown[]) =>
            ({ rows: (await tx.query<T>(text, params)).rows }) as QueryResult<T>,
          exec: async (text) => {
            await tx.exec(text);
          },
        })
      ),
    close: () => db.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { Pool } = await import("pg");
  const pool = new Pool({ connectionString: url, max: 10 });
  // fail early with a clear message when the server cannot be reached
  await pool.query("SELECT 1");
  return {
    kind: "postgres",
    query: async <T>(text: string, params?: unknown[]) =>
      ({ rows: (await pool.query(text, params)).rows as T[] }) as QueryResult<T>,
    exec: async (text) => {
      await pool.query(text);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const out = await work({
          query: async <T>(text: string, params?: unknown[]) =>
            ({ rows: (await client.query(text, params)).rows as T[] }) as QueryResult<T>,
          exec: async (text) => {
            await client.query(text);
          },
        });
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export interface DatabaseConfig {
  /** postgres://… for a PostgreSQL server; otherwise the embedded database in dataDir */
  url?: string;
  dataDir: string;
}

/** Opens the database and applies the migrations it has not seen yet. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = config.url ? await openPostgres(config.url) : await openPglite(config.dataDir);
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  return db;
}

/** Migration files in order: NNN_name.sql. */
export async function migrationFiles(dir: string = MIGRATIONS_DIR): Promise<string[]> {
  return (await fs.readdir(dir)).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
}

export async function migrate(db: Database, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = await migrationFiles(dir);
  return db.transaction(async (tx) => {
    await tx.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
    );
    // several services starting at once against one PostgreSQL: one migrates, the others wait
    await tx.query("SELECT pg_advisory_xact_lock(7516)");
    const done = new Set(
      (await tx.query<{ version: string }>("SELECT version FROM schema_migrations")).rows.map(
        (r) => r.version
      )
    );
    const applied: string[] = [];
    for (const file of files) {
      const version = file.replace(/\.sql$/, "");
      if (done.has(version)) continue;
      await tx.exec(await fs.readFile(path.join(dir, file), "utf8"));
      await tx.query("INSERT INTO schema_migrations (version) VALUES ($1)", [version]);
      applied.push(version);
    }
    return applied;
  });
}
