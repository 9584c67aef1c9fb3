import { Tag } from 'antd';
import type { CatalogVersionStatus } from '../api/types';
import { VERSION_STATUS_COLORS, VERSION_STATUS_LABELS } from './elements';

export default function VersionStatusTag({ status }: { status: CatalogVersionStatus }) {
  return <Tag color={VERSION_STATUS_COLORS[status]}>{VERSION_STATUS_LABELS[status]}</Tag>;
}
