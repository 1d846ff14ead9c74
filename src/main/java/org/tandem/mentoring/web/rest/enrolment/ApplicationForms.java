package org.tandem.mentoring.web.rest.enrolment;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.enrolment.Application;
import org.tandem.mentoring.service.enrolment.ApplicationForm;
import org.tandem.mentoring.service.enrolment.EnrolmentRefusals;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;

/** What the two enrolment resources share: the error prefix, the application form in a body, the JSON answer. */
final class ApplicationForms {

    static final String PREFIX = "tandem.enrol.error.";

    private ApplicationForms() {
    }

    static JsonBody read(String text) {
        return JsonBody.read(text, PREFIX);
    }

    /** The application form in the body; fields that are missing are null or empty. */
    static ApplicationForm form(JsonBody body) {
        return new ApplicationForm(body.optionalChoice("role", ParticipantRole.class), body.integers("themeIds"),
                body.text("goals"), body.text("motivation"), body.integer("capacity"), body.text("language"),
                body.text("availability"), body.texts("preferredUserKeys"), body.texts("excludedUserKeys"));
    }

    /** A body that holds only the required {@code version}. */
    static int version(String text) {
        JsonBody body = read(text);
        int version = body.version();
        body.requireValid();
        return version;
    }

    static Refusal.Invalid badAwaitingAs() {
        return EnrolmentRefusals.invalid("as", FieldError.of(PREFIX + "awaiting.as"));
    }

    static Response json(Application application) {
        return Json.ok(ApplicationJson.of(application));
    }

    static Response json(List<Application> applications) {
        return Json.ok(applications.stream().map(ApplicationJson::of).toList());
    }
}
