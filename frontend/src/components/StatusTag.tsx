import { Tag } from 'antd';
import { t } from '../i18n';

export default function StatusTag({ active }: { active: boolean }) {
  return active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>;
}
