// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.pages;

import java.util.ArrayList;
import java.util.List;

/** A page; parent, children and ancestors are plain fields kept in step by addChild and removeChild. */
public class Page extends AbstractPage {

    public static final String CONTENT_TYPE = "page";

    private Page parent;
    private List<Page> children = new ArrayList<>();
    private List<Page> ancestors = new ArrayList<>();
    private Integer position;

    @Override
    public String getType() {
        return CONTENT_TYPE;
    }

    public Page getParent() {
        return parent;
    }

    @Deprecated
    public void setParent(Page parent) {
        this.parent = parent;
    }

    public void setParentPage(Page parent) {
        if (parent != null && (parent == this || (getId() != 0L && parent.getId() == getId()))) {
            throw new IllegalArgumentException("Can not set page as its own parent.");
        }
        this.parent = parent;
    }

    public boolean isRootLevel() {
        return parent == null;
    }

    public List<Page> getChildren() {
        return children;
    }

    public void setChildren(List<Page> children) {
        this.children = children;
    }

    public boolean hasChildren() {
        return children != null && !children.isEmpty();
    }

    public void addChild(Page child) {
        if (ancestors.contains(child)) {
            throw new IllegalArgumentException("Cannot add an existing ancestor as a child!");
        }
        children.add(child);
        child.setParentPage(this);
        child.getAncestors().clear();
        child.getAncestors().addAll(ancestors);
        child.getAncestors().add(this);
    }

    public void removeChild(Page child) {
        child.setParentPage(null);
        children.remove(child);
        child.getAncestors().clear();
        child.setPosition(null);
    }

    public List<Page> getAncestors() {
        return ancestors;
    }

    public void setAncestors(List<Page> ancestors) {
        this.ancestors = ancestors;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public boolean isHomePage() {
        return getSpace() != null && getSpace().getHomePage() != null && getSpace().getHomePage().equals(this);
    }
}
