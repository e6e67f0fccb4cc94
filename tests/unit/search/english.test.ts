import { describe, expect, it } from "vitest";
import { britishSpelling, britishText, inflections } from "../../../src/lib/search/english.ts";

describe("britishSpelling", () => {
  it.each([
    ["organization", "organisation"],
    ["organizational", "organisational"],
    ["mobilizing", "mobilising"],
    ["centralized", "centralised"],
    ["commercialization", "commercialisation"],
    ["analyze", "analyse"],
    ["center", "centre"],
    ["centered", "centred"],
    ["labor", "labour"],
    ["behavioral", "behavioural"],
    ["favorable", "favourable"],
    ["defense", "defence"],
    // Left alone: roots in -iz-, -or words that are British too, words already British, other words.
    ["size", "size"],
    ["seize", "seize"],
    ["prize", "prize"],
    ["citizen", "citizen"],
    ["laboratory", "laboratory"],
    ["laborious", "laborious"],
    ["actor", "actor"],
    ["organisation", "organisation"],
    ["national", "national"],
  ])("%s → %s", (american, british) => {
    expect(britishSpelling(american)).toBe(british);
  });
  it("converts the English words of a text and nothing else", () => {
    expect(britishText("party center 组织 organization-2020")).toBe("party centre 组织 organisation-2020");
  });
});

describe("inflections", () => {
  it.each([
    ["interactors", ["interactor"]],
    ["laboratories", ["laboratory"]],
    ["laboratory", ["laboratories"]],
    ["processes", ["process"]],
    ["mobilised", ["mobilis"]],
    ["diffusing", ["diffus"]],
    ["process", []],
    ["focus", []],
    ["uses", []],
    ["system", []],
    ["863", []],
  ])("%s → %j", (word, forms) => {
    expect(inflections(word)).toEqual(forms);
  });
});
