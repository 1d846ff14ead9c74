package org.tandem.mentoring.host;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.plugins.createcontent.api.services.SpaceBlueprintService;
import com.atlassian.confluence.plugins.createcontent.rest.BlueprintWebItemService;
import com.atlassian.confluence.plugins.createcontent.rest.entities.CreateBlueprintSpaceRestEntity;
import com.atlassian.confluence.plugins.createcontent.rest.entities.CreateDialogWebItemEntity;
import com.atlassian.confluence.plugins.createcontent.services.model.BlueprintSpace;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.util.i18n.DocumentationBeanFactory;
import com.atlassian.confluence.util.i18n.I18NBeanFactory;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a programme space as the create-space dialog does: through the "Mentoring programme" space blueprint, so
 * that the space gets its pages and Confluence announces it (the programme is then created by the listener that
 * hears every such space). The blueprint's id is looked up among the create-space dialog's items of the creator.
 */
@Named
public class HostProgrammeSpaces {

    /** The module key of the space blueprint in atlassian-plugin.xml. */
    public static final String BLUEPRINT_MODULE_KEY = "tandem-programme-space";

    private static final Logger LOG = LoggerFactory.getLogger(HostProgrammeSpaces.class);

    private final SpaceBlueprintService blueprints;
    private final BlueprintWebItemService webItems;
    private final I18NBeanFactory i18nBeans;
    private final DocumentationBeanFactory documentation;
    private final LocaleManager locales;
    private final UserAccessor users;

    public HostProgrammeSpaces(SpaceBlueprintService blueprints, BlueprintWebItemService webItems,
            I18NBeanFactory i18nBeans, DocumentationBeanFactory documentation, LocaleManager locales,
            UserAccessor users) {
        this.blueprints = blueprints;
        this.webItems = webItems;
        this.i18nBeans = i18nBeans;
        this.documentation = documentation;
        this.locales = locales;
        this.users = users;
    }

    /**
     * Creates the space {@code spaceKey} named {@code name} from the programme blueprint for {@code creatorKey},
     * with {@code context} as the wizard's answers.
     *
     * @return the key of the space made, or empty when the host refused (the creator's permission, a key taken
     *         meanwhile) or the blueprint is not offered to the creator
     */
    public Optional<String> create(String creatorKey, String spaceKey, String name, Map<String, Object> context) {
        ConfluenceUser creator = creatorKey == null ? null : users.getUserByKey(new UserKey(creatorKey));
        if (creator == null) {
            return Optional.empty();
        }
        Optional<String> blueprintId = webItems.getCreateSpaceWebItems(
                        i18nBeans.getI18NBean(locales.getLocale(creator)), documentation.getDocumentationBean(),
                        creator).stream()
                .filter(item -> item.getBlueprintModuleCompleteKey() != null
                        && item.getBlueprintModuleCompleteKey().endsWith(":" + BLUEPRINT_MODULE_KEY))
                .map(CreateDialogWebItemEntity::getContentBlueprintId).filter(java.util.Objects::nonNull)
                .map(Object::toString).findFirst();
        if (blueprintId.isEmpty()) {
            LOG.warn("The programme space blueprint is not offered to {}; no space {} created", creatorKey, spaceKey);
            return Optional.empty();
        }
        Map<String, Object> answers = new LinkedHashMap<>(context);
        answers.put("spaceKey", spaceKey);
        answers.put("name", name);
        try {
            BlueprintSpace made = blueprints.createSpace(new CreateBlueprintSpaceRestEntity(spaceKey, name, "", null,
                    blueprintId.get(), answers), creator);
            return made == null || made.getSpace() == null ? Optional.empty()
                    : Optional.ofNullable(made.getSpace().getKey());
        } catch (Exception e) {
            // the create-content plugin refuses with its own exception types, checked in some releases
            LOG.warn("Space {} could not be created from the programme blueprint: {}", spaceKey, e.toString());
            return Optional.empty();
        }
    }
}
