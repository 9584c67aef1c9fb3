import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import type { OrgUnit } from '../../api/types';
import { useApiError } from '../../hooks/useApiError';
import { t } from '../../i18n';
import { CREDIT_CODE_PATTERN, KIND_OPTIONS, SORT_ORDER_MAX, type OrgUnitKind } from './kinds';

interface FormValues {
  name: string;
  kind: OrgUnitKind;
  credit_code?: string;
  sort_order?: number | null;
  active?: boolean;
}

const FIELDS = ['name', 'kind', 'credit_code', 'sort_order', 'active'] as const;

export interface OrgUnitFormModalProps {
  open: boolean;
  tenantId: string;
  /** The unit being edited; absent to create one. */
  orgUnit?: OrgUnit | null;
  onClose: () => void;
  onSaved: (orgUnit: OrgUnit) => void;
}

export default function OrgUnitFormModal({ open, tenantId, orgUnit, onClose, onSaved }: OrgUnitFormModalProps) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const showError = useApiError();
  const editing = Boolean(orgUnit);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      orgUnit
        ? {
            name: orgUnit.name,
            kind: orgUnit.kind as OrgUnitKind,
            credit_code: orgUnit.credit_code ?? undefined,
            sort_order: orgUnit.sort_order,
            active: orgUnit.active,
          }
        : { kind: 'department', sort_order: 0, active: true },
    );
  }, [open, orgUnit, form]);

  const save = async (values: FormValues) => {
    const creditCode = values.credit_code?.trim() ? values.credit_code.trim() : null;
    const sortOrder = values.sort_order ?? 0;
    setSaving(true);
    try {
      let saved: OrgUnit;
      if (orgUnit) {
        saved = await unwrap(
          catalogApi.PATCH('/tenants/{tenant_id}/org-units/{org_unit_id}', {
            params: { path: { tenant_id: tenantId, org_unit_id: orgUnit.id } },
            body: {
              ...(values.name.trim() !== orgUnit.name ? { name: values.name.trim() } : {}),
              ...(values.kind !== orgUnit.kind ? { kind: values.kind } : {}),
              ...(creditCode !== orgUnit.credit_code ? { credit_code: creditCode } : {}),
              ...(sortOrder !== orgUnit.sort_order ? { sort_order: sortOrder } : {}),
              ...(values.active !== undefined && values.active !== orgUnit.active ? { active: values.active } : {}),
              version: orgUnit.version,
            },
          }),
        );
      } else {
        saved = await unwrap(
          catalogApi.POST('/tenants/{tenant_id}/org-units', {
            params: { path: { tenant_id: tenantId } },
            body: {
              name: values.name.trim(),
              kind: values.kind,
              ...(creditCode ? { credit_code: creditCode } : {}),
              sort_order: sortOrder,
            },
          }),
        );
      }
      onSaved(saved);
    } catch (error) {
      showError(error, { instance: form, fields: FIELDS });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('orgUnit.edit') : t('orgUnit.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      destroyOnHidden
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={save} name="org-unit-form">
        <Form.Item
          label={t('orgUnit.name')}
          name="name"
          rules={[
            { required: true, whitespace: true, message: t('orgUnit.name.required') },
            { max: 100, message: '名称不能超过 100 个字' },
          ]}
        >
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item label={t('orgUnit.kind')} name="kind" rules={[{ required: true, message: t('orgUnit.kind.required') }]}>
          <Select options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item
          label={t('orgUnit.creditCode')}
          name="credit_code"
          normalize={(value?: string) => value?.toUpperCase()}
          rules={[{ pattern: CREDIT_CODE_PATTERN, message: t('orgUnit.creditCode.invalid') }]}
        >
          <Input maxLength={18} placeholder="选填，18 位" />
        </Form.Item>
        <Form.Item label={t('orgUnit.sortOrder')} name="sort_order">
          <InputNumber min={0} max={SORT_ORDER_MAX} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        {editing && (
          <Form.Item label={t('common.status')} name="active" valuePropName="checked">
            <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
