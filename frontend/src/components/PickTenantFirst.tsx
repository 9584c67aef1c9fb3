import { Empty } from 'antd';
import { t } from '../i18n';

export default function PickTenantFirst() {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.pickTenantFirst')} />;
}
