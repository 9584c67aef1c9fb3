import { Form, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import type { BulkAssignMode, OrgUnit } from '../../api/types';
import { useApiError } from '../../hooks/useApiError';
import { t } from '../../i18n';

interface FormValues {
  org_unit_ids: string[];
  mode: BulkAssignMode;
}

const MODES: { value: BulkAssignMode; label: string }[] = [
  { value: 'add', label: t('catalog.bulkAssign.mode.add') },
  { value: 'replace', label: t('catalog.bulkAssign.mode.replace') },
  { value: 'remove', label: t('catalog.bulkAssign.mode.remove') },
];

/** 批量分配责任单位: adds, replaces or removes org units on the selected items. */
export default function BulkAssignModal({
  open,
  tenantId,
  versionId,
  itemIds,
  orgUnits,
  onClose,
  onDone,
}: {
  open: boolean;
  tenantId: string;
  versionId: string;
  itemIds: string[];
  orgUnits: OrgUnit[];
  onClose: () => void;
  onDone: (count: number) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const showError = useApiError();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ org_unit_ids: [], mode: 'add' });
  }, [open, form]);

  const assign = async (values: FormValues) => {
    setSaving(true);
    try {
      const result = await unwrap(
        catalogApi.POST('/tenants/{tenant_id}/catalog/versions/{version_id}/assignments:bulk', {
          params: { path: { tenant_id: tenantId, version_id: versionId } },
          body: { item_ids: itemIds, org_unit_ids: values.org_unit_ids, mode: values.mode },
        }),
      );
      onDone(result.items ?? itemIds.length);
    } catch (error) {
      showError(error, { instance: form, fields: ['org_unit_ids', 'mode'] });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('catalog.bulkAssign')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      destroyOnHidden
    >
      <Typography.Paragraph>{t('catalog.selected', { count: itemIds.length })}</Typography.Paragraph>
      <Form<FormValues> form={form} layout="vertical" onFinish={assign} name="bulk-assign-form">
        <Form.Item
          label={t('catalog.bulkAssign.orgUnits')}
          name="org_unit_ids"
          rules={[{ required: true, type: 'array', min: 1, message: t('catalog.bulkAssign.orgUnits.required') }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={orgUnits.filter((unit) => unit.active).map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        </Form.Item>
        <Form.Item label={t('catalog.bulkAssign.mode')} name="mode">
          <Radio.Group options={MODES} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
