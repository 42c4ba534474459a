import type { CodeFamily } from './codeFamilyTypes.ts';
import { LIST_FAMILIES } from './listFamilies.ts';
import { LIST_FAMILIES_2 } from './listFamilies2.ts';
import { NUMBER_FAMILIES } from './numberFamilies.ts';
import { STRING_FAMILIES } from './stringFamilies.ts';
import { TEXT_FAMILIES } from './textFamilies.ts';

/** Every family of the built-in code suite. */
export const CODE_FAMILIES: readonly CodeFamily[] = [...STRING_FAMILIES, ...TEXT_FAMILIES, ...LIST_FAMILIES, ...LIST_FAMILIES_2, ...NUMBER_FAMILIES];
