/**
 * Prints every row of every table of the service's database as text (one JSON array of strings), for
 * the test that searches storage for the fictitious values used in payloads. Run with tsx:
 *   ZV_DUMP_TARGET=DATA_DIR|postgres://… dump-db.ts
 */
import { openDatabase } from "../../../src/server/db";

async function main(target: string): Promise<void> {
  const db = await openDatabase(
    target.startsWith("postgres") ? { url: target, dataDir: "" } : { dataDir: target }
  );
  try {
    const tables = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    );
    const out: string[] = [];
    for (const { table_name } of tables.rows) {
      out.push(`table ${table_name}`);
      // the whole row as text: every column, whatever its type
      const rows = await db.query<{ t: string }>(`SELECT (t.*)::text AS t FROM "${table_name}" t`);
      for (const r of rows.rows) out.push(r.t);
    }
    process.stdout.write(JSON.stringify(out));
  } finally {
    await db.close();
  }
}

main(process.env.ZV_DUMP_TARGET ?? "").catch((e: unknown) => {
  process.stderr.write(`dump-db: ${(e as Error).stack}\n`);
  process.exit(1);
});
