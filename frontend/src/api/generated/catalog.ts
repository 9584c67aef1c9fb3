/**
 * GENERATED FILE: do not edit by hand.
 * Source: openapi/catalog.json (the catalog-api OpenAPI document).
 * Regenerate with `npm run gen:api`; `npm run check:api` fails when this file is stale.
 */

export interface paths {
    "/api/catalog/v1/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 存活检查 */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 就绪检查（数据库可用） */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用户名密码登录 */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 刷新访问令牌 */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录（作废刷新令牌） */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OAuth2 客户端凭证模式获取令牌 */
        post: operations["issue_client_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 令牌验签公钥（JWKS） */
        get: operations["jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/divisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政区划列表 */
        get: operations["list_divisions"];
        put?: never;
        /** 新增行政区划 */
        post: operations["create_division"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/divisions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看行政区划 */
        get: operations["get_division"];
        put?: never;
        post?: never;
        /** 删除行政区划 */
        delete: operations["delete_division"];
        options?: never;
        head?: never;
        /** 修改行政区划名称 */
        patch: operations["update_division"];
        trace?: never;
    };
    "/api/catalog/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我可见的租户单位 */
        get: operations["list_tenants"];
        put?: never;
        /** 开通租户单位 */
        post: operations["create_tenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看租户单位 */
        get: operations["get_tenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改租户单位 */
        patch: operations["update_tenant"];
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门/单位列表 */
        get: operations["list_org_units"];
        put?: never;
        /** 新增部门/单位 */
        post: operations["create_org_unit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/org-units/{org_unit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看部门/单位 */
        get: operations["get_org_unit"];
        put?: never;
        post?: never;
        /** 删除部门/单位 */
        delete: operations["delete_org_unit"];
        options?: never;
        head?: never;
        /** 修改部门/单位 */
        patch: operations["update_org_unit"];
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/org-units:batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量新增部门/单位（全部成功或全部不写入） */
        post: operations["create_org_units"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位用户列表 */
        get: operations["list_tenant_users"];
        put?: never;
        /** 新增单位用户 */
        post: operations["create_tenant_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看单位用户 */
        get: operations["get_tenant_user"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改单位用户 */
        patch: operations["update_tenant_user"];
        trace?: never;
    };
    "/api/catalog/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 平台用户（平台管理员、监督员）列表 */
        get: operations["list_platform_users"];
        put?: never;
        /** 新增平台用户 */
        post: operations["create_platform_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改平台用户 */
        patch: operations["update_platform_user"];
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接口客户端列表 */
        get: operations["list_api_clients"];
        put?: never;
        /** 新增接口客户端（密钥只返回一次） */
        post: operations["create_api_client"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/api-clients/{api_client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 停用接口客户端 */
        delete: operations["revoke_api_client"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 试点领域 */
        get: operations["list_domains"];
        put?: never;
        /** 新增领域 */
        post: operations["create_domain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/domains/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改领域 */
        patch: operations["update_domain"];
        trace?: never;
    };
    "/api/catalog/v1/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 国家标准指引 */
        get: operations["list_standards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/standards/{standard_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 标准指引事项 */
        get: operations["list_standard_items"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/standards/{standard_id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布标准指引的新修订版（替代现行版本） */
        post: operations["publish_standard_revision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/baselines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 省级基准目录 */
        get: operations["list_baselines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/baselines/{baseline_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 基准目录事项 */
        get: operations["list_baseline_items"];
        put?: never;
        /** 基准目录新增事项（选自标准指引并调整） */
        post: operations["add_baseline_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/baselines/{baseline_id}/items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改基准目录事项 */
        put: operations["update_baseline_item"];
        post?: never;
        /** 删除基准目录事项（未被引用时） */
        delete: operations["remove_baseline_item"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 目录版本列表 */
        get: operations["list_catalog_versions"];
        put?: never;
        /** 新建草稿（从基准目录或已发布版本） */
        post: operations["create_catalog_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看目录版本 */
        get: operations["get_catalog_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}:publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布目录版本（发布前逐项检查） */
        post: operations["publish_catalog_version"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 两个版本之间的差异 */
        get: operations["diff_catalog_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 变更记录（动态管理） */
        get: operations["list_catalog_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 目录事项（可按领域、方式、层级、责任单位筛选） */
        get: operations["list_catalog_items"];
        put?: never;
        /** 新增自定义事项（来自权责清单、公共服务事项清单等） */
        post: operations["add_catalog_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看目录事项 */
        get: operations["get_catalog_item"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改目录事项 */
        patch: operations["update_catalog_item"];
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/items/{item_id}:remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移除目录事项（须说明原因） */
        post: operations["remove_catalog_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/standard-updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 标准指引修订后可采用的变化（逐项） */
        get: operations["list_standard_updates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/items/{item_id}:apply-standard-update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 采用标准指引的修订（可只采用部分字段） */
        post: operations["apply_standard_update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/items/{item_id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置事项的责任单位 */
        put: operations["set_catalog_item_assignments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/assignments:bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量分配责任单位 */
        post: operations["bulk_assign_catalog_items"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项 × 责任单位矩阵 */
        get: operations["catalog_assignment_matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出目录（标准表格 Excel、CSV 或 JSON） */
        get: operations["export_catalog_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/versions/{version_id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入目录文件（有任何错误则整份拒绝，不写入） */
        post: operations["import_catalog_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/catalog/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布目录的事项（供第三方系统读取，支持 ETag） */
        get: operations["list_published_catalog_items"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回调地址列表 */
        get: operations["list_webhooks"];
        put?: never;
        /** 登记回调地址（签名密钥只返回一次） */
        post: operations["create_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 停用回调地址 */
        delete: operations["deactivate_webhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投递记录 */
        get: operations["list_webhook_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/tenants/{tenant_id}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 操作留痕（本单位的登记信息变更） */
        get: operations["list_audit_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/public/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已开通的单位（公开） */
        get: operations["list_public_tenants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/public/tenants/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位公开信息（含机构） */
        get: operations["get_public_tenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** ApiClientCreate */
        ApiClientCreate: {
            /** Name */
            name: string;
            /** Scopes */
            scopes: components["schemas"]["Scope"][];
        };
        /** ApiClientCreated */
        ApiClientCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Tenant Id */
            tenant_id: string;
            /** Client Id */
            client_id: string;
            /** Name */
            name: string;
            /** Scopes */
            scopes: components["schemas"]["Scope"][];
            /** Active */
            active: boolean;
            /** Last Used At */
            last_used_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Client Secret
             * @description 只在创建时返回一次，请妥善保存
             */
            client_secret: string;
        };
        /** ApiClientOut */
        ApiClientOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Tenant Id */
            tenant_id: string;
            /** Client Id */
            client_id: string;
            /** Name */
            name: string;
            /** Scopes */
            scopes: components["schemas"]["Scope"][];
            /** Active */
            active: boolean;
            /** Last Used At */
            last_used_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** AssignmentsSet */
        AssignmentsSet: {
            /** Org Unit Ids */
            org_unit_ids: string[];
        };
        /**
         * Audience
         * @enum {string}
         */
        Audience: "全社会" | "特定群体";
        /** AuditEntryOut */
        AuditEntryOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Actor Id */
            actor_id: string;
            /** Actor Name */
            actor_name: string;
            /** Action */
            action: string;
            /** Entity */
            entity: string;
            /** Entity Id */
            entity_id: string;
            /** Before */
            before: {
                [key: string]: unknown;
            } | null;
            /** After */
            after: {
                [key: string]: unknown;
            } | null;
        };
        /** BaselineItemOut */
        BaselineItemOut: {
            /** Domain Code */
            domain_code: string;
            /** Level1 */
            level1: string;
            /** Level2 */
            level2: string;
            /** Content */
            content: string;
            /** Basis */
            basis: components["schemas"]["LegalBasis"][];
            /** Basis Text */
            basis_text: string;
            /** Time Limit */
            time_limit: string;
            /** Subject */
            subject: string;
            /** Channels */
            channels: string[];
            audience: components["schemas"]["Audience"];
            /** Audience Note */
            audience_note: string;
            mode: components["schemas"]["Mode"];
            /** Levels */
            levels: components["schemas"]["Level"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Baseline Id
             * Format: uuid
             */
            baseline_id: string;
            /** Seq */
            seq: number;
            /** Standard Item Id */
            standard_item_id: string | null;
        };
        /**
         * BaselineItemWrite
         * @description A baseline item as a platform admin selects and adapts it from a standard item.
         */
        BaselineItemWrite: {
            /**
             * Standard Item Id
             * @description 来源标准事项；自拟事项可不填
             */
            standard_item_id?: string | null;
            /** Domain Code */
            domain_code: string;
            /** Level1 */
            level1: string;
            /**
             * Level2
             * @default
             */
            level2: string;
            /** Content */
            content: string;
            /**
             * Basis Text
             * @default
             */
            basis_text: string;
            /** Time Limit */
            time_limit: string;
            /**
             * Subject
             * @default
             */
            subject: string;
            /** Channels */
            channels?: string[];
            /** @default 全社会 */
            audience: components["schemas"]["Audience"];
            /**
             * Audience Note
             * @default
             */
            audience_note: string;
            /** @default 主动 */
            mode: components["schemas"]["Mode"];
            /** Levels */
            levels?: components["schemas"]["Level"][];
        };
        /** BaselineOut */
        BaselineOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Level */
            level: string;
            /** Title */
            title: string;
            /** Revision */
            revision: string;
            /** Status */
            status: string;
        };
        /**
         * BasisKind
         * @enum {string}
         */
        BasisKind: "法律" | "行政法规" | "地方性法规" | "部门规章" | "地方政府规章" | "规范性文件" | "其他";
        /** Body_import_catalog_file */
        Body_import_catalog_file: {
            /**
             * File
             * @description 标准表格 .xlsx、.csv 或 .json
             */
            file: string;
        };
        /** Body_issue_client_token */
        Body_issue_client_token: {
            /** Grant Type */
            grant_type: string;
            /** Client Id */
            client_id?: string | null;
            /** Client Secret */
            client_secret?: string | null;
            /** Scope */
            scope?: string | null;
        };
        /** BulkAssign */
        BulkAssign: {
            /** Item Ids */
            item_ids: string[];
            /** Org Unit Ids */
            org_unit_ids: string[];
            /**
             * Mode
             * @default add
             * @enum {string}
             */
            mode: "add" | "replace" | "remove";
        };
        /** ChangeOut */
        ChangeOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Item Key */
            item_key: string | null;
            /** Action */
            action: string;
            /** Summary */
            summary: string;
            /** Reason */
            reason: string;
            /** Before */
            before: {
                [key: string]: unknown;
            } | null;
            /** After */
            after: {
                [key: string]: unknown;
            } | null;
            /** Actor Id */
            actor_id: string;
            /** Actor Name */
            actor_name: string;
            /**
             * At
             * Format: date-time
             */
            at: string;
        };
        /**
         * ClientToken
         * @description OAuth2 client-credentials token response (RFC 6749 §5.1).
         */
        ClientToken: {
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type: "bearer";
            /** Expires In */
            expires_in: number;
            /** Scope */
            scope: string;
        };
        /** DeliveryOut */
        DeliveryOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Topic */
            topic: string;
            /** Status */
            status: string;
            /** Attempts */
            attempts: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Available At
             * Format: date-time
             */
            available_at: string;
            /** Delivered At */
            delivered_at: string | null;
            /** Last Error */
            last_error: string;
        };
        /** DivisionCreate */
        DivisionCreate: {
            /**
             * Code
             * @description 12位统计用区划代码
             */
            code: string;
            /** Name */
            name: string;
        };
        /**
         * DivisionLevel
         * @enum {string}
         */
        DivisionLevel: "province" | "city" | "county" | "township" | "village";
        /** DivisionOut */
        DivisionOut: {
            /** Code */
            code: string;
            /** Name */
            name: string;
            level: components["schemas"]["DivisionLevel"];
            /** Parent Code */
            parent_code: string | null;
        };
        /** DivisionUpdate */
        DivisionUpdate: {
            /** Name */
            name: string;
        };
        /** DomainCreate */
        DomainCreate: {
            /**
             * Code
             * @description 领域编码
             */
            code: string;
            /** Name */
            name: string;
            /** National Name */
            national_name?: string | null;
            /**
             * Sort Order
             * @default 100
             */
            sort_order: number;
        };
        /** DomainOut */
        DomainOut: {
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** National Name */
            national_name: string | null;
            /** Sort Order */
            sort_order: number;
            /** Active */
            active: boolean;
        };
        /** DomainUpdate */
        DomainUpdate: {
            /** Name */
            name?: string | null;
            /** National Name */
            national_name?: string | null;
            /** Sort Order */
            sort_order?: number | null;
            /** Active */
            active?: boolean | null;
        };
        /**
         * Event
         * @enum {string}
         */
        Event: "catalog.version.published";
        /** FieldChangeOut */
        FieldChangeOut: {
            /** Field */
            field: string;
            /** Label */
            label: string;
            /** Before */
            before: unknown;
            /** After */
            after: unknown;
        };
        /**
         * FieldError
         * @description One invalid input: where it is (``loc``) and what is wrong, in Chinese (``msg``).
         */
        FieldError: {
            /** Loc */
            loc: (string | number)[];
            /** Msg */
            msg: string;
            /** Type */
            type: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** Health */
        Health: {
            /** Status */
            status: string;
            /** Service */
            service: string;
        };
        /** ImportSummary */
        ImportSummary: {
            /** Added */
            added: number;
            /** Updated */
            updated: number;
            /** Removed */
            removed: number;
            /** Unchanged */
            unchanged: number;
        };
        /** ItemCreate */
        ItemCreate: {
            /** Domain Code */
            domain_code: string;
            /** Level1 */
            level1: string;
            /**
             * Level2
             * @default
             */
            level2: string;
            /** Content */
            content: string;
            /**
             * Basis Text
             * @default
             */
            basis_text: string;
            /**
             * Basis
             * @description 不填则从公开依据原文解析
             */
            basis?: components["schemas"]["LegalBasis"][] | null;
            /** Time Limit */
            time_limit: string;
            /**
             * Time Limit Manual
             * @default false
             */
            time_limit_manual: boolean;
            /**
             * Subject
             * @default
             */
            subject: string;
            /** Channels */
            channels?: string[];
            /** @default 全社会 */
            audience: components["schemas"]["Audience"];
            /**
             * Audience Note
             * @default
             */
            audience_note: string;
            /** @default 主动 */
            mode: components["schemas"]["Mode"];
            /** Levels */
            levels?: components["schemas"]["Level"][];
            /**
             * Custom Origin
             * @description 来源清单，如 权责清单、公共服务事项清单
             * @default 权责清单
             */
            custom_origin: string;
        };
        /** ItemDiffOut */
        ItemDiffOut: {
            /**
             * Item Key
             * Format: uuid
             */
            item_key: string;
            /**
             * Status
             * @enum {string}
             */
            status: "added" | "removed" | "changed";
            /** Label */
            label: string;
            /** Changes */
            changes: components["schemas"]["FieldChangeOut"][];
        };
        /** ItemOut */
        ItemOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Item Key
             * Format: uuid
             */
            item_key: string;
            /**
             * Catalog Version Id
             * Format: uuid
             */
            catalog_version_id: string;
            /** Seq */
            seq: number;
            /** Domain Code */
            domain_code: string;
            /** Domain */
            domain: string;
            /** Level1 */
            level1: string;
            /** Level2 */
            level2: string;
            /** Content */
            content: string;
            /** Basis */
            basis: components["schemas"]["LegalBasis"][];
            /** Basis Text */
            basis_text: string;
            /** Time Limit */
            time_limit: string;
            /** Time Limit Rule */
            time_limit_rule: {
                [key: string]: unknown;
            };
            /** Time Limit Description */
            time_limit_description: string;
            /**
             * Time Limit Understood
             * @description 公开时限已解析为可计算期限的规则
             */
            time_limit_understood: boolean;
            /** Time Limit Manual */
            time_limit_manual: boolean;
            /**
             * Needs Review
             * @description 公开时限无法自动计算且未标记人工跟踪
             */
            needs_review: boolean;
            /** Subject */
            subject: string;
            /** Channels */
            channels: string[];
            audience: components["schemas"]["Audience"];
            /** Audience Note */
            audience_note: string;
            mode: components["schemas"]["Mode"];
            /** Levels */
            levels: components["schemas"]["Level"][];
            /**
             * Source
             * @enum {string}
             */
            source: "baseline" | "standard" | "custom";
            /** Standard Item Id */
            standard_item_id: string | null;
            /** Baseline Item Id */
            baseline_item_id: string | null;
            /** Custom Origin */
            custom_origin: string;
            /** Org Unit Ids */
            org_unit_ids: string[];
            /** Version */
            version: number;
        };
        /** ItemRemove */
        ItemRemove: {
            /**
             * Reason
             * @description 移除原因
             */
            reason: string;
        };
        /** ItemUpdate */
        ItemUpdate: {
            /** Domain Code */
            domain_code?: string | null;
            /** Level1 */
            level1?: string | null;
            /** Level2 */
            level2?: string | null;
            /** Content */
            content?: string | null;
            /** Basis Text */
            basis_text?: string | null;
            /** Basis */
            basis?: components["schemas"]["LegalBasis"][] | null;
            /** Time Limit */
            time_limit?: string | null;
            /** Time Limit Manual */
            time_limit_manual?: boolean | null;
            /** Subject */
            subject?: string | null;
            /** Channels */
            channels?: string[] | null;
            audience?: components["schemas"]["Audience"] | null;
            /** Audience Note */
            audience_note?: string | null;
            mode?: components["schemas"]["Mode"] | null;
            /** Levels */
            levels?: components["schemas"]["Level"][] | null;
            /** Seq */
            seq?: number | null;
            /**
             * Version
             * @description 乐观锁版本号
             */
            version: number;
        };
        /**
         * LegalBasis
         * @description One legal reference of 公开依据: 《title》 with its kind and document number when known.
         */
        LegalBasis: {
            /** Title */
            title: string;
            kind?: components["schemas"]["BasisKind"] | null;
            /**
             * Number
             * @description 文号，如 国务院令第711号
             */
            number?: string | null;
            /**
             * Article
             * @description 条款，如 第二十条
             */
            article?: string | null;
        };
        /**
         * Level
         * @enum {string}
         */
        Level: "县级" | "乡级" | "村级";
        /** LoginRequest */
        LoginRequest: {
            /** Username */
            username: string;
            /** Password */
            password: string;
        };
        /** Matrix */
        Matrix: {
            /** Units */
            units: components["schemas"]["MatrixUnit"][];
            /** Rows */
            rows: components["schemas"]["MatrixRow"][];
        };
        /** MatrixRow */
        MatrixRow: {
            /**
             * Item Id
             * Format: uuid
             */
            item_id: string;
            /** Seq */
            seq: number;
            /** Domain */
            domain: string;
            /** Label */
            label: string;
            /** Org Unit Ids */
            org_unit_ids: string[];
        };
        /** MatrixUnit */
        MatrixUnit: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Kind */
            kind: string;
        };
        /** Me */
        Me: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Username */
            username: string;
            /** Display Name */
            display_name: string;
            /** Roles */
            roles: components["schemas"]["Role"][];
            tenant: components["schemas"]["MeTenant"] | null;
            /** Org Unit Id */
            org_unit_id: string | null;
            /** Division Code */
            division_code: string | null;
        };
        /** MeTenant */
        MeTenant: {
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Division Code */
            division_code: string;
            /**
             * Level
             * @enum {string}
             */
            level: "county" | "township";
        };
        /**
         * Mode
         * @enum {string}
         */
        Mode: "主动" | "依申请";
        /** OrgUnitCreate */
        OrgUnitCreate: {
            /**
             * Name
             * @description 部门/单位名称
             */
            name: string;
            /**
             * Kind
             * @default department
             * @enum {string}
             */
            kind: "department" | "office" | "township" | "other";
            /**
             * Credit Code
             * @description 统一社会信用代码
             */
            credit_code?: string | null;
            /**
             * Sort Order
             * @default 0
             */
            sort_order: number;
        };
        /** OrgUnitOut */
        OrgUnitOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Tenant Id */
            tenant_id: string;
            /** Name */
            name: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "department" | "office" | "township" | "other";
            /** Credit Code */
            credit_code: string | null;
            /** Sort Order */
            sort_order: number;
            /** Active */
            active: boolean;
            /** Version */
            version: number;
        };
        /** OrgUnitUpdate */
        OrgUnitUpdate: {
            /** Name */
            name?: string | null;
            /** Kind */
            kind?: ("department" | "office" | "township" | "other") | null;
            /** Credit Code */
            credit_code?: string | null;
            /** Sort Order */
            sort_order?: number | null;
            /** Active */
            active?: boolean | null;
            /**
             * Version
             * @description 乐观锁版本号
             */
            version: number;
        };
        /** Page[ApiClientOut] */
        Page_ApiClientOut_: {
            /** Items */
            items: components["schemas"]["ApiClientOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[AuditEntryOut] */
        Page_AuditEntryOut_: {
            /** Items */
            items: components["schemas"]["AuditEntryOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[BaselineItemOut] */
        Page_BaselineItemOut_: {
            /** Items */
            items: components["schemas"]["BaselineItemOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[ChangeOut] */
        Page_ChangeOut_: {
            /** Items */
            items: components["schemas"]["ChangeOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[DeliveryOut] */
        Page_DeliveryOut_: {
            /** Items */
            items: components["schemas"]["DeliveryOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[DivisionOut] */
        Page_DivisionOut_: {
            /** Items */
            items: components["schemas"]["DivisionOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[ItemOut] */
        Page_ItemOut_: {
            /** Items */
            items: components["schemas"]["ItemOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[OrgUnitOut] */
        Page_OrgUnitOut_: {
            /** Items */
            items: components["schemas"]["OrgUnitOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[PublicTenant] */
        Page_PublicTenant_: {
            /** Items */
            items: components["schemas"]["PublicTenant"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[StandardItemOut] */
        Page_StandardItemOut_: {
            /** Items */
            items: components["schemas"]["StandardItemOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[TenantOut] */
        Page_TenantOut_: {
            /** Items */
            items: components["schemas"]["TenantOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[UserOut] */
        Page_UserOut_: {
            /** Items */
            items: components["schemas"]["UserOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[VersionOut] */
        Page_VersionOut_: {
            /** Items */
            items: components["schemas"]["VersionOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[WebhookOut] */
        Page_WebhookOut_: {
            /** Items */
            items: components["schemas"]["WebhookOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * PlatformUserCreate
         * @description A province operator or a supervisor of a division (no tenant).
         */
        PlatformUserCreate: {
            /**
             * Display Name
             * @description 姓名
             */
            display_name: string;
            /** Username */
            username: string;
            /** Password */
            password: string;
            /** Roles */
            roles: components["schemas"]["Role"][];
            /**
             * Division Code
             * @description 监督员所监督的区划
             */
            division_code?: string | null;
        };
        /** PlatformUserUpdate */
        PlatformUserUpdate: {
            /** Display Name */
            display_name?: string | null;
            /** Active */
            active?: boolean | null;
            /** Password */
            password?: string | null;
            /** Version */
            version: number;
        };
        /**
         * Problem
         * @description The body of every error response (RFC 9457).
         */
        Problem: {
            /** Type */
            type: string;
            /** Title */
            title: string;
            /** Status */
            status: number;
            /** Code */
            code: string;
            /** Detail */
            detail?: string | null;
            /** Instance */
            instance?: string | null;
            /** Errors */
            errors?: components["schemas"]["FieldError"][] | null;
        };
        /** PublicOrgUnit */
        PublicOrgUnit: {
            /** Name */
            name: string;
            /** Kind */
            kind: string;
        };
        /**
         * PublicTenant
         * @description What the public portal shows of a tenant.
         */
        PublicTenant: {
            /** Id */
            id: string;
            /** Name */
            name: string;
            /**
             * Level
             * @enum {string}
             */
            level: "county" | "township";
            /** Parent Tenant Id */
            parent_tenant_id: string | null;
        };
        /**
         * PublicTenantDetail
         * @description A tenant's public profile: its departments are public by law (条例 art. 20(2)).
         */
        PublicTenantDetail: {
            /** Id */
            id: string;
            /** Name */
            name: string;
            /**
             * Level
             * @enum {string}
             */
            level: "county" | "township";
            /** Parent Tenant Id */
            parent_tenant_id: string | null;
            /** Org Units */
            org_units: components["schemas"]["PublicOrgUnit"][];
        };
        /** RefreshRequest */
        RefreshRequest: {
            /** Refresh Token */
            refresh_token: string;
        };
        /** RevisionCreate */
        RevisionCreate: {
            /**
             * Revision
             * @description 修订版本，如 2024
             */
            revision: string;
            /** Title */
            title?: string | null;
            /** Issuer */
            issuer?: string | null;
            /** Issued On */
            issued_on?: string | null;
            /** Items */
            items: components["schemas"]["RevisionItem"][];
        };
        /**
         * RevisionItem
         * @description An item of a new revision; ``previous_id`` names the item of the old revision it revises.
         */
        RevisionItem: {
            /** Previous Id */
            previous_id?: string | null;
            /** Level1 */
            level1: string;
            /**
             * Level2
             * @default
             */
            level2: string;
            /** Content */
            content: string;
            /**
             * Basis Text
             * @default
             */
            basis_text: string;
            /** Time Limit */
            time_limit: string;
            /**
             * Subject
             * @default
             */
            subject: string;
            /** Channels */
            channels?: string[];
            /** @default 全社会 */
            audience: components["schemas"]["Audience"];
            /**
             * Audience Note
             * @default
             */
            audience_note: string;
            /** @default 主动 */
            mode: components["schemas"]["Mode"];
            /** Levels */
            levels?: components["schemas"]["Level"][];
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "platform_admin" | "supervisor" | "tenant_admin" | "editor" | "reviewer" | "handler" | "api_client";
        /**
         * Scope
         * @description What an integration may do (OAuth2 scopes).
         * @enum {string}
         */
        Scope: "catalog:read" | "records:read" | "records:write" | "interaction:read";
        /** StandardItemOut */
        StandardItemOut: {
            /** Domain Code */
            domain_code: string;
            /** Level1 */
            level1: string;
            /** Level2 */
            level2: string;
            /** Content */
            content: string;
            /** Basis */
            basis: components["schemas"]["LegalBasis"][];
            /** Basis Text */
            basis_text: string;
            /** Time Limit */
            time_limit: string;
            /** Subject */
            subject: string;
            /** Channels */
            channels: string[];
            audience: components["schemas"]["Audience"];
            /** Audience Note */
            audience_note: string;
            mode: components["schemas"]["Mode"];
            /** Levels */
            levels: components["schemas"]["Level"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Standard Id
             * Format: uuid
             */
            standard_id: string;
            /** Seq */
            seq: number;
            /** Previous Id */
            previous_id: string | null;
            /** Source Url */
            source_url: string;
        };
        /** StandardOut */
        StandardOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Domain Code */
            domain_code: string;
            /** Title */
            title: string;
            /** Issuer */
            issuer: string;
            /** Revision */
            revision: string;
            /** Issued On */
            issued_on: string | null;
            /** Supersedes Id */
            supersedes_id: string | null;
            /** Status */
            status: string;
        };
        /** StandardUpdateApply */
        StandardUpdateApply: {
            /**
             * Standard Item Id
             * Format: uuid
             */
            standard_item_id: string;
            /**
             * Fields
             * @description 只采用这些字段的修订；不填则全部采用
             */
            fields?: string[] | null;
        };
        /**
         * StandardUpdateOut
         * @description A newer revision of the standard item a catalog item came from, and what it changes.
         */
        StandardUpdateOut: {
            /**
             * Item Id
             * Format: uuid
             */
            item_id: string;
            /**
             * Item Key
             * Format: uuid
             */
            item_key: string;
            /** Label */
            label: string;
            /**
             * Standard Item Id
             * Format: uuid
             */
            standard_item_id: string;
            /**
             * Standard Id
             * Format: uuid
             */
            standard_id: string;
            /** Changes */
            changes: components["schemas"]["FieldChangeOut"][];
        };
        /** TenantCreate */
        TenantCreate: {
            /**
             * Division Code
             * @description 开通的县级或乡级区划代码
             */
            division_code: string;
            /**
             * Name
             * @description 默认取区划名称
             */
            name?: string | null;
        };
        /** TenantOut */
        TenantOut: {
            /**
             * Id
             * @description 租户编号，即其12位区划代码
             */
            id: string;
            /** Name */
            name: string;
            /** Division Code */
            division_code: string;
            /**
             * Level
             * @enum {string}
             */
            level: "county" | "township";
            /** Parent Tenant Id */
            parent_tenant_id: string | null;
            /** Active */
            active: boolean;
            /** Version */
            version: number;
        };
        /** TenantUpdate */
        TenantUpdate: {
            /** Name */
            name?: string | null;
            /** Active */
            active?: boolean | null;
            /**
             * Version
             * @description 乐观锁版本号
             */
            version: number;
        };
        /** TenantUserCreate */
        TenantUserCreate: {
            /**
             * Display Name
             * @description 姓名
             */
            display_name: string;
            /**
             * Username
             * @description 登录名：字母开头，3-64位字母、数字、_.-
             */
            username: string;
            /** Password */
            password: string;
            /** Roles */
            roles: components["schemas"]["Role"][];
            /** Org Unit Id */
            org_unit_id?: string | null;
        };
        /** TenantUserUpdate */
        TenantUserUpdate: {
            /** Display Name */
            display_name?: string | null;
            /** Roles */
            roles?: components["schemas"]["Role"][] | null;
            /** Org Unit Id */
            org_unit_id?: string | null;
            /** Active */
            active?: boolean | null;
            /** Password */
            password?: string | null;
            /**
             * Version
             * @description 乐观锁版本号
             */
            version: number;
        };
        /** TokenPair */
        TokenPair: {
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type: "bearer";
            /**
             * Expires In
             * @description 访问令牌有效秒数
             */
            expires_in: number;
            /** Refresh Token */
            refresh_token: string;
        };
        /** UserOut */
        UserOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Tenant Id */
            tenant_id: string | null;
            /** Username */
            username: string;
            /** Display Name */
            display_name: string;
            /** Roles */
            roles: components["schemas"]["Role"][];
            /** Org Unit Id */
            org_unit_id: string | null;
            /** Division Code */
            division_code: string | null;
            /** Active */
            active: boolean;
            /** Version */
            version: number;
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
            /** Input */
            input?: unknown;
            /** Context */
            ctx?: Record<string, never>;
        };
        /** VersionCreate */
        VersionCreate: {
            /**
             * Source
             * @description auto：已有发布版本则复制发布版本，否则取本级基准目录
             * @default auto
             * @enum {string}
             */
            source: "auto" | "baseline" | "published";
            /**
             * Note
             * @default
             */
            note: string;
        };
        /** VersionDiff */
        VersionDiff: {
            from_version: components["schemas"]["VersionOut"];
            to_version: components["schemas"]["VersionOut"];
            /** Items */
            items: components["schemas"]["ItemDiffOut"][];
        };
        /** VersionOut */
        VersionOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Tenant Id */
            tenant_id: string;
            /** Number */
            number: number;
            /**
             * Status
             * @enum {string}
             */
            status: "draft" | "published" | "superseded";
            /** Baseline Id */
            baseline_id: string | null;
            /** Based On Id */
            based_on_id: string | null;
            /** Note */
            note: string;
            /** Created By */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Published At */
            published_at: string | null;
            /** Published By */
            published_by: string | null;
            /**
             * Item Count
             * @default 0
             */
            item_count: number;
            /** Version */
            version: number;
        };
        /** WebhookCreate */
        WebhookCreate: {
            /**
             * Api Client Id
             * Format: uuid
             */
            api_client_id: string;
            /**
             * Url
             * Format: uri
             */
            url: string;
            /** Events */
            events: components["schemas"]["Event"][];
        };
        /** WebhookCreated */
        WebhookCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Tenant Id */
            tenant_id: string;
            /**
             * Api Client Id
             * Format: uuid
             */
            api_client_id: string;
            /** Url */
            url: string;
            /** Events */
            events: components["schemas"]["Event"][];
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Secret
             * @description 签名密钥，只在创建时返回一次
             */
            secret: string;
        };
        /** WebhookOut */
        WebhookOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Tenant Id */
            tenant_id: string;
            /**
             * Api Client Id
             * Format: uuid
             */
            api_client_id: string;
            /** Url */
            url: string;
            /** Events */
            events: components["schemas"]["Event"][];
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description 账号已被临时锁定 */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issue_client_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_issue_client_token"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientToken"];
                };
            };
            /** @description 申请的权限范围无效 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 接口客户端认证失败 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    jwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    list_divisions: {
        parameters: {
            query?: {
                parent_code?: string | null;
                level?: components["schemas"]["DivisionLevel"] | null;
                /** @description 代码前缀 */
                under?: string | null;
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DivisionOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_division: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DivisionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DivisionOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_division: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 12位统计用区划代码 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DivisionOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_division: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 12位统计用区划代码 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_division: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 12位统计用区划代码 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DivisionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DivisionOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_tenants: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TenantOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_tenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_tenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_tenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据已被他人修改，请刷新后重试 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_org_units: {
        parameters: {
            query?: {
                active_only?: boolean;
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_OrgUnitOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_org_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgUnitCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_org_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_unit_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_org_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_unit_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_org_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_unit_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgUnitUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据已被他人修改，请刷新后重试 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_org_units: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgUnitCreate"][];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitOut"][];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_tenant_users: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UserOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_tenant_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantUserCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_tenant_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_tenant_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantUserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据已被他人修改，请刷新后重试 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_platform_users: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UserOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_platform_user: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlatformUserCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_platform_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlatformUserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据已被他人修改，请刷新后重试 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_api_clients: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ApiClientOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_api_client: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiClientCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientCreated"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    revoke_api_client: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                api_client_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_domains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainOut"][];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_domain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_domain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 领域编码 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_standards: {
        parameters: {
            query?: {
                domain_code?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardOut"][];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_standard_items: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                standard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_StandardItemOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    publish_standard_revision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                standard_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevisionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_baselines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineOut"][];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_baseline_items: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                baseline_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_BaselineItemOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    add_baseline_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                baseline_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BaselineItemWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineItemOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_baseline_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                baseline_id: string;
                item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BaselineItemWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineItemOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_baseline_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                baseline_id: string;
                item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_catalog_versions: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_VersionOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_catalog_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_catalog_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    publish_catalog_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 只有草稿版本可以修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 目录未通过发布前检查 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    diff_catalog_versions: {
        parameters: {
            query: {
                /** @description 旧版本 */
                from_version: string;
                /** @description 新版本 */
                to_version: string;
            };
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDiff"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_catalog_changes: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                version_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ChangeOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_catalog_items: {
        parameters: {
            query?: {
                domain_code?: string | null;
                mode?: ("主动" | "依申请") | null;
                level?: ("县级" | "乡级" | "村级") | null;
                org_unit_id?: string | null;
                needs_review?: boolean | null;
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                version_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ItemOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    add_catalog_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 只有草稿版本可以修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_catalog_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                item_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_catalog_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                item_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 数据已被他人修改，请刷新后重试 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_catalog_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                item_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemRemove"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 只有草稿版本可以修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_standard_updates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardUpdateOut"][];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    apply_standard_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                item_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StandardUpdateApply"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 只有草稿版本可以修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    set_catalog_item_assignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                item_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentsSet"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOut"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 只有草稿版本可以修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulk_assign_catalog_items: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssign"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 只有草稿版本可以修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    catalog_assignment_matrix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Matrix"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    export_catalog_version: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv" | "json";
                layout?: "per_domain" | "single";
                /** @description 只导出该部门承担的事项（部门目录） */
                org_unit_id?: string | null;
            };
            header?: never;
            path: {
                version_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv; charset=utf-8": unknown;
                    "application/json": unknown;
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权访问其他单位的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    import_catalog_file: {
        parameters: {
            query?: {
                format?: ("xlsx" | "csv" | "json") | null;
            };
            header?: never;
            path: {
                version_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_import_catalog_file"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportSummary"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 只有草稿版本可以修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 导入文件有错误，未写入任何数据 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_published_catalog_items: {
        parameters: {
            query?: {
                domain_code?: string | null;
                mode?: ("主动" | "依申请") | null;
                level?: ("县级" | "乡级" | "村级") | null;
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ItemOut_"];
                };
            };
            /** @description 未修改 */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_webhooks: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_WebhookOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 提交的数据不符合要求 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivate_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_webhook_deliveries: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                webhook_id: string;
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DeliveryOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_audit_log: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEntryOut_"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description 没有权限执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_public_tenants: {
        parameters: {
            query?: {
                /** @description 每页条数 */
                limit?: number;
                /** @description 上一页返回的 next_cursor */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PublicTenant_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_public_tenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位（租户）的12位区划代码 */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicTenantDetail"];
                };
            };
            /** @description 请求的资源不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
