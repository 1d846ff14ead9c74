package org.tandem.mentoring.web.macro;

import java.util.HashMap;
import java.util.Map;
import org.tandem.mentoring.service.access.WriteBanner;

/** The write banner as plain values for {@code templates/write-banner.vm}, which every Tandem view shares. */
public final class WriteBanners {

    /** The shared banner fragment; a template that shows it has {@code banner} and {@code i18n} in its model. */
    public static final String TEMPLATE = "templates/write-banner.vm";

    private WriteBanners() {
    }

    public static Map<String, Object> model(WriteBanner banner) {
        Map<String, Object> model = new HashMap<>();
        model.put("code", banner.block().code());
        model.put("messageKey", banner.block().messageKey());
        model.put("adminKey", banner.forAdministrator() ? banner.block().adminKey() : null);
        model.put("manageUrl", banner.manageAppsUrl());
        return model;
    }
}
