package org.tandem.mentoring.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugins.createcontent.api.services.SpaceBlueprintService;
import com.atlassian.confluence.plugins.createcontent.rest.BlueprintWebItemService;
import com.atlassian.confluence.util.i18n.DocumentationBeanFactory;
import com.atlassian.confluence.util.i18n.I18NBeanFactory;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;

/**
 * The one place that lists every host component Tandem imports. The other components take them by type.
 */
@Named
public class ComponentImports {

    public ComponentImports(
            @ComponentImport ActiveObjects activeObjects,
            @ComponentImport TransactionTemplate transactionTemplate,
            @ComponentImport UserManager userManager,
            @ComponentImport UserAccessor userAccessor,
            @ComponentImport PermissionManager permissionManager,
            @ComponentImport SpaceManager spaceManager,
            @ComponentImport PluginSettingsFactory pluginSettingsFactory,
            @ComponentImport I18nResolver i18nResolver,
            @ComponentImport LocaleManager localeManager,
            @ComponentImport TemplateRenderer templateRenderer,
            @ComponentImport PageBuilderService pageBuilderService,
            @ComponentImport EventPublisher eventPublisher,
            @ComponentImport WebSudoManager webSudoManager,
            @ComponentImport LoginUriProvider loginUriProvider,
            @ComponentImport XsrfTokenAccessor xsrfTokenAccessor,
            @ComponentImport XsrfTokenValidator xsrfTokenValidator,
            @ComponentImport ApplicationProperties applicationProperties,
            @ComponentImport PageManager pageManager,
            @ComponentImport ContentPermissionManager contentPermissionManager,
            @ComponentImport MultiQueueTaskManager multiQueueTaskManager,
            @ComponentImport AccessModeService accessModeService,
            @ComponentImport PluginLicenseManager pluginLicenseManager,
            @ComponentImport SpacePermissionManager spacePermissionManager,
            @ComponentImport SpaceBlueprintService spaceBlueprintService,
            @ComponentImport BlueprintWebItemService blueprintWebItemService,
            @ComponentImport I18NBeanFactory i18nBeanFactory,
            @ComponentImport DocumentationBeanFactory documentationBeanFactory,
            @ComponentImport TimeZoneManager timeZoneManager) {
        // nothing to do: the parameters declare the imports
    }
}
