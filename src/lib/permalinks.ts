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
 * The map is grouped by target page to stay small: "a" keeps the anchor, "a>" drops it, "a>b" renames it, and
 * "a-c1~12" stands for a-c1 … a-c12, each kept (claims are numbered: one token per axis, not one per claim).
 */
export function anchorMovesScript(moves: Readonly<Record<string, string>>): string {
  const byPage: Record<string, string[]> = {};
  for (const [anchor, href] of Object.entries(moves)) {
    const [page = "", target] = href.split("#");
    (byPage[page] ??= []).push(target === undefined ? `${anchor}>` : target === anchor ? anchor : `${anchor}>${target}`);
  }
  const map = JSON.stringify(Object.fromEntries(Object.entries(byPage).map(([page, tokens]) => [page, numberRuns(tokens).join(" ")]))).replace(/</g, "\\u003c");
  return `(function(m,h){if(h)for(var p in m)for(var t of m[p].replace(/(\\S*?)(\\d+)~(\\d+)/g,function(s,a,n,z){for(s=a+n++;n<=z;)s+=" "+a+n++;return s}).split(" ")){var x=t.split(">");if(x[0]===h)return location.replace(p+(x.length<2?"#"+h:x[1]?"#"+x[1]:""))}})(${map},decodeURIComponent(location.hash.slice(1)))`;
}

/** Kept anchors that differ only by a number (a-c1, a-c2, a-c3) as one run "a-c1~3"; the other tokens as they are. */
function numberRuns(tokens: readonly string[]): string[] {
  const numbered = new Map<string, number[]>();
  const out: string[] = [];
  for (const token of tokens) {
    if (/[\s~]/.test(token)) throw new Error(`anchor moves: "${token}" holds a space or "~", which the map cannot carry`);
    const m = /^([^>]*?)(\d+)$/.exec(token);
    if (m === null || m[2] !== String(Number(m[2]))) out.push(token);
    else numbered.set(m[1] ?? "", [...(numbered.get(m[1] ?? "") ?? []), Number(m[2])]);
  }
  for (const [prefix, numbers] of numbered) {
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
      const [from, to] = [sorted[i] ?? 0, sorted[j] ?? 0];
      if (j - i >= 2) out.push(`${prefix}${from}~${to}`);
      else for (let n = from; n <= to; n++) out.push(`${prefix}${n}`);
      i = j + 1;
    }
  }
  return out;
}
