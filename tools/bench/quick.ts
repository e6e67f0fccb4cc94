// Weigh the sample pages of the current dist/ without building (for quick looks; npm run bench is the record).
import { SAMPLES } from "./cli.ts";
import { weighPage } from "./weigh.ts";
for (const s of SAMPLES) {
  const w = weighPage("dist", s.type, s.path);
  console.log(
    s.type.padEnd(34),
    (w.totals.overhead / 1024).toFixed(1).padStart(6),
    "KB ovh",
    (w.totals.js / 1024).toFixed(1).padStart(5),
    "KB js",
    (w.html.gzip / 1024).toFixed(1).padStart(6),
    "KB html",
  );
}
