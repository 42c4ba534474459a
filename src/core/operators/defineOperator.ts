import type { OperatorDefinition } from './types.ts';

/**
 * Declares an operator, checking the invariants every consumer relies on: a type name, 3–4 templates with
 * distinct ids, and descriptor flags that agree with the category.
 */
export function defineOperator(def: OperatorDefinition): OperatorDefinition {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(def.type))
    throw new Error(`Operator type must be PascalCase: "${def.type}"`);
  if (def.templates.length < 3 || def.templates.length > 4) {
    throw new Error(`Operator ${def.type} must have 3–4 prompt templates, has ${def.templates.length}`);
  }
  const ids = new Set(def.templates.map((t) => t.id));
  if (ids.size !== def.templates.length) throw new Error(`Operator ${def.type} has duplicate template ids`);
  const d = def.descriptor;
  if (d.isEnsemble !== (d.category === 'ensemble')) {
    throw new Error(`Operator ${def.type}: isEnsemble must match the ensemble category`);
  }
  if (d.isChecker && d.category !== 'verification') {
    throw new Error(`Operator ${def.type}: checkers belong to the verification category`);
  }
  return Object.freeze({ ...def, templates: def.templates.map((t) => Object.freeze({ ...t })) });
}
