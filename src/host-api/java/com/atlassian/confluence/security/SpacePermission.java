// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.security;

// Only the permission-type constants; the real class is also the persistent permission entity.
public class SpacePermission {

    public static final String VIEWSPACE_PERMISSION = "VIEWSPACE";
    public static final String CREATEEDIT_PAGE_PERMISSION = "EDITSPACE";
    public static final String ADMINISTER_SPACE_PERMISSION = "SETSPACEPERMISSIONS";
    public static final String SET_PAGE_PERMISSIONS_PERMISSION = "SETPAGEPERMISSIONS";
    public static final String REMOVE_PAGE_PERMISSION = "REMOVEPAGE";
    public static final String COMMENT_PERMISSION = "COMMENT";
    public static final String EXPORT_SPACE_PERMISSION = "EXPORTSPACE";
    public static final String USE_CONFLUENCE_PERMISSION = "USECONFLUENCE";
    public static final String CONFLUENCE_ADMINISTRATOR_PERMISSION = "ADMINISTRATECONFLUENCE";
    public static final String SYSTEM_ADMINISTRATOR_PERMISSION = "SYSTEMADMINISTRATOR";
    public static final String CREATE_SPACE_PERMISSION = "CREATESPACE";
}
