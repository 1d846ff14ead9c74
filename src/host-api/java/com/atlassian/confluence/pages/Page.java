// Stand-in for com.atlassian.confluence:confluence.
package com.atlassian.confluence.pages;

import java.util.ArrayList;
import java.util.List;

public class Page extends AbstractPage {

    public static final String CONTENT_TYPE = "page";

    private Page parent;
    private List<Page> children = new ArrayList<>();

    @Override
    public String getType() {
        return CONTENT_TYPE;
    }

    public Page getParent() {
        return parent;
    }

    public void setParent(Page parent) {
        this.parent = parent;
    }

    public List<Page> getChildren() {
        return children;
    }

    public void addChild(Page child) {
        children.add(child);
        child.setParent(this);
    }

    public List<Page> getAncestors() {
        List<Page> ancestors = new ArrayList<>();
        for (Page current = parent; current != null; current = current.getParent()) {
            ancestors.add(0, current);
        }
        return ancestors;
    }
}
