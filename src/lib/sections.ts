const CHINESE_NUMERAL = /^[一二三四五六七八九十]+$/;

/** A section number as Chinese typesetting prints it before a heading: "二、", "(一)", "1. ". */
export function formatSectionNumber(number: string): string {
  if (CHINESE_NUMERAL.test(number)) return `${number}、`;
  if (/^\d+\.?$/.test(number)) return `${number.replace(/\.$/, "")}. `;
  return number;
}
