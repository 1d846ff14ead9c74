package org.tandem.sandbox;

import com.atlassian.confluence.plugins.createcontent.api.services.SpaceBlueprintService;
import com.atlassian.confluence.plugins.createcontent.rest.BlueprintWebItemService;
import com.atlassian.confluence.plugins.createcontent.rest.entities.CreateDialogWebItemEntity;
import com.atlassian.confluence.plugins.createcontent.services.model.BlueprintSpace;
import com.atlassian.confluence.plugins.createcontent.services.model.CreateBlueprintSpaceEntity;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.util.i18n.DocumentationBean;
import com.atlassian.confluence.util.i18n.DocumentationBeanFactory;
import com.atlassian.confluence.util.i18n.I18NBean;
import com.atlassian.confluence.util.i18n.I18NBeanFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The create-content plugin's services as the sandbox answers them: the create-space dialog's space blueprints
 * (each with an id made from its key) and creating a space from one, which does what the sandbox's create-space
 * dialog does. A refused creation is an {@link IllegalArgumentException}, as the real service refuses.
 */
public final class SandboxSpaceBlueprints implements SpaceBlueprintService, BlueprintWebItemService, I18NBeanFactory,
        DocumentationBeanFactory {

    private final Supplier<Sandbox> sandbox;

    public SandboxSpaceBlueprints(Supplier<Sandbox> sandbox) {
        this.sandbox = sandbox;
    }

    static UUID idOf(Sandbox.BlueprintChoice choice) {
        return UUID.nameUUIDFromBytes(choice.blueprint().key().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<CreateDialogWebItemEntity> getCreateSpaceWebItems(I18NBean i18n, DocumentationBean documentation,
            ConfluenceUser user) {
        String pluginKey = sandbox.get().descriptor().pluginKey();
        return sandbox.get().spaceBlueprintChoices().stream().map(c -> new CreateDialogWebItemEntity(
                pluginKey + ":" + c.blueprint().key(), idOf(c))).toList();
    }

    @Override
    public BlueprintSpace createSpace(CreateBlueprintSpaceEntity entity, ConfluenceUser creator) {
        Sandbox.BlueprintChoice choice = sandbox.get().spaceBlueprintChoices().stream()
                .filter(c -> idOf(c).toString().equals(entity.getSpaceBlueprintId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no space blueprint " + entity.getSpaceBlueprintId()));
        Map<String, String> form = new LinkedHashMap<>();
        entity.getContext().forEach((k, v) -> form.put(k, v == null ? "" : String.valueOf(v)));
        form.put("spaceKey", entity.getSpaceKey());
        form.put("name", entity.getName());
        Map<String, String> errors = sandbox.get().createSpaceFromBlueprint(creator.getKey().getStringValue(),
                choice, form);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("space not created: " + errors);
        }
        Space space = new Space(entity.getSpaceKey().toUpperCase(Locale.ROOT));
        space.setName(entity.getName());
        return new BlueprintSpace(space);
    }

    @Override
    public I18NBean getI18NBean(Locale locale) {
        return new I18NBean() {
        };
    }

    @Override
    public DocumentationBean getDocumentationBean() {
        return new DocumentationBean() {
        };
    }
}
