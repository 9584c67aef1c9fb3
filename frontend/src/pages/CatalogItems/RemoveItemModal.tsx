import { Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import type { CatalogItem } from '../../api/types';
import { useApiError } from '../../hooks/useApiError';
import { t } from '../../i18n';

interface FormValues {
  reason: string;
}

/** Removes an item from a draft; the reason goes to the change log. */
export default function RemoveItemModal({
  tenantId,
  versionId,
  item,
  onClose,
  onRemoved,
}: {
  tenantId: string;
  versionId: string;
  /** The item to remove; null when closed. */
  item: CatalogItem | null;
  onClose: () => void;
  onRemoved: (item: CatalogItem) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const showError = useApiError();

  useEffect(() => {
    if (item) form.resetFields();
  }, [item, form]);

  const remove = async (values: FormValues) => {
    if (!item) return;
    setSaving(true);
    try {
      await unwrap(
        catalogApi.POST('/tenants/{tenant_id}/catalog/versions/{version_id}/items/{item_id}:remove', {
          params: { path: { tenant_id: tenantId, version_id: versionId, item_id: item.id } },
          body: { reason: values.reason.trim() },
        }),
      );
      onRemoved(item);
    } catch (error) {
      showError(error, { instance: form, fields: ['reason'] });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={item !== null}
      title={t('catalog.item.remove.title')}
      okText={t('catalog.item.remove')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      destroyOnHidden
    >
      {item && (
        <Typography.Paragraph>
          第{item.seq}项 {[item.domain, item.level1, item.level2].filter(Boolean).join(' / ')}
        </Typography.Paragraph>
      )}
      <Form<FormValues> form={form} layout="vertical" onFinish={remove} name="remove-item-form">
        <Form.Item
          label={t('catalog.item.remove.reason')}
          name="reason"
          rules={[
            { required: true, whitespace: true, min: 2, message: t('catalog.item.remove.reason.required') },
            { max: 500 },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} placeholder="如：本级无此项职能" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
