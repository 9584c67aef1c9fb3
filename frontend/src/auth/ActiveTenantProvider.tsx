import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Tenant } from '../api/types';
import { useCurrentUser } from './CurrentUserProvider';

/** The tenant whose org units and users the console is managing. */
export interface ActiveTenant {
  id: string;
  name: string;
  division_code: string;
}

export interface ActiveTenantState {
  tenant: ActiveTenant | null;
  /** Users without a tenant (platform admins, province supervisors) pick one. */
  canPick: boolean;
  pick: (tenant: Tenant | null) => void;
}

const STORAGE_KEY = 'gongkai.picked_tenant';
const ActiveTenantContext = createContext<ActiveTenantState | null>(null);

function readPicked(userId: string): ActiveTenant | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as { userId?: string; tenant?: ActiveTenant };
    return stored.userId === userId && stored.tenant ? stored.tenant : null;
  } catch {
    return null;
  }
}

/** Mount with `key={user.id}` so a different user never inherits the previous pick. */
export function ActiveTenantProvider({ children }: { children: ReactNode }) {
  const { user } = useCurrentUser();
  const userId = user?.id ?? null;
  const [picked, setPicked] = useState<ActiveTenant | null>(() => (userId ? readPicked(userId) : null));

  const pick = useCallback(
    (tenant: Tenant | null) => {
      const value = tenant ? { id: tenant.id, name: tenant.name, division_code: tenant.division_code } : null;
      setPicked(value);
      if (userId && value) sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ userId, tenant: value }));
      else sessionStorage.removeItem(STORAGE_KEY);
    },
    [userId],
  );

  const value = useMemo<ActiveTenantState>(() => {
    if (user?.tenant) {
      const { id, name, division_code } = user.tenant;
      return { tenant: { id, name, division_code }, canPick: false, pick };
    }
    return { tenant: user ? picked : null, canPick: user !== null, pick };
  }, [user, picked, pick]);

  return <ActiveTenantContext.Provider value={value}>{children}</ActiveTenantContext.Provider>;
}

export function useActiveTenant(): ActiveTenantState {
  const state = useContext(ActiveTenantContext);
  if (!state) throw new Error('useActiveTenant must be used inside <ActiveTenantProvider>');
  return state;
}
