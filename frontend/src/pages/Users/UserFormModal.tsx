import { Checkbox, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { ASSIGNABLE_ROLES, isRole, ROLE_LABELS, type Role } from '../../access';
import { catalogApi, unwrap } from '../../api/client';
import type { OrgUnit, User } from '../../api/types';
import { useApiError } from '../../hooks/useApiError';
import { t } from '../../i18n';

interface FormValues {
  username: string;
  display_name: string;
  password?: string;
  roles: Role[];
  org_unit_id?: string | null;
  active?: boolean;
}

/** The server's rules, checked early so the user gets the message next to the field. */
const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{2,63}$/;
const PASSWORD_PATTERN = /^(?=.*[A-Za-z])(?=.*\d).{8,128}$/;

const FIELDS = ['username', 'display_name', 'password', 'roles', 'org_unit_id', 'active'] as const;

export interface UserFormModalProps {
  open: boolean;
  tenantId: string;
  /** The user being edited; absent to create one. */
  user?: User | null;
  orgUnits: OrgUnit[];
  onClose: () => void;
  onSaved: (user: User) => void;
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

export default function UserFormModal({ open, tenantId, user, orgUnits, onClose, onSaved }: UserFormModalProps) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const showError = useApiError();
  const editing = Boolean(user);

  // Roles the user already holds stay visible even if this console would not grant them.
  const roleChoices: Role[] = [...ASSIGNABLE_ROLES];
  for (const role of user?.roles ?? []) if (isRole(role) && !roleChoices.includes(role)) roleChoices.push(role);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      user
        ? {
            username: user.username,
            display_name: user.display_name,
            roles: user.roles.filter(isRole),
            org_unit_id: user.org_unit_id ?? undefined,
            active: user.active,
          }
        : { roles: ['editor'], active: true },
    );
  }, [open, user, form]);

  const save = async (values: FormValues) => {
    const orgUnitId = values.org_unit_id || null;
    setSaving(true);
    try {
      let saved: User;
      if (user) {
        saved = await unwrap(
          catalogApi.PATCH('/tenants/{tenant_id}/users/{user_id}', {
            params: { path: { tenant_id: tenantId, user_id: user.id } },
            body: {
              ...(values.display_name.trim() !== user.display_name ? { display_name: values.display_name.trim() } : {}),
              ...(!sameRoles(values.roles, user.roles) ? { roles: values.roles } : {}),
              ...(orgUnitId !== user.org_unit_id ? { org_unit_id: orgUnitId } : {}),
              ...(values.active !== undefined && values.active !== user.active ? { active: values.active } : {}),
              ...(values.password ? { password: values.password } : {}),
              version: user.version,
            },
          }),
        );
      } else {
        saved = await unwrap(
          catalogApi.POST('/tenants/{tenant_id}/users', {
            params: { path: { tenant_id: tenantId } },
            body: {
              username: values.username.trim(),
              display_name: values.display_name.trim(),
              password: values.password ?? '',
              roles: values.roles,
              ...(orgUnitId ? { org_unit_id: orgUnitId } : {}),
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
      title={editing ? t('user.edit') : t('user.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      destroyOnHidden
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={save} name="user-form">
        <Form.Item
          label={t('user.username')}
          name="username"
          rules={[
            { required: true, whitespace: true, message: t('user.username.required') },
            ...(editing ? [] : [{ pattern: USERNAME_PATTERN, message: t('user.username.invalid') }]),
          ]}
        >
          <Input disabled={editing} autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          label={t('user.displayName')}
          name="display_name"
          rules={[{ required: true, whitespace: true, message: t('user.displayName.required') }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          label={t('user.password')}
          name="password"
          extra={editing ? t('user.password.newHint') : undefined}
          rules={[
            ...(editing ? [] : [{ required: true, message: t('user.password.required') }]),
            { pattern: PASSWORD_PATTERN, message: t('user.password.invalid') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('user.roles')}
          name="roles"
          rules={[{ required: true, type: 'array', min: 1, message: t('user.roles.required') }]}
        >
          <Checkbox.Group options={roleChoices.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} />
        </Form.Item>
        <Form.Item label={t('user.orgUnit')} name="org_unit_id">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('user.orgUnit.none')}
            options={orgUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
          />
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
