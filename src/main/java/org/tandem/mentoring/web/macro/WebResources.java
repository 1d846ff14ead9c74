package org.tandem.mentoring.web.macro;

/** Complete keys of the web resources the descriptor declares. */
public final class WebResources {

    public static final String STYLES = "org.tandem.tandem:tandem-resources";

    public static final String ENROLMENT = "org.tandem.tandem:tandem-enrol-resources";

    public static final String PROGRAMME_ADMINISTRATION = "org.tandem.tandem:tandem-programme-resources";

    private WebResources() {
    }
}
