package org.tandem.mentoring.web.macro;

/** Complete keys of the web resources the descriptor declares. */
final class WebResources {

    static final String STYLES = "org.tandem.tandem:tandem-resources";

    private WebResources() {
    }
}
