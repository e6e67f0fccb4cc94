/**
 * Mock `astro:content` for the tests of src/data/, the way Starlight's __tests__/test-utils.ts does:
 * fixture entries are parsed by the site's own schemas (so references become `{ collection, id }` as in a
 * build), and getCollection, getEntry, getEntries and render answer from them. Use it in a test file as
 *
 *   vi.mock("astro:content", async () => (await import("../test-utils.ts")).mockedAstroContent(FIXTURES));
 */
import { vi } from "vitest";

/** A heading as render() reports it. */
type Heading = { depth: number; slug: string; text: string };
/** A fixture entry: its id, its front matter (schema input), and the headings of its body. */
export type FixtureEntry = { id: string; data: Record<string, unknown>; headings?: Heading[] };
/** Fixture entries by collection name. */
export type Fixtures = Partial<Record<string, FixtureEntry[]>>;

type Entry = { id: string; collection: string; data: Record<string, unknown>; body: string; filePath?: string };

/** The module astro:content is replaced with: the actual one, querying the fixtures instead of the content store. */
export async function mockedAstroContent(fixtures: Fixtures) {
  const mod = await vi.importActual<typeof import("astro:content")>("astro:content");
  const { collections } = await vi.importActual<typeof import("../../../src/content.config.ts")>("../../../src/content.config.ts");
  const store = new Map<string, Entry[]>();
  const headings = new Map<string, Heading[]>();
  for (const [name, config] of Object.entries(collections)) {
    const schema = config.schema;
    const list = (fixtures[name] ?? []).map((f) => {
      if (schema === undefined || typeof schema === "function") throw new Error(`collection ${name}: no schema`);
      const parsed = schema.safeParse(f.data);
      if (!parsed.success) throw new Error(`fixture ${name} "${f.id}": ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      headings.set(`${name}/${f.id}`, f.headings ?? []);
      return { id: f.id, collection: name, data: parsed.data, body: "" };
    });
    store.set(name, list);
  }
  const find = (collection: string, id: string) => store.get(collection)?.find((e) => e.id === id);
  const getEntry = (a: string | { collection: string; id: string }, b?: string) => (typeof a === "string" ? find(a, b ?? "") : find(a.collection, a.id));
  return {
    ...mod,
    getCollection: async (collection: string, filter?: (entry: Entry) => unknown) => {
      const entries = store.get(collection) ?? [];
      return filter === undefined ? [...entries] : entries.filter(filter);
    },
    getEntry: async (a: string | { collection: string; id: string }, b?: string) => getEntry(a, b),
    getEntries: async (refs: { collection: string; id: string }[]) => refs.map((r) => getEntry(r)),
    render: async (entry: Entry) => ({ Content: () => null, headings: headings.get(`${entry.collection}/${entry.id}`) ?? [], remarkPluginFrontmatter: {} }),
  };
}
