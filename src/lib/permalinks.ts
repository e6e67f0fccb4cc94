import type { UnitLocation } from "./routes.ts";

/**
 * The registry of published ids (content/ids.json): each id with the site-relative address it was
 * published at ("paper-b/b-3-2-1/", "table-1/#dim-goal"), and ids renamed since (old → new).
 */
export interface IdRegistry {
  ids: Record<string, string>;
  moved: Record<string, string>;
}

/** A redirect the build must keep: from an address once published to where the unit lives now. */
export interface Redirect {
  /** The id as published. */
  id: string;
  /** The id the unit has now (the same id when only its address changed). */
  to: string;
  /** The published address, site-relative. */
  from: string;
  /** The current address, site-relative. */
  target: string;
}

/** A unit location as one site-relative address: "table-1/#dim-goal". */
export function addressOf(location: UnitLocation): string {
  return location.anchor === undefined ? location.path : `${location.path}#${location.anchor}`;
}

/** Follow renames from a published id to the id that exists now (undefined when the chain ends nowhere or loops). */
export function currentId(id: string, registry: IdRegistry, current: ReadonlyMap<string, string>): string | undefined {
  const seen = new Set<string>();
  let at: string | undefined = id;
  while (at !== undefined && !current.has(at)) {
    if (seen.has(at)) return undefined;
    seen.add(at);
    at = registry.moved[at];
  }
  return at;
}

/**
 * What breaks the promise that published ids keep resolving: a registered id that vanished without
 * a rename, or a rename into nothing. `current` maps each id the site has now to its address.
 */
export function registryProblems(registry: IdRegistry, current: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(registry.ids)) {
    if (current.has(id)) continue;
    if (registry.moved[id] === undefined)
      problems.push(`content/ids.json: published id "${id}" no longer exists; restore it, or record its new id under "moved" ("${id}": "<new id>")`);
    else if (currentId(id, registry, current) === undefined)
      problems.push(`content/ids.json: "moved" sends "${id}" to "${registry.moved[id]}", which does not exist`);
  }
  for (const [from, to] of Object.entries(registry.moved)) {
    if (registry.ids[from] === undefined) problems.push(`content/ids.json: "moved" names "${from}", which was never published (it is not under "ids")`);
    if (current.has(from)) problems.push(`content/ids.json: "moved" renames "${from}" to "${to}", but "${from}" still exists`);
  }
  return problems;
}

/** Ids the site has that the registry does not list yet, as the lines to add to content/ids.json. */
export function unregistered(registry: IdRegistry, current: ReadonlyMap<string, string>): string[] {
  return [...current].filter(([id]) => registry.ids[id] === undefined).map(([id, address]) => `"${id}": "${address}"`);
}

/** Every published address that no longer is where its unit lives, with where to send readers. */
export function redirects(registry: IdRegistry, current: ReadonlyMap<string, string>): Redirect[] {
  const out: Redirect[] = [];
  for (const [id, from] of Object.entries(registry.ids)) {
    const to = currentId(id, registry, current);
    const target = to === undefined ? undefined : current.get(to);
    if (to === undefined || target === undefined || target === from) continue;
    out.push({ id, to, from, target });
  }
  return out;
}

/**
 * The inline script that follows moved anchors: opening /compare/#cmp-actors-c1 goes on to
 * /compare/actors/#cmp-actors-c1. Runs in <head>, before the page is shown; without JS the page opens at its top.
 * The map is grouped by target page to stay small: "a" keeps the anchor, "a>" drops it, "a>b" renames it.
 */
export function anchorMovesScript(moves: Readonly<Record<string, string>>): string {
  const byPage: Record<string, string[]> = {};
  for (const [anchor, href] of Object.entries(moves)) {
    const [page = "", target] = href.split("#");
    (byPage[page] ??= []).push(target === undefined ? `${anchor}>` : target === anchor ? anchor : `${anchor}>${target}`);
  }
  const map = JSON.stringify(Object.fromEntries(Object.entries(byPage).map(([page, tokens]) => [page, tokens.join(" ")]))).replace(/</g, "\\u003c");
  return `(function(m,h){if(h)for(var p in m)for(var t of m[p].split(" ")){var x=t.split(">");if(x[0]===h)return location.replace(p+(x.length<2?"#"+h:x[1]?"#"+x[1]:""))}})(${map},decodeURIComponent(location.hash.slice(1)))`;
}
