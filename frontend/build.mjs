// Builds the dashboard into the Python package (src/communique/web/static/), so a plain
// pip install serves it with no node at run time. Run: npm ci && npm run build.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "communique", "web", "static");
const modules = join(here, "node_modules");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "vendor"), { recursive: true });

await build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "eof",
  outfile: join(out, "app.js"),
});
await build({ entryPoints: [join(here, "src", "app.css")], minify: true, outfile: join(out, "app.css") });

for (const file of ["index.html", "favicon.svg"]) copyFileSync(join(here, "src", file), join(out, file));
for (const file of ["swagger-ui-bundle.js", "swagger-ui.css", "swagger-ui-bundle.js.LICENSE.txt"]) {
  copyFileSync(join(modules, "swagger-ui-dist", file), join(out, "vendor", file));
}

// The bundled libraries' licences travel with them.
const licences = ["chart.js", "cytoscape", "swagger-ui-dist", "@kurkle/color"].map((name) => {
  const pkg = JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8"));
  const file = ["LICENSE", "LICENSE.md"].find((f) => existsSync(join(modules, name, f)));
  const text = readFileSync(join(modules, name, file), "utf8").trim();
  return `${name} ${pkg.version} (${pkg.license})\n\n${text}\n`;
});
writeFileSync(join(out, "vendor", "LICENSES.txt"), licences.join("\n" + "=".repeat(72) + "\n\n"));
console.log(`built ${out}`);
