import Cite from "./Cite.astro";
import Diagram from "./Diagram.astro";
import Quote from "./Quote.astro";
import Ref from "./Ref.astro";
import SiteNote from "./SiteNote.astro";

/** Components available in every MDX body without an import. */
export const MDX_COMPONENTS = { Cite, Diagram, Quote, Ref, SiteNote };
