/** The Vietnamese model package: where its traineddata files are (`4.0.0/`, `4.0.0_best_int/`). */
declare module '@tesseract.js-data/vie' {
  const data: { code: string; gzip: boolean; langPath: string };
  export default data;
}
