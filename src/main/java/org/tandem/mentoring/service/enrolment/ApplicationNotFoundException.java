package org.tandem.mentoring.service.enrolment;

import java.io.Serializable;
import java.util.List;

/**
 * The programme or application does not exist, or it is not the caller's to see: the two look the same, so that
 * the existence of somebody else's application stays private.
 */
public class ApplicationNotFoundException extends EnrolmentException {

    public static final String APPLICATION = "tandem.enrol.error.application.not-found";
    public static final String PROGRAMME = "tandem.enrol.error.programme.not-found";

    public ApplicationNotFoundException(String messageKey, int id) {
        super(messageKey, List.<Serializable>of(id));
    }

    public static ApplicationNotFoundException application(int id) {
        return new ApplicationNotFoundException(APPLICATION, id);
    }

    public static ApplicationNotFoundException programme(int id) {
        return new ApplicationNotFoundException(PROGRAMME, id);
    }
}
