// The bench's reference: a bare Apollo server with one pg query on the same read as melding(id), no
// auth, CASL, team rule or access log. It runs as a process of its own so that its CPU counters hold
// only the server's work (autocannon runs in the bench's process).
// Environment: REFERENCE_DATABASE_URL (the api's own role), REFERENCE_TENANT_ID (set for the session,
// so row-level security gives the same rows the api reads), PORT. Prints "ready" when it listens.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import pg from 'pg';

const tenant = process.env.REFERENCE_TENANT_ID ?? '';
if (!/^[0-9a-f-]{36}$/i.test(tenant)) throw new Error('REFERENCE_TENANT_ID must be a UUID');
// The tenant as a setting of the connection (startup packet), not per request: the reference pays
// nothing for tenancy.
const pool = new pg.Pool({ connectionString: process.env.REFERENCE_DATABASE_URL, max: 20, options: `-c app.tenant_id=${tenant}` });

const server = new ApolloServer({
  typeDefs:
    'type Casus { id: ID! } type Melder { naam: String! } type Melding { id: ID! nummer: String! fase: String! melder: Melder! casus: Casus! } type Query { melding(id: ID!): Melding }',
  resolvers: {
    Query: {
      melding: async (_, { id }) => {
        const r = (await pool.query('SELECT id, nummer, fase, melder_naam, casus_id FROM melding WHERE id = $1', [id])).rows[0];
        return r && { id: r.id, nummer: r.nummer, fase: r.fase, melder: { naam: r.melder_naam }, casus: { id: r.casus_id } };
      },
    },
  },
});
await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
process.stdout.write('ready\n');
process.once('SIGTERM', async () => {
  await server.stop();
  await pool.end();
  process.exit(0);
});
