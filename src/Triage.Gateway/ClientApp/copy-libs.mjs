// Copies the browser builds of the console's npm dependencies into wwwroot/lib, where the gateway serves them.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const lib = join(here, "..", "wwwroot", "lib");

const files = [
  ["@microsoft/signalr/dist/browser/signalr.min.js", "signalr/signalr.min.js"],
  ["@microsoft/signalr/dist/browser/signalr.min.js.map", "signalr/signalr.min.js.map"],
];

for (const [from, to] of files) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(here, "node_modules", from), target);
}
