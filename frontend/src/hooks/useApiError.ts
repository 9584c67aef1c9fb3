import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/errors';
import { applyApiErrorToForm } from '../utils/formErrors';

/**
 * Shows a failed call to the user: field errors on the form (when given), the Chinese
 * message of the problem with antd's message.error otherwise.
 */
export function useApiError() {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, form?: { instance: FormInstance; fields: readonly string[] }) => {
      if (!(error instanceof ApiError)) {
        console.error(error);
        void message.error('操作失败，请稍后重试');
        return;
      }
      if (error.sessionEnded) return; // the layout already said "登录已过期"
      if (form && error.errors.length > 0) {
        const unmatched = applyApiErrorToForm(form.instance, error, form.fields);
        void message.error(unmatched.length > 0 ? `${error.title}：${unmatched.join('；')}` : error.title);
        return;
      }
      void message.error(error.message);
    },
    [message],
  );
}
