import type { FormInstance } from 'antd';
import { ApiError } from '../api/errors';

/**
 * Puts an ApiError's field errors on the matching form fields. Returns the messages of the
 * errors that matched no field of the form (to be shown with message.error).
 */
export function applyApiErrorToForm(form: FormInstance, error: ApiError, fieldNames: readonly string[]): string[] {
  const known = new Set(fieldNames);
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  const unmatched: string[] = [];
  for (const field of error.fieldErrors()) {
    const first = field.name[0];
    if (typeof first === 'string' && known.has(first)) {
      fields.push({ name: [first], errors: field.messages });
    } else {
      unmatched.push(...field.messages);
    }
  }
  if (fields.length > 0) form.setFields(fields);
  return unmatched;
}
