// The live board's scripts as one minified ES module (decision 0060): board.mjs, its modules,
// SortableJS and markdown-it, from wwwroot/js and node_modules, into wwwroot/js/dist (git-ignored).
// Run by the build (Client.targets) when one of them changes; `npm run bundle` by hand.
import { build } from "esbuild";

await build({
  entryPoints: ["../wwwroot/js/board.mjs"],
  outfile: "../wwwroot/js/dist/board.js",
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  // The modules import the npm packages by name; they live here, not beside the modules.
  nodePaths: ["node_modules"],
  // Linked, not inline: fetched only by the browser's developer tools, to show the readable modules.
  sourcemap: "linked",
  logLevel: "warning",
});
