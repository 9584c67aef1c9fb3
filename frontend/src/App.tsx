import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { CurrentUserProvider } from './auth/CurrentUserProvider';
import { createAppRouter } from './router';
import './utils/datetime';

export default function App() {
  const [router] = useState(createAppRouter);
  return (
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#b8202a' } }}
    >
      <AntApp>
        <CurrentUserProvider>
          <RouterProvider router={router} />
        </CurrentUserProvider>
      </AntApp>
    </ConfigProvider>
  );
}
