import type { CodeFamily } from './codeFamilyTypes.ts';
import { DICT_PARSE_FAMILIES } from './dictParseFamilies.ts';
import { LIST_FAMILIES } from './listFamilies.ts';
import { LIST_FAMILIES_2 } from './listFamilies2.ts';
import { MATRIX_FAMILIES } from './matrixFamilies.ts';
import { NUMBER_FAMILIES } from './numberFamilies.ts';
import { NUMBER_FAMILIES_2 } from './numberFamilies2.ts';
import { SHAPE_FAMILIES } from './shapeFamilies.ts';
import { STRING_FAMILIES } from './stringFamilies.ts';
import { TEXT_FAMILIES } from './textFamilies.ts';

/** Every family of the built-in code suite. */
export const CODE_FAMILIES: readonly CodeFamily[] = [
  ...STRING_FAMILIES,
  ...TEXT_FAMILIES,
  ...LIST_FAMILIES,
  ...LIST_FAMILIES_2,
  ...NUMBER_FAMILIES,
  ...NUMBER_FAMILIES_2,
  ...DICT_PARSE_FAMILIES,
  ...SHAPE_FAMILIES,
  ...MATRIX_FAMILIES,
];
