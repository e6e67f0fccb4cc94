// citation-js ships no type declarations: these cover only what src/lib/cite/cite-format.ts uses.
declare module "@citation-js/core" {
  /** A list of CSL-JSON items with input parsers and output formatters from the loaded plugins. */
  export class Cite {
    constructor(data?: unknown);
    /** The items, as CSL-JSON. */
    data: Record<string, unknown>[];
    /** Format the items ("bibliography", "citation", "bibtex", "ris", "data"). */
    format(format: string, options?: Record<string, unknown>): string;
  }
  /** A register of named CSL styles or locales (XML). */
  interface XmlRegister {
    add(name: string, xml: string): void;
  }
  /** The plugin registry and each plugin's configuration. */
  export const plugins: {
    config: {
      get(plugin: "@csl"): { styles: XmlRegister; locales: XmlRegister };
      get(plugin: "@bibtex"): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
    };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
