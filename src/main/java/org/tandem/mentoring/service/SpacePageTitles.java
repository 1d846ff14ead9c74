package org.tandem.mentoring.service;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tandem.mentoring.host.HostPages;

/**
 * Finds a page the programme space blueprint made, by its title. The blueprint titled its pages in the language of
 * the person who created the space, which need not be the language of the person asking now: the title is tried in
 * theirs first, then in every language Tandem ships.
 */
@Named
public class SpacePageTitles {

    private final HostPages pages;
    private final I18nResolver i18n;

    public SpacePageTitles(HostPages pages, I18nResolver i18n) {
        this.pages = pages;
        this.i18n = i18n;
    }

    /** The page of the space titled by {@code titleKey} in some language; empty when there is none. */
    public Optional<HostPages.PageFacts> find(String spaceKey, String titleKey) {
        Set<String> titles = new LinkedHashSet<>();
        titles.add(i18n.getText(titleKey));
        for (Locale language : ViewerLanguage.LANGUAGES) {
            titles.add(i18n.getText(language, titleKey));
        }
        for (String title : titles) {
            Optional<HostPages.PageFacts> page = title == null ? Optional.empty()
                    : pages.pageByTitle(spaceKey, title);
            if (page.isPresent()) {
                return page;
            }
        }
        return Optional.empty();
    }
}
