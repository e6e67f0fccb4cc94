import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { defineCollection } from "astro:content";
import { diagrams } from "./integrations/diagram-loader.ts";
import { entries, list } from "./integrations/loaders.ts";
import { bibliographySchema } from "./schemas/bibliography.ts";
import { comparisonSchema } from "./schemas/comparisons.ts";
import { conceptSchema } from "./schemas/concepts.ts";
import { crosswalkSchema } from "./schemas/crosswalk.ts";
import { diagramSchema } from "./schemas/diagrams.ts";
import { elementSchema } from "./schemas/elements.ts";
import { eventSchema } from "./schemas/events.ts";
import { matrixCellSchema } from "./schemas/matrix.ts";
import { pageSchema } from "./schemas/pages.ts";
import { paperSchema } from "./schemas/papers.ts";
import { sectionSchema } from "./schemas/sections.ts";
import { stageSchema } from "./schemas/stages.ts";
import { dimensionSchema } from "./schemas/table1.ts";
import { termSchema } from "./schemas/terms.ts";

/** The knowledge base's collections: one folder each under the top-level `content/`. */
export const collections = {
  papers: defineCollection({ loader: entries("papers", ["mdx"]), schema: paperSchema }),
  sections: defineCollection({ loader: entries("sections", ["mdx"]), schema: sectionSchema }),
  stages: defineCollection({ loader: entries("stages", ["mdx"]), schema: stageSchema }),
  dimensions: defineCollection({ loader: list("table-1"), schema: dimensionSchema }),
  elements: defineCollection({ loader: entries("elements", ["mdx"]), schema: elementSchema }),
  matrix: defineCollection({ loader: list("matrix"), schema: matrixCellSchema }),
  concepts: defineCollection({ loader: entries("concepts", ["mdx"]), schema: conceptSchema }),
  events: defineCollection({ loader: list("events"), schema: eventSchema }),
  bibliography: defineCollection({ loader: list("bibliography"), schema: bibliographySchema }),
  comparisons: defineCollection({ loader: entries("comparisons", ["mdx"]), schema: comparisonSchema }),
  /** The crosswalk of the two models: typed pairs of elements (`content/crosswalk/`). */
  crosswalk: defineCollection({ loader: list("crosswalk"), schema: crosswalkSchema }),
  pages: defineCollection({ loader: entries("pages", ["mdx"]), schema: pageSchema }),
  diagrams: defineCollection({ loader: diagrams(), schema: diagramSchema }),
  /** Canonical English of terms that are not concepts (`content/terms/`). */
  terms: defineCollection({ loader: list("terms"), schema: termSchema }),
  /**
   * The English edition: one file per Chinese file, same relative path under content/en/ (an MDX entry's English
   * fields and body; a YAML list's English by entry id). Read and checked by src/data/translations.ts.
   */
  translations: defineCollection({
    loader: glob({ base: "./content/en", pattern: "**/*.{mdx,yaml}", generateId: ({ entry }) => entry.replace(/\.(mdx|yaml)$/, "") }),
    schema: z.record(z.string(), z.unknown()),
  }),
  /** The English renderings of the diagrams (`content/en/diagrams/`), rendered like the Chinese. */
  diagramsEn: defineCollection({ loader: diagrams(process.cwd(), "content/en/diagrams"), schema: diagramSchema }),
};
