// OpenCC's dictionaries ship as plain ES modules without type declarations: each is one string of
// "source replacement" pairs separated by "|".
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
