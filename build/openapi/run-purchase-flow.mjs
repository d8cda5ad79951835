// Runs the compiled purchase flow (tsc --outDir generated/js) against a host:
//   node run-purchase-flow.mjs '{"baseUrl":"http://127.0.0.1:5000","region":"europe","customer":"...","seller":"...","admin":"..."}' word
import { purchase } from "./generated/js/purchase-flow.js";

const status = await purchase(JSON.parse(process.argv[2]), process.argv[3]);
console.log(JSON.stringify({ status }));
