// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 (SoftwareSpaceCreator finds a space blueprint's id this way)
package com.atlassian.confluence.plugins.createcontent.rest;

import com.atlassian.confluence.plugins.createcontent.rest.entities.CreateDialogWebItemEntity;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.util.i18n.DocumentationBean;
import com.atlassian.confluence.util.i18n.I18NBean;
import java.util.List;

public interface BlueprintWebItemService {

    List<CreateDialogWebItemEntity> getCreateSpaceWebItems(I18NBean i18n, DocumentationBean documentation,
            ConfluenceUser user);
}
