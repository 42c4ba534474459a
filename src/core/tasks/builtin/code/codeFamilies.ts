import type { CodeFamily } from './codeFamilyTypes.ts';
import { DICT_FAMILIES } from './dictFamilies.ts';
import { FILTER_FAMILIES } from './filterFamilies.ts';
import { LIST_FAMILIES } from './listFamilies.ts';
import { LIST_FAMILIES_2 } from './listFamilies2.ts';
import { MATRIX_FAMILIES } from './matrixFamilies.ts';
import { NUMBER_FAMILIES } from './numberFamilies.ts';
import { NUMBER_FAMILIES_2 } from './numberFamilies2.ts';
import { ORDER_FAMILIES } from './orderFamilies.ts';
import { PARSE_FAMILIES } from './parseFamilies.ts';
import { SHAPE_FAMILIES } from './shapeFamilies.ts';
import { STRING_FAMILIES } from './stringFamilies.ts';
import { TEXT_FAMILIES } from './textFamilies.ts';
import { WORD_FAMILIES } from './wordFamilies.ts';

/** Every family of the built-in code suite, in a fixed order (the suite takes them round-robin). */
export const CODE_FAMILIES: readonly CodeFamily[] = [
  ...STRING_FAMILIES,
  ...WORD_FAMILIES,
  ...TEXT_FAMILIES,
  ...LIST_FAMILIES,
  ...ORDER_FAMILIES,
  ...LIST_FAMILIES_2,
  ...FILTER_FAMILIES,
  ...NUMBER_FAMILIES,
  ...NUMBER_FAMILIES_2,
  ...DICT_FAMILIES,
  ...PARSE_FAMILIES,
  ...SHAPE_FAMILIES,
  ...MATRIX_FAMILIES,
];
