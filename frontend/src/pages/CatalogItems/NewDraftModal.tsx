import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import type { CatalogVersion } from '../../api/types';
import { useApiError } from '../../hooks/useApiError';
import { t } from '../../i18n';

interface FormValues {
  note?: string;
}

/** 新建草稿: from the published version when there is one, else from the provincial baseline. */
export default function NewDraftModal({
  open,
  tenantId,
  published,
  onClose,
  onCreated,
}: {
  open: boolean;
  tenantId: string;
  /** The tenant's published version, which the draft copies; null: from the baseline. */
  published: CatalogVersion | null;
  onClose: () => void;
  onCreated: (version: CatalogVersion) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const showError = useApiError();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const create = async (values: FormValues) => {
    setSaving(true);
    try {
      const version = await unwrap(
        catalogApi.POST('/tenants/{tenant_id}/catalog/versions', {
          params: { path: { tenant_id: tenantId } },
          body: { source: 'auto', note: values.note?.trim() ?? '' },
        }),
      );
      onCreated(version);
    } catch (error) {
      showError(error, { instance: form, fields: ['note'] });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('catalog.newDraft.title')}
      okText={t('catalog.newDraft')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          published
            ? t('catalog.newDraft.fromPublished', { number: published.number })
            : t('catalog.newDraft.fromBaseline')
        }
      />
      <Form<FormValues> form={form} layout="vertical" onFinish={create} name="new-draft-form">
        <Form.Item label={t('catalog.version.note')} name="note" rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} placeholder="选填，如：2026年度动态调整" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
