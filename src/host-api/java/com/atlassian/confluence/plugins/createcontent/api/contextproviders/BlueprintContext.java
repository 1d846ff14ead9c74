// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: UNCONFIRMED (reference notes only; no source read)
package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.ModuleCompleteKey;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A typed view of the context map a blueprint's content template is rendered with. */
public class BlueprintContext {

    private final Map<String, Object> map;

    BlueprintContext(Map<String, Object> context) {
        this.map = context;
    }

    public BlueprintContext() {
        this(new HashMap<>());
    }

    public Map<String, Object> getMap() {
        return map;
    }

    public Object get(String key) {
        return map.get(key);
    }

    public void put(String key, Object value) {
        map.put(key, value);
    }

    public ModuleCompleteKey getBlueprintModuleCompleteKey() {
        return (ModuleCompleteKey) map.get(BlueprintContextKeys.BLUEPRINT_MODULE_KEY.key());
    }

    public void setBlueprintModuleCompleteKey(ModuleCompleteKey key) {
        map.put(BlueprintContextKeys.BLUEPRINT_MODULE_KEY.key(), key);
    }

    public UUID getBlueprintId() {
        return (UUID) map.get(BlueprintContextKeys.BLUEPRINT_ID.key());
    }

    public void setBlueprintId(UUID blueprintId) {
        map.put(BlueprintContextKeys.BLUEPRINT_ID.key(), blueprintId);
    }

    public String getSpaceKey() {
        return (String) map.get(BlueprintContextKeys.SPACE_KEY.key());
    }

    public void setSpaceKey(String spaceKey) {
        map.put(BlueprintContextKeys.SPACE_KEY.key(), spaceKey);
    }

    public String getAnalyticsKey() {
        return (String) map.get(BlueprintContextKeys.ANALYTICS_KEY.key());
    }

    public void setAnalyticsKey(String key) {
        map.put(BlueprintContextKeys.ANALYTICS_KEY.key(), key);
    }

    public String getTemplateLabel() {
        return (String) map.get(BlueprintContextKeys.TEMPLATE_LABEL.key());
    }

    public void setTemplateLabel(String label) {
        map.put(BlueprintContextKeys.TEMPLATE_LABEL.key(), label);
    }

    public String getCreateResult() {
        return (String) map.get(BlueprintContextKeys.CREATE_RESULT.key());
    }

    public String getCreateFromTemplateLabel() {
        return (String) map.get(BlueprintContextKeys.CREATE_FROM_TEMPLATE_LABEL.key());
    }

    /** The real class also stores the label under "pageFromTemplateTitle". */
    public void setCreateFromTemplateLabel(String label) {
        map.put(BlueprintContextKeys.CREATE_FROM_TEMPLATE_LABEL.key(), label);
        map.put("pageFromTemplateTitle", label);
    }

    public void setTitle(String title) {
        map.put(BlueprintContextKeys.CONTENT_PAGE_TITLE.key(), title);
    }
}
