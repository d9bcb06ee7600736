// js-hcl-parser ships no types: HashiCorp's HCL1 parser compiled with gopherjs.
declare module 'js-hcl-parser' {
  /** HCL1 (or JSON) text → pretty JSON text; on a syntax error a string starting "unable to parse". */
  export function parse(text: string): string;
  export function stringify(json: string): string;
  const hcl: { parse: typeof parse; stringify: typeof stringify };
  export default hcl;
}
