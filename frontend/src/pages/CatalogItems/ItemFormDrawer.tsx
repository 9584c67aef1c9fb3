import {
  Alert,
  App,
  AutoComplete,
  Button,
  Checkbox,
  Col,
  Descriptions,
  Drawer,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { CatalogItem, Domain } from '../../api/types';
import { AUDIENCES, CHANNELS, CUSTOM_ORIGINS, LEVELS, MODES, OTHER_CHANNEL, SOURCE_COLORS, SOURCE_LABELS } from '../../catalog/elements';
import { useApiError } from '../../hooks/useApiError';
import { t } from '../../i18n';
import {
  API_TO_FORM_FIELD,
  emptyItemFormValues,
  formValuesToCreate,
  formValuesToUpdate,
  hasChanges,
  ITEM_FORM_FIELDS,
  itemToFormValues,
  type ItemFormValues,
} from './itemForm';

export interface ItemFormDrawerProps {
  open: boolean;
  tenantId: string;
  versionId: string;
  /** The item shown; null to add a custom item. */
  item: CatalogItem | null;
  /** Whether the item may be changed (admin on a draft). */
  editable: boolean;
  domains: Domain[];
  /** Names of the org units, for the 责任单位 line. */
  unitNames: Map<string, string>;
  onClose: () => void;
  onSaved: (item: CatalogItem, created: boolean) => void;
}

function required(field: string) {
  return { required: true, whitespace: true, message: t('catalog.item.required', { field }) };
}

/** The nine elements of one item in a form: view, edit, or add a custom item. */
export default function ItemFormDrawer({
  open,
  tenantId,
  versionId,
  item,
  editable,
  domains,
  unitNames,
  onClose,
  onSaved,
}: ItemFormDrawerProps) {
  const [form] = Form.useForm<ItemFormValues>();
  const [saving, setSaving] = useState(false);
  const [current, setCurrent] = useState<CatalogItem | null>(item);
  const { message } = App.useApp();
  const showError = useApiError();
  const creating = item === null;
  const boxes = Form.useWatch('channel_boxes', form) ?? [];
  const audience = Form.useWatch('audience', form);

  useEffect(() => {
    if (!open) return;
    setCurrent(item);
    form.resetFields();
    form.setFieldsValue(item ? itemToFormValues(item) : emptyItemFormValues(domains.find((d) => d.active)?.code));
    // domains only seed the default of a new item; a later load is no reason to reset the form.
  }, [open, item, form]);

  const save = async (values: ItemFormValues) => {
    setSaving(true);
    try {
      if (current === null) {
        const created = await unwrap(
          catalogApi.POST('/tenants/{tenant_id}/catalog/versions/{version_id}/items', {
            params: { path: { tenant_id: tenantId, version_id: versionId } },
            body: formValuesToCreate(values),
          }),
        );
        onSaved(created, true);
        return;
      }
      const body = formValuesToUpdate(values, current);
      if (!hasChanges(body)) {
        onClose();
        return;
      }
      const saved = await unwrap(
        catalogApi.PATCH('/tenants/{tenant_id}/catalog/versions/{version_id}/items/{item_id}', {
          params: { path: { tenant_id: tenantId, version_id: versionId, item_id: current.id } },
          body,
        }),
      );
      onSaved(saved, false);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'stale_version' && current) {
        // Somebody else saved first: show their version rather than overwrite it.
        try {
          const latest = await unwrap(
            catalogApi.GET('/tenants/{tenant_id}/catalog/versions/{version_id}/items/{item_id}', {
              params: { path: { tenant_id: tenantId, version_id: versionId, item_id: current.id } },
            }),
          );
          setCurrent(latest);
          form.setFieldsValue(itemToFormValues(latest));
          void message.warning(t('catalog.item.stale'));
        } catch (reloadError) {
          showError(reloadError);
        }
        return;
      }
      if (error instanceof ApiError) {
        error.errors.forEach((fieldError) => {
          const [where, name] = fieldError.loc;
          if (where === 'body' && typeof name === 'string' && API_TO_FORM_FIELD[name]) {
            fieldError.loc = ['body', API_TO_FORM_FIELD[name]];
          }
        });
      }
      showError(error, { instance: form, fields: ITEM_FORM_FIELDS });
    } finally {
      setSaving(false);
    }
  };

  const domainOptions = domains
    .filter((d) => d.active || d.code === current?.domain_code)
    .map((d) => ({ value: d.code, label: d.name }));
  const title = creating ? t('catalog.item.create') : editable ? t('catalog.item.edit') : t('catalog.item.view');

  return (
    <Drawer
      open={open}
      title={title}
      size={760}
      onClose={onClose}
      forceRender
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{editable ? t('common.cancel') : t('common.close')}</Button>
          {editable && (
            <Button type="primary" loading={saving} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          )}
        </Space>
      }
    >
      {current && (
        <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('element.seq')}>{current.seq}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.item.source')}>
            <Tag color={SOURCE_COLORS[current.source]}>{SOURCE_LABELS[current.source]}</Tag>
            {current.source === 'custom' && current.custom_origin && <span>{current.custom_origin}</span>}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.item.timeLimitDescription')} span={2}>
            <Space wrap>
              <span>{current.time_limit_description}</span>
              {current.needs_review && <Tag color="warning">{t('catalog.item.needsReview')}</Tag>}
              {current.time_limit_manual && <Tag color="blue">{t('catalog.item.manualTag')}</Tag>}
            </Space>
          </Descriptions.Item>
          {current.basis.length > 0 && (
            <Descriptions.Item label={t('catalog.item.basisParsed')} span={2}>
              <Space size={[4, 4]} wrap>
                {current.basis.map((basis, index) => (
                  <Tag key={index}>
                    《{basis.title}》{basis.kind ? `（${basis.kind}）` : ''}
                    {basis.article ?? ''}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('catalog.item.orgUnits')} span={2}>
            {current.org_unit_ids.length === 0
              ? t('common.none')
              : current.org_unit_ids.map((id) => unitNames.get(id) ?? id).join('、')}
          </Descriptions.Item>
        </Descriptions>
      )}
      {current?.needs_review && editable && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('catalog.item.timeLimitManual.hint')} />
      )}
      <Form<ItemFormValues> form={form} layout="vertical" onFinish={save} name="catalog-item-form" disabled={!editable}>
        <Form.Item label={t('element.domain')} name="domain_code" rules={[{ required: true, message: t('catalog.item.required', { field: t('element.domain') }) }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={domainOptions} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label={t('element.level1')} name="level1" rules={[required(t('element.level1')), { max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('element.level2')} name="level2" rules={[{ max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('element.content')} name="content" rules={[required(t('element.content')), { max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
        </Form.Item>
        <Form.Item label={t('element.basis')} name="basis_text" rules={[{ max: 4000 }]} extra="如《中华人民共和国政府信息公开条例》；多个依据用“；”分隔，保存后由系统解析">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
        <Form.Item label={t('element.timeLimit')} name="time_limit" rules={[required(t('element.timeLimit')), { max: 500 }]}>
          <Input maxLength={500} placeholder="如：信息形成或者变更之日起20个工作日内" />
        </Form.Item>
        <Form.Item
          label={t('catalog.item.timeLimitManual')}
          name="time_limit_manual"
          valuePropName="checked"
          extra={t('catalog.item.timeLimitManual.hint')}
        >
          <Switch />
        </Form.Item>
        <Form.Item label={t('element.subject')} name="subject" rules={[{ max: 500 }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={t('element.channels')} name="channel_boxes">
          <Checkbox.Group options={CHANNELS.map((channel) => ({ value: channel, label: channel }))} />
        </Form.Item>
        {boxes.includes(OTHER_CHANNEL) && (
          <Form.Item
            label={t('element.channels.otherNames')}
            name="channel_others"
            extra={t('element.channels.otherHint')}
            rules={[{ max: 400 }]}
          >
            <Input placeholder="如：公共资源交易平台" />
          </Form.Item>
        )}
        <Form.Item label={t('element.audience')} name="audience">
          <Radio.Group options={AUDIENCES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        {audience === '特定群体' && (
          <Form.Item label={t('element.audienceNote')} name="audience_note" rules={[{ max: 200 }]}>
            <Input maxLength={200} placeholder="如：申请人" />
          </Form.Item>
        )}
        <Form.Item label={t('element.mode')} name="mode">
          <Radio.Group options={MODES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item label={t('element.levels')} name="levels">
          <Checkbox.Group options={LEVELS.map((value) => ({ value, label: value }))} />
        </Form.Item>
        {creating && (
          <Form.Item label={t('catalog.item.customOrigin')} name="custom_origin" rules={[{ max: 32 }]}>
            <AutoComplete options={CUSTOM_ORIGINS.map((value) => ({ value }))} />
          </Form.Item>
        )}
        {!editable && !creating && (
          <Typography.Text type="secondary">{t('common.readOnly')}</Typography.Text>
        )}
      </Form>
    </Drawer>
  );
}
