import parts from './document-parts.json';
import { foldKey } from '../text/fold.js';

/**
 * The levels of a territory that close a body's name before its place ("tỉnh", "thành phố", "xã"
 * of document-parts.json `territoryWords`), folded, longest first ("thành phố" before "tp").
 */
export const TERRITORY_LEVELS: readonly string[] = parts.territoryWords.map(foldKey).sort((a, b) => b.length - a.length);
