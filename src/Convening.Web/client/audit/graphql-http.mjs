// Runs the graphql-http audit suite (the GraphQL-over-HTTP spec's own checks) against a server
// and prints each result as a JSON line: {"status":"ok|warn|error","name":"..."}.
import { auditServer } from "graphql-http";

const url = process.argv[2];
if (!url) {
  console.error("usage: node audit/graphql-http.mjs http://127.0.0.1:PORT/graphql");
  process.exit(2);
}
for (const result of await auditServer({ url })) {
  const detail = result.status === "ok" ? undefined : (result.reason ?? "");
  console.log(JSON.stringify({ status: result.status, name: result.name, detail }));
}
