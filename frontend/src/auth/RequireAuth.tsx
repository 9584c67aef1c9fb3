import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../api/errors';
import { useCurrentUser } from './CurrentUserProvider';

/** Renders its children only for a signed-in user whose GET /auth/me has loaded. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { loggedIn, user, loading, error, reload } = useCurrentUser();
  const location = useLocation();
  if (!loggedIn) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (loading) {
    return (
      <div style={{ display: 'flex', height: '100vh', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" tip="正在加载用户信息…">
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  }
  if (!user) {
    return (
      <Result
        status="error"
        title="无法加载当前用户"
        subTitle={error instanceof ApiError ? error.message : '请稍后重试'}
        extra={<Button type="primary" onClick={reload}>重试</Button>}
      />
    );
  }
  return <>{children}</>;
}
