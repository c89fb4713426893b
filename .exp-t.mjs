import { createWorker, OEM, PSM } from 'tesseract.js';
import { readFileSync } from 'node:fs';
const w = await createWorker('vie', OEM.LSTM_ONLY, { langPath: 'node_modules/@tesseract.js-data/vie/4.0.0_best_int', cacheMethod: 'none' });
await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO, debug_file: '/dev/null' });
for (const [o, out] of [[{}, { blocks: true }], [{ rotateAuto: true }, { blocks: true, imageBinary: true }], [{}, { blocks: true }]]) {
  const t = Date.now();
  await w.recognize(readFileSync(process.argv[2]), o, out);
  console.log(JSON.stringify(o), JSON.stringify(out), Date.now() - t);
}
await w.terminate();
